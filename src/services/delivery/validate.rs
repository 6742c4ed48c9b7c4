//! Checks a webhook configuration before it is stored, with messages a person can act on.

use std::collections::BTreeMap;

use crate::base::error::{Error, Result};
use crate::catalog::{glob_match, Provider, MAX_VALUE_LEN};
use crate::model::{Header, RetryPolicy, WebhookConfig};
use crate::services::delivery::http::{is_own_header, Target};
use crate::services::provider::request;
use crate::signing::{self, Message};

const MAX_NAME: usize = 200;
const TIMEOUT_MS: std::ops::RangeInclusive<u32> = 100..=300_000;
const MAX_IN_FLIGHT: std::ops::RangeInclusive<u32> = 1..=256;
const MAX_RETRIES: usize = 20;
const MAX_DELAY_MS: u64 = 7 * 24 * 3600 * 1000;

/// Trims what can be trimmed and checks the rest; returns the config to store.
pub fn validate(mut config: WebhookConfig) -> Result<WebhookConfig> {
    config.name = config.name.trim().to_owned();
    config.url = config.url.trim().to_owned();
    if config.name.is_empty() || config.name.chars().count() > MAX_NAME {
        return bad(format!(
            "a webhook name must have 1 to {MAX_NAME} characters"
        ));
    }
    let provider = request::catalog()?.provider(&config.provider)?;
    provider.check_url(&config.url)?;
    validate_events(provider, &config.events)?;
    for filter in &config.filters {
        if filter.field.trim().is_empty() || filter.pattern.is_empty() {
            return bad(
                "a field filter needs both a field (e.g. `data.channel`) and a pattern \
                        (e.g. `sms*`)"
                    .into(),
            );
        }
    }
    validate_values(provider, &mut config.values)?;
    config.secrets.retain(|s| !s.is_empty());
    validate_signing(provider, &config)?;
    for header in &config.headers {
        validate_header(&header.name, &header.value)?;
    }
    if !TIMEOUT_MS.contains(&config.timeout_ms) {
        return bad(format!(
            "the timeout must be between {} ms and {} ms; it was {} ms",
            TIMEOUT_MS.start(),
            TIMEOUT_MS.end(),
            config.timeout_ms
        ));
    }
    if !MAX_IN_FLIGHT.contains(&config.max_in_flight) {
        return bad(format!(
            "max_in_flight must be between {} and {}",
            MAX_IN_FLIGHT.start(),
            MAX_IN_FLIGHT.end()
        ));
    }
    if let RetryPolicy::Custom { delays_ms } = &config.retry {
        if delays_ms.len() > MAX_RETRIES || delays_ms.iter().any(|d| *d > MAX_DELAY_MS) {
            return bad(format!(
                "a custom retry schedule takes at most {MAX_RETRIES} delays of at most 7 days each"
            ));
        }
    }
    Ok(config)
}

fn validate_events(provider: &Provider, events: &[String]) -> Result<()> {
    if events.is_empty() {
        return bad(format!(
            "subscribe to at least one event of {} (or `*` for all of them)",
            provider.name
        ));
    }
    for pattern in events {
        if !provider.events.iter().any(|e| glob_match(pattern, &e.id)) {
            let known: Vec<&str> = provider.events.iter().map(|e| e.id.as_str()).collect();
            return bad(format!(
                "`{pattern}` matches no event of {}; its events are: {}",
                provider.name,
                known.join(", ")
            ));
        }
    }
    Ok(())
}

/// Only the values the profile declares, each at most `MAX_VALUE_LEN` characters; an empty one is
/// dropped (unset: the profile's default applies).
fn validate_values(provider: &Provider, values: &mut BTreeMap<String, String>) -> Result<()> {
    values.retain(|_, v| !v.trim().is_empty());
    for (name, value) in values.iter() {
        if !provider.values.iter().any(|spec| &spec.name == name) {
            let declared: Vec<&str> = provider.values.iter().map(|v| v.name.as_str()).collect();
            return bad(match declared.is_empty() {
                true => format!("{} takes no values; remove `{name}`", provider.name),
                false => format!(
                    "`{name}` is not a value {} takes; its values are: {}",
                    provider.name,
                    declared.join(", ")
                ),
            });
        }
        if value.chars().count() > MAX_VALUE_LEN || value.chars().any(char::is_control) {
            return bad(format!(
                "the value `{name}` must be at most {MAX_VALUE_LEN} characters, without control \
                 characters"
            ));
        }
    }
    Ok(())
}

/// Signs an empty message once, so a secret the scheme cannot use is refused now, not at the
/// first delivery.
fn validate_signing(provider: &Provider, config: &WebhookConfig) -> Result<()> {
    let scheme = request::scheme_for(provider, config.custom_scheme.clone())?;
    signing::sign(
        &scheme,
        &config.secrets,
        &Message {
            id: "msg_check",
            timestamp: 0,
            body: b"",
        },
    )
    .map_err(|e| Error::BadRequest(format!("the secret cannot sign for {}: {e}", provider.name)))?;
    Ok(())
}

/// A custom header a webhook (or `hookbench send`) may add.
pub fn validate_header(name: &str, value: &str) -> Result<()> {
    let Ok(parsed) = axum::http::HeaderName::from_bytes(name.as_bytes()) else {
        return bad(format!("`{name}` is not a valid header name"));
    };
    if is_own_header(&parsed) {
        return bad(format!(
            "`{name}` is set by Hookbench for every request; remove it"
        ));
    }
    if axum::http::HeaderValue::from_str(value).is_err() {
        return bad(format!(
            "the value of header `{name}` has characters a header cannot carry (control \
             characters or line breaks)"
        ));
    }
    Ok(())
}

fn bad<T>(message: String) -> Result<T> {
    Err(Error::BadRequest(message))
}

const TARGET_TIMEOUT_MS: std::ops::RangeInclusive<u32> = 100..=300_000;
const TARGET_MAX_RETRIES: usize = 20;

/// An outgoing target besides a webhook (a forward's, a replay's): its URL, headers, timeout and
/// retry policy; `what` names it in the message.
pub fn validate_target(
    url: &str,
    headers: &[Header],
    timeout_ms: u32,
    retry: &RetryPolicy,
    what: &str,
) -> Result<()> {
    if url.trim().is_empty() {
        return bad(format!(
            "{what} needs a URL, like http://127.0.0.1:3000/webhooks"
        ));
    }
    Target::parse(url.trim()).map_err(|e| Error::BadRequest(format!("{what}: {}", e.message)))?;
    for header in headers {
        validate_header(&header.name, &header.value)?;
    }
    if !TARGET_TIMEOUT_MS.contains(&timeout_ms) {
        return bad(format!(
            "{what}: the timeout must be between {} ms and {} ms; it was {timeout_ms} ms",
            TARGET_TIMEOUT_MS.start(),
            TARGET_TIMEOUT_MS.end()
        ));
    }
    if *retry == RetryPolicy::Provider {
        return bad(format!(
            "{what}: `provider` retries follow a webhook's provider profile, and a forward or \
             replay has none; choose standard, fast, none or custom"
        ));
    }
    if let RetryPolicy::Custom { delays_ms } = retry {
        if delays_ms.len() > TARGET_MAX_RETRIES {
            return bad(format!(
                "{what}: a custom retry schedule takes at most {TARGET_MAX_RETRIES} delays"
            ));
        }
    }
    Ok(())
}
