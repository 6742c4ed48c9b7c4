//! Webhooks over HTTP: list, create, show, replace, delete, test, retry failed, cancel pending.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;

use super::{body, ApiContext, JsonBody};
use crate::error::Result;
use crate::sender::model::{TriggerResult, Webhook, WebhookConfig};

#[derive(Debug, Serialize)]
pub struct Retried {
    pub retried: usize,
}

#[derive(Debug, Serialize)]
pub struct Cancelled {
    pub cancelled: usize,
}

pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<Webhook>>> {
    Ok(Json(context.engine.webhooks().await?))
}

pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Webhook>> {
    Ok(Json(context.engine.webhook(&id).await?))
}

pub async fn create(
    State(context): State<ApiContext>,
    config: JsonBody<WebhookConfig>,
) -> Result<(StatusCode, Json<Webhook>)> {
    let webhook = context.engine.create_webhook(body(config)?).await?;
    Ok((StatusCode::CREATED, Json(webhook)))
}

pub async fn update(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    config: JsonBody<WebhookConfig>,
) -> Result<Json<Webhook>> {
    Ok(Json(
        context.engine.update_webhook(&id, body(config)?).await?,
    ))
}

pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.delete_webhook(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn test(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<TriggerResult>)> {
    let result = context.engine.test_webhook(&id).await?;
    Ok((StatusCode::ACCEPTED, Json(result)))
}

pub async fn retry_failed(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Retried>> {
    let retried = context.engine.retry_failed(&id).await?;
    Ok(Json(Retried { retried }))
}

pub async fn cancel_pending(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Cancelled>> {
    let cancelled = context.engine.cancel_pending(&id).await?;
    Ok(Json(Cancelled { cancelled }))
}
