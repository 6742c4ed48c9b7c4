//! Standard Webhooks asymmetric keys: `whsk_` + base64 of the ed25519 secret key and `whpk_` +
//! base64 of the public key, as the specification names them.
//!
//! The secret key is written as Svix writes it, the 64-byte key pair (the 32-byte seed followed by
//! the public key, libsodium's layout); a bare 32-byte seed is accepted too, since that is what
//! most other ed25519 libraries export.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{SigningKey, VerifyingKey, KEYPAIR_LENGTH, PUBLIC_KEY_LENGTH};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use super::check::decode;
use super::{Encoding, SigningError};

/// Prefix of a Standard Webhooks ed25519 secret key.
pub const SECRET_KEY_PREFIX: &str = "whsk_";
/// Prefix of a Standard Webhooks ed25519 public key.
pub const PUBLIC_KEY_PREFIX: &str = "whpk_";

/// A Standard Webhooks ed25519 key pair: the sender signs `v1a` signatures with `secret_key`,
/// the consumer verifies them with `public_key`.
#[derive(Serialize, Deserialize, TS, ToSchema, Clone, Debug, PartialEq, Eq)]
#[schema(examples(json!({
    "secret_key": "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg==",
    "public_key": "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4="
})))]
pub struct KeyPair {
    /// `whsk_` + base64 of the 64-byte key pair; keep it secret, like a `whsec_` secret.
    pub secret_key: String,
    /// `whpk_` + base64 of the 32-byte public key; give it to the consumer.
    pub public_key: String,
}

/// Whether `secret` is an ed25519 key (`whsk_`/`whpk_`) rather than an HMAC secret.
pub fn is_asymmetric(secret: &str) -> bool {
    secret.starts_with(SECRET_KEY_PREFIX) || secret.starts_with(PUBLIC_KEY_PREFIX)
}

/// A fresh key pair from the operating system's random source.
pub fn generate_key_pair() -> Result<KeyPair, SigningError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| SigningError::RandomSource(e.to_string()))?;
    Ok(pair_of(&SigningKey::from_bytes(&seed)))
}

/// The key pair a `whsk_` secret key belongs to (its public key derived from it).
pub fn key_pair_of(secret_key: &str) -> Result<KeyPair, SigningError> {
    if secret_key.starts_with(PUBLIC_KEY_PREFIX) {
        return Err(SigningError::InvalidKey {
            index: None,
            problem: "is a whpk_ public key; the public key is derived from the whsk_ secret key, \
                      so give the whsk_ key"
                .into(),
        });
    }
    if !secret_key.starts_with(SECRET_KEY_PREFIX) {
        return Err(SigningError::InvalidKey {
            index: None,
            problem: "does not start with \"whsk_\"; only an ed25519 secret key has a public key \
                      (a whsec_ HMAC secret is shared as is)"
                .into(),
        });
    }
    let key = signing_key(0, secret_key).map_err(|e| match e {
        SigningError::InvalidKey { problem, .. } => SigningError::InvalidKey {
            index: None,
            problem,
        },
        other => other,
    })?;
    Ok(pair_of(&key))
}

fn pair_of(key: &SigningKey) -> KeyPair {
    KeyPair {
        secret_key: format!(
            "{SECRET_KEY_PREFIX}{}",
            STANDARD.encode(key.to_keypair_bytes())
        ),
        public_key: format!(
            "{PUBLIC_KEY_PREFIX}{}",
            STANDARD.encode(key.verifying_key().as_bytes())
        ),
    }
}

/// The signing key of a `whsk_` secret; a `whpk_` key cannot sign.
pub(super) fn signing_key(index: usize, secret: &str) -> Result<SigningKey, SigningError> {
    if secret.starts_with(PUBLIC_KEY_PREFIX) {
        return Err(SigningError::PublicKeyCannotSign { index });
    }
    let text = secret.strip_prefix(SECRET_KEY_PREFIX).unwrap_or(secret);
    let invalid = |problem: String| SigningError::InvalidKey {
        index: Some(index),
        problem,
    };
    let bytes = decode(Encoding::Base64, text).ok_or_else(|| {
        invalid(
            "has text after \"whsk_\" that is not base64; it must be the base64 of the ed25519 \
             key (64 bytes, or a 32-byte seed): copy the whole key"
                .into(),
        )
    })?;
    if let Ok(pair) = <[u8; KEYPAIR_LENGTH]>::try_from(bytes.as_slice()) {
        return SigningKey::from_keypair_bytes(&pair).map_err(|_| {
            invalid(
                "is damaged: the second half of the whsk_ key is not the public key of its first \
                 half (a character changed, or two keys were pasted together); copy it again"
                    .into(),
            )
        });
    }
    if let Ok(seed) = <[u8; 32]>::try_from(bytes.as_slice()) {
        return Ok(SigningKey::from_bytes(&seed));
    }
    Err(invalid(format!(
        "decodes to {} bytes, but an ed25519 secret key is 64 bytes (seed then public key) or a \
         32-byte seed: copy the whole key",
        bytes.len()
    )))
}

/// The key that verifies `v1a` signatures: a `whpk_` public key, or the public half of a `whsk_`.
pub(super) fn verifying_key(index: usize, secret: &str) -> Result<VerifyingKey, SigningError> {
    let Some(text) = secret.strip_prefix(PUBLIC_KEY_PREFIX) else {
        return signing_key(index, secret).map(|key| key.verifying_key());
    };
    let invalid = |problem: String| SigningError::InvalidKey {
        index: Some(index),
        problem,
    };
    let bytes = decode(Encoding::Base64, text).ok_or_else(|| {
        invalid(
            "has text after \"whpk_\" that is not base64; it must be the base64 of the 32-byte \
             ed25519 public key: copy the whole key"
                .into(),
        )
    })?;
    let bytes = <[u8; PUBLIC_KEY_LENGTH]>::try_from(bytes.as_slice()).map_err(|_| {
        invalid(format!(
            "decodes to {} bytes, but an ed25519 public key is 32 bytes: copy the whole key",
            bytes.len()
        ))
    })?;
    let key = VerifyingKey::from_bytes(&bytes).map_err(|_| {
        invalid(
            "is not an ed25519 public key (the bytes are not a point of the curve): copy it \
             again from the sender"
                .into(),
        )
    })?;
    if key.is_weak() {
        return Err(invalid(
            "is a weak ed25519 public key (of small order), for which signatures can be forged: \
             ask the sender for its real public key"
                .into(),
        ));
    }
    Ok(key)
}
