//! Every route of the API, each registered together with its OpenAPI description: `routes!`
//! takes the path and methods from the handler's `#[utoipa::path]`, so a route cannot be served
//! without being documented, nor documented at another path than the one it is served at.
//!
//! A new route is one `#[utoipa::path]` on its handler and one `.routes(routes!(...))` line
//! here (handlers of one path go in the same `routes!`). Never `.route(...)`: the test
//! `tests/it/openapi.rs` fails on any route the document does not describe.

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{
    captures, deliveries, emulator_keys, events, export, inboxes, openapi, provider_secrets,
    providers, replays, settings, signing_keys, status, trigger, webhooks, ApiContext,
};

/// The API's routes, relative to `/api`.
pub fn documented() -> OpenApiRouter<ApiContext> {
    OpenApiRouter::new()
        .routes(routes!(openapi::document))
        .routes(routes!(status::get))
        .routes(routes!(events::stream, trigger::trigger))
        .routes(routes!(captures::list))
        .routes(routes!(captures::show, captures::delete))
        .routes(routes!(captures::check))
        .routes(routes!(export::decoded))
        .routes(routes!(trigger::send_capture))
        .routes(routes!(export::export))
        .routes(routes!(inboxes::list, inboxes::create))
        .routes(routes!(inboxes::show, inboxes::update, inboxes::delete))
        .routes(routes!(inboxes::clear))
        .routes(routes!(providers::list))
        .routes(routes!(providers::show))
        .routes(routes!(providers::sample))
        .routes(routes!(providers::preview))
        .routes(routes!(providers::saved, providers::save))
        .routes(routes!(providers::delete))
        .routes(routes!(provider_secrets::list, provider_secrets::create))
        .routes(routes!(provider_secrets::delete))
        .routes(routes!(settings::get, settings::put))
        .routes(routes!(settings::last_screen, settings::save_last_screen))
        .routes(routes!(webhooks::list, webhooks::create))
        .routes(routes!(webhooks::show, webhooks::update, webhooks::delete))
        .routes(routes!(webhooks::test))
        .routes(routes!(webhooks::retry_failed))
        .routes(routes!(webhooks::cancel_pending))
        .routes(routes!(deliveries::list))
        .routes(routes!(deliveries::show))
        .routes(routes!(deliveries::retry))
        .routes(routes!(deliveries::cancel))
        .routes(routes!(replays::start))
        .routes(routes!(replays::show))
        .routes(routes!(replays::cancel))
        .routes(routes!(emulator_keys::list, emulator_keys::create))
        .routes(routes!(emulator_keys::revoke))
        .routes(routes!(signing_keys::key_pair))
}
