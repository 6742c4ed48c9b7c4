//! GET /api/captures, GET /api/captures/{id}

use axum::extract::{Path, Query, State};
use axum::Json;

use super::ApiContext;
use crate::error::Error;
use crate::error::Result;
use crate::model::{Capture, CaptureCheck, CaptureFilter, CaptureList, CheckRequest};

pub async fn list(
    State(context): State<ApiContext>,
    query: std::result::Result<Query<CaptureFilter>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<CaptureList>> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(context.engine.captures(query).await?))
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

pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<axum::http::StatusCode> {
    context.engine.delete_capture(id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
