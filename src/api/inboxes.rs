//! Inboxes over HTTP: list, create, change (rename, response, rules, verification), delete,
//! clear.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use ts_rs::TS;

use super::{body, ApiContext, JsonBody};
use crate::error::Result;
use crate::inbox::{Inbox, InboxChange};

/// How many captures a clear or delete removed.
#[derive(Debug, Serialize, TS)]
pub struct Removed {
    #[ts(type = "number")]
    pub removed: u64,
}

fn with_url(context: &ApiContext, mut inbox: Inbox) -> Inbox {
    inbox.url = format!("{}/{}", context.receiver_url(), inbox.slug);
    inbox
}

pub async fn list(State(context): State<ApiContext>) -> Result<Json<Vec<Inbox>>> {
    let inboxes = context.engine.inboxes().await?;
    Ok(Json(
        inboxes
            .into_iter()
            .map(|inbox| with_url(&context, inbox))
            .collect(),
    ))
}

pub async fn show(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Inbox>> {
    let inbox = context.engine.inbox(&slug).await?;
    Ok(Json(with_url(&context, inbox)))
}

pub async fn create(
    State(context): State<ApiContext>,
    change: JsonBody<InboxChange>,
) -> Result<(StatusCode, Json<Inbox>)> {
    let inbox = context.engine.create_inbox(body(change)?).await?;
    Ok((StatusCode::CREATED, Json(with_url(&context, inbox))))
}

pub async fn update(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
    change: JsonBody<InboxChange>,
) -> Result<Json<Inbox>> {
    let inbox = context.engine.update_inbox(&slug, body(change)?).await?;
    Ok(Json(with_url(&context, inbox)))
}

pub async fn delete(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Removed>> {
    let removed = context.engine.delete_inbox(&slug).await?;
    Ok(Json(Removed { removed }))
}

pub async fn clear(
    State(context): State<ApiContext>,
    Path(slug): Path<String>,
) -> Result<Json<Removed>> {
    let removed = context.engine.clear_inbox(&slug).await?;
    Ok(Json(Removed { removed }))
}
