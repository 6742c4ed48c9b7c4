//! The provider emulator's API keys: GET/POST /api/emulator/keys, DELETE /api/emulator/keys/{id}.
//! A new key's value is in the answer to its POST and nowhere else.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::{body, ApiContext, JsonBody};
use crate::emulator::model::{CreatedEmulatorKey, EmulatorKey, NewEmulatorKey};
use crate::error::Result;

pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<EmulatorKey>>> {
    Ok(Json(context.engine.emulator_keys().await?))
}

pub async fn create(
    State(context): State<ApiContext>,
    new: JsonBody<NewEmulatorKey>,
) -> Result<(StatusCode, Json<CreatedEmulatorKey>)> {
    let created = context.engine.create_emulator_key(&body(new)?.name).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

pub async fn revoke(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.revoke_emulator_key(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}
