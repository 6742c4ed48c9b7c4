//! The one-line summaries `hookbench forward` and `hookbench replay` print per attempt.

use hookbench::model::Header;
use hookbench::model::{Attempt, Delivery, DeliveryStatus};

/// `15:04:05  POST /shop/orders  sender 200  target 201 Created  3.2 ms` (with a retry note).
pub fn attempt_line(delivery: &Delivery, attempt: &Attempt, sender: Option<&str>) -> String {
    let time =
        time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(attempt.started_at) * 1_000_000)
            .ok()
            .and_then(|t| {
                t.format(time::macros::format_description!(
                    "[hour]:[minute]:[second]"
                ))
                .ok()
            })
            .unwrap_or_default();
    let target = match (&attempt.response, &attempt.error) {
        (Some(r), _) => match r.reason.as_deref().filter(|r| !r.is_empty()) {
            Some(reason) => format!("{} {reason}", r.status),
            None => r.status.to_string(),
        },
        (None, Some(e)) => format!("failed: {}", e.message),
        (None, None) => "no answer".to_owned(),
    };
    let sender = sender.map(|s| format!("  sender {s}")).unwrap_or_default();
    let attempt_no = if attempt.number > 1 {
        format!("  (attempt {})", attempt.number)
    } else {
        String::new()
    };
    let next = match delivery.status {
        DeliveryStatus::Retrying => "  retrying",
        DeliveryStatus::Failed if !attempt.succeeded => "  gave up",
        _ => "",
    };
    format!(
        "{time}  {}{sender}  target {target}  {:.1} ms{attempt_no}{next}",
        delivery.event, attempt.timings.total_ms
    )
}

pub fn status_text(delivery: &Delivery) -> String {
    delivery
        .last_error
        .clone()
        .or_else(|| delivery.last_status.map(|s| s.to_string()))
        .unwrap_or_default()
}

/// `Name: value` as a header.
pub fn header_arg(text: &str) -> Result<Header, String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not a header: write it as `Name: value`"))?;
    Ok(Header::from_bytes(name.trim(), value.trim().as_bytes()))
}
