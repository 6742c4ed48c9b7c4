//! The sender's types, shared by the engine, the HTTP API, the CLI and the UI (ts-rs).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::{IntoParams, ToSchema};

use crate::model::HmacScheme;
use crate::model::{Body, Header};

/// An outgoing subscription: where one provider profile's events are delivered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Webhook {
    /// ULID.
    pub id: String,
    #[serde(flatten)]
    pub config: WebhookConfig,
    /// Consecutive deliveries that ended failed; reset by a success.
    pub consecutive_failures: u32,
    /// Why Hookbench turned the webhook off by itself (repeated failures, 410 Gone); cleared on
    /// re-enable.
    pub disabled_reason: Option<String>,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
}

/// What a user configures: `POST /api/webhooks` takes it, `PUT /api/webhooks/{id}` replaces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[schema(examples(json!({
    "name": "Payments",
    "url": "http://127.0.0.1:3000/webhooks",
    "provider": "stripe",
    "events": ["payment_intent.*"],
    "secrets": ["whsec_test_secret"],
    "retry": {"preset": "fast"}
})))]
pub struct WebhookConfig {
    pub name: String,
    pub url: String,
    /// Provider profile id (`stripe`, `connectgain`, ...).
    pub provider: String,
    /// Event ids or globs (`contact.*`); `["*"]` subscribes to every event of the profile.
    #[serde(default = "all_events")]
    pub events: Vec<String>,
    /// All must match the payload for a delivery to be made (Connectly-style `filters`).
    #[serde(default)]
    pub filters: Vec<FieldFilter>,
    /// Oldest first; the last one signs (rotation). Empty: unsigned.
    #[serde(default)]
    pub secrets: Vec<String>,
    /// The generic profile's HMAC scheme; other profiles sign with their own.
    #[serde(default)]
    #[ts(optional)]
    pub custom_scheme: Option<HmacScheme>,
    /// Sent after the profile's headers; a name the profile also sends replaces its value.
    #[serde(default)]
    pub headers: Vec<Header>,
    /// The integrator's own values the provider profile declares (Workspace's `customer_id` and
    /// `state`, Leadsie's `customUserId`), used by its payloads; an unset one takes the
    /// profile's default (a random id, or for Leadsie the URL's `?customUserId=`).
    #[serde(default)]
    #[ts(type = "Record<string, string>")]
    pub values: BTreeMap<String, String>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default = "default_timeout_ms")]
    #[schema(minimum = 100, maximum = 300_000)]
    pub timeout_ms: u32,
    #[serde(default)]
    pub retry: RetryPolicy,
    /// Retry 4xx answers other than 429 too (by default they are final).
    #[serde(default)]
    pub retry_client_errors: bool,
    /// At most this many attempts of this webhook in flight at once.
    #[serde(default = "default_max_in_flight")]
    #[schema(minimum = 1, maximum = 256)]
    pub max_in_flight: u32,
    /// Disable the webhook after this many consecutive failed deliveries.
    #[serde(default = "default_failure_threshold")]
    pub failure_threshold: u32,
    /// Allow targets in private networks (10/8, 172.16/12, 192.168/16, fc00::/7). Loopback is
    /// always allowed; link-local and cloud metadata addresses never are.
    #[serde(default)]
    pub allow_private_network: bool,
    /// Follow 3xx answers (at most 5 hops, each checked against the reach policy again).
    /// Off by default: a redirect is the attempt's answer, as Standard Webhooks advises.
    #[serde(default)]
    pub follow_redirects: bool,
}

/// One field filter: the payload value at `field` (a JSON pointer such as `/data/channel`, or a
/// dotted path such as `data.channel`) must match the glob `pattern`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct FieldFilter {
    pub field: String,
    pub pattern: String,
}

