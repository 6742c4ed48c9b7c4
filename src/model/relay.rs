//! Forward and replay types, shared by the engine, the HTTP API, the CLI and the UI (ts-rs).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use crate::model::Header;
use crate::model::HmacScheme;
use crate::model::RetryPolicy;

/// An inbox's forward target: every capture is sent on to `url` (plus the request's path after
/// the inbox segment, and its query) with its method, headers and exact body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ForwardConfig {
    /// An absolute http:// or https:// URL, e.g. `http://127.0.0.1:3000/webhooks`.
    pub url: String,
    /// Who answers the original sender: the inbox's own response, or the target's.
    pub respond_with: RespondWith,
    /// Set after hop-by-hop headers are removed: a name already present has its value replaced.
    pub headers: Vec<Header>,
    /// Header names (case-insensitive) left out of the forwarded request.
    pub remove_headers: Vec<String>,
    /// The whole attempt; with `respond_with: target`, how long the sender waits at most.
    pub timeout_ms: u32,
    /// When failed forwards are tried again.
    pub retry: RetryPolicy,
    /// Allow targets in private networks (loopback is always allowed).
    pub allow_private_network: bool,
}

pub const DEFAULT_FORWARD_TIMEOUT_MS: u32 = 10_000;

impl Default for ForwardConfig {
    fn default() -> Self {
        ForwardConfig {
            url: String::new(),
            respond_with: RespondWith::Own,
            headers: Vec::new(),
            remove_headers: Vec::new(),
            timeout_ms: DEFAULT_FORWARD_TIMEOUT_MS,
            retry: RetryPolicy::Fast,
            allow_private_network: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum RespondWith {
    /// The inbox's response (and rules) answer at once; the forward happens in the background.
    #[default]
    Own,
    /// The sender waits for the target and gets its status, headers and body (502 when the
    /// target fails or does not answer in time).
    Target,
}

/// Sign the replayed body afresh, as the provider would now: a stale timestamp becomes fresh.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Resign {
    /// Provider profile id whose scheme signs (`stripe`, `github`, `standard-webhooks`...).
    pub provider: String,
    pub secret: String,
    /// The generic profile only: its HMAC scheme.
    #[serde(default)]
    #[ts(optional)]
    pub scheme: Option<HmacScheme>,
}

/// `POST /api/replays`: send captures again to a URL. Either `captures` (ids) or a time range
/// (`from`/`to`, optionally of one `inbox`); they are sent one at a time in arrival order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(default, deny_unknown_fields)]
#[schema(examples(json!({"from": 0, "url": "http://127.0.0.1:3000/replayed", "per_second": 20})))]
pub struct ReplayRequest {
    pub captures: Vec<String>,
    #[ts(optional)]
    pub inbox: Option<String>,
    /// Received at or after (unix ms).
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    /// Received at or before (unix ms).
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    pub url: String,
    /// Append each capture's path after its inbox segment, and its query, to `url`.
    pub keep_path: bool,
    /// Set on every replayed request (a name already present has its value replaced).
    pub headers: Vec<Header>,
    pub remove_headers: Vec<String>,
    /// The body to send instead of the captured one (one capture only).
    #[ts(optional)]
    pub body: Option<String>,
    #[ts(optional)]
    pub resign: Option<Resign>,
    /// At most this many requests started per second.
    pub per_second: u32,
    pub retry: RetryPolicy,
    pub timeout_ms: u32,
    pub allow_private_network: bool,
}

pub const DEFAULT_REPLAY_RATE: u32 = 10;
/// The most captures one replay takes.
pub const MAX_REPLAY: usize = 10_000;

impl Default for ReplayRequest {
    fn default() -> Self {
        ReplayRequest {
            captures: Vec::new(),
            inbox: None,
            from: None,
            to: None,
            url: String::new(),
            keep_path: true,
            headers: Vec::new(),
            remove_headers: Vec::new(),
            body: None,
            resign: None,
            per_second: DEFAULT_REPLAY_RATE,
            retry: RetryPolicy::None,
            timeout_ms: DEFAULT_FORWARD_TIMEOUT_MS,
            allow_private_network: false,
        }
    }
}

/// A replay's progress: its deliveries counted by where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ReplayProgress {
    pub id: String,
    /// `replay:<id>`: the `webhook` filter of its deliveries.
    pub deliveries_filter: String,
    pub url: String,
    pub total: u32,
    /// Waiting for their first attempt or a retry.
    pub waiting: u32,
    pub succeeded: u32,
    pub failed: u32,
    pub cancelled: u32,
    #[ts(type = "number")]
    pub created_at: i64,
}

impl ReplayProgress {
    pub fn finished(&self) -> bool {
        self.waiting == 0
    }
}
