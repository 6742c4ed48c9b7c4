//! Triggering events over HTTP: a provider event (fan-out), or a captured request sent again.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use super::{body, ApiContext, JsonBody};
use crate::error::Result;
use crate::sender::model::{TriggerRequest, TriggerResult};

/// `POST /api/captures/{id}/send`: both absent means "recognise it".
#[derive(Debug, Default, Deserialize)]
pub struct SendCapture {
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default)]
    pub event: Option<String>,
}

pub async fn trigger(
    State(context): State<ApiContext>,
    request: JsonBody<TriggerRequest>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let result = context.engine.trigger(body(request)?).await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}

pub async fn send_capture(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    request: JsonBody<SendCapture>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let request = body(request)?;
    let result = context
        .engine
        .send_capture(&id, request.provider, request.event)
        .await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}
