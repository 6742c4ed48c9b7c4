//! Webhooks over HTTP: list, create, show, replace, delete, test, retry failed, cancel pending.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{TriggerResult, Webhook, WebhookConfig};

/// How many failed deliveries were queued again.
#[derive(Debug, Serialize, ToSchema)]
pub struct Retried {
    pub retried: usize,
}

/// How many waiting deliveries were cancelled.
#[derive(Debug, Serialize, ToSchema)]
pub struct Cancelled {
    pub cancelled: usize,
}

/// Every webhook.
#[utoipa::path(
    get,
    path = "/webhooks",
    operation_id = "list_webhooks",
    tag = "webhooks",
    responses((status = 200, description = "The webhooks", body = Vec<Webhook>))
)]
pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<Webhook>>> {
    Ok(Json(context.engine.deliveries().webhooks().await?))
}

/// One webhook.
#[utoipa::path(
    get,
    path = "/webhooks/{id}",
    operation_id = "get_webhook",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    responses(
        (status = 200, description = "The webhook", body = Webhook),
        (status = 404, description = "No webhook has this id", body = ApiError),
    )
)]
pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Webhook>> {
    Ok(Json(context.engine.deliveries().webhook(&id).await?))
}

/// Creates a webhook.
#[utoipa::path(
    post,
    path = "/webhooks",
    operation_id = "create_webhook",
    tag = "webhooks",
    request_body = WebhookConfig,
    responses(
        (status = 201, description = "The new webhook", body = Webhook),
        (status = 400, description = "The body is not a valid webhook (name, URL, events, \
            secrets, headers, limits)", body = ApiError),
        (status = 404, description = "No provider has this id", body = ApiError),
    )
)]
pub async fn create(
    State(context): State<ApiContext>,
    config: JsonBody<WebhookConfig>,
) -> Result<(StatusCode, Json<Webhook>)> {
    let webhook = context
        .engine
        .deliveries()
        .create_webhook(body(config)?)
        .await?;
    Ok((StatusCode::CREATED, Json(webhook)))
}

/// Replaces a webhook's configuration.
#[utoipa::path(
    put,
    path = "/webhooks/{id}",
    operation_id = "update_webhook",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    request_body = WebhookConfig,
    responses(
        (status = 200, description = "The webhook as saved", body = Webhook),
        (status = 400, description = "The body is not a valid webhook", body = ApiError),
        (status = 404, description = "No such webhook or provider", body = ApiError),
    )
)]
pub async fn update(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    config: JsonBody<WebhookConfig>,
) -> Result<Json<Webhook>> {
    Ok(Json(
        context
            .engine
            .deliveries()
            .update_webhook(&id, body(config)?)
            .await?,
    ))
}

/// Deletes a webhook; its deliveries stay in the log.
#[utoipa::path(
    delete,
    path = "/webhooks/{id}",
    operation_id = "delete_webhook",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No webhook has this id", body = ApiError),
    )
)]
pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.deliveries().delete_webhook(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends the provider's test event to this webhook only, whatever it subscribes to.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/test",
    operation_id = "test_webhook",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    responses(
        (status = 202, description = "The delivery queued (or why the webhook was passed \
            over)", body = TriggerResult),
        (status = 404, description = "No webhook has this id", body = ApiError),
    )
)]
pub async fn test(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let result = context.engine.deliveries().test_webhook(&id).await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}

/// Queues every failed delivery of the webhook again.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/retry-failed",
    operation_id = "retry_failed_deliveries",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    responses(
        (status = 200, description = "How many were queued", body = Retried),
        (status = 404, description = "No webhook has this id", body = ApiError),
    )
)]
pub async fn retry_failed(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Retried>> {
    let retried = context.engine.deliveries().retry_failed(&id).await?;
    Ok(Json(Retried { retried }))
}

/// Cancels every delivery of the webhook still waiting for an attempt.
#[utoipa::path(
    post,
    path = "/webhooks/{id}/cancel-pending",
    operation_id = "cancel_pending_deliveries",
    tag = "webhooks",
    params(("id" = String, Path, description = "The webhook's id")),
    responses(
        (status = 200, description = "How many were cancelled", body = Cancelled),
        (status = 404, description = "No webhook has this id", body = ApiError),
    )
)]
pub async fn cancel_pending(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Cancelled>> {
    let cancelled = context.engine.deliveries().cancel_pending(&id).await?;
    Ok(Json(Cancelled { cancelled }))
}
