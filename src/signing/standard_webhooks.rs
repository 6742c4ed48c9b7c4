//! Standard Webhooks (standardwebhooks.com; Svix): `webhook-signature` is a space-separated list
//! of `v1,<base64 HMAC-SHA256>` (keyed with the base64-decoded `whsec_` secret) and
//! `v1a,<base64 ed25519>` (a `whsk_` secret key signs, its `whpk_` public key verifies) entries,
//! each over `"{id}.{timestamp}.{body}"`.

use super::check::{self, Check, Context, KeyMode};
use super::ed25519::{self, Entries};
use super::ed25519_keys::is_asymmetric;
use super::time;
use super::{Algorithm, Encoding, InvalidReason, Message, SigningError, Verification};

const ID: &str = "webhook-id";
const TIMESTAMP: &str = "webhook-timestamp";
const SIGNATURE: &str = "webhook-signature";

/// Every secret signs, newest first, space-separated in one header: a `whsk_` key as `v1a`, an
/// HMAC secret as `v1`.
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
            if is_asymmetric(secret.1) {
                return ed25519::sign_one(secret, &parts).map(|sig| format!("v1a,{sig}"));
            }
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

/// A parsed signature header with its id and timestamp.
struct Signed<'a> {
    header: String,
    v1: Vec<&'a str>,
    v1a: Vec<&'a str>,
    signed_prefix: Vec<u8>,
    timestamp: i64,
}

/// Valid when any entry verifies with a key of its kind: `v1` entries with the HMAC secrets,
/// `v1a` entries with the `whpk_`/`whsk_` keys.
pub(super) fn verify(ctx: &Context) -> Verification {
    let signed = match parse(ctx) {
        Ok(signed) => signed,
        Err(verdict) => return verdict,
    };
    let live = check::live_secrets(ctx.secrets);
    if live.is_empty() {
        return Verification::invalid(
            InvalidReason::NoSecret,
            "The request carries a Standard Webhooks signature but no secret is configured; add the sender's whsec_ signing secret (or, for v1a signatures, its whpk_ public key) to verify it.",
        );
    }
    let (asymmetric, symmetric): (Vec<_>, Vec<_>) =
        live.iter().partition(|(_, secret)| is_asymmetric(secret));
    let window = || time::window(signed.timestamp, ctx.now, ctx.tolerance_secs);

    let mut failures = Vec::new();
    let mut unusable = Vec::new();
    if !signed.v1a.is_empty() && !asymmetric.is_empty() {
        let entries = Entries {
            header: &signed.header,
            signatures: &signed.v1a,
            signed_prefix: &signed.signed_prefix,
        };
        let outcome = ed25519::check(&entries, &asymmetric, ctx.body);
        match outcome.result {
            Ok(secret_index) => {
                return window()
                    .err()
                    .unwrap_or(Verification::Valid { secret_index })
            }
            Err(failure) => failures.push(("v1a (ed25519)", failure)),
        }
        unusable.extend(outcome.unusable);
    } else {
        unusable.extend(unusable_keys(&asymmetric));
    }
    if !signed.v1.is_empty() && !symmetric.is_empty() {
        // Only the HMAC secrets, each at its own index, so the verdict names the right one.
        let secrets: Vec<String> = ctx
            .secrets
            .iter()
            .map(|s| if is_asymmetric(s) { "" } else { s }.to_string())
            .collect();
        let hmac_ctx = Context {
            secrets: &secrets,
            ..*ctx
        };
        match check::run(&hmac_check(&signed), &hmac_ctx) {
            // A matching signature: valid, or judged by its timestamp.
            verdict @ (Verification::Valid { .. }
            | Verification::Invalid {
                reason: InvalidReason::StaleTimestamp | InvalidReason::FutureTimestamp,
                ..
            }) => return verdict,
            failure => failures.push(("v1 (HMAC)", failure)),
        }
    }
    if failures.is_empty() {
        return unmatched_versions(&signed, &asymmetric, &symmetric, &unusable);
    }
    let mut verdict = combine(failures);
    if let (Verification::Invalid { message, .. }, Err(Verification::Invalid { message: m, .. })) =
        (&mut verdict, window())
    {
        if !message.contains(&m) {
            message.push_str(" Also: ");
            message.push_str(&m);
        }
    }
    append_unusable(verdict, &unusable)
}

