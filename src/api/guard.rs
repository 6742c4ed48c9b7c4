//! Who may talk to the API: only pages and programs on this machine that hold the token.
//!
//! - Host must name the loopback API address, or its own address when exposed (defeats DNS
//!   rebinding: a foreign page that resolves its own name to 127.0.0.1 still sends its own Host).
//! - Origin, when sent, must be the API's own origin (defeats cross-site requests).
//! - /api needs the token, compared in constant time.

use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, HOST, ORIGIN};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

use super::allowed_hosts::AllowedHosts;
use super::{header, ApiContext};
use crate::base::error::Error;

/// The API token: 256 bits from the OS random source, new at every start.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    pub fn generate() -> crate::base::error::Result<Token> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::Internal(format!("the OS random source failed: {e}")))?;
        Ok(Token(hex::encode(bytes)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn matches(&self, candidate: &str) -> bool {
        self.0.as_bytes().ct_eq(candidate.as_bytes()).into()
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

pub async fn require_local_host(
    State(context): State<ApiContext>,
    request: Request,
    next: Next,
) -> Response {
    let hosts = AllowedHosts::new(context.port, context.exposed_on);
    let host = request.headers().get(HOST).and_then(|v| v.to_str().ok());
    if !host.is_some_and(|host| hosts.allows(host)) {
        return Error::Forbidden(format!(
            "this API only answers requests addressed to {}: the Host header was {}",
            hosts.describe(),
            host.unwrap_or("missing")
        ))
        .into_response();
    }
    if let Some(origin) = request.headers().get(ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        if !hosts.allows_origin(origin) {
            return Error::Forbidden(format!(
                "requests from other web pages are refused (Origin {origin})"
            ))
            .into_response();
        }
    }
    next.run(request).await
}

pub async fn require_token(
    State(context): State<ApiContext>,
    request: Request,
    next: Next,
) -> Response {
    // Only the header: a token in a query string ends up in logs, history and Referer headers.
    match bearer(&request) {
        Some(token) if context.token.matches(&token) => next.run(request).await,
        _ => Error::Unauthorized.into_response(),
    }
}

fn bearer(request: &Request) -> Option<String> {
    let value = request.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

pub async fn security_headers(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        header(
            "content-security-policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'none'; frame-ancestors 'none'",
        ),
        header("x-content-type-options", "nosniff"),
        header("referrer-policy", "no-referrer"),
        header("x-frame-options", "DENY"),
    ] {
        headers.insert(name, value);
    }
    if is_api {
        let (name, value) = header("cache-control", "no-store");
        headers.insert(name, value);
    }
    response
}
