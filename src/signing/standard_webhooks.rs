//! Standard Webhooks (standardwebhooks.com; Svix):
//! `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`,
//! keyed with the base64-decoded secret after its optional `whsec_` prefix.

use super::check::{self, Check, Context, KeyMode};
use super::time;
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const ID: &str = "webhook-id";
const TIMESTAMP: &str = "webhook-timestamp";
const SIGNATURE: &str = "webhook-signature";

/// Every secret signs, newest first, space-separated in one header.
pub(super) fn sign(
    live: &[(usize, &str)],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    let ts = msg.timestamp.to_string();
    let parts: [&[u8]; 5] = [msg.id.as_bytes(), b".", ts.as_bytes(), b".", msg.body];
    let signatures = live
        .iter()
        .rev()
        .map(|&secret| {
            check::sign_one(
                Algorithm::Sha256,
                Encoding::Base64,
                KeyMode::StandardWebhooks,
                secret,
                &parts,
            )
            .map(|sig| format!("v1,{sig}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(vec![
        (ID.to_string(), msg.id.to_string()),
        (TIMESTAMP.to_string(), ts),
        (SIGNATURE.to_string(), signatures.join(" ")),
    ])
}

pub(super) fn verify(ctx: &Context) -> Verification {
    parse(ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    // Svix sends the same headers under `svix-*` names.
    let (family, value) = match (ctx.header(SIGNATURE), ctx.header("svix-signature")) {
        (Some(v), _) => ("webhook", v),
        (None, Some(v)) => ("svix", v),
        (None, None) => return Err(Verification::Unsigned),
    };
    let sig_name = format!("{family}-signature");
    let malformed = |what: &str| {
        Verification::invalid(
            InvalidReason::MalformedHeader,
            format!("The {sig_name} header {what}; it should be space-separated \"v1,<base64 signature>\" entries, e.g. \"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\"."),
        )
    };
    let mut signatures = Vec::new();
    for entry in value.split_ascii_whitespace() {
        match entry.split_once(',') {
            Some(("v1", sig)) => signatures.push(sig),
            Some(_) => {} // other versions (e.g. asymmetric v1a) are not ours
            None => {
                return Err(malformed(&format!(
                    "has the entry {entry:?} without a comma"
                )))
            }
        }
    }
    if value.is_empty() {
        return Err(malformed("is empty"));
    }
    if signatures.is_empty() {
        return Err(malformed("has no v1 (HMAC) signature"));
    }
    let id_name = format!("{family}-id");
    let ts_name = format!("{family}-timestamp");
    let id = ctx.required(
        &id_name,
        "Standard Webhooks signs \"{id}.{timestamp}.{body}\", so the sender must send it",
    )?;
    if id.is_empty() {
        return Err(Verification::invalid(
            InvalidReason::MalformedHeader,
            format!(
                "The {id_name} header is empty; the sender must send the message id it signed."
            ),
        ));
    }
    let ts_text = ctx.required(
        &ts_name,
        "Standard Webhooks signs \"{id}.{timestamp}.{body}\", so the sender must send it",
    )?;
    let ts = time::parse_unix(&ts_name, ts_text)?;
    Ok(Check {
        scheme: "Standard Webhooks".to_string(),
        header: sig_name,
        signed_label: "{id}.{timestamp}.{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Base64,
        key_mode: KeyMode::StandardWebhooks,
        signatures,
        signed_prefix: format!("{id}.{ts_text}.").into_bytes(),
        timestamp: Some(ts),
    })
}
