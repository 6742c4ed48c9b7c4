//! Checks on forward and replay settings, with messages that say what to change.

use super::plan::resign_scheme;
use crate::base::error::{Error, Result};
use crate::model::Header;
use crate::model::RetryPolicy;
use crate::model::{ForwardConfig, Resign};
use crate::services::delivery::http::fuzzing::Target;
use crate::services::delivery::validate::validate_header;
use crate::signing::{self, Message, Scheme};

const TIMEOUT_MS: std::ops::RangeInclusive<u32> = 100..=300_000;
const MAX_RETRIES: usize = 20;

pub fn validate_forward(config: &ForwardConfig) -> Result<()> {
    validate_target(
        &config.url,
        &config.headers,
        config.timeout_ms,
        &config.retry,
        "the forward target",
    )
}

pub(crate) fn validate_target(
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
    if !TIMEOUT_MS.contains(&timeout_ms) {
        return bad(format!(
            "{what}: the timeout must be between {} ms and {} ms; it was {timeout_ms} ms",
            TIMEOUT_MS.start(),
            TIMEOUT_MS.end()
        ));
    }
    if *retry == RetryPolicy::Provider {
        return bad(format!(
            "{what}: `provider` retries follow a webhook's provider profile, and a forward or \
             replay has none; choose standard, fast, none or custom"
        ));
    }
    if let RetryPolicy::Custom { delays_ms } = retry {
        if delays_ms.len() > MAX_RETRIES {
            return bad(format!(
                "{what}: a custom retry schedule takes at most {MAX_RETRIES} delays"
            ));
        }
    }
    Ok(())
}

/// A re-sign is checked before anything is queued: the profile signs, and the secret can sign.
pub fn validate_resign(resign: &Resign) -> Result<()> {
    let scheme = resign_scheme(resign)?;
    if matches!(scheme, Scheme::None) {
        return bad(format!(
            "provider `{}` does not sign its webhooks: choose a profile that does to re-sign",
            resign.provider
        ));
    }
    if resign.secret.trim().is_empty() {
        return bad("re-signing needs the secret the consumer verifies with".into());
    }
    signing::sign(
        &scheme,
        std::slice::from_ref(&resign.secret),
        &Message {
            id: "msg_check",
            timestamp: 0,
            body: b"",
        },
    )
    .map_err(|e| Error::BadRequest(format!("the secret cannot re-sign: {e}")))?;
    Ok(())
}

fn bad<T>(message: String) -> Result<T> {
    Err(Error::BadRequest(message))
}
