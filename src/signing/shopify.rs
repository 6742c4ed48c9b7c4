//! Shopify: `X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256 of the body>`.

use super::check::{self, Check, Context, KeyMode};
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const SIGNATURE: &str = "X-Shopify-Hmac-Sha256";

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
        Encoding::Base64,
        KeyMode::Raw,
        secret,
        &[msg.body],
    )?;
    Ok(vec![(SIGNATURE.to_string(), sig)])
}

pub(super) fn verify(ctx: &Context) -> Verification {
    parse(ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    let value = ctx.header(SIGNATURE).ok_or(Verification::Unsigned)?;
    if value.is_empty() {
        return Err(Verification::invalid(
            InvalidReason::MalformedHeader,
            format!("The {SIGNATURE} header is empty; it should hold the base64 HMAC-SHA256 of the body."),
        ));
    }
    Ok(Check {
        scheme: "Shopify".to_string(),
        header: SIGNATURE.to_string(),
        signed_label: "{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Base64,
        key_mode: KeyMode::Raw,
        signatures: vec![value],
        signed_prefix: Vec::new(),
        timestamp: None,
    })
}
