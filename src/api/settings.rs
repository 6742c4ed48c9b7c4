//! GET/PUT /api/settings, GET/PUT /api/last-screen

use axum::extract::State;
use axum::Json;

use super::{body, ApiContext, JsonBody};
use crate::error::Result;
use crate::model::Settings;
use crate::preferences::LastScreen;

pub async fn get(State(context): State<ApiContext>) -> Result<Json<Settings>> {
    Ok(Json(context.engine.settings().await?))
}

/// Saves the settings; changed receiver settings are applied first (a busy port is an error and
/// nothing is saved), so the answer means the receiver already listens where they say.
pub async fn put(
    State(context): State<ApiContext>,
    settings: JsonBody<Settings>,
) -> Result<Json<Settings>> {
    let settings = body(settings)?;
    if let Some(receiver) = &settings.receiver {
        // Only a change is applied: a client saving another section sends the receiver
        // settings as they were, and an instance started with --receiver stays where it is.
        if context.engine.settings().await?.receiver.as_ref() != Some(receiver) {
            context.receiver.apply(receiver).await?;
        }
    }
    Ok(Json(context.engine.update_settings(settings).await?))
}

pub async fn last_screen(State(context): State<ApiContext>) -> Result<Json<LastScreen>> {
    Ok(Json(context.engine.last_screen().await?))
}

pub async fn save_last_screen(
    State(context): State<ApiContext>,
    last: JsonBody<LastScreen>,
) -> Result<Json<LastScreen>> {
    Ok(Json(context.engine.save_last_screen(body(last)?).await?))
}
