//! Webhook signing and verification for the provider schemes Hookbench speaks.
//!
//! # Schemes
//!
//! | [`Scheme`] | headers | signed content | signature |
//! |---|---|---|---|
//! | `standard-webhooks` (Svix) | `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<sig> [v1a,<sig>…]` | `{id}.{timestamp}.{body}` | `v1`: base64 HMAC-SHA256, key = base64-decoded secret after the optional `whsec_` prefix; `v1a`: base64 ed25519, signed with a `whsk_` secret key, verified with its `whpk_` public key |
//! | `stripe` | `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]` | `{t}.{body}` | hex HMAC-SHA256, key = the whole `whsec_…` string as UTF-8 |
//! | `github` | `X-Hub-Signature-256: sha256=<hex>` | body | hex HMAC-SHA256 |
//! | `shopify` | `X-Shopify-Hmac-Sha256: <base64>` | body | base64 HMAC-SHA256 |
//! | `slack` | `X-Slack-Request-Timestamp`, `X-Slack-Signature: v0=<hex>` | `v0:{timestamp}:{body}` | hex HMAC-SHA256 |
//! | `hmac` ([`HmacScheme`]) | configurable | `body`, `timestamp.body` or `id.timestamp.body` | SHA-1/256/512, hex or base64, optional prefix |
//! | `none` | — | — | — |
//!
//! ConnectGain is the generic scheme preset [`HmacScheme::connectgain`]:
//! `X-Webhook-Signature: <hex HMAC-SHA256 of the body>` plus an ISO 8601
//! `X-Webhook-Timestamp`. The `X-Webhook-Event` header carries the event
//! type, not signing material, so the provider profile adds it, not [`sign`].
//!
//! Provider profiles store a scheme as JSON, e.g. `{"scheme":"stripe"}` or
//! `{"scheme":"hmac","algorithm":"sha256","encoding":"hex","header":"X-Webhook-Signature","content":"body"}`.
//!
//! # API
//!
//! ```text
//! pub fn sign(scheme: &Scheme, secrets: &[String], msg: &Message)
//!     -> Result<Vec<(String, String)>, SigningError>;
//! pub fn verify(scheme: &Scheme, secrets: &[String], headers: &[(String, String)],
//!     body: &[u8], now: i64, tolerance_secs: i64) -> Verification;
//! pub const DEFAULT_TOLERANCE_SECS: i64 = 300;
//!
//! pub fn generate_key_pair() -> Result<KeyPair, SigningError>;      // whsk_/whpk_ for v1a
//! pub fn key_pair_of(secret_key: &str) -> Result<KeyPair, SigningError>;
//!
//! enum Scheme { None, StandardWebhooks, Stripe, Github, Shopify, Slack, Hmac(HmacScheme) }
//! struct HmacScheme { algorithm, encoding, header, prefix, content,
//!     timestamp_header, timestamp_format, id_header }   // HmacScheme::connectgain()
//! struct Message<'a> { id: &'a str, timestamp: i64, body: &'a [u8] }
//! enum Verification { Valid { secret_index }, Unsigned,
//!     Invalid { reason: InvalidReason, message: String, likely_cause: Option<LikelyCause> } }
//! ```
//!
//! - [`sign`] returns the headers the scheme adds to an outgoing request;
//!   it also serves the UI's live signature preview. It fails only on a
//!   bad secret ([`SigningError::SecretNotBase64`], [`SigningError::EmptyKey`],
//!   [`SigningError::InvalidKey`], [`SigningError::PublicKeyCannotSign`]),
//!   an incomplete [`HmacScheme`] ([`SigningError::Config`]) or a timestamp
//!   ISO 8601 cannot express.
//! - [`verify`] checks a received request and never panics, whatever the
//!   input. Order of checks: signature header absent → `Unsigned`;
//!   malformed or missing companion headers → `malformed_header` /
//!   `missing_header`; no secret → `no_secret`; no usable secret →
//!   `invalid_secret`; (Standard Webhooks) no entry of a kind the keys
//!   verify → `version_mismatch`; signature → `signature_mismatch` (with a
//!   [`LikelyCause`]) or, when it matches, the timestamp window →
//!   `stale_timestamp` / `future_timestamp`. A signature that is neither hex
//!   nor base64 is `malformed_header`. An incomplete [`HmacScheme`] is
//!   `misconfigured_scheme`. [`Scheme::None`] always yields `Unsigned`.
//!
//! # Standard Webhooks `v1a` (ed25519)
//!
//! A Standard Webhooks secret is an HMAC secret (`whsec_…`, or bare base64) that signs and
//! verifies `v1` entries, or an ed25519 key that works with `v1a` entries: a `whsk_` secret key
//! (base64 of the 64-byte key pair as Svix writes it, or of the 32-byte seed) signs, and verifies
//! as its public key; a `whpk_` public key only verifies ([`SigningError::PublicKeyCannotSign`]).
//! A header verifies when any entry matches a key of its kind, so one carrying `v1` and `v1a`
//! entries verifies with either kind of key. When no entry is of a kind a configured key
//! verifies, the reason is [`InvalidReason::VersionMismatch`]; a key that cannot be read is
//! [`SigningError::InvalidKey`] (`invalid_secret` when no key is usable). Ed25519 signatures are
//! checked with `ed25519-dalek`'s `verify_strict`, which also refuses weak public keys.
//!
//! # Secrets and rotation
//!
//! `secrets` is ordered oldest first: **the last secret is the newest**.
//! Empty strings are ignored (treated as "no secret configured").
//!
//! - Verifying: the request is valid if it matches ANY secret;
//!   `Valid { secret_index }` is the index in the slice.
//! - Signing: the newest secret signs. Where the scheme carries several
//!   signatures in one header (Standard Webhooks, Stripe), every secret
//!   signs, newest first (for Standard Webhooks each as `v1` or `v1a` by
//!   its kind, so a rotation from `whsec_` to `whsk_` sends both).
//! - No secret: [`sign`] returns no headers at all (nothing is signed, not
//!   even id/timestamp headers); [`verify`] reports
//!   [`InvalidReason::NoSecret`] for a signed request.
//!
//! # Headers
//!
//! Received headers are `(name, value)` pairs in arrival order. Names are
//! compared ASCII case-insensitively; values are trimmed of surrounding
//! whitespace. When a header is repeated, **the first occurrence wins**.
//! Standard Webhooks also accepts Svix's `svix-id`/`svix-timestamp`/
//! `svix-signature` names when no `webhook-signature` header is present.
//!
//! # Timestamps
//!
//! Schemes with a timestamp (Standard Webhooks, Stripe, Slack, `hmac` with a
//! `timestamp_header`) reject timestamps more than `tolerance_secs` in the
//! past ([`InvalidReason::StaleTimestamp`]) or in the future
//! ([`InvalidReason::FutureTimestamp`]); [`DEFAULT_TOLERANCE_SECS`] is 5
//! minutes. A negative tolerance disables the window (useful to inspect
//! replayed captures). The signature is checked first, so a correctly
//! signed replay is reported as stale rather than as a mismatch.
//!
//! # Diagnosis
//!
//! When no secret matches, [`verify`] tries the usual mistakes and reports
//! the first that explains the signature as a [`LikelyCause`]: the
//! `whsec_` prefix handled wrongly, hex/base64 confusion, timestamp not
//! signed, JSON body re-serialized; otherwise [`LikelyCause::WrongSecret`].
//!
//! All signature comparisons are constant-time (`subtle`).

