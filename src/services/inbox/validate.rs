//! Checks on what users configure, with messages that say what to change.

use crate::base::error::{Error, Result};
use crate::model::ForwardConfig;
use crate::model::{InboxConfig, InboxResponse};
use crate::services::delivery::validate::validate_target;

const MAX_RULES: usize = 50;
const MAX_BODY: usize = 1024 * 1024;
const MAX_DELAY_MS: u64 = 60_000;

pub fn validate_slug(slug: &str) -> Result<()> {
    let ok = (1..=64).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !slug.starts_with(['-', '_']);
    if ok {
        Ok(())
    } else {
        Err(Error::BadRequest(format!(
            "`{slug}` cannot be an inbox URL segment: use 1 to 64 lowercase letters, digits, `-` \
             or `_`, starting with a letter or digit (e.g. `stripe-test`)"
        )))
    }
}

pub fn validate_name(name: &str) -> Result<()> {
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(Error::BadRequest(
            "an inbox name must have 1 to 100 characters".into(),
        ));
    }
    Ok(())
}

pub fn validate_config(config: &InboxConfig) -> Result<()> {
    validate_response(&config.response, "the response")?;
    if let Some(forward) = &config.forward {
        validate_forward(forward)?;
    }
    if config.rules.len() > MAX_RULES {
        return Err(Error::BadRequest(format!(
            "an inbox takes at most {MAX_RULES} rules; it was given {}",
            config.rules.len()
        )));
    }
    for (index, rule) in config.rules.iter().enumerate() {
        let which = format!("rule {}", index + 1);
        validate_response(&rule.response, &format!("the response of {which}"))?;
        if rule.when.every_nth == Some(0) {
            return Err(Error::BadRequest(format!(
                "{which}: every_nth must be 1 or more"
            )));
        }
        if let Some(method) = &rule.when.method {
            if method.is_empty() || !method.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(Error::BadRequest(format!(
                    "{which}: `{method}` is not an HTTP method"
                )));
            }
        }
        if let Some(header) = &rule.when.header {
            if axum::http::HeaderName::from_bytes(header.name.as_bytes()).is_err() {
                return Err(Error::BadRequest(format!(
                    "{which}: `{}` is not a valid header name",
                    header.name
                )));
            }
        }
    }
    if let Some(verify) = &config.verify {
        let provider = crate::services::provider::request::catalog()?.provider(&verify.provider)?;
        crate::services::provider::request::scheme_for(provider, verify.scheme.clone())?;
        if verify.tolerance_secs.is_some_and(|t| t < 0) {
            return Err(Error::BadRequest(
                "the timestamp tolerance cannot be negative".into(),
            ));
        }
    }
    Ok(())
}

fn validate_response(response: &InboxResponse, what: &str) -> Result<()> {
    // A 1xx is no final answer: the receiver's server turns it into an empty 500.
    if !(200..=599).contains(&response.status) {
        return Err(Error::BadRequest(format!(
            "{what}: status {} is not one an inbox can answer with (use 200 to 599)",
            response.status
        )));
    }
    if response.delay_ms > MAX_DELAY_MS {
        return Err(Error::BadRequest(format!(
            "{what}: the delay is limited to {MAX_DELAY_MS} ms"
        )));
    }
    if response.body.len() > MAX_BODY {
        return Err(Error::BadRequest(format!(
            "{what}: the body is limited to {MAX_BODY} bytes"
        )));
    }
    if axum::http::HeaderValue::from_str(&response.content_type).is_err() {
        return Err(Error::BadRequest(format!(
            "{what}: `{}` is not a valid Content-Type value",
            response.content_type
        )));
    }
    for header in &response.headers {
        let name_ok = axum::http::HeaderName::from_bytes(header.name.as_bytes()).is_ok();
        let value_ok = axum::http::HeaderValue::from_str(&header.value).is_ok();
        if !name_ok || !value_ok {
            return Err(Error::BadRequest(format!(
                "{what}: `{}: {}` is not a valid header",
                header.name, header.value
            )));
        }
        if ["content-length", "transfer-encoding", "connection"]
            .contains(&header.name.to_ascii_lowercase().as_str())
        {
            return Err(Error::BadRequest(format!(
                "{what}: `{}` is set by Hookbench itself and cannot be configured",
                header.name
            )));
        }
    }
    Ok(())
}

/// A forward target: checked like any outgoing target.
fn validate_forward(config: &ForwardConfig) -> Result<()> {
    validate_target(
        &config.url,
        &config.headers,
        config.timeout_ms,
        &config.retry,
        "the forward target",
    )
}
