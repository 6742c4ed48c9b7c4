//! The time an attempt's headers and signature carry. Most providers stamp each attempt with the
//! time it is sent; a provider whose profile says `"timestamps": "event"` (ConnectGain) stamps the
//! event once, so every attempt of a delivery, retries included, carries the same time as the
//! body's own timestamp.

use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::catalog::{DeliveryRules, Timestamps};

/// The time to stamp an attempt with: now, or for event-stamping providers the event's time
/// (the body's RFC 3339 time at the profile's `event_time_field`, so an edited or captured body
/// keeps header and body equal; else when the event was triggered, `created_at_ms`).
pub fn stamp(rules: &DeliveryRules, body: &[u8], created_at_ms: i64) -> OffsetDateTime {
    match rules.timestamps {
        Timestamps::Attempt => OffsetDateTime::now_utc(),
        Timestamps::Event => rules
            .event_time_field
            .as_deref()
            .and_then(|field| body_time(body, field))
            .unwrap_or_else(|| from_millis(created_at_ms)),
    }
}

/// Unix ms as a time (the epoch for a value out of range, which no stored time is).
pub fn from_millis(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

fn body_time(body: &[u8], field: &str) -> Option<OffsetDateTime> {
    let json: Value = serde_json::from_slice(body).ok()?;
    OffsetDateTime::parse(json.pointer(field)?.as_str()?, &Rfc3339).ok()
}
