//! Provider emulation: the registration APIs of the providers whose pages document one, on their
//! own port and at the pages' exact paths, so an integrator's code that registers webhooks runs
//! unchanged against Hookbench with only the host changed. A registration is an ordinary
//! webhook of the provider's profile; `POST /emulator/{provider}/events` delivers an event to the
//! subscribed ones through the usual fan-out and outbox.
//!
//! - ConnectGain (`connectgain`, seed 001): PostgREST-style `/rest/v1/webhook_configurations`
//!   and `/rest/v1/webhook_logs`;
//! - Connectly (`connectly`, seed 003): `/v1/businesses/{businessId}/create/webhooks` and the
//!   update, delete and list routes of its API reference.

mod auth;
mod connectgain;
mod connectgain_logs;
mod connectgain_rows;
mod connectly;
mod connectly_body;
mod errors;
mod events;
mod postgrest;
mod postgrest_shape;
mod server;

use std::sync::Arc;

use axum::routing::{delete, get, post, put};
use axum::{middleware, Router};

use crate::engine::Engine;

pub use errors::ROUTES;
pub use server::EmulatorServer;

/// The default address of `hookbench serve --emulator`.
pub const DEFAULT_EMULATOR: std::net::SocketAddr =
    std::net::SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 8789);

/// What the emulator's handlers share.
#[derive(Clone)]
pub struct EmulatorState {
    pub engine: Engine,
    /// Keys accepted besides the saved ones (`--emulator-key`), for this run only.
    pub extra_keys: Arc<[String]>,
    /// Held while a Connectly registration is checked and made, so two at once cannot both pass
    /// the one-address-per-topic check.
    pub connectly_registering: Arc<tokio::sync::Mutex<()>>,
}

impl EmulatorState {
    pub fn new(engine: Engine, extra_keys: Vec<String>) -> EmulatorState {
        EmulatorState {
            engine,
            extra_keys: extra_keys.into(),
            connectly_registering: Arc::default(),
        }
    }
}

/// The whole emulator as a router: tested with `oneshot`, served by `EmulatorServer`.
pub fn router(state: EmulatorState) -> Router {
    // ConnectGain names no auth scheme, and the event endpoints are Hookbench's own: any scheme.
    let any_scheme = Router::new()
        .route(
            "/rest/v1/webhook_configurations",
            get(connectgain::list)
                .post(connectgain::create)
                .patch(connectgain::update)
                .delete(connectgain::delete),
        )
        .route("/rest/v1/webhook_logs", get(connectgain_logs::list))
        .route("/emulator/connectgain/events", post(events::connectgain))
        .route("/emulator/connectly/events", post(events::connectly))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::any_scheme,
        ));
    let connectly = Router::new()
        .route(
            "/v1/businesses/{business}/create/webhooks",
            post(connectly::create),
        )
        .route("/v1/businesses/{business}/webhooks", get(connectly::list))
        .route(
            "/v1/businesses/{business}/update/webhooks/{id}",
            put(connectly::update),
        )
        .route(
            "/v1/businesses/{business}/delete/webhooks/{id}",
            delete(connectly::delete),
        )
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::connectly,
        ));
    Router::new()
        .merge(any_scheme)
        .merge(connectly)
        .fallback(errors::unknown_route)
        .method_not_allowed_fallback(errors::wrong_method)
        .with_state(state)
}
