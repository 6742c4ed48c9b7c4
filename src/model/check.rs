//! Checking a request as a provider's consumer would: what is asked, and the verdict.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// What `POST /api/captures/{id}/check` takes: which provider to check the capture against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[schema(examples(json!({"provider": "stripe", "secrets": ["whsec_test_secret"]})))]
pub struct CheckRequest {
    pub provider: String,
    #[serde(default)]
    pub secrets: Vec<String>,
    /// Seconds a signed timestamp may differ from the time the request arrived (default 300).
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub tolerance_secs: Option<i64>,
    /// The generic profile only: the HMAC scheme the sender used.
    #[serde(default)]
    #[ts(optional)]
    pub scheme: Option<crate::model::HmacScheme>,
    /// Also try the secrets saved for this provider (`/api/provider-secrets`), after `secrets`.
    #[serde(default)]
    #[ts(optional)]
    pub use_saved_secrets: Option<bool>,
}

/// A capture checked against a provider: its signature, which event it is, and whether the
/// body matches that event's JSON Schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct CaptureCheck {
    pub provider: String,
    pub signature: crate::model::Verification,
    /// The provider's event this request was recognised as, if any.
    pub event: Option<String>,
    /// Why the body is not JSON, if it is not.
    pub json_error: Option<String>,
    /// Schema violations of the recognised event (empty: valid); absent when no event was
    /// recognised or the body is not JSON.
    pub violations: Option<Vec<crate::model::Violation>>,
    /// Values the profile does not document where the provider adds values over time (a new
    /// action, type or status): worth knowing, never a violation.
    #[serde(default)]
    pub notes: Vec<crate::model::Note>,
}

/// One schema violation: where (a JSON pointer into the payload) and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Violation {
    pub path: String,
    pub message: String,
}

/// Something worth knowing about a payload that is not a violation: a value the profile does
/// not document at a place where the provider adds values over time (an open enum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Note {
    /// JSON pointer into the payload.
    pub path: String,
    pub message: String,
}
