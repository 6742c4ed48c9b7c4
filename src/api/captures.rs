//! GET /api/captures, GET /api/captures/{id}

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;

use super::ApiContext;
use crate::error::Error;
use crate::error::Result;
use crate::model::{Capture, CaptureCheck, CaptureList, CheckRequest};

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    /// Id of the last capture of the previous page.
    before: Option<String>,
    limit: Option<u32>,
}

pub async fn list(
    State(context): State<ApiContext>,
    query: std::result::Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<CaptureList>> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    let limit = query.limit.unwrap_or(200);
    Ok(Json(context.engine.captures(query.before, limit).await?))
}

pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Capture>> {
    Ok(Json(context.engine.capture(id).await?))
}

pub async fn check(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    body: std::result::Result<Json<CheckRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<CaptureCheck>> {
    let Json(request) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(context.engine.check_capture(id, request).await?))
}
