//! ConnectGain's delivery log (`GET /rest/v1/webhook_logs`): one row per attempt of a
//! `connectgain` webhook's delivery (and one per delivery still waiting for its first), newest
//! first, filtered PostgREST style on `webhook_id`, `status` and `created_at`.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use serde_json::{json, Value};

use super::connectgain_rows::PROVIDER;
use super::errors::{Answer, Failure};
use super::postgrest::{timestamp, Kind, Table};
use super::postgrest_shape::Shape;
use super::EmulatorState;
use crate::store::LogEntry;

const LOGS: Table = Table {
    name: "webhook_logs",
    columns: &[
        ("id", Kind::Text),
        ("webhook_id", Kind::Text),
        ("delivery_id", Kind::Text),
        ("event", Kind::Text),
        ("attempt", Kind::Number),
        ("status", Kind::Text),
        ("response_code", Kind::Number),
        ("error_message", Kind::Text),
        ("duration_ms", Kind::Number),
        ("created_at", Kind::Time),
    ],
};

const STATUSES: &[&str] = &["success", "failed", "pending", "cancelled"];

pub async fn list(
    State(state): State<EmulatorState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Answer {
    let query = LOGS.parse(raw.as_deref(), &[])?;
    if let Some(status) = query.equals("status") {
        if !STATUSES.contains(&status) {
            return Err(Failure::bad_request(format!(
                "status `{status}` never occurs: a log row's status is one of {}",
                STATUSES.join(", ")
            )));
        }
    }
    let webhook = query.equals("webhook_id").map(str::to_owned);
    let entries = state
        .engine
        .emulation()
        .webhook_log(PROVIDER.to_owned(), webhook)
        .await?;
    let rows = entries.iter().map(log_row).collect();
    Shape::of(&headers)
        .read()
        .answer(StatusCode::OK, StatusCode::OK, query.apply(rows))
}

fn log_row(entry: &LogEntry) -> Value {
    let error = entry.error_message.clone().or_else(|| {
        entry
            .response_code
            .filter(|code| !(200..300).contains(code))
            .map(|code| format!("the endpoint answered HTTP {code}"))
    });
    json!({
        "id": entry.id,
        "webhook_id": entry.webhook_id,
        "delivery_id": entry.delivery_id,
        "event": entry.event,
        "attempt": entry.attempt,
        "status": entry.status,
        "response_code": entry.response_code,
        "error_message": error,
        "duration_ms": entry.duration_ms.map(|ms| (ms * 10.0).round() / 10.0),
        "created_at": timestamp(entry.created_at),
    })
}
