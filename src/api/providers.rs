//! The provider catalog over HTTP: profiles, rendered samples, previews, saved samples.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use super::ApiContext;
use crate::catalog::{Provider, ProviderSummary};
use crate::error::{Error, Result};
use crate::model::{Preview, PreviewRequest, RenderedSample, SavedSample};
use crate::outgoing;
use crate::providers;

pub async fn list() -> Result<Json<Vec<ProviderSummary>>> {
    Ok(Json(outgoing::catalog()?.summaries()))
}

pub async fn show(Path(id): Path<String>) -> Result<Json<Provider>> {
    Ok(Json(outgoing::catalog()?.provider(&id)?.clone()))
}

#[derive(Debug, Deserialize)]
pub struct SampleQuery {
    variant: Option<String>,
    seed: Option<u64>,
    /// The target URL: its query feeds templates (Leadsie's customUserId).
    url: Option<String>,
}

pub async fn sample(
    Path((provider, event)): Path<(String, String)>,
    query: std::result::Result<Query<SampleQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<RenderedSample>> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(providers::render_sample(
        &provider,
        &event,
        query.variant.as_deref(),
        query.seed,
        query.url.as_deref(),
    )?))
}

pub async fn preview(
    Path((provider, event)): Path<(String, String)>,
    body: std::result::Result<Json<PreviewRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Preview>> {
    let Json(request) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(providers::preview(&provider, &event, request)?))
}

#[derive(Debug, Deserialize)]
pub struct NewSample {
    event: String,
    name: String,
    body: String,
}

pub async fn saved(
    State(context): State<ApiContext>,
    Path(provider): Path<String>,
) -> Result<Json<Vec<SavedSample>>> {
    Ok(Json(context.engine.saved_samples(&provider).await?))
}

pub async fn save(
    State(context): State<ApiContext>,
    Path(provider): Path<String>,
    body: std::result::Result<Json<NewSample>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<SavedSample>)> {
    let Json(sample) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    let saved = context
        .engine
        .save_sample(&provider, &sample.event, &sample.name, sample.body)
        .await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.delete_sample(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
