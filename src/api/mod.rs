//! The HTTP API (JSON + Server-Sent Events) and the UI it serves. One transport for the UI,
//! the CLI and automation.

mod allowed_hosts;
mod captures;
mod deliveries;
mod emulator_keys;
mod events;
mod export;
mod guard;
mod inboxes;
mod providers;
mod replays;
mod settings;
mod status;
mod trigger;
mod ui;
mod webhooks;

use axum::http::header::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{middleware, Json, Router};

use crate::engine::Engine;
use crate::error::Error;
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
    pub receiver: crate::receiver_slot::ReceiverSlot,
}

impl ApiContext {
    /// The receiver's URL now (Settings may have moved it since start).
    pub fn receiver_url(&self) -> String {
        crate::serve::url_of(self.receiver.local_addr())
    }
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
        .route(
            "/last-screen",
            get(settings::last_screen).put(settings::save_last_screen),
        )
        .route("/webhooks", get(webhooks::list).post(webhooks::create))
        .route(
            "/webhooks/{id}",
            get(webhooks::show)
                .put(webhooks::update)
                .delete(webhooks::delete),
        )
        .route("/webhooks/{id}/test", post(webhooks::test))
        .route("/webhooks/{id}/retry-failed", post(webhooks::retry_failed))
        .route(
            "/webhooks/{id}/cancel-pending",
            post(webhooks::cancel_pending),
        )
        .route("/events", post(trigger::trigger))
        .route("/captures/{id}/send", post(trigger::send_capture))
        .route("/deliveries", get(deliveries::list))
        .route("/deliveries/{id}", get(deliveries::show))
        .route("/deliveries/{id}/retry", post(deliveries::retry))
        .route("/deliveries/{id}/cancel", post(deliveries::cancel))
        .route("/replays", post(replays::start))
        .route("/replays/{id}", get(replays::show))
        .route("/replays/{id}/cancel", post(replays::cancel))
        .route(
            "/emulator/keys",
            get(emulator_keys::list).post(emulator_keys::create),
        )
        .route("/emulator/keys/{id}", delete(emulator_keys::revoke))
        .fallback(unknown_api_route)
        // Payloads as big as the receiver takes (GitHub's largest is 25 MB) can be triggered.
        .layer(axum::extract::DefaultBodyLimit::max(API_BODY_LIMIT))
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

/// A JSON request body, or why it could not be read (answered as a 400 by `body`).
type JsonBody<T> = std::result::Result<Json<T>, axum::extract::rejection::JsonRejection>;

fn body<T>(body: JsonBody<T>) -> crate::error::Result<T> {
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

fn query<T>(query: QueryParams<T>) -> crate::error::Result<T> {
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
