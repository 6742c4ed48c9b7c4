//! Captured requests: list, show, check against a provider, delete.

use axum::extract::{Query, State};
use axum::Json;

use super::path::Path;
use super::ApiContext;
use crate::base::error::Error;
use crate::base::error::Result;
use crate::model::{ApiError, Capture, CaptureCheck, CaptureFilter, CaptureList, CheckRequest};

/// Captured requests, newest first, a page at a time; filters are all optional.
#[utoipa::path(
    get,
    path = "/captures",
    operation_id = "list_captures",
    tag = "captures",
    params(CaptureFilter),
    responses(
        (status = 200, description = "A page of captures", body = CaptureList, links(
            ("GetCapture" = (
                operation_id = "get_capture",
                parameters(("id" = "$response.body#/captures/0/id"))
            )),
            ("DecodeCapture" = (
                operation_id = "get_decoded_capture_body",
                parameters(("id" = "$response.body#/captures/0/id"))
            )),
            ("CheckCapture" = (
                operation_id = "check_capture",
                parameters(("id" = "$response.body#/captures/0/id"))
            )),
            ("SendCapture" = (
                operation_id = "send_capture",
                parameters(("id" = "$response.body#/captures/0/id"))
            )),
            ("DeleteCapture" = (
                operation_id = "delete_capture",
                parameters(("id" = "$response.body#/captures/0/id"))
            )),
        )),
        (status = 400, description = "A query parameter is not valid", body = ApiError),
    )
)]
pub async fn list(
    State(context): State<ApiContext>,
    query: std::result::Result<Query<CaptureFilter>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<CaptureList>> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(context.engine.captures().list(query).await?))
}

/// One capture exactly as it arrived, with the response Hookbench gave.
#[utoipa::path(
    get,
    path = "/captures/{id}",
    operation_id = "get_capture",
    tag = "captures",
    params(("id" = String, Path, description = "The capture's id")),
    responses(
        (status = 200, description = "The capture", body = Capture),
        (status = 404, description = "No capture has this id", body = ApiError),
    )
)]
pub async fn show(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<Capture>> {
    Ok(Json(context.engine.captures().get(id).await?))
}

/// Checks a capture against a provider: its signature, which event it is, its schema.
#[utoipa::path(
    post,
    path = "/captures/{id}/check",
    operation_id = "check_capture",
    tag = "captures",
    params(("id" = String, Path, description = "The capture's id")),
    request_body = CheckRequest,
    responses(
        (status = 200, description = "What the check found", body = CaptureCheck),
        (status = 400, description = "The body is not a valid check request", body = ApiError),
        (status = 404, description = "No such capture or provider", body = ApiError),
    )
)]
pub async fn check(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
    body: std::result::Result<Json<CheckRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<CaptureCheck>> {
    let Json(request) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(context.engine.captures().check(id, request).await?))
}

/// Deletes one capture.
#[utoipa::path(
    delete,
    path = "/captures/{id}",
    operation_id = "delete_capture",
    tag = "captures",
    params(("id" = String, Path, description = "The capture's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No capture has this id", body = ApiError),
    )
)]
pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<axum::http::StatusCode> {
    context.engine.captures().delete(id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
