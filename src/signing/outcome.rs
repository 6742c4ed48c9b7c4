//! What signing and verifying produce: [`Message`], [`Verification`], errors.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

/// The message being signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    /// Message id (Standard Webhooks `webhook-id`, generic `id_header`).
    pub id: &'a str,
    /// Unix seconds.
    pub timestamp: i64,
    /// The exact bytes sent as the request body.
    pub body: &'a [u8],
}

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
    /// The generic scheme's configuration is incomplete (see [`HmacScheme::validate`](super::HmacScheme::validate)).
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

/// Errors of [`sign`](super::sign) and of secret decoding.
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
