//! An inbox's settings from the command line: a JSON file of configuration keys, then flags
//! for the common ones (response, verification, forward, notifications) on top.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::duration::parse_duration;
use super::input::merge_json_file;
use hookbench::model::{ForwardConfig, RespondWith};
use hookbench::model::{InboxConfig, InboxVerify, ResponseHeader};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct InboxSettingsArgs {
    /// Configuration keys as JSON, from a file or `-` (standard input): the keys given
    /// (`response`, `rules`, `verify`, `notify`, `forward`; see `inboxes show --json`) replace
    /// the current ones; the flags below apply on top
    #[arg(long, value_name = "FILE|-")]
    config: Option<PathBuf>,
    /// Status of the inbox's answer
    #[arg(long, value_name = "CODE")]
    status: Option<u16>,
    /// Content-Type of the inbox's answer
    #[arg(long, value_name = "TYPE")]
    content_type: Option<String>,
    /// Body of the inbox's answer (`{{capture_id}}` becomes the capture's id)
    #[arg(long, value_name = "TEXT")]
    response_body: Option<String>,
    /// A header of the inbox's answer, `Name: value` (repeatable; replaces its headers)
    #[arg(long = "response-header", value_name = "NAME: VALUE")]
    response_headers: Vec<String>,
    /// Wait this long before answering (up to 60s)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    delay: Option<Duration>,
    /// Verify every capture's signature as this provider's consumer would
    #[arg(long, value_name = "PROVIDER", conflicts_with = "no_verify")]
    verify: Option<String>,
    /// A verification secret (repeatable; replaces the secrets)
    #[arg(long = "secret", value_name = "SECRET", conflicts_with = "no_verify")]
    secrets: Vec<String>,
    /// Seconds a signed timestamp may differ from the arrival time (default 300)
    #[arg(long, value_name = "SECONDS", conflicts_with = "no_verify")]
    tolerance: Option<i64>,
    /// Stop verifying signatures
    #[arg(long)]
    no_verify: bool,
    /// Forward every capture to this URL (plus the path after the inbox segment and the query)
    #[arg(long, value_name = "URL", conflicts_with = "no_forward")]
    forward: Option<String>,
    /// Who answers the sender of a forwarded request: the inbox, or the target
    #[arg(long, value_name = "own|target", value_parser = ["own", "target"], conflicts_with = "no_forward")]
    respond_with: Option<String>,
    /// Stop forwarding
    #[arg(long)]
    no_forward: bool,
    /// Show a desktop notification for each capture
    #[arg(long, conflicts_with = "no_notify")]
    notify: bool,
    /// No desktop notifications
    #[arg(long)]
    no_notify: bool,
}

impl InboxSettingsArgs {
    /// Whether any setting was given.
    pub fn changes_anything(&self) -> bool {
        self.config.is_some()
            || self.status.is_some()
            || self.content_type.is_some()
            || self.response_body.is_some()
            || !self.response_headers.is_empty()
            || self.delay.is_some()
            || self.verify.is_some()
            || !self.secrets.is_empty()
            || self.tolerance.is_some()
            || self.no_verify
            || self.forward.is_some()
            || self.respond_with.is_some()
            || self.no_forward
            || self.notify
            || self.no_notify
    }

    /// `current` with the file's keys and then the flags applied.
    pub fn apply(self, current: InboxConfig) -> Result<InboxConfig> {
        let mut config = match &self.config {
            Some(path) => merge_json_file(current, path, "an inbox configuration")?,
            None => current,
        };
        let response = &mut config.response;
        response.status = self.status.unwrap_or(response.status);
        if let Some(content_type) = self.content_type {
            response.content_type = content_type;
        }
        if let Some(body) = self.response_body {
            response.body = body;
        }
        if !self.response_headers.is_empty() {
            response.headers = self
                .response_headers
                .iter()
                .map(|h| response_header(h))
                .collect::<Result<_>>()?;
        }
        if let Some(delay) = self.delay {
            response.delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        }
        apply_verify(
            &mut config,
            self.verify,
            self.secrets,
            self.tolerance,
            self.no_verify,
        )?;
        apply_forward(
            &mut config,
            self.forward,
            self.respond_with,
            self.no_forward,
        )?;
        if self.notify || self.no_notify {
            config.notify = self.notify;
        }
        Ok(config)
    }
}

fn apply_verify(
    config: &mut InboxConfig,
    provider: Option<String>,
    secrets: Vec<String>,
    tolerance: Option<i64>,
    off: bool,
) -> Result<()> {
    if off {
        config.verify = None;
        return Ok(());
    }
    let verify =
        match (provider, config.verify.take()) {
            (Some(provider), Some(current)) => InboxVerify {
                provider,
                ..current
            },
            (Some(provider), None) => InboxVerify {
                provider,
                secrets: Vec::new(),
                tolerance_secs: None,
                scheme: None,
            },
            (None, Some(current)) => current,
            (None, None) if secrets.is_empty() && tolerance.is_none() => return Ok(()),
            (None, None) => return Err(Error::BadRequest(
                "--secret and --tolerance need --verify PROVIDER: this inbox does not verify yet"
                    .into(),
            )),
        };
    config.verify = Some(InboxVerify {
        secrets: if secrets.is_empty() {
            verify.secrets
        } else {
            secrets
        },
        tolerance_secs: tolerance.or(verify.tolerance_secs),
        ..verify
    });
    Ok(())
}

fn apply_forward(
    config: &mut InboxConfig,
    url: Option<String>,
    respond_with: Option<String>,
    off: bool,
) -> Result<()> {
    if off {
        config.forward = None;
        return Ok(());
    }
    let mut forward = match (url, config.forward.take()) {
        (Some(url), current) => ForwardConfig {
            url,
            ..current.unwrap_or_default()
        },
        (None, Some(current)) => current,
        (None, None) if respond_with.is_none() => return Ok(()),
        (None, None) => {
            return Err(Error::BadRequest(
                "--respond-with needs --forward URL: this inbox does not forward yet".into(),
            ))
        }
    };
    match respond_with.as_deref() {
        Some("target") => forward.respond_with = RespondWith::Target,
        Some(_) => forward.respond_with = RespondWith::Own,
        None => {}
    }
    config.forward = Some(forward);
    Ok(())
}

fn response_header(text: &str) -> Result<ResponseHeader> {
    let (name, value) = text.split_once(':').ok_or_else(|| {
        Error::BadRequest(format!(
            "`{text}` is not a header: write it as `Name: value`"
        ))
    })?;
    Ok(ResponseHeader {
        name: name.trim().to_owned(),
        value: value.trim().to_owned(),
    })
}
