//! Secrets saved for providers: GET/POST /api/provider-secrets, DELETE
//! /api/provider-secrets/{id}. Captures recognised as a provider's are checked with its
//! secrets; a secret is never sent back.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::{ApiError, NewProviderSecret, ProviderSecret};

/// The saved secrets, without their values.
#[utoipa::path(
    get,
    path = "/provider-secrets",
    operation_id = "list_provider_secrets",
    tag = "providers",
    responses((status = 200, description = "Every saved secret, oldest first", body = Vec<ProviderSecret>))
)]
pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<ProviderSecret>>> {
    Ok(Json(context.engine.providers().secrets().list().await?))
}

/// Saves a provider's signing secret: captures recognised as that provider's show their
/// signature state from now on, and those already stored are checked again.
#[utoipa::path(
    post,
    path = "/provider-secrets",
    operation_id = "save_provider_secret",
    tag = "providers",
    request_body = NewProviderSecret,
    responses(
        (status = 201, description = "Saved", body = ProviderSecret),
        (status = 400, description = "Empty or too long", body = ApiError),
        (status = 404, description = "No such provider", body = ApiError),
        (status = 409, description = "Already saved for this provider", body = ApiError),
    )
)]
pub async fn create(
    State(context): State<ApiContext>,
    new: JsonBody<NewProviderSecret>,
) -> Result<(StatusCode, Json<ProviderSecret>)> {
    let saved = context.engine.save_provider_secret(body(new)?).await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// Forgets a saved secret.
#[utoipa::path(
    delete,
    path = "/provider-secrets/{id}",
    operation_id = "delete_provider_secret",
    tag = "providers",
    params(("id" = String, Path, description = "The saved secret's id")),
    responses(
        (status = 204, description = "Forgotten"),
        (status = 404, description = "No saved secret has this id", body = ApiError),
    )
)]
pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.forget_provider_secret(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}
