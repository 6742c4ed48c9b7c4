//! Shared machinery: keys, HMAC, encodings, header lookup, the timestamp
//! window and the verification core every scheme feeds.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use subtle::ConstantTimeEq;

use super::diagnose;
use super::time::window;
use super::{Algorithm, Encoding, InvalidReason, SigningError, Verification};

/// Prefix of Standard Webhooks (and Stripe) secrets.
pub(super) const WHSEC: &str = "whsec_";

const LENIENT_CONFIG: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const LENIENT_STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT_CONFIG);
const LENIENT_URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT_CONFIG);

/// The inputs of [`verify`](super::verify).
pub(super) struct Context<'a> {
    pub secrets: &'a [String],
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
    pub now: i64,
    pub tolerance_secs: i64,
}

impl<'a> Context<'a> {
    /// First header named `name` (ASCII case-insensitive), value trimmed.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }

    /// Like [`Context::header`], but a missing header is `missing_header`.
    pub fn required(&self, name: &str, why: &str) -> Result<&'a str, Verification> {
        self.header(name).ok_or_else(|| {
            Verification::invalid(
                InvalidReason::MissingHeader,
                format!("The signature is present but the {name} header is missing; {why}."),
            )
        })
    }
}

/// Non-empty secrets with their index in the slice, oldest first.
pub(super) fn live_secrets(secrets: &[String]) -> Vec<(usize, &str)> {
    secrets
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| (i, s.as_str()))
        .collect()
}

/// How a secret string becomes HMAC key bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum KeyMode {
    /// The secret's UTF-8 bytes, as is (Stripe keeps its `whsec_` prefix).
    Raw,
    /// Standard Webhooks: strip an optional `whsec_`, base64-decode the rest.
    StandardWebhooks,
}

pub(super) fn derive_key(
    mode: KeyMode,
    index: usize,
    secret: &str,
) -> Result<Vec<u8>, SigningError> {
    let key = match mode {
        KeyMode::Raw => secret.as_bytes().to_vec(),
        KeyMode::StandardWebhooks => {
            let rest = secret.strip_prefix(WHSEC).unwrap_or(secret);
            decode_base64(rest).ok_or(SigningError::SecretNotBase64 { index })?
        }
    };
    if key.is_empty() {
        return Err(SigningError::EmptyKey { index });
    }
    Ok(key)
}

/// HMAC of the concatenation of `parts`.
pub(super) fn mac(alg: Algorithm, key: &[u8], parts: &[&[u8]]) -> Result<Vec<u8>, SigningError> {
    match alg {
        Algorithm::Sha1 => mac_with::<Hmac<sha1::Sha1>>(key, parts),
        Algorithm::Sha256 => mac_with::<Hmac<sha2::Sha256>>(key, parts),
        Algorithm::Sha512 => mac_with::<Hmac<sha2::Sha512>>(key, parts),
    }
}

fn mac_with<M: Mac + KeyInit>(key: &[u8], parts: &[&[u8]]) -> Result<Vec<u8>, SigningError> {
    let mut m =
        <M as KeyInit>::new_from_slice(key).map_err(|e| SigningError::Crypto(e.to_string()))?;
    for part in parts {
        m.update(part);
    }
    Ok(m.finalize().into_bytes().to_vec())
}

pub(super) fn encode(enc: Encoding, bytes: &[u8]) -> String {
    match enc {
        Encoding::Hex => hex::encode(bytes),
        Encoding::Base64 => STANDARD.encode(bytes),
    }
}

/// Decodes a received signature; `None` when it is not valid in `enc`.
pub(super) fn decode(enc: Encoding, text: &str) -> Option<Vec<u8>> {
    match enc {
        Encoding::Hex => hex::decode(text).ok(),
        Encoding::Base64 => decode_base64(text),
    }
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    LENIENT_STANDARD
        .decode(text)
        .or_else(|_| LENIENT_URL_SAFE.decode(text))
        .ok()
}

/// Whether `expected` equals any received signature, in constant time per comparison.
pub(super) fn any_match(expected: &[u8], received: &[Option<Vec<u8>>]) -> bool {
    let mut hit = subtle::Choice::from(0u8);
    for sig in received.iter().flatten() {
        if !sig.is_empty() {
            hit |= expected.ct_eq(sig);
        }
    }
    hit.into()
}

/// "the secret" when only one is configured, else "secret N" (1-based).
pub(super) fn secret_label(index: usize, total: usize) -> String {
    if total == 1 {
        "the secret".to_string()
    } else {
        format!("secret {}", index + 1)
    }
}

