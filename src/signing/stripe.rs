//! Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]`, hex
//! HMAC-SHA256 of `"{t}.{body}"` keyed with the whole `whsec_...` string.

use super::check::{self, Check, Context, KeyMode};
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const SIGNATURE: &str = "Stripe-Signature";

/// Every secret signs, newest first, as repeated `v1=` pairs.
pub(super) fn sign(
    live: &[(usize, &str)],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    let ts = msg.timestamp.to_string();
    let parts: [&[u8]; 3] = [ts.as_bytes(), b".", msg.body];
    let mut value = format!("t={ts}");
    for &secret in live.iter().rev() {
        let sig = check::sign_one(
            Algorithm::Sha256,
            Encoding::Hex,
            KeyMode::Raw,
            secret,
            &parts,
        )?;
        value.push_str(",v1=");
        value.push_str(&sig);
    }
    Ok(vec![(SIGNATURE.to_string(), value)])
}

pub(super) fn verify(ctx: &Context) -> Verification {
    parse(ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    let value = ctx.header(SIGNATURE).ok_or(Verification::Unsigned)?;
    let mut ts_text = None;
    let mut signatures = Vec::new();
    for item in value.split(',') {
        match item.trim().split_once('=') {
            Some(("t", t)) if ts_text.is_none() => ts_text = Some(t),
            Some(("v1", sig)) => signatures.push(sig),
            _ => {} // v0 test signatures and unknown items are ignored, like Stripe's libraries
        }
    }
    let malformed = |what: &str| {
        Verification::invalid(
            InvalidReason::MalformedHeader,
            format!("The Stripe-Signature header {what}; it should look like \"t=1614265330,v1=<64 hex digits>\"."),
        )
    };
    let ts_text = ts_text.ok_or_else(|| malformed("has no t=<timestamp> item"))?;
    if signatures.is_empty() {
        return Err(malformed("has no v1=<signature> item"));
    }
    let ts = ts_text.parse::<i64>().map_err(|_| {
        malformed(&format!(
            "has a timestamp t={ts_text:?} that is not unix seconds"
        ))
    })?;
    Ok(Check {
        scheme: "Stripe".to_string(),
        header: SIGNATURE.to_string(),
        signed_label: "{t}.{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Hex,
        key_mode: KeyMode::Raw,
        signatures,
        signed_prefix: format!("{ts_text}.").into_bytes(),
        timestamp: Some(ts),
    })
}