/// When failed attempts are tried again. The first attempt is always immediate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(tag = "preset", rename_all = "lowercase")]
pub enum RetryPolicy {
    /// What the provider's page documents (its profile's `delivery.retry`: ConnectGain, Connexify
    /// and the other seed providers retry nothing by themselves); Hookbench's standard schedule
    /// where a profile documents none. A new webhook starts with it.
    #[default]
    Provider,
    /// Hookbench's schedule, from Standard Webhooks: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after
    /// the first attempt.
    Standard,
    /// For local testing: 1 s, 2 s, 5 s, 10 s, 30 s.
    Fast,
    /// One attempt only.
    None,
    /// Delays in milliseconds before each retry.
    Custom {
        #[ts(type = "Array<number>")]
        delays_ms: Vec<u64>,
    },
}

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryStatus {
    /// Waiting for its first attempt (or a manual retry).
    Pending,
    /// An attempt failed; another is scheduled at `next_attempt_at`.
    Retrying,
    Succeeded,
    /// Gave up: a final answer, the schedule ran out, or a manual retry failed.
    Failed,
    /// Cancelled by the user before it succeeded.
    Cancelled,
}

/// Why a delivery was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliverySource {
    Trigger,
    Test,
    Capture,
    /// An inbox forwarded a captured request to its target (`webhook_id` is `forward:<slug>`).
    Forward,
    /// A captured request replayed to a URL (`webhook_id` is `replay:<replay id>`).
    Replay,
}

/// One event to one webhook, as the log lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Delivery {
    /// ULID: sorts by creation.
    pub id: String,
    /// The provider-format id sent in the profile's id header; the same on every attempt.
    pub message_id: String,
    pub webhook_id: String,
    pub webhook_name: String,
    pub provider: String,
    pub event: String,
    pub source: DeliverySource,
    pub status: DeliveryStatus,
    pub attempts: u32,
    /// Unix ms of the next scheduled attempt (pending and retrying only).
    #[ts(type = "number | null")]
    pub next_attempt_at: Option<i64>,
    /// The last attempt's HTTP status, if it got an answer.
    pub last_status: Option<u16>,
    /// The last attempt's transport error or final reason.
    pub last_error: Option<String>,
    #[ts(type = "number")]
    pub payload_size: u64,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
    /// The capture a forward or replay sends again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub capture_id: Option<String>,
}

/// A delivery with its payload and every attempt, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct DeliveryDetail {
    pub delivery: Delivery,
    pub payload: Body,
    pub attempts: Vec<Attempt>,
}

/// `GET /api/deliveries?webhook=&status=&event=&from=&to=&before=&limit=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct DeliveryFilter {
    #[ts(optional)]
    pub webhook: Option<String>,
    #[ts(optional)]
    pub status: Option<DeliveryStatus>,
    /// Event id or glob.
    #[ts(optional)]
    pub event: Option<String>,
    /// Created at or after (unix ms).
    #[ts(optional, type = "number")]
    pub from: Option<i64>,
    /// Created at or before (unix ms).
    #[ts(optional, type = "number")]
    pub to: Option<i64>,
    /// Forwards and replays of this capture.
    #[ts(optional)]
    pub capture: Option<String>,
    #[ts(optional)]
    pub source: Option<DeliverySource>,
    /// Id of the last delivery of the previous page.
    #[ts(optional)]
    pub before: Option<String>,
    #[ts(optional)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct DeliveryList {
    pub deliveries: Vec<Delivery>,
    pub next_before: Option<String>,
}

/// One HTTP try: the exact request sent and the raw response, or the transport error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Attempt {
    pub id: String,
    /// The delivery's id (absent for a one-shot `hookbench send`).
    pub delivery_id: Option<String>,
    /// 1 for the first attempt.
    pub number: u32,
    #[ts(type = "number")]
    pub started_at: i64,
    /// The address connected to (`127.0.0.1:4000`), when a connection was made.
    pub remote_addr: Option<String>,
    pub request: SentRequest,
    pub response: Option<ReceivedResponse>,
    pub error: Option<TransportError>,
    pub timings: Timings,
    /// Whether this attempt counts as a success (a 2xx answer).
    pub succeeded: bool,
    /// The hops that answered with a redirect before `request`, first first (webhooks that
    /// follow redirects only).
    pub redirects: Vec<crate::model::Redirect>,
}

