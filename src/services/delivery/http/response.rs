//! The response of an attempt: the head exactly as it arrived, and the body up to the limit.

use std::time::SystemTime;

use http_body_util::BodyExt;
use hyper::body::Incoming;
use tokio::time::Instant;

use super::wire::{RawHead, WireLog};
use super::{retry_after, RawResponse};
use crate::model::Header;
use crate::model::{TransportError, TransportErrorKind};

/// The head of the final response: from the wire when the recorder saw it (case, order,
/// repeats, reason phrase), else from hyper's parsed map.
pub fn head(response: &hyper::Response<Incoming>, wire: &WireLog) -> RawResponse {
    let status = response.status().as_u16();
    let (version, reason, headers) = match wire.response_head().filter(|h| h.status == status) {
        Some(RawHead {
            version,
            reason,
            headers,
            ..
        }) => (
            version,
            Some(reason).filter(|r| !r.is_empty()),
            headers
                .iter()
                .map(|(name, value)| Header::from_bytes(name, value))
                .collect(),
        ),
        None => (
            format!("{:?}", response.version()),
            response
                .extensions()
                .get::<hyper::ext::ReasonPhrase>()
                .map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned())
                .or_else(|| response.status().canonical_reason().map(str::to_owned)),
            response
                .headers()
                .iter()
                .map(|(name, value)| Header::from_bytes(name.as_str(), value.as_bytes()))
                .collect(),
        ),
    };
    RawResponse {
        status,
        reason,
        version,
        headers,
        body: Vec::new(),
        body_size: 0,
        truncated: false,
    }
}

/// The server's `Retry-After`, if it sent one the parser understands (first occurrence).
pub fn retry_after(response: &RawResponse) -> Option<std::time::Duration> {
    let header = response
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("retry-after"))?;
    retry_after::parse(header.value.as_bytes(), SystemTime::now())
}

/// What stopped the body early.
pub enum BodyFailure {
    /// The deadline passed; the bytes received so far.
    Timeout(u64),
    Broken(TransportError),
}

/// Reads the body into `response`, keeping at most `limit` bytes. At the limit it stops
/// reading (the connection is then closed): `body_size` is the declared Content-Length when
/// there is one, else the bytes received up to the limit (at most one frame past it).
pub async fn read_body(
    mut body: Incoming,
    response: &mut RawResponse,
    limit: usize,
    deadline: Instant,
) -> Result<(), BodyFailure> {
    let declared = declared_length(&response.headers);
    let mut received: u64 = 0;
    loop {
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(BodyFailure::Timeout(received)),
            Ok(None) => break,
            Ok(Some(Err(e))) => return Err(BodyFailure::Broken(broken(response, received, &e))),
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        received += data.len() as u64;
        let room = limit.saturating_sub(response.body.len());
        response
            .body
            .extend_from_slice(&data[..data.len().min(room)]);
        if data.len() > room {
            response.truncated = true;
            break;
        }
    }
    response.body_size = match (response.truncated, declared) {
        (true, Some(declared)) => declared.max(received),
        _ => received,
    };
    Ok(())
}

fn declared_length(headers: &[Header]) -> Option<u64> {
    headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
        .and_then(|h| h.value.trim().parse().ok())
}

fn broken(response: &RawResponse, received: u64, error: &hyper::Error) -> TransportError {
    let status = match &response.reason {
        Some(reason) => format!("{} {reason}", response.status),
        None => response.status.to_string(),
    };
    TransportError {
        kind: TransportErrorKind::Protocol,
        message: format!(
            "the server answered {status}, but the body broke off after {received} bytes: {}",
            super::errors::chain(error)
        ),
    }
}
