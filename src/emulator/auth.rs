//! Who may use the emulator: requests carrying an emulator key (made in Settings, or given with
//! `--emulator-key`). Each provider takes the key where its documentation says: Connectly in
//! `X-API-Key` only; ConnectGain's page names no scheme, so it takes `X-API-Key`, Supabase's
//! `apikey` or `Authorization: Bearer`; Hookbench's own event endpoints take any of them.

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::errors::Failure;
use super::EmulatorState;

const X_API_KEY: &str = "x-api-key";
const APIKEY: &str = "apikey";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    /// `X-API-Key` only.
    ApiKeyHeader,
    /// `X-API-Key`, `apikey` or `Authorization: Bearer`.
    Any,
}

pub async fn connectly(
    State(state): State<EmulatorState>,
    request: Request,
    next: Next,
) -> Response {
    guard(state, Scheme::ApiKeyHeader, request, next).await
}

pub async fn any_scheme(
    State(state): State<EmulatorState>,
    request: Request,
    next: Next,
) -> Response {
    guard(state, Scheme::Any, request, next).await
}

async fn guard(state: EmulatorState, scheme: Scheme, request: Request, next: Next) -> Response {
    match authorize(&state, scheme, request.headers()).await {
        Ok(()) => next.run(request).await,
        Err(failure) => failure.into_response(),
    }
}

async fn authorize(
    state: &EmulatorState,
    scheme: Scheme,
    headers: &HeaderMap,
) -> Result<(), Failure> {
    let candidates = presented(scheme, headers);
    let how = match scheme {
        Scheme::ApiKeyHeader => "the header `X-API-Key: KEY`",
        Scheme::Any => {
            "the header `X-API-Key: KEY` (or `apikey: KEY`, or `Authorization: Bearer KEY`)"
        }
    };
    let get_one = "create one in Hookbench under Settings → Emulator keys (or start `hookbench \
                   serve --emulator-key KEY`)";
    if candidates.is_empty() {
        return Err(Failure::unauthorized(format!(
            "this request carries no emulator key: send {how}; {get_one}"
        )));
    }
    for candidate in candidates {
        if state
            .engine
            .emulation()
            .key_matches(candidate, &state.extra_keys)
            .await?
        {
            return Ok(());
        }
    }
    Err(Failure::unauthorized(format!(
        "the key sent is not one of this emulator's keys (revoked, mistyped, or from another \
         Hookbench): send {how}; {get_one}"
    )))
}

/// The keys the request presents in the places `scheme` looks, in that order.
fn presented(scheme: Scheme, headers: &HeaderMap) -> Vec<&str> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    let mut keys: Vec<&str> = header(X_API_KEY).into_iter().collect();
    if scheme == Scheme::Any {
        keys.extend(header(APIKEY));
        let bearer = header(AUTHORIZATION.as_str()).and_then(|value| {
            let (kind, token) = value.split_once(' ')?;
            kind.eq_ignore_ascii_case("bearer").then(|| token.trim())
        });
        keys.extend(bearer);
    }
    keys
}
