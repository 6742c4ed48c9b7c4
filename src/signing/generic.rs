//! The user-configurable HMAC scheme ([`HmacScheme`]), ConnectGain included.

use super::check::{self, Check, Context, KeyMode};
use super::time;
use super::{
    Content, HmacScheme, InvalidReason, Message, SigningError, TimestampFormat, Verification,
};

/// The newest secret signs; the configured id/timestamp headers come first.
pub(super) fn sign(
    cfg: &HmacScheme,
    live: &[(usize, &str)],
    msg: &Message,
) -> Result<Vec<(String, String)>, SigningError> {
    let Some(secret) = check::newest(live) else {
        return Ok(Vec::new());
    };
    let ts = match cfg.timestamp_format {
        TimestampFormat::Unix => msg.timestamp.to_string(),
        TimestampFormat::Iso8601 => time::format_iso(msg.timestamp)?,
    };
    let prefix = signed_prefix(cfg.content, msg.id, &ts);
    let sig = check::sign_one(
        cfg.algorithm,
        cfg.encoding,
        KeyMode::Raw,
        secret,
        &[&prefix, msg.body],
    )?;
    let mut headers = Vec::new();
    if let Some(name) = &cfg.id_header {
        headers.push((name.clone(), msg.id.to_string()));
    }
    if let Some(name) = &cfg.timestamp_header {
        headers.push((name.clone(), ts));
    }
    headers.push((cfg.header.clone(), format!("{}{sig}", cfg.prefix)));
    Ok(headers)
}

fn signed_prefix(content: Content, id: &str, ts: &str) -> Vec<u8> {
    match content {
        Content::Body => Vec::new(),
        Content::TimestampBody => format!("{ts}.").into_bytes(),
        Content::IdTimestampBody => format!("{id}.{ts}.").into_bytes(),
    }
}

pub(super) fn verify(cfg: &HmacScheme, ctx: &Context) -> Verification {
    parse(cfg, ctx).map_or_else(|v| v, |c| check::run(&c, ctx))
}

fn parse<'a>(cfg: &HmacScheme, ctx: &Context<'a>) -> Result<Check<'a>, Verification> {
    cfg.validate()
        .map_err(|e| Verification::invalid(InvalidReason::MisconfiguredScheme, format!("{e}.")))?;
    let value = ctx.header(&cfg.header).ok_or(Verification::Unsigned)?;
    let sig = value
        .get(..cfg.prefix.len())
        .filter(|p| p.eq_ignore_ascii_case(&cfg.prefix))
        .and_then(|_| value.get(cfg.prefix.len()..))
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            let expected = if cfg.prefix.is_empty() {
                String::from("a signature")
            } else {
                format!("{:?} followed by the signature", cfg.prefix)
            };
            Verification::invalid(
                InvalidReason::MalformedHeader,
                format!(
                    "The {} header should be {expected}, but it is {value:?}.",
                    cfg.header
                ),
            )
        })?;
    let signs = match cfg.content {
        Content::Body => "the body",
        Content::TimestampBody => "\"{timestamp}.{body}\"",
        Content::IdTimestampBody => "\"{id}.{timestamp}.{body}\"",
    };
    let why =
        format!("this scheme signs {signs} and checks the timestamp, so the sender must send it");
    let (ts_text, timestamp) = match &cfg.timestamp_header {
        Some(name) => {
            let text = ctx.required(name, &why)?;
            let ts = match cfg.timestamp_format {
                TimestampFormat::Unix => time::parse_unix(name, text)?,
                TimestampFormat::Iso8601 => time::parse_iso(text).ok_or_else(|| {
                    Verification::invalid(
                        InvalidReason::MalformedHeader,
                        format!("The {name} header {text:?} is not an ISO 8601 timestamp with a zone (like 2021-02-25T15:02:10Z); fix the sender's timestamp format."),
                    )
                })?,
            };
            (text, Some(ts))
        }
        None => ("", None),
    };
    let id = match (&cfg.id_header, cfg.content) {
        (Some(name), Content::IdTimestampBody) => ctx.required(name, &why)?,
        _ => "",
    };
    let connectgain = *cfg == HmacScheme::connectgain();
    Ok(Check {
        scheme: if connectgain {
            "ConnectGain".to_string()
        } else {
            format!("the {} HMAC scheme", cfg.header)
        },
        header: cfg.header.clone(),
        signed_label: match cfg.content {
            Content::Body => "{body}",
            Content::TimestampBody => "{timestamp}.{body}",
            Content::IdTimestampBody => "{id}.{timestamp}.{body}",
        },
        algorithm: cfg.algorithm,
        encoding: cfg.encoding,
        key_mode: KeyMode::Raw,
        signatures: vec![sig],
        signed_prefix: signed_prefix(cfg.content, id, ts_text),
        timestamp,
    })
}
