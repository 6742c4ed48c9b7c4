//! GET /api/export: captures as HAR 1.2 or Hookbench JSON; GET /api/captures/{id}/decoded.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::path::Path;
use super::ApiContext;
use crate::base::error::{Error, Result};
use crate::model::ApiError;
use crate::services::capture::content::{decoded_view, DecodedBody};
use crate::services::capture::export;

/// Decoded bodies (gzip, br...) are shown up to this size; beyond it the view says so.
const MAX_DECODED: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// HAR 1.2, which browsers' developer tools and HTTP tools open.
    #[default]
    Har,
    /// Hookbench's own JSON: every capture exactly as stored.
    Json,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `har` (default) or `json`.
    #[serde(default)]
    #[param(inline)]
    format: ExportFormat,
    /// Only the captures of this inbox (its URL segment).
    inbox: Option<String>,
    /// Comma-separated capture ids: export just these, in this order.
    ids: Option<String>,
}

/// Captures as a file to download: HAR 1.2 or Hookbench JSON, oldest first.
#[utoipa::path(
    get,
    path = "/export",
    operation_id = "export_captures",
    tag = "captures",
    params(ExportQuery),
    responses(
        (status = 200, description = "The export, as an attachment (`hookbench.har` or \
            `hookbench.json`)", body = Object, content_type = "application/json",
            headers(("content-disposition" = String,
                description = "attachment; filename=\"hookbench.har\""))),
        (status = 400, description = "A query parameter is not valid, or the export would be \
            too large", body = ApiError),
        (status = 404, description = "One of the ids names no capture", body = ApiError),
    )
)]
pub async fn export(
    State(context): State<ApiContext>,
    query: std::result::Result<Query<ExportQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    let ids: Option<Vec<String>> = query.ids.map(|ids| {
        ids.split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect()
    });
    let captures = context
        .engine
        .captures()
        .for_export(query.inbox, ids)
        .await?;
    let (document, extension) = match query.format {
        ExportFormat::Json => (export::json(&captures), "json"),
        ExportFormat::Har => (export::har(&captures, &context.receiver_url()), "har"),
    };
    let body = serde_json::to_vec_pretty(&document)
        .map_err(|e| Error::Internal(format!("the export could not be encoded: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"hookbench.{extension}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// A capture's body decoded: content encoding undone, form fields, multipart parts.
#[utoipa::path(
    get,
    path = "/captures/{id}/decoded",
    operation_id = "get_decoded_capture_body",
    tag = "captures",
    params(("id" = String, Path, description = "The capture's id")),
    responses(
        (status = 200, description = "The decoded views of the body", body = DecodedBody),
        (status = 404, description = "No capture has this id", body = ApiError),
    )
)]
pub async fn decoded(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<DecodedBody>> {
    let capture = context.engine.captures().get(id).await?;
    Ok(Json(decoded_view(&capture, MAX_DECODED)))
}