/// The request exactly as written to the connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct SentRequest {
    pub method: String,
    pub url: String,
    /// Every header line written, in order, with the case used on the wire.
    pub headers: Vec<Header>,
    pub body: Body,
}

/// The response exactly as received: status line, headers in arrival order, body bytes (after
/// de-chunking, before any content decoding), stored whatever the content type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ReceivedResponse {
    pub status: u16,
    /// The reason phrase, if the server sent one.
    pub reason: Option<String>,
    /// `HTTP/1.1`, `HTTP/1.0`.
    pub version: String,
    pub headers: Vec<Header>,
    pub body: Body,
    /// Bytes the server sent in the body (more than `body` holds when truncated).
    #[ts(type = "number")]
    pub body_size: u64,
    /// The body was longer than the stored limit; `body` holds its beginning.
    pub truncated: bool,
}

/// Why no response came back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct TransportError {
    pub kind: TransportErrorKind,
    /// What happened, for a person: "connection refused by 127.0.0.1:9", ...
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TransportErrorKind {
    /// The URL cannot be sent to (scheme, host).
    InvalidUrl,
    /// The host name did not resolve.
    Dns,
    /// The address is not one Hookbench may reach (link-local, metadata, own ports...).
    Blocked,
    ConnectionRefused,
    /// Connecting failed otherwise (unreachable network, reset during connect).
    Connect,
    /// The TLS handshake failed (bad certificate, not TLS...).
    Tls,
    /// No complete answer within the webhook's timeout.
    Timeout,
    /// The connection broke or the answer was not valid HTTP.
    Protocol,
}

/// Milliseconds from the start of the attempt.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS, ToSchema, Default)]
pub struct Timings {
    /// TCP (and TLS) connection established; absent when connecting failed, or when the attempt
    /// went on a kept-alive connection (`reused`).
    pub connect_ms: Option<f64>,
    /// Sent on a connection an earlier attempt to the same origin had opened.
    #[serde(default)]
    pub reused: bool,
    /// First byte of the response head.
    pub first_byte_ms: Option<f64>,
    pub total_ms: f64,
}

impl Eq for Timings {}

/// `POST /api/events`: deliver one event to every active webhook that subscribes to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[schema(examples(json!({"provider": "stripe", "event": "payment_intent.succeeded"})))]
pub struct TriggerRequest {
    pub provider: String,
    pub event: String,
    /// The payload as edited (JSON text sent as is); absent: a fresh sample of `variant`.
    #[serde(default)]
    #[ts(optional)]
    pub body: Option<String>,
    /// Sample name; absent: the event's default sample.
    #[serde(default)]
    #[ts(optional)]
    pub variant: Option<String>,
    /// Only this webhook (the Test button); absent: fan out.
    #[serde(default)]
    #[ts(optional)]
    pub webhook: Option<String>,
}

/// What a trigger did: the deliveries queued, and the webhooks passed over with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct TriggerResult {
    pub deliveries: Vec<Delivery>,
    pub skipped: Vec<SkippedWebhook>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct SkippedWebhook {
    pub webhook_id: String,
    pub webhook_name: String,
    /// "inactive", "not subscribed to contact.created", "filter /data/channel ≠ sms*"...
    pub reason: String,
}

fn all_events() -> Vec<String> {
    vec!["*".to_owned()]
}

fn yes() -> bool {
    true
}

pub const DEFAULT_TIMEOUT_MS: u32 = 5_000;
pub const DEFAULT_MAX_IN_FLIGHT: u32 = 8;
pub const DEFAULT_FAILURE_THRESHOLD: u32 = 5;

fn default_timeout_ms() -> u32 {
    DEFAULT_TIMEOUT_MS
}

fn default_max_in_flight() -> u32 {
    DEFAULT_MAX_IN_FLIGHT
}

fn default_failure_threshold() -> u32 {
    DEFAULT_FAILURE_THRESHOLD
}

/// A hop that answered with a redirect, before the request the attempt shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Redirect {
    pub method: String,
    pub url: String,
    pub status: u16,
    /// Where it pointed, as sent (relative or absolute).
    pub location: String,
}
