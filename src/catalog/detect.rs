//! Recognising which event an incoming request is, for the inspector.

use serde_json::Value;

use super::model::{Event, Provider};

/// Which of the provider's events a received request is, if any. In order:
/// 1. the provider's event header (`X-GitHub-Event: push`, `X-Shopify-Topic`, `X-Webhook-Event`);
/// 2. the provider's event field in the body (`/type`, `/event`, `/topic`);
/// 3. an event's own `match` rules (JSON pointer → value, `"*"` for any value), e.g. Slack's
///    `/event/type`;
/// 4. the only event of a single-event provider.
///
/// `headers` are (name, value) pairs as received; names compare case-insensitively.
pub fn detect_event<'p, K: AsRef<str>, V: AsRef<str>>(
    provider: &'p Provider,
    headers: &[(K, V)],
    payload: &Value,
) -> Option<&'p Event> {
    let by_id = |id: &str| provider.events.iter().find(|e| e.id == id.trim());
    if let Some(name) = &provider.detect.header {
        let value = headers
            .iter()
            .find(|(k, _)| k.as_ref().trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref());
        if let Some(event) = value.and_then(by_id) {
            return Some(event);
        }
    }
    if let Some(field) = &provider.detect.field {
        if let Some(event) = payload
            .pointer(field)
            .and_then(Value::as_str)
            .and_then(by_id)
        {
            return Some(event);
        }
    }
    let matches = |e: &&Event| {
        !e.match_rules.is_empty()
            && e.match_rules
                .iter()
                .all(|(pointer, want)| match payload.pointer(pointer) {
                    None => false,
                    Some(_) if want.as_str() == Some("*") => true,
                    Some(got) => got == want,
                })
    };
    if let Some(event) = provider.events.iter().find(matches) {
        return Some(event);
    }
    match provider.events.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}