/// A parsed, signed request, ready to be checked against the secrets.
pub(super) struct Check<'a> {
    /// Scheme name for messages, e.g. "Stripe".
    pub scheme: String,
    /// Signature header name for messages.
    pub header: String,
    /// What the scheme signs, for messages, e.g. "{t}.{body}".
    pub signed_label: &'static str,
    pub algorithm: Algorithm,
    pub encoding: Encoding,
    pub key_mode: KeyMode,
    /// Signatures as received, scheme prefix removed, still encoded.
    pub signatures: Vec<&'a str>,
    /// Signed content = `signed_prefix` followed by the body.
    pub signed_prefix: Vec<u8>,
    /// Timestamp to check against the tolerance, if the scheme has one.
    pub timestamp: Option<i64>,
}

impl Check<'_> {
    pub fn received(&self, enc: Encoding) -> Vec<Option<Vec<u8>>> {
        self.signatures.iter().map(|s| decode(enc, s)).collect()
    }

    /// Whether HMAC(`key`, `prefix` + `body`) equals a received signature.
    pub fn matches(
        &self,
        key: &[u8],
        prefix: &[u8],
        body: &[u8],
        received: &[Option<Vec<u8>>],
    ) -> bool {
        mac(self.algorithm, key, &[prefix, body])
            .map(|expected| any_match(&expected, received))
            .unwrap_or(false)
    }
}

/// The verification core: secrets, signature, timestamp, diagnosis.
pub(super) fn run(check: &Check, ctx: &Context) -> Verification {
    if let Err(malformed) = decodable(check) {
        return malformed;
    }
    let live = live_secrets(ctx.secrets);
    if live.is_empty() {
        return Verification::invalid(
            InvalidReason::NoSecret,
            format!(
                "The request carries a {} signature but no secret is configured; add the sender's signing secret to verify it.",
                check.scheme
            ),
        );
    }
    let mut keys = Vec::new();
    let mut bad = Vec::new();
    for &(index, secret) in &live {
        match derive_key(check.key_mode, index, secret) {
            Ok(key) => keys.push((index, key)),
            Err(e) => bad.push(e),
        }
    }
    if keys.is_empty() {
        let message = bad.first().map(ToString::to_string).unwrap_or_default();
        return Verification::invalid(InvalidReason::InvalidSecret, message);
    }
    let received = check.received(check.encoding);
    for (index, key) in &keys {
        if check.matches(key, &check.signed_prefix, ctx.body, &received) {
            return match check
                .timestamp
                .map(|ts| window(ts, ctx.now, ctx.tolerance_secs))
            {
                Some(Err(stale)) => stale,
                _ => Verification::Valid {
                    secret_index: *index,
                },
            };
        }
    }
    let (cause, mut message) = diagnose::explain(check, ctx.body, &live, &keys);
    if let Some(Err(Verification::Invalid { message: m, .. })) = check
        .timestamp
        .map(|ts| window(ts, ctx.now, ctx.tolerance_secs))
    {
        message.push_str(" Also: ");
        message.push_str(&m);
    }
    for e in &bad {
        message.push_str(" Also: ");
        message.push_str(&e.to_string());
    }
    Verification::Invalid {
        reason: InvalidReason::SignatureMismatch,
        message,
        likely_cause: Some(cause),
    }
}

/// A signature that is neither hex nor base64 (or empty) cannot be a
/// mistake of the sender's HMAC: the header itself is malformed.
fn decodable(check: &Check) -> Result<(), Verification> {
    let decodes = |sig: &str| {
        [Encoding::Hex, Encoding::Base64]
            .into_iter()
            .any(|enc| decode(enc, sig).is_some_and(|bytes| !bytes.is_empty()))
    };
    if check.signatures.iter().any(|sig| decodes(sig)) {
        return Ok(());
    }
    let first = check.signatures.first().copied().unwrap_or_default();
    let hint = match first.split_once('=') {
        Some((prefix, rest)) if decodes(rest) => format!(
            " It starts with \"{prefix}=\", a prefix {} does not expect: remove it at the sender (or, for a custom HMAC profile, set it as the prefix).",
            check.scheme
        ),
        _ => String::new(),
    };
    Err(Verification::invalid(
        InvalidReason::MalformedHeader,
        format!(
            "The {} signature {first:?} is neither hex nor base64; {} expects the {} HMAC digest.{hint}",
            check.header,
            check.scheme,
            match check.encoding {
                Encoding::Hex => "hex-encoded",
                Encoding::Base64 => "base64-encoded",
            }
        ),
    ))
}

/// Signs `parts` with one secret and encodes the result.
pub(super) fn sign_one(
    alg: Algorithm,
    enc: Encoding,
    mode: KeyMode,
    (index, secret): (usize, &str),
    parts: &[&[u8]],
) -> Result<String, SigningError> {
    let key = derive_key(mode, index, secret)?;
    Ok(encode(enc, &mac(alg, &key, parts)?))
}

/// The newest (last) live secret.
pub(super) fn newest<'s>(live: &[(usize, &'s str)]) -> Option<(usize, &'s str)> {
    live.last().copied()
}
