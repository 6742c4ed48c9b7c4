//! Slack: `X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:{timestamp}:{body}">`
//! with `X-Slack-Request-Timestamp`.

use super::check::{self, Check, Context, KeyMode};
use super::time;
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const TIMESTAMP: &str = "X-Slack-Request-Timestamp";
const SIGNATURE: &str = "X-Slack-Signature";

/// The newest secret signs.
pub(super) fn sign(
    live: &[(usize, &str)],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    let Some(secret) = check::newest(live) else {
        return Ok(Vec::new());
    };
    let ts = msg.timestamp.to_string();
    let parts: [&[u8]; 4] = [b"v0:", ts.as_bytes(), b":", msg.body];
    let sig = check::sign_one(
        Algorithm::Sha256,
        Encoding::Hex,
        KeyMode::Raw,
        secret,
        &parts,
    )?;
    Ok(vec![
        (TIMESTAMP.to_string(), ts),
        (SIGNATURE.to_string(), format!("v0={sig}")),
    ])
}

pub(super) fn verify(ctx: &Context) -> Verification {
    parse(ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    let value = ctx.header(SIGNATURE).ok_or(Verification::Unsigned)?;
    let sig = value
        .strip_prefix("v0=")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Verification::invalid(
                InvalidReason::MalformedHeader,
                format!("The {SIGNATURE} header should be \"v0=\" followed by 64 hex digits, but it is {value:?}."),
            )
        })?;
    let ts_text = ctx.required(
        TIMESTAMP,
        "Slack signs \"v0:{timestamp}:{body}\", so the sender must send it",
    )?;
    let ts = time::parse_unix(TIMESTAMP, ts_text)?;
    Ok(Check {
        scheme: "Slack".to_string(),
        header: SIGNATURE.to_string(),
        signed_label: "v0:{timestamp}:{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key_mode: KeyMode::Raw,
        signatures: vec![sig],
        signed_prefix: format!("v0:{ts_text}:").into_bytes(),
        timestamp: Some(ts),
    })
}