mod check;
mod diagnose;
mod ed25519;
mod ed25519_keys;
mod generic;
mod github;
mod outcome;
mod reserialize;
mod scheme;
mod shopify;
mod slack;
mod standard_webhooks;
mod stripe;
mod time;

pub use crate::model::{
    Algorithm, Content, Encoding, HmacScheme, InvalidReason, LikelyCause, SigningError,
    TimestampFormat, Verification,
};
pub use ed25519_keys::{
    generate_key_pair, is_asymmetric, key_pair_of, KeyPair, PUBLIC_KEY_PREFIX, SECRET_KEY_PREFIX,
};
pub use outcome::Message;
pub use scheme::Scheme;

/// Default timestamp tolerance: 5 minutes either way.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;

/// Headers `(name, value)` that `scheme` adds to a request carrying `msg`:
/// the signature header and, where the scheme owns them, the id/timestamp
/// headers (e.g. `webhook-id`, `webhook-timestamp`; `X-Slack-Request-Timestamp`).
///
/// Empty for [`Scheme::None`] or when `secrets` holds no non-empty secret.
/// `secrets` is oldest first; see the module docs for rotation.
pub fn sign(
    scheme: &Scheme,
    secrets: &[String],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    if let Scheme::Hmac(cfg) = scheme {
        cfg.validate()?;
    }
    let live = check::live_secrets(secrets);
    if live.is_empty() || matches!(scheme, Scheme::None) {
        return Ok(Vec::new());
    }
    match scheme {
        Scheme::None => Ok(Vec::new()),
        Scheme::StandardWebhooks => standard_webhooks::sign(&live, msg),
        Scheme::Stripe => stripe::sign(&live, msg),
        Scheme::Github => github::sign(&live, msg),
        Scheme::Shopify => shopify::sign(&live, msg),
        Scheme::Slack => slack::sign(&live, msg),
        Scheme::Hmac(cfg) => generic::sign(cfg, &live, msg),
    }
}

/// Verifies a received request.
///
/// `headers` as received, in arrival order (names case-insensitive, first
/// occurrence wins); `now` in unix seconds; `tolerance_secs` is the
/// accepted clock difference (see [`DEFAULT_TOLERANCE_SECS`]).
/// [`Scheme::None`] always yields [`Verification::Unsigned`].
pub fn verify(
    scheme: &Scheme,
    secrets: &[String],
    headers: &[(String, String)],
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> Verification {
    let ctx = check::Context {
        secrets,
        headers,
        body,
        now,
        tolerance_secs,
    };
    match scheme {
        Scheme::None => Verification::Unsigned,
        Scheme::StandardWebhooks => standard_webhooks::verify(&ctx),
        Scheme::Stripe => stripe::verify(&ctx),
        Scheme::Github => github::verify(&ctx),
        Scheme::Shopify => shopify::verify(&ctx),
        Scheme::Slack => slack::verify(&ctx),
        Scheme::Hmac(cfg) => generic::verify(cfg, &ctx),
    }
}