/// Keys of the kind no entry of the header needs, still reported when they cannot be read.
fn unusable_keys(keys: &[(usize, &str)]) -> Vec<SigningError> {
    keys.iter()
        .filter_map(|&(index, secret)| super::ed25519_keys::verifying_key(index, secret).err())
        .collect()
}

/// One verdict from the failures of both versions: the only one, or one naming both (their
/// common reason, else a mismatch).
fn combine(mut failures: Vec<(&str, Verification)>) -> Verification {
    if failures.len() == 1 {
        return failures.remove(0).1;
    }
    let mut message = "No signature of the header verifies.".to_string();
    let mut reasons = Vec::new();
    let mut likely = None;
    for (version, failure) in &failures {
        if let Verification::Invalid {
            reason,
            message: m,
            likely_cause,
        } = failure
        {
            message.push_str(&format!(" {version}: {m}"));
            reasons.push(*reason);
            likely = likely.or(*likely_cause);
        }
    }
    let reason = match reasons.as_slice() {
        [first, rest @ ..] if rest.iter().all(|r| r == first) => *first,
        _ => InvalidReason::SignatureMismatch,
    };
    Verification::Invalid {
        reason,
        message,
        likely_cause: likely,
    }
}

fn append_unusable(mut verdict: Verification, unusable: &[SigningError]) -> Verification {
    if let Verification::Invalid { message, .. } = &mut verdict {
        for e in unusable {
            let text = e.to_string();
            if !message.contains(&text) {
                message.push_str(" Also: ");
                message.push_str(&text);
            }
        }
    }
    verdict
}

/// No entry of the header is of a kind a configured key verifies.
fn unmatched_versions(
    signed: &Signed,
    asymmetric: &[(usize, &str)],
    symmetric: &[(usize, &str)],
    unusable: &[SigningError],
) -> Verification {
    let all_unusable = symmetric.is_empty() && unusable.len() == asymmetric.len();
    if all_unusable {
        let message = unusable
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        return Verification::invalid(InvalidReason::InvalidSecret, message);
    }
    let header = &signed.header;
    let message = if signed.v1.is_empty() {
        format!(
            "The {header} header carries only v1a (ed25519) signatures, but the configured secrets are whsec_ HMAC secrets, which verify v1 signatures: verify with the sender's whpk_ public key instead."
        )
    } else {
        format!(
            "The {header} header carries only v1 (HMAC-SHA256) signatures, but the configured keys are whpk_/whsk_ ed25519 keys, which verify v1a signatures: verify with the sender's whsec_ secret instead, or have the sender sign with the whsk_ key."
        )
    };
    append_unusable(
        Verification::invalid(InvalidReason::VersionMismatch, message),
        unusable,
    )
}

fn hmac_check<'a>(signed: &Signed<'a>) -> Check<'a> {
    Check {
        scheme: "Standard Webhooks".to_string(),
        header: signed.header.clone(),
        signed_label: "{id}.{timestamp}.{body}",
        algorithm: Algorithm::Sha256,
        encoding: Encoding::Base64,
        key_mode: KeyMode::StandardWebhooks,
        signatures: signed.v1.clone(),
        signed_prefix: signed.signed_prefix.clone(),
        timestamp: Some(signed.timestamp),
    }
}

fn parse<'a>(ctx: &Context<'a>) -> Result<Signed<'a>, Verification> {
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
            format!("The {sig_name} header {what}; it should be space-separated \"v1,<base64 HMAC signature>\" or \"v1a,<base64 ed25519 signature>\" entries, e.g. \"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\"."),
        )
    };
    let (mut v1, mut v1a) = (Vec::new(), Vec::new());
    for entry in value.split_ascii_whitespace() {
        match entry.split_once(',') {
            Some(("v1", sig)) => v1.push(sig),
            Some(("v1a", sig)) => v1a.push(sig),
            Some(_) => {} // versions the spec has not defined yet
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
    if v1.is_empty() && v1a.is_empty() {
        return Err(malformed("has no v1 (HMAC) or v1a (ed25519) signature"));
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
    let timestamp = time::parse_unix(&ts_name, ts_text)?;
    Ok(Signed {
        header: sig_name,
        v1,
        v1a,
        signed_prefix: format!("{id}.{ts_text}.").into_bytes(),
        timestamp,
    })
}
