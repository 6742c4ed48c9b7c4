//! Explains a signature mismatch by re-trying the usual sender mistakes.

use super::check::{decode, secret_label, Check, KeyMode, WHSEC};
use super::reserialize;
use super::{Encoding, LikelyCause};

/// An alternative key a confused sender may have used, with its description.
struct AltKey {
    bytes: Vec<u8>,
    what: &'static str,
    fix: &'static str,
}

/// The first usual mistake that reproduces a received signature, or
/// [`LikelyCause::WrongSecret`], with a message a person can act on.
pub(super) fn explain(
    check: &Check,
    body: &[u8],
    live: &[(usize, &str)],
    keys: &[(usize, Vec<u8>)],
) -> (LikelyCause, String) {
    let received = check.received(check.encoding);
    let total = live.len();

    for &(index, secret) in live {
        for alt in alternate_keys(check.key_mode, secret) {
            if check.matches(&alt.bytes, &check.signed_prefix, body, &received) {
                let msg = format!(
                    "The {} signature was made with {} of {}. {}",
                    check.header,
                    alt.what,
                    secret_label(index, total),
                    alt.fix
                );
                return (LikelyCause::SecretPrefixNotStripped, msg);
            }
        }
    }

    let other = match check.encoding {
        Encoding::Hex => Encoding::Base64,
        Encoding::Base64 => Encoding::Hex,
    };
    let received_other = check.received(other);
    for (_, key) in keys {
        if check.matches(key, &check.signed_prefix, body, &received_other) {
            let msg = format!(
                "The {} signature is {} but {} expects {}: the secret is right, the sender encodes the HMAC digest the wrong way. Encode the raw digest bytes as {}.",
                check.header,
                name(other),
                check.scheme,
                name(check.encoding),
                name(check.encoding)
            );
            return (LikelyCause::HexBase64Confusion, msg);
        }
    }

    if !check.signed_prefix.is_empty() {
        for (_, key) in keys {
            if check.matches(key, b"", body, &received) {
                let msg = format!(
                    "The {} signature covers the body alone, but {} signs \"{}\": the sender left the timestamp out of the signed content. Sign exactly \"{}\".",
                    check.header, check.scheme, check.signed_label, check.signed_label
                );
                return (LikelyCause::TimestampNotSigned, msg);
            }
        }
    }

    for (label, variant) in reserialize::variants(body) {
        for (_, key) in keys {
            if check.matches(key, &check.signed_prefix, &variant, &received) {
                let msg = format!(
                    "The {} signature matches the JSON body re-serialized {}, not the bytes that arrived: the sender signed one serialization and sent another (or something in between reformatted the body). Sign exactly the bytes that are sent.",
                    check.header, label
                );
                return (LikelyCause::BodyReserialized, msg);
            }
        }
    }

    let tried = if total == 1 {
        "the configured secret".to_string()
    } else {
        format!("any of the {total} configured secrets")
    };
    let msg = format!(
        "The {} signature does not match {}. Check that the secret is the sender's current signing secret for this endpoint; if it is, the body was changed after signing.",
        check.header, tried
    );
    (LikelyCause::WrongSecret, msg)
}

fn name(enc: Encoding) -> &'static str {
    match enc {
        Encoding::Hex => "hex",
        Encoding::Base64 => "base64",
    }
}

/// Keys a sender may have derived from `secret` by mishandling `whsec_`.
fn alternate_keys(mode: KeyMode, secret: &str) -> Vec<AltKey> {
    let mut out = Vec::new();
    match mode {
        KeyMode::StandardWebhooks => {
            const FIX: &str = "Standard Webhooks keys are the base64-decoded bytes after \"whsec_\": the sender must strip the prefix and base64-decode the rest.";
            if let Some(rest) = secret.strip_prefix(WHSEC) {
                out.push(AltKey {
                    bytes: secret.as_bytes().to_vec(),
                    what: "the whole \"whsec_...\" string as the key (prefix kept, not base64-decoded)",
                    fix: FIX,
                });
                out.push(AltKey {
                    bytes: rest.as_bytes().to_vec(),
                    what: "the base64 text after \"whsec_\" as the key, without decoding it",
                    fix: FIX,
                });
            } else {
                out.push(AltKey {
                    bytes: secret.as_bytes().to_vec(),
                    what: "the base64 text as the key, without decoding it",
                    fix: FIX,
                });
                out.push(AltKey {
                    bytes: format!("{WHSEC}{secret}").into_bytes(),
                    what: "\"whsec_\" plus the secret as the key text",
                    fix: FIX,
                });
            }
        }
        KeyMode::Raw => {
            const FIX: &str = "This scheme keys the HMAC with the whole secret string exactly as shown, \"whsec_\" included: don't strip or decode it.";
            if let Some(rest) = secret.strip_prefix(WHSEC) {
                out.push(AltKey {
                    bytes: rest.as_bytes().to_vec(),
                    what: "the secret without its \"whsec_\" prefix",
                    fix: FIX,
                });
                if let Some(bytes) = decode(Encoding::Base64, rest) {
                    out.push(AltKey {
                        bytes,
                        what:
                            "the base64-decoded part after \"whsec_\" (the Standard Webhooks way)",
                        fix: FIX,
                    });
                }
            }
        }
    }
    out.retain(|k| !k.bytes.is_empty());
    out
}
