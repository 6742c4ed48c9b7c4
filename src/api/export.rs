//! GET /api/export: captures as HAR 1.2 or Hookbench JSON; GET /api/captures/{id}/decoded.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use super::ApiContext;
use crate::content::{decoded_view, DecodedBody};
use crate::error::{Error, Result};
use crate::export;

/// Decoded bodies (gzip, br...) are shown up to this size; beyond it the view says so.
const MAX_DECODED: usize = 64 * 1024 * 1024;

#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    /// `har` (default) or `json`.
    format: Option<String>,
    inbox: Option<String>,
    /// Comma-separated capture ids: export just these.
    ids: Option<String>,
}

pub async fn export(
    State(context): State<ApiContext>,
    query: std::result::Result<Query<ExportQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    let format = query.format.as_deref().unwrap_or("har");
    if format != "har" && format != "json" {
        return Err(Error::BadRequest(format!(
            "unknown export format `{format}`: use `har` or `json`"
        )));
    }
    let ids: Option<Vec<String>> = query.ids.map(|ids| {
        ids.split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect()
    });
    let captures = context.engine.captures_for_export(query.inbox, ids).await?;
    let (document, extension) = match format {
        "json" => (export::json(&captures), "json"),
        _ => (export::har(&captures, &context.receiver_url()), "har"),
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

pub async fn decoded(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<Json<DecodedBody>> {
    let capture = context.engine.capture(id).await?;
    Ok(Json(decoded_view(&capture, MAX_DECODED)))
}
