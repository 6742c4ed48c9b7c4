//! Inboxes: named capture URLs, each with its own response, rules and signature verification.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

pub const DEFAULT_INBOX: &str = "default";

/// One inbox as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Inbox {
    /// The URL segment: requests to `/<slug>/...` land here.
    #[schema(pattern = r"^[a-z0-9][a-z0-9_-]{0,63}$")]
    pub slug: String,
    pub name: String,
    #[ts(type = "number")]
    pub created_at: i64,
    pub config: InboxConfig,
    /// Where to send requests: the receiver's URL + `/<slug>` (filled in by the API).
    #[serde(default)]
    pub url: String,
}

/// What an inbox answers and checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(default, deny_unknown_fields)]
pub struct InboxConfig {
    /// The answer when no rule matches.
    pub response: InboxResponse,
    /// Tried in order; the first that matches chooses the response.
    pub rules: Vec<ResponseRule>,
    /// Verify every capture against a provider's signature scheme and schemas.
    pub verify: Option<InboxVerify>,
    /// The desktop app shows a notification for each capture (a few at most per minute).
    pub notify: bool,
    /// Send every capture on to a target (`stripe listen --forward-to` style).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub forward: Option<crate::model::ForwardConfig>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct InboxResponse {
    #[schema(minimum = 200, maximum = 599)]
    pub status: u16,
    pub content_type: String,
    /// Extra response headers, in order.
    pub headers: Vec<ResponseHeader>,
    /// `{{capture_id}}` is replaced by the capture's id.
    pub body: String,
    /// Wait this long after storing, before answering (to test a consumer's timeouts).
    #[ts(type = "number")]
    pub delay_ms: u64,
}

impl Default for InboxResponse {
    fn default() -> Self {
        InboxResponse {
            status: 200,
            content_type: "application/json".to_owned(),
            headers: Vec::new(),
            body: "{\"captured\":\"{{capture_id}}\"}".to_owned(),
            delay_ms: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseHeader {
    pub name: String,
    pub value: String,
}

/// "When a request matches all of these, answer with that."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseRule {
    #[serde(default)]
    pub name: String,
    pub when: RuleMatch,
    pub response: InboxResponse,
}

/// Conditions, all of which must hold; an empty match matches every request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[serde(default, deny_unknown_fields)]
pub struct RuleMatch {
    /// Exact method, case-insensitive.
    #[ts(optional)]
    pub method: Option<String>,
    /// Glob (`*`, `?`) over the full request path, e.g. `/shop/orders/*`.
    #[ts(optional)]
    pub path_glob: Option<String>,
    #[ts(optional)]
    pub header: Option<HeaderMatch>,
    /// The body contains this text.
    #[ts(optional)]
    pub body_contains: Option<String>,
    /// Every Nth request to the inbox (counted since start): 3 matches the 3rd, 6th, ...
    #[ts(optional, type = "number")]
    pub every_nth: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HeaderMatch {
    /// Case-insensitive header name.
    pub name: String,
    /// Glob over the value; `*` means "present".
    pub value_glob: String,
}

/// Check every capture of the inbox as this provider's consumer would.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxVerify {
    pub provider: String,
    #[serde(default)]
    pub secrets: Vec<String>,
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub tolerance_secs: Option<i64>,
    /// The generic profile only: the sender's HMAC scheme.
    #[serde(default)]
    #[ts(optional)]
    pub scheme: Option<crate::model::HmacScheme>,
}

/// What `POST /api/inboxes` and `PATCH /api/inboxes/{slug}` take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema, Default)]
#[schema(examples(json!({
    "slug": "orders",
    "name": "Orders",
    "config": {"response": {"status": 202, "body": "{\"received\":\"{{capture_id}}\"}"}}
})))]
#[serde(default, deny_unknown_fields)]
pub struct InboxChange {
    #[ts(optional)]
    #[schema(pattern = r"^[a-z0-9][a-z0-9_-]{0,63}$")]
    pub slug: Option<String>,
    #[ts(optional)]
    pub name: Option<String>,
    #[ts(optional)]
    pub config: Option<InboxConfig>,
}
