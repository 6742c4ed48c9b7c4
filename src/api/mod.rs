//! The HTTP API (JSON + Server-Sent Events) and the UI it serves. One transport for the UI,
//! the CLI and automation.

mod allowed_hosts;
pub mod bindings;
mod captures;
mod deliveries;
mod emulator_keys;
mod events;
mod export;
mod guard;
mod inboxes;
mod openapi;
mod path;
mod provider_secrets;
mod providers;
mod replays;
mod routes;
mod settings;
pub mod signing_keys;
mod status;
mod trigger;
mod ui;
mod webhooks;

use std::sync::Arc;

use axum::http::header::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::{middleware, Extension, Json, Router};
use utoipa_axum::router::OpenApiRouter;

use crate::base::error::Error;
use crate::engine::Engine;
use crate::model::{ApiError, ApiErrorBody, Status};

pub use guard::Token;
pub use inboxes::Removed;

/// The largest request body the API reads: a payload to trigger, a webhook, an inbox.
pub const API_BODY_LIMIT: usize = 26 * 1024 * 1024;

/// What the API needs besides the engine.
#[derive(Clone)]
pub struct ApiContext {
    pub engine: Engine,
    pub token: Token,
    /// The port the API listens on: only Host/Origin values naming it are accepted.
    pub port: u16,
    /// The API's non-loopback address when it was exposed (`--expose-api`): Host/Origin values
    /// naming it (for `0.0.0.0`/`[::]`, any address of this machine) are accepted too.
    pub exposed_on: Option<std::net::IpAddr>,
    pub status: Status,
    /// Where captures arrive; Settings may move it (`PUT /api/settings`).
    pub receiver: crate::receiver::slot::ReceiverSlot,
}

impl ApiContext {
    /// The receiver's URL now (Settings may have moved it since start).
    pub fn receiver_url(&self) -> String {
        crate::base::net::url_of(self.receiver.local_addr())
    }
}

/// The whole API as a function: tested with `oneshot`, served by `serve`.
pub fn router(context: ApiContext) -> Router {
    let api = routes::documented()
        .fallback(unknown_api_route)
        // Payloads as big as the receiver takes (GitHub's largest is 25 MB) can be triggered.
        .layer(axum::extract::DefaultBodyLimit::max(API_BODY_LIMIT))
        .route_layer(middleware::from_fn_with_state(
            context.clone(),
            guard::require_token,
        ));
    let (router, document) = OpenApiRouter::with_openapi(openapi::base())
        .nest("/api", api)
        .split_for_parts();
    let document = openapi::Served(Arc::new(openapi::complete(document)));
    router
        .layer(Extension(document))
        .fallback(ui::asset)
        .layer(middleware::from_fn(guard::security_headers))
        .layer(middleware::from_fn_with_state(
            context.clone(),
            guard::require_local_host,
        ))
        .with_state(context)
}

/// A JSON request body, or why it could not be read (answered as a 400 by `body`).
type JsonBody<T> = std::result::Result<Json<T>, axum::extract::rejection::JsonRejection>;

fn body<T>(body: JsonBody<T>) -> crate::base::error::Result<T> {
    body.map(|Json(value)| value).map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            Error::BadRequest(format!(
                "the request body is larger than the API takes ({} MiB)",
                API_BODY_LIMIT / (1024 * 1024)
            ))
        } else {
            Error::BadRequest(e.body_text())
        }
    })
}

type QueryParams<T> =
    std::result::Result<axum::extract::Query<T>, axum::extract::rejection::QueryRejection>;

fn query<T>(query: QueryParams<T>) -> crate::base::error::Result<T> {
    query
        .map(|axum::extract::Query(value)| value)
        .map_err(|e| Error::BadRequest(e.body_text()))
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
