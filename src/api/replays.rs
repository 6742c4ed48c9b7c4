//! Replays over HTTP: start one (captures or a time range), follow its progress, cancel it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{ReplayProgress, ReplayRequest};

/// Sends captures again to a URL, one at a time in arrival order, optionally edited and
/// re-signed.
#[utoipa::path(
    post,
    path = "/replays",
    operation_id = "start_replay",
    tag = "replays",
    request_body = ReplayRequest,
    responses(
        (status = 202, description = "The replay, started", body = ReplayProgress),
        (status = 400, description = "The body is not a valid replay (URL, captures, rate, \
            re-signing)", body = ApiError),
        (status = 404, description = "A capture, inbox or provider it names does not exist",
            body = ApiError),
    )
)]
pub async fn start(
    State(context): State<ApiContext>,
    request: JsonBody<ReplayRequest>,
) -> Result<(StatusCode, Json<ReplayProgress>)> {
    let progress = context.engine.relays().replay(body(request)?).await?;
    Ok((StatusCode::ACCEPTED, Json(progress)))
}

/// A replay's progress.
#[utoipa::path(
    get,
    path = "/replays/{id}",
    operation_id = "get_replay",
    tag = "replays",
    params(("id" = String, Path, description = "The replay's id")),
    responses(
        (status = 200, description = "Its deliveries counted by where they stand",
            body = ReplayProgress),
        (status = 404, description = "No replay has this id", body = ApiError),
    )
)]
pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<ReplayProgress>> {
    Ok(Json(context.engine.relays().replay_progress(&id).await?))
}

/// Cancels the replay's deliveries still waiting; those on the wire finish.
#[utoipa::path(
    post,
    path = "/replays/{id}/cancel",
    operation_id = "cancel_replay",
    tag = "replays",
    params(("id" = String, Path, description = "The replay's id")),
    responses(
        (status = 200, description = "Its progress after cancelling", body = ReplayProgress),
        (status = 404, description = "No replay has this id", body = ApiError),
    )
)]
pub async fn cancel(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<ReplayProgress>> {
    Ok(Json(context.engine.relays().cancel_replay(&id).await?))
}
