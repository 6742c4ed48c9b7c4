//! The provider catalog over HTTP: profiles, rendered samples, previews, saved samples.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::path::Path;
use super::ApiContext;
use crate::base::error::{Error, Result};
use crate::catalog::{Provider, ProviderSummary};
use crate::model::{ApiError, Preview, PreviewRequest, RenderedSample, SavedSample};
use crate::services::provider::request;
use crate::services::provider::samples;

/// `/providers/{id}/...`
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct ProviderPath {
    /// The provider profile's id (`stripe`, `connectgain`, ...).
    #[param(example = "stripe")]
    id: String,
}

/// `/providers/{id}/events/{event}/...`
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct EventPath {
    /// The provider profile's id (`stripe`, `connectgain`, ...).
    #[param(example = "stripe")]
    id: String,
    /// The event's id (`payment_intent.succeeded`, ...).
    #[param(example = "payment_intent.succeeded")]
    event: String,
}

/// Every provider profile with its events.
#[utoipa::path(
    get,
    path = "/providers",
    operation_id = "list_providers",
    tag = "providers",
    responses((status = 200, description = "The profiles", body = Vec<ProviderSummary>))
)]
pub async fn list() -> Result<Json<Vec<ProviderSummary>>> {
    Ok(Json(request::catalog()?.summaries()))
}

/// One provider profile in full: signing, headers, events, schemas and sample templates.
#[utoipa::path(
    get,
    path = "/providers/{id}",
    operation_id = "get_provider",
    tag = "providers",
    params(ProviderPath),
    responses(
        (status = 200, description = "The profile", body = Provider),
        (status = 404, description = "No provider has this id", body = ApiError),
    )
)]
pub async fn show(Path(ProviderPath { id }): Path<ProviderPath>) -> Result<Json<Provider>> {
    Ok(Json(request::catalog()?.provider(&id)?.clone()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SampleQuery {
    /// The sample's name; absent: the event's first.
    variant: Option<String>,
    /// Renders the same values again; absent: a random one.
    seed: Option<u64>,
    /// The target URL: its query feeds templates (Leadsie's customUserId).
    url: Option<String>,
}

/// A fresh sample payload of an event.
#[utoipa::path(
    get,
    path = "/providers/{id}/events/{event}/sample",
    operation_id = "render_sample",
    tag = "providers",
    params(EventPath, SampleQuery),
    responses(
        (status = 200, description = "The payload and the seed that rendered it",
            body = RenderedSample),
        (status = 400, description = "A query parameter is not valid", body = ApiError),
        (status = 404, description = "No such provider, event or sample", body = ApiError),
    )
)]
pub async fn sample(
    Path(EventPath {
        id: provider,
        event,
    }): Path<EventPath>,
    query: std::result::Result<Query<SampleQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<RenderedSample>> {
    let Query(query) = query.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(samples::render_sample(
        &provider,
        &event,
        query.variant.as_deref(),
        query.seed,
        query.url.as_deref(),
    )?))
}

/// The request the provider would send with this body now: headers, signature and checks.
#[utoipa::path(
    post,
    path = "/providers/{id}/events/{event}/preview",
    operation_id = "preview_request",
    tag = "providers",
    params(EventPath),
    request_body = PreviewRequest,
    responses(
        (status = 200, description = "The headers it would send, and what is wrong with the \
            body or URL", body = Preview),
        (status = 400, description = "The body is not a valid preview request, or a secret or \
            scheme cannot sign", body = ApiError),
        (status = 404, description = "No such provider or event", body = ApiError),
    )
)]
pub async fn preview(
    Path(EventPath {
        id: provider,
        event,
    }): Path<EventPath>,
    body: std::result::Result<Json<PreviewRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Preview>> {
    let Json(request) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(samples::preview(&provider, &event, request)?))
}

/// A sample to save under a name (one with the same event and name is replaced).
#[derive(Debug, Deserialize, ToSchema)]
#[schema(examples(json!({
    "event": "payment_intent.succeeded",
    "name": "Large amount",
    "body": "{\"amount\":250000}"
})))]
pub struct NewSample {
    event: String,
    name: String,
    /// JSON text, kept exactly as written.
    body: String,
}

/// The samples users saved for a provider's events.
#[utoipa::path(
    get,
    path = "/providers/{id}/samples",
    operation_id = "list_saved_samples",
    tag = "providers",
    params(ProviderPath),
    responses(
        (status = 200, description = "The saved samples", body = Vec<SavedSample>),
        (status = 404, description = "No provider has this id", body = ApiError),
    )
)]
pub async fn saved(
    State(context): State<ApiContext>,
    Path(ProviderPath { id: provider }): Path<ProviderPath>,
) -> Result<Json<Vec<SavedSample>>> {
    Ok(Json(
        context.engine.providers().saved_samples(&provider).await?,
    ))
}

/// Saves a sample payload under a name.
#[utoipa::path(
    post,
    path = "/providers/{id}/samples",
    operation_id = "save_sample",
    tag = "providers",
    params(ProviderPath),
    request_body = NewSample,
    responses(
        (status = 201, description = "The saved sample", body = SavedSample),
        (status = 400, description = "The body is not valid, the name is empty or too long, \
            or the sample is not JSON", body = ApiError),
        (status = 404, description = "No such provider or event", body = ApiError),
    )
)]
pub async fn save(
    State(context): State<ApiContext>,
    Path(ProviderPath { id: provider }): Path<ProviderPath>,
    body: std::result::Result<Json<NewSample>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<SavedSample>)> {
    let Json(sample) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    let saved = context
        .engine
        .providers()
        .save_sample(&provider, &sample.event, &sample.name, sample.body)
        .await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// Deletes a saved sample.
#[utoipa::path(
    delete,
    path = "/samples/{id}",
    operation_id = "delete_saved_sample",
    tag = "providers",
    params(("id" = String, Path, description = "The saved sample's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No saved sample has this id", body = ApiError),
    )
)]
pub async fn delete(
    State(context): State<ApiContext>,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    context.engine.providers().delete_sample(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
