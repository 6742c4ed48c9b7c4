//! Choosing an inbox's answer for one request.

use crate::catalog::glob_match;
use crate::model::Header;
use crate::model::{InboxConfig, InboxResponse, RuleMatch};

/// What rules look at.
pub struct RequestFacts<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub headers: &'a [Header],
    pub body: &'a [u8],
    /// This request's number at its inbox, from 1.
    pub sequence: u64,
}

/// The first matching rule's response, else the inbox's own.
pub fn choose_response<'c>(config: &'c InboxConfig, facts: &RequestFacts) -> &'c InboxResponse {
    config
        .rules
        .iter()
        .find(|rule| matches(&rule.when, facts))
        .map_or(&config.response, |rule| &rule.response)
}

fn matches(when: &RuleMatch, facts: &RequestFacts) -> bool {
    let method = when
        .method
        .as_ref()
        .is_none_or(|m| m.eq_ignore_ascii_case(facts.method));
    let path = when
        .path_glob
        .as_ref()
        .is_none_or(|glob| glob_match(glob, facts.path));
    let header = when.header.as_ref().is_none_or(|wanted| {
        facts.headers.iter().any(|h| {
            h.name.eq_ignore_ascii_case(&wanted.name) && glob_match(&wanted.value_glob, &h.value)
        })
    });
    let body = when.body_contains.as_ref().is_none_or(|needle| {
        needle.is_empty()
            || facts
                .body
                .windows(needle.len())
                .any(|window| window == needle.as_bytes())
    });
    let nth = when
        .every_nth
        .is_none_or(|n| n > 0 && facts.sequence % n == 0);
    method && path && header && body && nth
}
