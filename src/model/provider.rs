//! Provider samples, previews of the request a provider would send, saved samples and the
//! secrets saved for a provider.

use super::Header;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// A sample payload a user saved under a name for one event of a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct SavedSample {
    pub id: String,
    pub provider: String,
    pub event: String,
    pub name: String,
    /// The JSON text exactly as edited.
    pub body: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

/// A rendered sample and the seed that rendered it (the same seed renders the same values).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, ToSchema)]
pub struct RenderedSample {
    pub provider: String,
    pub event: String,
    pub variant: String,
    #[ts(type = "number")]
    pub seed: u64,
    pub payload: serde_json::Value,
}

/// What `POST .../preview` takes: the body as edited, the secrets, and optionally the target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[schema(examples(json!({
    "body": "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}",
    "secrets": ["whsec_test_secret"],
    "url": "https://example.com/webhooks"
})))]
pub struct PreviewRequest {
    pub body: String,
    #[serde(default)]
    pub secrets: Vec<String>,
    #[serde(default)]
    #[ts(optional)]
    pub url: Option<String>,
    /// The generic profile only: the HMAC scheme to sign with instead of the profile's default.
    #[serde(default)]
    #[ts(optional)]
    pub scheme: Option<crate::model::HmacScheme>,
}

/// The request that would be sent for a body: headers (signature included) and its checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Preview {
    pub delivery_id: String,
    #[ts(type = "number")]
    pub timestamp: i64,
    pub headers: Vec<Header>,
    /// Why the body is not JSON, if it is not (it can still be sent as is).
    pub json_error: Option<String>,
    /// The first schema violations of the body (JSON pointer and message); empty when valid.
    pub violations: Vec<crate::model::Violation>,
    /// Values outside the profile's open enums (never violations).
    #[serde(default)]
    pub notes: Vec<crate::model::Note>,
    /// Why the provider would refuse the target URL, if a URL was given and it would.
    pub url_error: Option<String>,
}

/// A secret saved for a provider, as listed: never the secret itself. Captures recognised as
/// that provider's are checked with it, so their signature state shows in every list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ProviderSecret {
    /// ULID.
    pub id: String,
    /// The provider's id (`stripe`).
    pub provider: String,
    /// The secret's last characters, to tell secrets apart (`…9f3a`).
    pub hint: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

/// `POST /api/provider-secrets`: a signing secret (or public key) of a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
#[schema(examples(json!({"provider": "stripe", "secret": "whsec_test_secret"})))]
pub struct NewProviderSecret {
    pub provider: String,
    pub secret: String,
}
