//! Scheme configuration: [`Scheme`], [`HmacScheme`] and their parts.

use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use super::outcome::SigningError;

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

/// A user-configurable HMAC scheme.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct HmacScheme {
    pub algorithm: Algorithm,
    pub encoding: Encoding,
    /// Name of the signature header, e.g. `X-Webhook-Signature`.
    pub header: String,
    /// Text before the encoded signature in the header, e.g. `sha256=`.
    #[serde(default)]
    pub prefix: String,
    /// What is signed.
    pub content: Content,
    /// Header carrying the timestamp; required by `timestamp.body` and
    /// `id.timestamp.body`. When set, the timestamp is checked against the tolerance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_header: Option<String>,
    /// Format of the timestamp header value.
    #[serde(default)]
    pub timestamp_format: TimestampFormat,
    /// Header carrying the message id; required by `id.timestamp.body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_header: Option<String>,
}

/// HMAC hash function.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    Sha1,
    Sha256,
    Sha512,
}

/// Text encoding of the signature bytes.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// Lowercase hexadecimal (either case accepted when verifying).
    Hex,
    /// Standard base64 with padding (padding optional when verifying).
    Base64,
}

/// What the generic HMAC scheme signs; parts are joined with `.`.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    #[serde(rename = "body")]
    Body,
    #[serde(rename = "timestamp.body")]
    TimestampBody,
    #[serde(rename = "id.timestamp.body")]
    IdTimestampBody,
}

/// Format of a timestamp header value.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TimestampFormat {
    /// Decimal unix seconds, e.g. `1614265330`.
    #[default]
    Unix,
    /// RFC 3339 / ISO 8601 with a zone, e.g. `2021-02-25T15:02:10Z`
    /// (signing emits UTC with a `Z`).
    Iso8601,
}

impl HmacScheme {
    /// ConnectGain (our own documented scheme): `X-Webhook-Signature` is the
    /// lowercase hex HMAC-SHA256 of the raw body, no prefix; the ISO 8601
    /// `X-Webhook-Timestamp` is sent alongside (not signed, but checked
    /// against the tolerance). No secret, no signature.
    pub fn connectgain() -> Self {
        HmacScheme {
            algorithm: Algorithm::Sha256,
            encoding: Encoding::Hex,
            header: "X-Webhook-Signature".to_string(),
            prefix: String::new(),
            content: Content::Body,
            timestamp_header: Some("X-Webhook-Timestamp".to_string()),
            timestamp_format: TimestampFormat::Iso8601,
            id_header: None,
        }
    }

    /// Checks the configuration: header names present and valid, and the
    /// headers that `content` needs configured.
    pub fn validate(&self) -> Result<(), SigningError> {
        check_header_name("header", &self.header)?;
        if let Some(name) = &self.timestamp_header {
            check_header_name("timestamp_header", name)?;
        }
        if let Some(name) = &self.id_header {
            check_header_name("id_header", name)?;
        }
        let needs_ts = matches!(
            self.content,
            Content::TimestampBody | Content::IdTimestampBody
        );
        if needs_ts && self.timestamp_header.is_none() {
            return Err(SigningError::Config(
                "content signs the timestamp but no timestamp_header is set; set timestamp_header (e.g. \"X-Webhook-Timestamp\") or sign the body only".into(),
            ));
        }
        if self.content == Content::IdTimestampBody && self.id_header.is_none() {
            return Err(SigningError::Config(
                "content \"id.timestamp.body\" signs the message id but no id_header is set; set id_header (e.g. \"X-Webhook-Id\")".into(),
            ));
        }
        Ok(())
    }
}

fn check_header_name(field: &str, name: &str) -> Result<(), SigningError> {
    if name.is_empty() {
        return Err(SigningError::Config(format!(
            "{field} is empty; enter the header name, e.g. \"X-Webhook-Signature\""
        )));
    }
    let is_tchar = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if let Some(bad) = name.chars().find(|c| !is_tchar(*c)) {
        return Err(SigningError::Config(format!(
            "{field} {name:?} contains {bad:?}, which is not allowed in an HTTP header name; use letters, digits and '-'"
        )));
    }
    Ok(())
}
