//! Triggering events over HTTP: a provider event (fan-out), or a captured request sent again.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{TriggerRequest, TriggerResult};

/// `POST /api/captures/{id}/send`: both absent means "recognise it".
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct SendCapture {
    /// The provider profile to send it as; absent: recognised from the capture.
    #[serde(default)]
    pub provider: Option<String>,
    /// The provider's event; absent: recognised from the capture.
    #[serde(default)]
    pub event: Option<String>,
}

/// Delivers one event to every active webhook that subscribes to it (or to one webhook).
#[utoipa::path(
    post,
    path = "/events",
    operation_id = "trigger_event",
    tag = "events",
    request_body = TriggerRequest,
    responses(
        (status = 202, description = "The deliveries queued, and the webhooks passed over with \
            why", body = TriggerResult),
        (status = 400, description = "The body is not a valid trigger, or its payload is not \
            JSON", body = ApiError),
        (status = 404, description = "No such provider, event, sample or webhook", body = ApiError),
    )
)]
pub async fn trigger(
    State(context): State<ApiContext>,
    request: JsonBody<TriggerRequest>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let result = context.engine.deliveries().trigger(body(request)?).await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}

/// Sends a captured request again, as an event, to the webhooks that subscribe to it.
#[utoipa::path(
    post,
    path = "/captures/{id}/send",
    operation_id = "send_capture",
    tag = "captures",
    params(("id" = String, Path, description = "The capture's id")),
    request_body = SendCapture,
    responses(
        (status = 202, description = "The deliveries queued, and the webhooks passed over with \
            why", body = TriggerResult),
        (status = 400, description = "The body is not valid, or the capture is not \
            recognised as an event", body = ApiError),
        (status = 404, description = "No such capture, provider or event", body = ApiError),
    )
)]
pub async fn send_capture(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    request: JsonBody<SendCapture>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let request = body(request)?;
    let result = context
        .engine
        .deliveries()
        .send_capture(&id, request.provider, request.event)
        .await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}
