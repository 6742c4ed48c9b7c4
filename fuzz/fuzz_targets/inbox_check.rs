//! A received request checked as a provider's consumer would (`check::check_request`, what a
//! verifying inbox runs on every capture): signature, event detection from headers and body, and
//! the event's JSON Schema against an arbitrary body. It must never panic.
//! Input: the body, a NUL byte, then the rest decoded with `arbitrary` (provider, secrets,
//! headers, clock); without a NUL the whole input is the body, checked against every provider.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use hookbench::model::{CheckRequest, Header};
use hookbench::services::capture::check::check_request;
use libfuzzer_sys::fuzz_target;

const PROVIDERS: &[&str] = &[
    "connectgain",
    "connectly",
    "connexify",
    "generic",
    "github",
    "leadsie",
    "shopify",
    "slack",
    "standard-webhooks",
    "stripe",
    "workspace",
];

const NAMES: &[&str] = &[
    "X-Webhook-Event",
    "X-Webhook-Signature",
    "X-Webhook-Timestamp",
    "X-Event-Type",
    "X-GitHub-Event",
    "X-Hub-Signature-256",
    "X-Shopify-Topic",
    "X-Shopify-Hmac-Sha256",
    "X-Slack-Signature",
    "X-Slack-Request-Timestamp",
    "webhook-id",
    "webhook-timestamp",
    "webhook-signature",
    "Stripe-Signature",
    "Content-Type",
];

#[derive(Arbitrary, Debug)]
struct Rest {
    provider: u8,
    secrets: Vec<String>,
    tolerance_secs: Option<i64>,
    headers: Vec<(u8, String)>,
    other_headers: Vec<(String, String)>,
    arrived: i64,
}

fn check(provider: &str, rest: &Rest, body: &[u8]) {
    let request = CheckRequest {
        provider: provider.to_owned(),
        secrets: rest.secrets.clone(),
        tolerance_secs: rest.tolerance_secs,
        scheme: None,
        use_saved_secrets: None,
    };
    let headers: Vec<Header> = rest
        .headers
        .iter()
        .map(|(name, value)| (NAMES[usize::from(*name) % NAMES.len()].to_owned(), value))
        .chain(rest.other_headers.iter().map(|(n, v)| (n.clone(), v)))
        .map(|(name, value)| Header {
            name,
            value: value.clone(),
            raw_base64: None,
        })
        .collect();
    if let Ok(outcome) = check_request(&request, &headers, body, rest.arrived) {
        let _ = serde_json::to_string(&outcome);
    }
}

fuzz_target!(|data: &[u8]| {
    match data.iter().position(|&b| b == 0) {
        Some(nul) => {
            let Ok(rest) = Rest::arbitrary_take_rest(Unstructured::new(&data[nul + 1..])) else {
                return;
            };
            let provider = PROVIDERS[usize::from(rest.provider) % PROVIDERS.len()];
            check(provider, &rest, &data[..nul]);
        }
        None => {
            let rest = Rest {
                provider: 0,
                secrets: vec!["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".to_owned()],
                tolerance_secs: None,
                headers: Vec::new(),
                other_headers: Vec::new(),
                arrived: 1_700_000_000,
            };
            for provider in PROVIDERS {
                check(provider, &rest, data);
            }
        }
    }
});
