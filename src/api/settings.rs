//! GET/PUT /api/settings

use axum::extract::State;
use axum::Json;

use super::ApiContext;
use crate::error::{Error, Result};
use crate::model::Settings;

pub async fn get(State(context): State<ApiContext>) -> Result<Json<Settings>> {
    Ok(Json(context.engine.settings().await?))
}

pub async fn put(
    State(context): State<ApiContext>,
    body: std::result::Result<Json<Settings>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Settings>> {
    let Json(settings) = body.map_err(|e| Error::BadRequest(e.body_text()))?;
    Ok(Json(context.engine.update_settings(settings).await?))
}
