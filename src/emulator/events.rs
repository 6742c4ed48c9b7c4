//! Hookbench's own endpoints on the emulator port: `POST /emulator/{provider}/events` makes
//! something happen at the emulated provider, and the provider tells its subscribers: the event
//! goes through the engine's fan-out to every active webhook of the profile that subscribes to it
//! and whose filters match, signed and with the profile's headers, through the durable outbox.
//!
//! Body: `{"event": "contact.created", "data": {...}, "sample": "minimal"}`. Without `data` each
//! webhook gets a fresh sample; `data` is merged over one sample (objects field by field, anything
//! else replaced): into the envelope's `data` for ConnectGain, into the payload for Connectly.

use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use bytes::Bytes;
use serde_json::{Map, Value};

use super::errors::{body_bytes, parse_json, Answer, Failure};
use super::EmulatorState;
use crate::model::TriggerRequest;
use crate::services::provider::samples::render_sample;

const FIELDS: &[&str] = &["event", "data", "sample"];

pub async fn connectgain(
    State(state): State<EmulatorState>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    trigger(&state, "connectgain", "/data", body).await
}

pub async fn connectly(
    State(state): State<EmulatorState>,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    trigger(&state, "connectly", "", body).await
}

/// `data_at`: the JSON pointer in the payload that `data` is merged into.
async fn trigger(
    state: &EmulatorState,
    provider: &str,
    data_at: &str,
    body: Result<Bytes, BytesRejection>,
) -> Answer {
    let Value::Object(fields) = parse_json(&body_bytes(body)?)? else {
        return Err(shape());
    };
    if let Some(unknown) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(Failure::bad_request(format!(
            "unknown field `{unknown}`: {}",
            shape_text()
        )));
    }
    let text = |name: &str| match fields.get(name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(Failure::bad_request(format!("`{name}` must be a string"))),
    };
    let event = text("event")?.ok_or_else(shape)?;
    let variant = text("sample")?;
    let body = match fields.get("data") {
        None | Some(Value::Null) => None,
        Some(Value::Object(data)) => {
            let sample = render_sample(provider, &event, variant.as_deref(), None, None)
                .map_err(user_error)?;
            let mut payload = sample.payload;
            let target = payload.pointer_mut(data_at).ok_or_else(|| {
                Failure::bad_request(format!(
                    "the {event} sample has no `{data_at}` to merge into"
                ))
            })?;
            merge(target, data);
            Some(serde_json::to_string_pretty(&payload).map_err(|e| {
                crate::base::error::Error::Internal(format!(
                    "the payload could not be encoded: {e}"
                ))
            })?)
        }
        Some(_) => return Err(Failure::bad_request("`data` must be a JSON object")),
    };
    let result = state
        .engine
        .deliveries()
        .trigger(TriggerRequest {
            provider: provider.to_owned(),
            event,
            body,
            variant,
            webhook: None,
        })
        .await
        .map_err(user_error)?;
    Ok((StatusCode::ACCEPTED, Json(result)).into_response())
}

/// Objects merge field by field; anything else replaces.
fn merge(target: &mut Value, data: &Map<String, Value>) {
    let Value::Object(fields) = target else {
        *target = Value::Object(data.clone());
        return;
    };
    for (name, value) in data {
        match (fields.get_mut(name), value) {
            (Some(existing @ Value::Object(_)), Value::Object(inner)) => merge(existing, inner),
            _ => {
                fields.insert(name.clone(), value.clone());
            }
        }
    }
}

/// An unknown event or sample named in the body is the body's fault: 400, not 404.
fn user_error(error: crate::base::error::Error) -> Failure {
    let failure = Failure::from(error);
    match failure.status() {
        StatusCode::NOT_FOUND => failure.with_status(StatusCode::BAD_REQUEST),
        _ => failure,
    }
}

fn shape_text() -> &'static str {
    "the body is {\"event\": \"EVENT\", \"data\": {...optional fields merged over a sample}, \
     \"sample\": \"optional sample name\"}"
}

fn shape() -> Failure {
    Failure::bad_request(shape_text())
}
