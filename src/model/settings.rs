//! User settings kept in the store: retention, where the receiver listens, the theme, the
//! desktop shell's notifications and tray behaviour, and where outgoing requests may go.

use std::net::{IpAddr, SocketAddr};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use crate::base::error::{Error, Result};

/// User settings kept in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[schema(examples(json!({"retention": {"keep_last": 10000}, "theme": "dark"})))]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub retention: Retention,
    /// Absent: the command line or the defaults decide (see `ReceiverSettings`).
    pub receiver: Option<crate::model::ReceiverSettings>,
    pub theme: crate::model::Theme,
    pub desktop: crate::model::DesktopSettings,
    pub outgoing: crate::model::OutgoingSettings,
}

/// Which captures are kept; older ones are deleted (checked every minute and on change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Keep only the newest N captures.
    #[ts(type = "number | null")]
    pub keep_last: Option<u64>,
    /// Keep only captures from the last N days.
    pub keep_days: Option<u32>,
}

/// Where the receiver listens and what it takes. Absent from the settings until the user saves
/// one: then the command line (`--receiver`, `--max-body`) or the defaults decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiverSettings {
    /// `127.0.0.1` (this machine only), `0.0.0.0` (every interface), or one interface's address.
    #[ts(type = "string")]
    #[schema(value_type = String, example = "127.0.0.1")]
    pub address: IpAddr,
    /// 1–65535 (0 is not kept: a saved port must stay the same across restarts).
    #[schema(minimum = 1, maximum = 65535)]
    pub port: u16,
    /// The largest body the receiver stores, in bytes.
    #[ts(type = "number")]
    pub max_body: u64,
}

/// Bodies above this could not be held in memory sensibly: GitHub's largest is 25 MB.
pub const MAX_BODY_CEILING: u64 = 1024 * 1024 * 1024;

impl ReceiverSettings {
    pub fn socket_addr(&self) -> SocketAddr {
        SocketAddr::new(self.address, self.port)
    }

    pub fn validate(&self) -> Result<()> {
        if self.port == 0 {
            return Err(Error::BadRequest(
                "the receiver port must be between 1 and 65535 (the URL you give providers \
                 must stay the same after a restart)"
                    .into(),
            ));
        }
        if self.max_body == 0 || self.max_body > MAX_BODY_CEILING {
            return Err(Error::BadRequest(format!(
                "the body limit must be between 1 byte and {MAX_BODY_CEILING} bytes (1 GiB); \
                 {} is not",
                self.max_body
            )));
        }
        let kind = match self.address {
            IpAddr::V4(v4) if v4.is_broadcast() => Some("the broadcast address"),
            address if address.is_multicast() => Some("a multicast address"),
            _ => None,
        };
        if let Some(kind) = kind {
            return Err(Error::BadRequest(format!(
                "{} is {kind}: use 127.0.0.1, 0.0.0.0 or one of this machine's addresses",
                self.address
            )));
        }
        Ok(())
    }
}

/// The colour theme of the window and the browser UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's light or dark preference.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The next theme of the View menu's toggle: light and dark alternate, starting from the
    /// one the system shows now.
    pub fn toggled(self, system_is_dark: bool) -> Theme {
        let dark = match self {
            Theme::System => system_is_dark,
            Theme::Light => false,
            Theme::Dark => true,
        };
        if dark {
            Theme::Light
        } else {
            Theme::Dark
        }
    }
}

/// What the desktop app does besides showing its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DesktopSettings {
    /// Desktop notifications for a webhook turned off and captures on inboxes marked "notify".
    pub notifications: bool,
    /// Closing the window hides it and the receiver keeps capturing (the tray icon reopens it);
    /// otherwise closing the window quits.
    pub keep_running_in_tray: bool,
}

impl Default for DesktopSettings {
    fn default() -> Self {
        DesktopSettings {
            notifications: true,
            keep_running_in_tray: false,
        }
    }
}

/// How outgoing requests (webhook deliveries, forwards, replays) may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(default, deny_unknown_fields)]
pub struct OutgoingSettings {
    /// Private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) for every target, as
    /// if each webhook, forward and replay allowed them itself.
    pub allow_private_network: bool,
}

/// The screen the UI showed last (`#/webhooks/...`), reopened on the next start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(default, deny_unknown_fields)]
#[schema(examples(json!({"screen": "#/webhooks"})))]
pub struct LastScreen {
    pub screen: Option<String>,
}

impl LastScreen {
    pub fn validate(&self) -> Result<()> {
        match &self.screen {
            Some(screen) if !screen.starts_with("#/") || screen.len() > 1024 => {
                Err(Error::BadRequest(
                    "screen must be the UI's address fragment, like #/webhooks (at most 1024 \
                     characters)"
                        .into(),
                ))
            }
            _ => Ok(()),
        }
    }
}
