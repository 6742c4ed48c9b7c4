//! The HTTP API (JSON + Server-Sent Events) and the UI it serves. One transport for the UI,
//! the CLI and automation.

mod captures;
mod events;
mod export;
mod guard;
mod inboxes;
mod providers;
mod settings;
mod status;
mod ui;

use axum::http::header::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{middleware, Json, Router};

use crate::engine::Engine;
use crate::error::Error;
use crate::model::{ApiError, ApiErrorBody, Status};

pub use guard::Token;
pub use inboxes::Removed;

/// What the API needs besides the engine.
#[derive(Clone)]
pub struct ApiContext {
    pub engine: Engine,
    pub token: Token,
    /// The port the API listens on: only Host/Origin values naming it are accepted.
    pub port: u16,
    pub status: Status,
}

/// The whole API as a function: tested with `oneshot`, served by `serve`.
pub fn router(context: ApiContext) -> Router {
    let api = Router::new()
        .route("/status", get(status::get))
        .route("/captures", get(captures::list))
        .route(
            "/captures/{id}",
            get(captures::show).delete(captures::delete),
        )
        .route("/inboxes", get(inboxes::list).post(inboxes::create))
        .route(
            "/inboxes/{slug}",
            get(inboxes::show)
                .patch(inboxes::update)
                .delete(inboxes::delete),
        )
        .route("/inboxes/{slug}/captures", delete(inboxes::clear))
        .route("/captures/{id}/check", post(captures::check))
        .route("/captures/{id}/decoded", get(export::decoded))
        .route("/export", get(export::export))
        .route("/events", get(events::stream))
        .route("/providers", get(providers::list))
        .route("/providers/{id}", get(providers::show))
        .route(
            "/providers/{id}/events/{event}/sample",
            get(providers::sample),
        )
        .route(
            "/providers/{id}/events/{event}/preview",
            post(providers::preview),
        )
        .route(
            "/providers/{id}/samples",
            get(providers::saved).post(providers::save),
        )
        .route("/samples/{id}", delete(providers::delete))
        .route("/settings", get(settings::get).put(settings::put))
        .fallback(unknown_api_route)
        .route_layer(middleware::from_fn_with_state(
            context.clone(),
            guard::require_token,
        ));
    Router::new()
        .nest("/api", api)
        .fallback(ui::asset)
        .layer(middleware::from_fn(guard::security_headers))
        .layer(middleware::from_fn_with_state(
            context.clone(),
            guard::require_local_host,
        ))
        .with_state(context)
}

async fn unknown_api_route() -> Error {
    Error::NotFound("no such API route: see `hookbench --help` or the README".into())
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = axum::http::StatusCode::from_u16(self.status())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        if status.is_server_error() {
            tracing::error!("API error: {self}");
        }
        let body = ApiError {
            error: ApiErrorBody {
                code: self.code().to_owned(),
                message: self.to_string(),
            },
        };
        (status, Json(body)).into_response()
    }
}

fn header(name: &'static str, value: &'static str) -> (HeaderName, HeaderValue) {
    (
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
}
