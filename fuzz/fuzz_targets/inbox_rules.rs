//! Inbox configuration with custom-response rules, as `POST /api/inboxes` takes it:
//! `inbox::validate_config` on arbitrary rule JSON, then `inbox::choose_response` for an arbitrary
//! request. Neither may panic; the glob matcher the rules use must agree with a plain reference
//! matcher. Input: the config JSON, a NUL byte, then the request (decoded with `arbitrary`);
//! without a NUL the whole input is decoded with `arbitrary`, config included.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use hookbench::catalog::glob_match;
use hookbench::model::Header;
use hookbench::model::{
    HeaderMatch, InboxConfig, InboxResponse, InboxVerify, ResponseHeader, ResponseRule, RuleMatch,
};
use hookbench::services::inbox::{
    choose_response, validate_config, validate_name, validate_slug, RequestFacts,
};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Request {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    sequence: u64,
    slug: String,
    name: String,
}

#[derive(Arbitrary, Debug)]
struct FuzzResponse {
    status: u16,
    content_type: String,
    headers: Vec<(String, String)>,
    body: String,
    delay_ms: u64,
}

impl FuzzResponse {
    fn build(self) -> InboxResponse {
        InboxResponse {
            status: self.status,
            content_type: self.content_type,
            headers: self
                .headers
                .into_iter()
                .map(|(name, value)| ResponseHeader { name, value })
                .collect(),
            body: self.body,
            delay_ms: self.delay_ms,
        }
    }
}

#[derive(Arbitrary, Debug)]
struct FuzzRule {
    name: String,
    method: Option<String>,
    path_glob: Option<String>,
    header: Option<(String, String)>,
    body_contains: Option<String>,
    every_nth: Option<u64>,
    response: FuzzResponse,
}

#[derive(Arbitrary, Debug)]
struct FuzzConfig {
    response: FuzzResponse,
    rules: Vec<FuzzRule>,
    verify: Option<(u8, Vec<String>, Option<i64>)>,
}

const PROVIDERS: &[&str] = &["github", "stripe", "slack", "generic", "nope"];

impl FuzzConfig {
    fn build(self) -> InboxConfig {
        InboxConfig {
            response: self.response.build(),
            rules: self
                .rules
                .into_iter()
                .map(|rule| ResponseRule {
                    name: rule.name,
                    when: RuleMatch {
                        method: rule.method,
                        path_glob: rule.path_glob,
                        header: rule
                            .header
                            .map(|(name, value_glob)| HeaderMatch { name, value_glob }),
                        body_contains: rule.body_contains,
                        every_nth: rule.every_nth,
                    },
                    response: rule.response.build(),
                })
                .collect(),
            verify: self
                .verify
                .map(|(provider, secrets, tolerance_secs)| InboxVerify {
                    provider: PROVIDERS[usize::from(provider) % PROVIDERS.len()].to_owned(),
                    secrets,
                    tolerance_secs,
                    scheme: None,
                }),
            notify: false,
            forward: None,
        }
    }
}

/// The obvious quadratic glob matcher, as the reference.
fn reference_glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // matches[j]: p[..i] matches t[..j]
    let mut matches = vec![false; t.len() + 1];
    matches[0] = true;
    for &c in &p {
        let mut next = vec![false; t.len() + 1];
        for j in 0..=t.len() {
            next[j] = match c {
                '*' => matches[j] || (j > 0 && next[j - 1]),
                '?' => j > 0 && matches[j - 1],
                c => j > 0 && matches[j - 1] && t[j - 1] == c,
            };
        }
        matches = next;
    }
    matches[t.len()]
}

fn check_glob(pattern: &str, text: &str) {
    if pattern.len() + text.len() < 2048 {
        assert_eq!(
            glob_match(pattern, text),
            reference_glob(pattern, text),
            "glob {pattern:?} on {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let (config, rest) = match data.iter().position(|&b| b == 0) {
        Some(nul) => match serde_json::from_slice::<InboxConfig>(&data[..nul]) {
            Ok(config) => (config, &data[nul + 1..]),
            Err(_) => return,
        },
        None => {
            let mut u = Unstructured::new(data);
            let Ok(config) = FuzzConfig::arbitrary(&mut u) else {
                return;
            };
            (config.build(), u.take_rest())
        }
    };
    let Ok(request) = Request::arbitrary_take_rest(Unstructured::new(rest)) else {
        return;
    };
    let _ = validate_slug(&request.slug);
    let _ = validate_name(&request.name);
    let valid = validate_config(&config).is_ok();

    let headers: Vec<Header> = request
        .headers
        .iter()
        .map(|(name, value)| Header {
            name: name.clone(),
            value: value.clone(),
            raw_base64: None,
        })
        .collect();
    let facts = RequestFacts {
        method: &request.method,
        path: &request.path,
        headers: &headers,
        body: &request.body,
        sequence: request.sequence,
    };
    let chosen = choose_response(&config, &facts);
    if valid {
        // A valid config answers with a status it accepted.
        assert!((200..=599).contains(&chosen.status) || chosen.status == 100);
    }
    for rule in &config.rules {
        if let Some(glob) = &rule.when.path_glob {
            check_glob(glob, &request.path);
        }
        if let Some(header) = &rule.when.header {
            for h in &headers {
                check_glob(&header.value_glob, &h.value);
            }
        }
    }
    let _ = serde_json::to_string(&config);
});
