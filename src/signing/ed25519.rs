//! Standard Webhooks `v1a`: the base64 ed25519 signature of `{id}.{timestamp}.{body}`, made with
//! a `whsk_` secret key and verified with its `whpk_` public key (or the `whsk_` itself).

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, VerifyingKey, SIGNATURE_LENGTH};

use super::check::{decode, secret_label};
use super::ed25519_keys::{signing_key, verifying_key};
use super::{reserialize, Encoding, InvalidReason, LikelyCause, SigningError, Verification};

/// The `v1a` signature (base64) of the concatenation of `parts` with one `whsk_` key.
pub(super) fn sign_one(
    (index, secret): (usize, &str),
    parts: &[&[u8]],
) -> Result<String, SigningError> {
    let key = signing_key(index, secret)?;
    Ok(STANDARD.encode(key.sign(&parts.concat()).to_bytes()))
}

/// The `v1a` entries of a received signature header.
pub(super) struct Entries<'a> {
    /// The header's name, for messages.
    pub header: &'a str,
    /// The signatures after `v1a,`, still base64.
    pub signatures: &'a [&'a str],
    /// `{id}.{timestamp}.`: the signed content is this followed by the body.
    pub signed_prefix: &'a [u8],
}

/// What checking the `v1a` entries with the ed25519 keys found; `unusable` lists the keys that
/// could not be read, whatever the result.
pub(super) struct Outcome {
    /// The index of the key that verifies an entry, or why none does (timestamp not judged).
    pub result: Result<usize, Verification>,
    pub unusable: Vec<SigningError>,
}

/// Checks every entry against every key (`live`: index and text of the `whsk_`/`whpk_` keys).
pub(super) fn check(entries: &Entries, live: &[(usize, &str)], body: &[u8]) -> Outcome {
    let mut keys = Vec::new();
    let mut unusable = Vec::new();
    for &(index, secret) in live {
        match verifying_key(index, secret) {
            Ok(key) => keys.push((index, key)),
            Err(e) => unusable.push(e),
        }
    }
    let result = if keys.is_empty() {
        let message = unusable
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        Err(Verification::invalid(InvalidReason::InvalidSecret, message))
    } else {
        judge(entries, &keys, body, live.len())
    };
    Outcome { result, unusable }
}

fn judge(
    entries: &Entries,
    keys: &[(usize, VerifyingKey)],
    body: &[u8],
    total: usize,
) -> Result<usize, Verification> {
    let signatures: Vec<Signature> = entries
        .signatures
        .iter()
        .filter_map(|text| decode(Encoding::Base64, text))
        .filter_map(|bytes| <[u8; SIGNATURE_LENGTH]>::try_from(bytes.as_slice()).ok())
        .map(|bytes| Signature::from_bytes(&bytes))
        .collect();
    if signatures.is_empty() {
        let first = entries.signatures.first().copied().unwrap_or_default();
        return Err(Verification::invalid(
            InvalidReason::MalformedHeader,
            format!(
                "The {} entry \"v1a,{first}\" is not an ed25519 signature: after \"v1a,\" comes the base64 of the {SIGNATURE_LENGTH}-byte signature. Fix the sender's encoding.",
                entries.header
            ),
        ));
    }
    let verifies = |key: &VerifyingKey, prefix: &[u8], content: &[u8]| {
        let message = [prefix, content].concat();
        signatures
            .iter()
            .any(|sig| key.verify_strict(&message, sig).is_ok())
    };
    if let Some((index, _)) = keys
        .iter()
        .find(|(_, key)| verifies(key, entries.signed_prefix, body))
    {
        return Ok(*index);
    }
    let (cause, message) = explain(entries, keys, body, total, verifies);
    Err(Verification::Invalid {
        reason: InvalidReason::SignatureMismatch,
        message,
        likely_cause: Some(cause),
    })
}

/// The usual sender mistake that makes a key verify, or [`LikelyCause::WrongSecret`].
fn explain(
    entries: &Entries,
    keys: &[(usize, VerifyingKey)],
    body: &[u8],
    total: usize,
    verifies: impl Fn(&VerifyingKey, &[u8], &[u8]) -> bool,
) -> (LikelyCause, String) {
    let header = entries.header;
    if keys.iter().any(|(_, key)| verifies(key, b"", body)) {
        return (
            LikelyCause::TimestampNotSigned,
            format!(
                "The {header} v1a signature covers the body alone, but Standard Webhooks signs \"{{id}}.{{timestamp}}.{{body}}\": the sender left the id and timestamp out of the signed content. Sign exactly \"{{id}}.{{timestamp}}.{{body}}\"."
            ),
        );
    }
    for (label, variant) in reserialize::variants(body) {
        if keys
            .iter()
            .any(|(_, key)| verifies(key, entries.signed_prefix, &variant))
        {
            return (
                LikelyCause::BodyReserialized,
                format!(
                    "The {header} v1a signature matches the JSON body re-serialized {label}, not the bytes that arrived: the sender signed one serialization and sent another (or something in between reformatted the body). Sign exactly the bytes that are sent."
                ),
            );
        }
    }
    let tried = match keys {
        [(index, _)] => secret_label(*index, total).replacen("the secret", "the key", 1),
        _ => format!("any of the {} ed25519 keys", keys.len()),
    };
    (
        LikelyCause::WrongSecret,
        format!(
            "The {header} v1a (ed25519) signature does not verify with {tried}. Check that the whpk_ key is the sender's current public key for this endpoint (a whsk_ secret key verifies as its own public key); if it is, the body was changed after signing."
        ),
    )
}
