//! How a provider signs: [`Scheme`] (the user-configurable HMAC scheme is in `model`).

use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::HmacScheme;

/// How a provider signs its webhooks. Serialized with a `scheme` tag:
/// `{"scheme":"stripe"}`, `{"scheme":"hmac", ...HmacScheme fields}`.
/// Deserializing rejects unknown schemes and unknown fields, including
/// fields next to a scheme that takes none (`{"scheme":"stripe","header":"X"}`).
#[derive(Serialize, TS, Clone, Debug, PartialEq, Eq, Default)]
#[serde(tag = "scheme", rename_all = "kebab-case")]
pub enum Scheme {
    /// No signature.
    #[default]
    None,
    /// Standard Webhooks (standardwebhooks.com, Svix).
    StandardWebhooks,
    /// Stripe `Stripe-Signature`.
    Stripe,
    /// GitHub `X-Hub-Signature-256`.
    Github,
    /// Shopify `X-Shopify-Hmac-Sha256`.
    Shopify,
    /// Slack `X-Slack-Signature` v0.
    Slack,
    /// User-configurable HMAC (also ConnectGain, see [`HmacScheme::connectgain`]).
    Hmac(HmacScheme),
}

impl Scheme {
    /// Whether the scheme carries a timestamp checked against the tolerance.
    pub fn has_timestamp(&self) -> bool {
        match self {
            Scheme::StandardWebhooks | Scheme::Stripe | Scheme::Slack => true,
            Scheme::Hmac(cfg) => cfg.timestamp_header.is_some(),
            Scheme::None | Scheme::Github | Scheme::Shopify => false,
        }
    }
}

const SCHEME_NAMES: &[&str] = &[
    "none",
    "standard-webhooks",
    "stripe",
    "github",
    "shopify",
    "slack",
    "hmac",
];

// Hand-written because serde's derive silently ignores extra fields next to
// the tag of a unit variant, which would hide profile typos.
impl<'de> Deserialize<'de> for Scheme {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut fields = serde_json::Map::deserialize(deserializer)?;
        let tag = fields
            .remove("scheme")
            .ok_or_else(|| D::Error::missing_field("scheme"))?;
        let name = tag
            .as_str()
            .ok_or_else(|| D::Error::custom(format!("`scheme` must be a string, got {tag}")))?;
        let scheme = match name {
            "none" => Scheme::None,
            "standard-webhooks" => Scheme::StandardWebhooks,
            "stripe" => Scheme::Stripe,
            "github" => Scheme::Github,
            "shopify" => Scheme::Shopify,
            "slack" => Scheme::Slack,
            "hmac" => {
                return HmacScheme::deserialize(serde_json::Value::Object(fields))
                    .map(Scheme::Hmac)
                    .map_err(D::Error::custom);
            }
            other => return Err(D::Error::unknown_variant(other, SCHEME_NAMES)),
        };
        match fields.keys().next() {
            Some(field) => Err(D::Error::custom(format!(
                "unknown field `{field}`: scheme `{name}` has no settings (only \"hmac\" is configurable)"
            ))),
            None => Ok(scheme),
        }
    }
}
