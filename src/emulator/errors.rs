//! The emulator's answers when something is wrong: one JSON shape for every provider,
//! `{"error": {"code", "message"}}` like Hookbench's own API, with a message that says what was
//! wrong and what to do. Engine failures keep their code; server-side ones are a plain 500, as the
//! emulated providers document.

use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::base::error::Error;

/// A refused emulator request.
#[derive(Debug)]
pub struct Failure {
    status: StatusCode,
    code: String,
    message: String,
}

pub type Answer = std::result::Result<Response, Failure>;

impl Failure {
    fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Failure {
        Failure {
            status,
            code: code.to_owned(),
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn unauthorized(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }

    pub fn not_found(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn conflict(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::CONFLICT, "conflict", message)
    }

    pub fn not_acceptable(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::NOT_ACCEPTABLE, "not_acceptable", message)
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The same failure with another status (an unknown event named in a body is the body's
    /// fault: 400, where the engine says 404).
    pub fn with_status(mut self, status: StatusCode) -> Failure {
        self.status = status;
        self
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        let status = StatusCode::from_u16(error.status())
            .ok()
            .filter(|status| !status.is_server_error())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status.is_server_error() {
            tracing::error!("emulator: {error}");
        }
        Failure::new(status, error.code(), error.to_string())
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = json!({"error": {"code": self.code, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

/// A request body as JSON, or a 400 that says why it is not.
pub fn parse_json(body: &[u8]) -> Result<serde_json::Value, Failure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Failure::bad_request(
            "the request body is empty: send a JSON object (Content-Type: application/json)",
        ));
    }
    serde_json::from_slice(body).map_err(|e| {
        Failure::bad_request(format!(
            "the request body is not valid JSON ({e}); send a JSON object"
        ))
    })
}

/// Every route the emulator answers, for the 404 of any other.
pub const ROUTES: &[&str] = &[
    "POST /rest/v1/webhook_configurations (ConnectGain)",
    "GET /rest/v1/webhook_configurations?organization_id=eq.ID&is_active=eq.true (ConnectGain)",
    "PATCH /rest/v1/webhook_configurations?id=eq.ID (ConnectGain)",
    "DELETE /rest/v1/webhook_configurations?id=eq.ID (ConnectGain)",
    "GET /rest/v1/webhook_logs?webhook_id=eq.ID&status=eq.failed&created_at=gte.2025-01-15 (ConnectGain)",
    "POST /v1/businesses/{businessId}/create/webhooks (Connectly)",
    "GET /v1/businesses/{businessId}/webhooks (Connectly)",
    "PUT /v1/businesses/{businessId}/update/webhooks/{webhookId} (Connectly)",
    "DELETE /v1/businesses/{businessId}/delete/webhooks/{webhookId} (Connectly)",
    "POST /emulator/connectgain/events (Hookbench: deliver a ConnectGain event)",
    "POST /emulator/connectly/events (Hookbench: deliver a Connectly event)",
];

pub async fn unknown_route(method: Method, uri: Uri) -> Response {
    let message = format!(
        "the provider emulator has no route {method} {}: it answers {}",
        uri.path(),
        ROUTES.join("; ")
    );
    let body = json!({
        "error": {"code": "not_found", "message": message},
        "routes": ROUTES,
    });
    (StatusCode::NOT_FOUND, Json(body)).into_response()
}

pub async fn wrong_method(method: Method, uri: Uri) -> Response {
    let message = format!(
        "{} does not take {method}: the emulator answers {}",
        uri.path(),
        ROUTES.join("; ")
    );
    let body = json!({
        "error": {"code": "method_not_allowed", "message": message},
        "routes": ROUTES,
    });
    (StatusCode::METHOD_NOT_ALLOWED, Json(body)).into_response()
}

/// The raw body, or a clear refusal (too large, cut short).
pub fn body_bytes(
    body: Result<bytes::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<bytes::Bytes, Failure> {
    body.map_err(|e| {
        let failure = Failure::bad_request(format!("the request body could not be read: {e}"));
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            failure.with_status(StatusCode::PAYLOAD_TOO_LARGE)
        } else {
            failure
        }
    })
}

/// The path's parameters, or a clear refusal (a segment that is not UTF-8 once decoded).
pub fn path_params<T>(
    path: Result<axum::extract::Path<T>, axum::extract::rejection::PathRejection>,
) -> Result<T, Failure> {
    path.map(|axum::extract::Path(params)| params).map_err(|e| {
        Failure::bad_request(format!(
            "the path could not be read ({}): ids are plain text, percent-encoded as UTF-8",
            e.body_text()
        ))
    })
}
