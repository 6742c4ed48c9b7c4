//! The provider emulator's API keys: GET/POST /api/emulator/keys, DELETE /api/emulator/keys/{id}.
//! A new key's value is in the answer to its POST and nowhere else.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{CreatedEmulatorKey, EmulatorKey, NewEmulatorKey};

/// The emulator's API keys, without their values.
#[utoipa::path(
    get,
    path = "/emulator/keys",
    operation_id = "list_emulator_keys",
    tag = "emulator",
    responses((status = 200, description = "Every key, oldest first", body = Vec<EmulatorKey>))
)]
pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<EmulatorKey>>> {
    Ok(Json(context.engine.emulation().keys().await?))
}

/// Makes a key for the provider emulator; its value is in this answer only.
#[utoipa::path(
    post,
    path = "/emulator/keys",
    operation_id = "create_emulator_key",
    tag = "emulator",
    request_body = NewEmulatorKey,
    responses(
        (status = 201, description = "The new key, with its value", body = CreatedEmulatorKey),
        (status = 400, description = "The body is not valid or the name is too long", body = ApiError),
    )
)]
pub async fn create(
    State(context): State<ApiContext>,
    new: JsonBody<NewEmulatorKey>,
) -> Result<(StatusCode, Json<CreatedEmulatorKey>)> {
    let created = context
        .engine
        .emulation()
        .create_key(&body(new)?.name)
        .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Revokes a key: the emulator refuses it from now on.
#[utoipa::path(
    delete,
    path = "/emulator/keys/{id}",
    operation_id = "revoke_emulator_key",
    tag = "emulator",
    params(("id" = String, Path, description = "The key's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No key has this id", body = ApiError),
    )
)]
pub async fn revoke(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.emulation().revoke_key(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}
