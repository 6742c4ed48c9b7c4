//! Shape checks of a profile's parts that other modules interpret: the signing configuration
//! (parsed by the signing module) and header names.

use serde_json::Value;

use super::decode::Obj;
use super::error::CatalogError;

/// The schemes the signing module knows.
const SCHEMES: &[&str] = &[
    "none",
    "hmac",
    "standard-webhooks",
    "stripe",
    "github",
    "shopify",
    "slack",
];

pub(crate) fn check_signing(o: &Obj, signing: &Value) -> Result<(), CatalogError> {
    let scheme = signing.get("scheme").and_then(Value::as_str);
    match scheme {
        Some(s) if SCHEMES.contains(&s) => {}
        _ => {
            return Err(o.err(
                "signing",
                format!("`scheme` must be one of {}", SCHEMES.join(", ")),
            ))
        }
    }
    if scheme == Some("hmac") {
        for (key, allowed) in [
            ("algorithm", &["sha1", "sha256", "sha512"][..]),
            ("encoding", &["hex", "base64"][..]),
            (
                "content",
                &["body", "timestamp.body", "id.timestamp.body"][..],
            ),
        ] {
            match signing.get(key).and_then(Value::as_str) {
                Some(v) if allowed.contains(&v) => {}
                _ => {
                    return Err(o.err(
                        "signing",
                        format!(
                            "an hmac scheme needs `{key}`: one of {}",
                            allowed.join(", ")
                        ),
                    ))
                }
            }
        }
        if signing
            .get("header")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err(o.err("signing", "an hmac scheme needs a `header` name"));
        }
    }
    Ok(())
}

/// RFC 9110 token characters.
pub(crate) fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}
