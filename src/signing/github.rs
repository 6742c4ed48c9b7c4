//! GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`.

use super::check::{self, Check, Context, KeyMode};
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const SIGNATURE: &str = "X-Hub-Signature-256";
const PREFIX: &str = "sha256=";

/// The newest secret signs.
pub(super) fn sign(
    live: &[(usize, &str)],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    let Some(secret) = check::newest(live) else {
        return Ok(Vec::new());
    };
    let sig = check::sign_one(
        Algorithm::Sha256,
        Encoding::Hex,
        KeyMode::Raw,
        secret,
        &[msg.body],
    )?;
    Ok(vec![(SIGNATURE.to_string(), format!("{PREFIX}{sig}"))])
}

pub(super) fn verify(ctx: &Context) -> Verification {
    parse(ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    let value = ctx.header(SIGNATURE).ok_or(Verification::Unsigned)?;
    let sig = value
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .and_then(|_| value.get(PREFIX.len()..))
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Verification::invalid(
                InvalidReason::MalformedHeader,
                format!("The {SIGNATURE} header should be \"sha256=\" followed by 64 hex digits, but it is {value:?}."),
            )
        })?;
    Ok(Check {
        scheme: "GitHub".to_string(),
        header: SIGNATURE.to_string(),
        signed_label: "{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key_mode: KeyMode::Raw,
        signatures: vec![sig],
        signed_prefix: Vec::new(),
        timestamp: None,
    })
}
