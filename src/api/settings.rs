//! GET/PUT /api/settings, GET/PUT /api/last-screen

use axum::extract::State;
use axum::Json;

use super::{body, ApiContext, JsonBody};
use crate::base::error::Result;
use crate::model::LastScreen;
use crate::model::{ApiError, Settings};

/// The saved settings.
#[utoipa::path(
    get,
    path = "/settings",
    operation_id = "get_settings",
    tag = "settings",
    responses((status = 200, description = "The settings", body = Settings))
)]
pub async fn get(State(context): State<ApiContext>) -> Result<Json<Settings>> {
    Ok(Json(context.engine.settings().get().await?))
}

/// Saves the settings; changed receiver settings are applied first (a busy port is an error and
/// nothing is saved), so the answer means the receiver already listens where they say.
#[utoipa::path(
    put,
    path = "/settings",
    operation_id = "save_settings",
    tag = "settings",
    request_body = Settings,
    responses(
        (status = 200, description = "The settings as saved", body = Settings),
        (status = 400, description = "The body is not valid settings, or the receiver \
            cannot listen at that address", body = ApiError),
        (status = 409, description = "The receiver's new port is in use: nothing was saved",
            body = ApiError),
    )
)]
pub async fn put(
    State(context): State<ApiContext>,
    settings: JsonBody<Settings>,
) -> Result<Json<Settings>> {
    let settings = body(settings)?;
    if let Some(receiver) = &settings.receiver {
        // Only a change is applied: a client saving another section sends the receiver
        // settings as they were, and an instance started with --receiver stays where it is.
        if context.engine.settings().get().await?.receiver.as_ref() != Some(receiver) {
            context.receiver.apply(receiver).await?;
        }
    }
    Ok(Json(context.engine.settings().update(settings).await?))
}

/// The screen the UI showed last.
#[utoipa::path(
    get,
    path = "/last-screen",
    operation_id = "get_last_screen",
    tag = "settings",
    responses((status = 200, description = "The last screen, if any", body = LastScreen))
)]
pub async fn last_screen(State(context): State<ApiContext>) -> Result<Json<LastScreen>> {
    Ok(Json(context.engine.settings().last_screen().await?))
}

/// Keeps the screen the UI shows, to reopen it on the next start.
#[utoipa::path(
    put,
    path = "/last-screen",
    operation_id = "save_last_screen",
    tag = "settings",
    request_body = LastScreen,
    responses(
        (status = 200, description = "The last screen as saved", body = LastScreen),
        (status = 400, description = "The body is not valid, or the screen is not a UI address \
            fragment (`#/...`, at most 1024 bytes)", body = ApiError),
    )
)]
pub async fn save_last_screen(
    State(context): State<ApiContext>,
    last: JsonBody<LastScreen>,
) -> Result<Json<LastScreen>> {
    Ok(Json(
        context
            .engine
            .settings()
            .save_last_screen(body(last)?)
            .await?,
    ))
}
