//! Signing configurations and verdicts: the HMAC scheme a user configures, and what checking a
//! request's signature found (the signing module computes them).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// What checking a request's signature found: valid (and with which secret), unsigned, or invalid
/// and why.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verification {
    /// The signature matches `secrets[secret_index]` and the timestamp (if
    /// any) is within the tolerance.
    Valid { secret_index: usize },
    /// The scheme's signature header is absent.
    Unsigned,
    /// The request is signed but does not verify.
    Invalid {
        reason: InvalidReason,
        /// A sentence a person can act on.
        message: String,
        /// For `signature_mismatch`: the most likely explanation.
        likely_cause: Option<LikelyCause>,
    },
}

impl Verification {
    pub fn is_valid(&self) -> bool {
        matches!(self, Verification::Valid { .. })
    }

    pub(crate) fn invalid(reason: InvalidReason, message: impl Into<String>) -> Self {
        Verification::Invalid {
            reason,
            message: message.into(),
            likely_cause: None,
        }
    }
}

/// Why a signed request failed verification.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InvalidReason {
    /// A header the scheme needs (e.g. the timestamp) is missing while the signature is present.
    MissingHeader,
    /// A header is present but cannot be parsed.
    MalformedHeader,
    /// The timestamp is older than the tolerance.
    StaleTimestamp,
    /// The timestamp is further in the future than the tolerance.
    FutureTimestamp,
    /// No configured secret produces the received signature.
    SignatureMismatch,
    /// No secret is configured.
    NoSecret,
    /// No configured secret can be used (e.g. a `whsec_` secret that is not base64).
    InvalidSecret,
    /// The generic scheme's configuration is incomplete (see [`HmacScheme::validate`]).
    MisconfiguredScheme,
    /// The signature header carries no signature of the kind the keys verify: only `v1` (HMAC)
    /// entries for `whpk_`/`whsk_` keys, or only `v1a` (ed25519) entries for `whsec_` secrets.
    VersionMismatch,
}

/// Most likely explanation of a signature mismatch.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LikelyCause {
    /// Nothing else explains it: the secrets differ.
    WrongSecret,
    /// The `whsec_` secret was keyed the wrong way (prefix kept, base64 not
    /// decoded, or decoded where the raw string is the key).
    SecretPrefixNotStripped,
    /// The signature is in the other encoding (hex vs base64).
    HexBase64Confusion,
    /// The sender signed the body alone where the scheme signs timestamp and body.
    TimestampNotSigned,
    /// The sender signed a different serialization of the JSON body.
    BodyReserialized,
}

/// Errors of signing (`signing::sign`) and of secret decoding.
#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum SigningError {
    /// A Standard Webhooks secret whose part after `whsec_` is not base64.
    #[error("secret {} is not a valid Standard Webhooks secret: after the optional \"whsec_\" prefix it must be base64 (like \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"); copy the whole secret from the sender's dashboard", .index + 1)]
    SecretNotBase64 { index: usize },
    /// A secret that decodes to no key bytes.
    #[error("secret {} decodes to an empty key; copy the whole secret from the sender's dashboard", .index + 1)]
    EmptyKey { index: usize },
    /// The generic scheme's configuration is unusable.
    #[error("HMAC scheme misconfigured: {0}")]
    Config(String),
    /// The timestamp cannot be written in the scheme's format.
    #[error("timestamp {0} cannot be written as ISO 8601 (year outside 0000-9999); use a realistic unix time in seconds")]
    TimestampOutOfRange(i64),
    /// A `whpk_` public key given where a key must sign.
    #[error("secret {} is a Standard Webhooks public key (whpk_...), which can only verify: sign with the whsk_ secret key it belongs to, and give this whpk_ key to the consumer", .index + 1)]
    PublicKeyCannotSign { index: usize },
    /// A `whsk_`/`whpk_` key that is not a usable ed25519 key; `index` is `None` for a lone key.
    #[error("{} {problem}", key_label(*.index))]
    InvalidKey {
        index: Option<usize>,
        problem: String,
    },
    /// The operating system's random source failed while generating a key.
    #[error("the operating system's random source failed ({0}); try again")]
    RandomSource(String),
    /// The HMAC primitive refused the key (not expected to happen).
    #[error("HMAC computation failed: {0}")]
    Crypto(String),
}

fn key_label(index: Option<usize>) -> String {
    index.map_or_else(|| "the key".to_string(), |i| format!("secret {}", i + 1))
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

impl From<SigningError> for crate::base::error::Error {
    fn from(e: SigningError) -> Self {
        crate::base::error::Error::Signing(e.to_string())
    }
}
