//! Replays over HTTP: start one (captures or a time range), follow its progress, cancel it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::{body, ApiContext, JsonBody};
use crate::error::Result;
use crate::relay::model::{ReplayProgress, ReplayRequest};

pub async fn start(
    State(context): State<ApiContext>,
    request: JsonBody<ReplayRequest>,
) -> Result<(StatusCode, Json<ReplayProgress>)> {
    let progress = context.engine.replay(body(request)?).await?;
    Ok((StatusCode::ACCEPTED, Json(progress)))
}

pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<ReplayProgress>> {
    Ok(Json(context.engine.replay_progress(&id).await?))
}

pub async fn cancel(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<ReplayProgress>> {
    Ok(Json(context.engine.cancel_replay(&id).await?))
}
