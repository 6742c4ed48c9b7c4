//! One HTTP attempt: resolve, check the reach policy, connect (TLS for https), write the
//! request, read the response, and report everything (the request and response heads exactly as
//! on the wire, timings, or why it failed). [`send`] never fails: failures are in the
//! [`Exchange`].
//!
//! Attempts run hyper's HTTP/1 client over a socket connected here, which is what lets them time
//! the connect and check the address they connect to; the outbox keeps connections alive between
//! attempts to the same origin ([`Pool`]). Redirects are
//! never followed: a 3xx is the answer. Interim 1xx responses are skipped. The body is stored
//! raw (no content decoding) up to `max_response_body`; reading stops there.

mod attempt;
mod connect;
mod errors;
mod pool;
pub mod reach;
mod request;
mod response;
mod retry_after;
mod target;
mod tls;
mod wire;

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;

use crate::model::{Attempt, ReceivedResponse, SentRequest, Timings, TransportError};
use crate::model::{Body, Header};

pub use attempt::{send, send_pooled, send_trusting};
pub use pool::{Pool, IDLE_TIMEOUT};
pub use reach::{Class, Reach};
pub use request::is_own_header;
pub use target::Target;

/// The sender's parsers of what servers and users hand it, reachable for the fuzz targets in
/// `fuzz/`; not part of the API.
#[doc(hidden)]
pub mod fuzzing {
    pub use super::retry_after::parse as retry_after;
    pub use super::target::Target;
    pub use super::wire::{record_reads, RawHead};
}

/// The most of a response body an attempt stores by default.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 25 * 1024 * 1024;

/// What to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: String,
    /// An absolute http:// or https:// URL.
    pub url: String,
    /// Sent in this order. `Host`, `Content-Length`, `Transfer-Encoding` and `Connection` are
    /// Hookbench's to write: ones given here are left out.
    pub headers: Vec<Header>,
    pub body: Bytes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendOptions {
    /// The whole attempt: resolving, connecting, TLS, sending, and the complete response.
    pub timeout: Duration,
    pub max_response_body: usize,
    pub reach: Reach,
}

impl Default for SendOptions {
    fn default() -> Self {
        SendOptions {
            timeout: Duration::from_millis(u64::from(crate::model::DEFAULT_TIMEOUT_MS)),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            reach: Reach::default(),
        }
    }
}

/// The request as written to the connection (or, when the attempt failed before writing, as
/// it would have been).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRequest {
    pub method: String,
    pub url: String,
    /// Every header line written, in order, as written: hyper writes HTTP/1 names in lowercase.
    pub headers: Vec<Header>,
    pub body: Bytes,
}

/// The final response as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    pub status: u16,
    /// The reason phrase, if the server sent one.
    pub reason: Option<String>,
    /// `HTTP/1.1`, `HTTP/1.0`.
    pub version: String,
    /// In arrival order, with the server's case and repeats.
    pub headers: Vec<Header>,
    /// At most `max_response_body` bytes, after de-chunking, before any content decoding.
    pub body: Vec<u8>,
    /// The body's full size when known: the bytes received, or when truncated the declared
    /// Content-Length if there was one (reading stops at the limit).
    pub body_size: u64,
    pub truncated: bool,
}

/// Everything about one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Exchange {
    /// Unix ms.
    pub started_at: i64,
    /// The address connected to, once a connection was made.
    pub remote_addr: Option<SocketAddr>,
    pub request: RawRequest,
    pub response: Result<RawResponse, TransportError>,
    pub timings: Timings,
    /// The server's `Retry-After` (seconds or HTTP-date) as a delay from now.
    pub retry_after: Option<Duration>,
}

impl Exchange {
    /// A 2xx answer.
    pub fn succeeded(&self) -> bool {
        matches!(&self.response, Ok(r) if (200..300).contains(&r.status))
    }

    /// The attempt as the log keeps it.
    pub fn into_attempt(self, id: String, delivery_id: Option<String>, number: u32) -> Attempt {
        let succeeded = self.succeeded();
        let (response, error) = match self.response {
            Ok(r) => (
                Some(ReceivedResponse {
                    status: r.status,
                    reason: r.reason,
                    version: r.version,
                    headers: r.headers,
                    body: Body::from_bytes(&r.body),
                    body_size: r.body_size,
                    truncated: r.truncated,
                }),
                None,
            ),
            Err(e) => (None, Some(e)),
        };
        Attempt {
            id,
            delivery_id,
            number,
            started_at: self.started_at,
            remote_addr: self.remote_addr.map(|a| a.to_string()),
            request: SentRequest {
                method: self.request.method,
                url: self.request.url,
                headers: self.request.headers,
                body: Body::from_bytes(&self.request.body),
            },
            response,
            error,
            timings: self.timings,
            succeeded,
            redirects: Vec::new(),
        }
    }
}
