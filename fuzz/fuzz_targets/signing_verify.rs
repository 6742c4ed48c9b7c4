//! `signing::verify` (and `sign`) for every scheme, with arbitrary headers, body, secrets, clock
//! and tolerance: it must never panic. Header names are drawn mostly from the ones the schemes
//! read, and half the runs verify headers that `sign` produced, with the fuzzer's edits on top,
//! so the valid, stale/future and diagnosis paths are reached too.
#![no_main]

use arbitrary::Arbitrary;
use hookbench::signing::{
    self, Algorithm, Content, Encoding, HmacScheme, Message, Scheme, TimestampFormat,
};
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "webhook-id",
    "webhook-timestamp",
    "webhook-signature",
    "svix-id",
    "svix-timestamp",
    "svix-signature",
    "Stripe-Signature",
    "X-Hub-Signature-256",
    "X-Shopify-Hmac-Sha256",
    "X-Slack-Request-Timestamp",
    "X-Slack-Signature",
    "X-Webhook-Signature",
    "X-Webhook-Timestamp",
    "X-Webhook-Id",
    "Content-Type",
];

#[derive(Arbitrary, Debug)]
enum Name {
    Known(u8),
    Other(String),
}

impl Name {
    fn text(&self) -> String {
        match self {
            Name::Known(i) => NAMES[usize::from(*i) % NAMES.len()].to_owned(),
            Name::Other(name) => name.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum FuzzScheme {
    None,
    StandardWebhooks,
    Stripe,
    Github,
    Shopify,
    Slack,
    ConnectGain,
    Hmac {
        algorithm: u8,
        base64: bool,
        header: Name,
        prefix: String,
        content: u8,
        timestamp_header: Option<Name>,
        iso8601: bool,
        id_header: Option<Name>,
    },
}

impl FuzzScheme {
    fn build(&self) -> Scheme {
        match self {
            FuzzScheme::None => Scheme::None,
            FuzzScheme::StandardWebhooks => Scheme::StandardWebhooks,
            FuzzScheme::Stripe => Scheme::Stripe,
            FuzzScheme::Github => Scheme::Github,
            FuzzScheme::Shopify => Scheme::Shopify,
            FuzzScheme::Slack => Scheme::Slack,
            FuzzScheme::ConnectGain => Scheme::Hmac(HmacScheme::connectgain()),
            FuzzScheme::Hmac {
                algorithm,
                base64,
                header,
                prefix,
                content,
                timestamp_header,
                iso8601,
                id_header,
            } => Scheme::Hmac(HmacScheme {
                algorithm: [Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512]
                    [usize::from(*algorithm) % 3],
                encoding: if *base64 {
                    Encoding::Base64
                } else {
                    Encoding::Hex
                },
                header: header.text(),
                prefix: prefix.clone(),
                content: [
                    Content::Body,
                    Content::TimestampBody,
                    Content::IdTimestampBody,
                ][usize::from(*content) % 3],
                timestamp_header: timestamp_header.as_ref().map(Name::text),
                timestamp_format: if *iso8601 {
                    TimestampFormat::Iso8601
                } else {
                    TimestampFormat::Unix
                },
                id_header: id_header.as_ref().map(Name::text),
            }),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Edit {
    /// Replace the value of the header at this index.
    Value(u8, String),
    /// Remove the header at this index.
    Remove(u8),
    /// Append one byte to the body.
    Body(u8),
}

#[derive(Arbitrary, Debug)]
struct Input {
    scheme: FuzzScheme,
    secrets: Vec<String>,
    headers: Vec<(Name, String)>,
    body: Vec<u8>,
    now: i64,
    tolerance: i64,
    /// Sign a message first and verify what `sign` produced (after the edits).
    signed: Option<(String, i64, Vec<Edit>)>,
}

fuzz_target!(|input: Input| {
    let scheme = input.scheme.build();
    let mut headers: Vec<(String, String)> = input
        .headers
        .iter()
        .map(|(name, value)| (name.text(), value.clone()))
        .collect();
    let mut body = input.body;
    let mut now = input.now;
    if let Some((id, timestamp, edits)) = &input.signed {
        let message = Message {
            id,
            timestamp: *timestamp,
            body: &body,
        };
        if let Ok(signed) = signing::sign(&scheme, &input.secrets, &message) {
            headers.splice(0..0, signed);
            now = timestamp.wrapping_add(input.now % 1000);
        }
        for edit in edits {
            match edit {
                Edit::Value(i, value) if !headers.is_empty() => {
                    let i = usize::from(*i) % headers.len();
                    headers[i].1 = value.clone();
                }
                Edit::Remove(i) if !headers.is_empty() => {
                    headers.remove(usize::from(*i) % headers.len());
                }
                Edit::Body(byte) => body.push(*byte),
                _ => {}
            }
        }
    }
    let outcome = signing::verify(
        &scheme,
        &input.secrets,
        &headers,
        &body,
        now,
        input.tolerance,
    );
    if let signing::Verification::Valid { secret_index } = outcome {
        assert!(secret_index < input.secrets.len());
    }
    let _ = serde_json::to_string(&outcome);
});
