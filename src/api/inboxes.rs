//! Inboxes over HTTP: list, create, change (rename, response, rules, verification), delete,
//! clear.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use ts_rs::TS;
use utoipa::ToSchema;

use super::path::Path;
use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::ApiError;
use crate::model::{Inbox, InboxChange};

/// How many captures a clear or delete removed.
#[derive(Debug, Serialize, TS, ToSchema)]
pub struct Removed {
    #[ts(type = "number")]
    pub removed: u64,
}

fn with_url(context: &ApiContext, mut inbox: Inbox) -> Inbox {
    inbox.url = format!("{}/{}", context.receiver_url(), inbox.slug);
    inbox
}

/// Every inbox, with the URL to send requests to.
#[utoipa::path(
    get,
    path = "/inboxes",
    operation_id = "list_inboxes",
    tag = "inboxes",
    responses((status = 200, description = "The inboxes", body = Vec<Inbox>))
)]
pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<Inbox>>> {
    let inboxes = context.engine.inboxes().list().await?;
    Ok(Json(
        inboxes
            .into_iter()
            .map(|inbox| with_url(&context, inbox))
            .collect(),
    ))
}

/// One inbox.
#[utoipa::path(
    get,
    path = "/inboxes/{slug}",
    operation_id = "get_inbox",
    tag = "inboxes",
    params(("slug" = String, Path, description = "The inbox's URL segment", example = "orders")),
    responses(
        (status = 200, description = "The inbox", body = Inbox),
        (status = 404, description = "No inbox has this URL segment", body = ApiError),
    )
)]
pub async fn show(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Inbox>> {
    let inbox = context.engine.inboxes().get(&slug).await?;
    Ok(Json(with_url(&context, inbox)))
}

/// Creates an inbox: `slug` is required, the rest has defaults.
#[utoipa::path(
    post,
    path = "/inboxes",
    operation_id = "create_inbox",
    tag = "inboxes",
    request_body = InboxChange,
    responses(
        (status = 201, description = "The new inbox", body = Inbox),
        (status = 400, description = "The body is not a valid inbox", body = ApiError),
        (status = 404, description = "The provider it verifies against does not exist",
            body = ApiError),
        (status = 409, description = "An inbox already has this URL segment", body = ApiError),
    )
)]
pub async fn create(
    State(context): State<ApiContext>,
    change: JsonBody<InboxChange>,
) -> Result<(StatusCode, Json<Inbox>)> {
    let inbox = context.engine.inboxes().create(body(change)?).await?;
    Ok((StatusCode::CREATED, Json(with_url(&context, inbox))))
}

/// Changes an inbox: what the body holds replaces what the inbox had (a new `slug` moves its
/// captures with it).
#[utoipa::path(
    patch,
    path = "/inboxes/{slug}",
    operation_id = "update_inbox",
    tag = "inboxes",
    params(("slug" = String, Path, description = "The inbox's URL segment", example = "orders")),
    request_body = InboxChange,
    responses(
        (status = 200, description = "The inbox as saved", body = Inbox),
        (status = 400, description = "The body is not a valid change", body = ApiError),
        (status = 404,
            description = "No such inbox, or the provider it verifies against does not exist",
            body = ApiError),
        (status = 409, description = "Another inbox already has the new URL segment",
            body = ApiError),
    )
)]
pub async fn update(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
    change: JsonBody<InboxChange>,
) -> Result<Json<Inbox>> {
    let inbox = context
        .engine
        .inboxes()
        .update(&slug, body(change)?)
        .await?;
    Ok(Json(with_url(&context, inbox)))
}

/// Deletes an inbox and its captures.
#[utoipa::path(
    delete,
    path = "/inboxes/{slug}",
    operation_id = "delete_inbox",
    tag = "inboxes",
    params(("slug" = String, Path, description = "The inbox's URL segment", example = "orders")),
    responses(
        (status = 200, description = "How many captures went with it", body = Removed),
        (status = 400, description = "The default inbox cannot be deleted", body = ApiError),
        (status = 404, description = "No inbox has this URL segment", body = ApiError),
    )
)]
pub async fn delete(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Removed>> {
    let removed = context.engine.inboxes().delete(&slug).await?;
    Ok(Json(Removed { removed }))
}

/// Deletes every capture of an inbox, keeping the inbox.
#[utoipa::path(
    delete,
    path = "/inboxes/{slug}/captures",
    operation_id = "clear_inbox",
    tag = "inboxes",
    params(("slug" = String, Path, description = "The inbox's URL segment", example = "orders")),
    responses(
        (status = 200, description = "How many captures were deleted", body = Removed),
        (status = 404, description = "No inbox has this URL segment", body = ApiError),
    )
)]
pub async fn clear(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Removed>> {
    let removed = context.engine.clear_inbox(&slug).await?;
    Ok(Json(Removed { removed }))
}
