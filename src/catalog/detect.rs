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

/// How a request names its event, as the provider would say it: the event id (from the
/// provider's event header or field, even an event the profile does not list, else what
/// [`detect_event`] finds), refined by the action where the provider has one
/// (`pull_request` + `"action": "closed"` → `pull_request.closed`).
pub fn event_label<K: AsRef<str>, V: AsRef<str>>(
    provider: &Provider,
    headers: &[(K, V)],
    payload: Option<&Value>,
) -> Option<String> {
    let from_header = provider.detect.header.as_ref().and_then(|name| {
        headers
            .iter()
            .find(|(k, _)| k.as_ref().trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref().trim().to_owned())
            .filter(|v| !v.is_empty())
    });
    let from_field = || {
        let field = provider.detect.field.as_deref()?;
        let value = payload?.pointer(field)?.as_str()?.trim();
        (!value.is_empty()).then(|| value.to_owned())
    };
    let detected = || {
        payload
            .and_then(|p| detect_event(provider, headers, p))
            .map(|e| e.id.clone())
    };
    let event = from_header.or_else(from_field).or_else(detected)?;
    let action = provider
        .detect
        .action
        .as_deref()
        .and_then(|pointer| payload?.pointer(pointer)?.as_str())
        .map(str::trim)
        .filter(|a| !a.is_empty());
    Some(match action {
        Some(action) => format!("{event}.{action}"),
        None => event,
    })
}
