//! The capture server: takes any request on any path, stores it exactly, then answers.

mod connection_cap;
pub mod raw_head;
pub mod slot;
mod start_deadline;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::engine::Engine;
use crate::model::InboxResponse;
use crate::model::{CheckRequest, Header};
use crate::services::capture::check::check_request;
use crate::services::capture::naming;
use crate::services::inbox::{choose_response, RequestFacts};
use crate::services::relay::Forwarding;
use crate::store::NewCapture;
use raw_head::RawHeads;

/// GitHub's largest webhook payload is 25 MB: take at least that.
pub const DEFAULT_BODY_LIMIT: usize = 25 * 1024 * 1024;
/// Connections open at once by default. Where a process may open only 1024 files (a common
/// default), descriptors run out first and the accept loop waits for one to be freed.
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// After a failed accept (no file descriptor left), wait this long before accepting again.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// The receiver's limits against big and slow clients.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bodies above this are refused with 413 (and the refusal recorded).
    pub max_body: usize,
    /// A client must finish sending its headers within this time, or the connection is closed.
    /// It is also the longest a connection may sit idle: before its first request, and between
    /// requests when kept alive.
    pub header_timeout: Duration,
    /// A client must finish sending its body within this time, or it gets 408.
    pub body_timeout: Duration,
    /// Connections open at once; one more is answered 503 and closed.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: DEFAULT_BODY_LIMIT,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(60),
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}

pub struct ReceiverHandle {
    local_addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl ReceiverHandle {
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Stops accepting, lets in-flight requests finish (bounded), then returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Serves captures on an already bound listener.
pub fn spawn(engine: Engine, listener: TcpListener, limits: Limits) -> Result<ReceiverHandle> {
    spawn_with_limits(engine, listener, watch::channel(limits).1)
}

/// As `spawn`, with limits that may change while it runs: each new connection takes the
/// current ones (the header timeout is fixed at start).
pub fn spawn_with_limits(
    engine: Engine,
    listener: TcpListener,
    limits: watch::Receiver<Limits>,
) -> Result<ReceiverHandle> {
    let local_addr = listener
        .local_addr()
        .map_err(|e| crate::base::error::Error::io("the receiver's address is unknown", e))?;
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(accept_loop(engine, listener, stopped, limits));
    Ok(ReceiverHandle {
        local_addr,
        stop,
        task,
    })
}

async fn accept_loop(
    engine: Engine,
    listener: TcpListener,
    mut stopped: watch::Receiver<bool>,
    current_limits: watch::Receiver<Limits>,
) {
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    let Limits {
        header_timeout,
        max_connections,
        ..
    } = *current_limits.borrow();
    // hyper's header timeout also closes a kept-alive connection idle for that long.
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let cap = connection_cap::ConnectionCap::new(max_connections);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    tracing::warn!("receiver accept failed: {e}");
                    // Out of file descriptors: accepting again at once would fail the same way.
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            _ = stopped.changed() => break,
        };
        let Some(slot) = cap.admit() else {
            cap.turn_away(stream);
            continue;
        };
        let stream = start_deadline::StartDeadline::new(stream, header_timeout);
        let engine = engine.clone();
        let limits = *current_limits.borrow();
        // The recorder sees the bytes hyper reads, so each request's headers can be stored
        // exactly as sent: order across names, case and repeats (hyper's map groups them).
        let (stream, heads) = raw_head::record(stream);
        let service = service_fn(move |request| {
            capture(engine.clone(), remote, heads.clone(), limits, request)
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection.into_owned());
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!("receiver connection from {remote} ended: {e}");
            }
            drop(slot);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}

async fn capture(
    engine: Engine,
    remote: SocketAddr,
    heads: RawHeads,
    limits: Limits,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let received_at = now_millis();
    let (parts, body) = request.into_parts();
    let raw = raw_headers(&heads, &parts);
    let (inbox, sequence) = match engine.inboxes().route(parts.uri.path()).await {
        Ok(routed) => routed,
        Err(e) => return Ok(unavailable(&e)),
    };
    let id = crate::base::ids::next_id();
    let headers: Vec<Header> = raw.unwrap_or_else(|| {
        parts
            .headers
            .iter()
            .map(|(name, value)| Header::from_bytes(name.as_str(), value.as_bytes()))
            .collect()
    });
    let framing = framing_error(&parts.headers);
    let forwarding = Forwarding::of(
        &inbox,
        parts.method.as_str(),
        parts.uri.path(),
        parts.uri.query(),
        &headers,
    );
    let read = match framing {
        Some(_) => Ok(Ok(http_body_util::Collected::default())),
        None => {
            tokio::time::timeout(
                limits.body_timeout,
                Limited::new(body, limits.max_body).collect(),
            )
            .await
        }
    };
    // Only a request that arrived whole is forwarded.
    let complete = framing.is_none() && matches!(read, Ok(Ok(_)));
    let (body, answer) = match read {
        _ if framing.is_some() => (
            Bytes::new(),
            refused(
                StatusCode::BAD_REQUEST,
                framing.as_deref().unwrap_or_default(),
            ),
        ),
        Err(_) => (
            Bytes::new(),
            refused(
                StatusCode::REQUEST_TIMEOUT,
                &format!(
                    "the body did not arrive within {} s; it was not stored",
                    limits.body_timeout.as_secs()
                ),
            ),
        ),
        Ok(Ok(collected)) => {
            let body = collected.to_bytes();
            let facts = RequestFacts {
                method: parts.method.as_str(),
                path: parts.uri.path(),
                headers: &headers,
                body: &body,
                sequence,
            };
            let chosen = choose_response(&inbox.config, &facts);
            let rendered = render(chosen, &id);
            (body, rendered)
        }
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => (
            Bytes::new(),
            refused(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!(
                    "the body is larger than the receiver's limit of {} bytes; it was not stored \
                     (raise it in Settings or with --max-body)",
                    limits.max_body
                ),
            ),
        ),
        Ok(Err(e)) => (
            Bytes::new(),
            refused(
                StatusCode::BAD_REQUEST,
                &format!("the body could not be read: {e}"),
            ),
        ),
    };
    let check = inbox.config.verify.as_ref().and_then(|verify| {
        let request = CheckRequest {
            provider: verify.provider.clone(),
            secrets: verify.secrets.clone(),
            tolerance_secs: verify.tolerance_secs,
            scheme: verify.scheme.clone(),
            use_saved_secrets: None,
        };
        check_request(&request, &headers, &body, received_at.div_euclid(1000)).ok()
    });
    // A refused request is named too: its headers alone may say what it was.
    let naming = match naming::name(
        engine.providers().secrets(),
        check.as_ref(),
        &headers,
        &body,
        received_at.div_euclid(1000),
    )
    .await
    {
        Ok(naming) => naming,
        Err(e) => return Ok(unavailable(&e)),
    };
    let forwarding = forwarding.filter(|_| complete);
    // Answering with the target's response: the sender waits for the forward's first attempt.
    let (answer, exchange) = match &forwarding {
        Some(forward) if forward.answers_with_target() => {
            let sent = forward.send_now(engine.relays(), &body).await;
            let (status, headers, body) = forward.answer(&sent.exchange, &id);
            let answer = Answer {
                status,
                headers,
                body,
                delay: Duration::ZERO,
            };
            (answer, Some(sent))
        }
        _ => (answer, None),
    };
    let Answer {
        status,
        headers: response_headers,
        body: response_body,
        delay,
    } = answer;
    let forwarded = forwarding.map(|forward| (forward, id.clone(), body.clone()));
    let capture = NewCapture {
        id,
        inbox: inbox.slug.clone(),
        received_at,
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        http_version: format!("{:?}", parts.version),
        headers,
        body,
        remote_addr: remote.to_string(),
        response_status: status.as_u16(),
        response_headers: response_headers.clone(),
        response_body: response_body.clone(),
        signature: naming.signature,
        check,
        provider: naming.provider,
        event: naming.event,
    };
    if let Err(e) = engine.captures().store(capture).await {
        tracing::error!("a capture could not be stored: {e}");
        return Ok(unavailable(&e));
    }
    if let Some((forward, capture_id, body)) = forwarded {
        // Recorded before the sender hears back, so a forward is never lost silently.
        if let Err(e) = forward
            .record(engine.relays(), &capture_id, body, exchange)
            .await
        {
            tracing::error!("the forward of capture {capture_id} could not be recorded: {e}");
        }
    }
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let mut response = Response::new(Full::new(response_body));
    *response.status_mut() = status;
    for header in &response_headers {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(header.name.as_bytes()),
            hyper::header::HeaderValue::from_str(&header.value),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    Ok(response)
}

/// A body framing other servers on the way could read differently (request smuggling): chunked
/// applied twice, or not last. hyper reads such a body once; Hookbench refuses it instead.
fn framing_error(headers: &hyper::HeaderMap) -> Option<String> {
    let codings: Vec<String> = headers
        .get_all(hyper::header::TRANSFER_ENCODING)
        .iter()
        .flat_map(|value| value.to_str().unwrap_or("?").split(','))
        .map(|coding| coding.trim().to_ascii_lowercase())
        .filter(|coding| !coding.is_empty())
        .collect();
    let chunked = codings.iter().filter(|c| *c == "chunked").count();
    let last_is_chunked = codings.last().is_none_or(|c| c == "chunked");
    (chunked > 1 || !last_is_chunked).then(|| {
        format!(
            "Transfer-Encoding `{}` is ambiguous: chunked must be applied once, and last; the \
             request was not stored",
            codings.join(", ")
        )
    })
}

/// The request's headers as they were on the wire, when the recorder has its head (HTTP/1)
/// and that head is this request's (same method and target).
fn raw_headers(heads: &RawHeads, parts: &hyper::http::request::Parts) -> Option<Vec<Header>> {
    if parts.version == hyper::Version::HTTP_2 {
        return None;
    }
    let head = heads.next()?;
    let target = parts
        .uri
        .path_and_query()
        .map_or_else(|| parts.uri.to_string(), |pq| pq.as_str().to_owned());
    let same = head.method == parts.method.as_str()
        && (head.target == target || head.target == parts.uri.to_string());
    if !same {
        tracing::warn!(
            "the recorded head ({} {}) is not this request's ({} {target}); using hyper's headers",
            head.method,
            head.target,
            parts.method
        );
        return None;
    }
    Some(
        head.headers
            .iter()
            .map(|(name, value)| Header::from_bytes(name, value))
            .collect(),
    )
}

/// How a request is answered: as its inbox says, or refused before it could be stored whole.
struct Answer {
    status: StatusCode,
    headers: Vec<Header>,
    body: Bytes,
    delay: Duration,
}

fn render(response: &InboxResponse, capture_id: &str) -> Answer {
    let mut headers = Vec::with_capacity(response.headers.len() + 1);
    headers.push(Header::from_bytes(
        "content-type",
        response.content_type.as_bytes(),
    ));
    headers.extend(
        response
            .headers
            .iter()
            .map(|h| Header::from_bytes(&h.name, h.value.as_bytes())),
    );
    Answer {
        status: StatusCode::from_u16(response.status).unwrap_or(StatusCode::OK),
        headers,
        body: Bytes::from(response.body.replace("{{capture_id}}", capture_id)),
        delay: Duration::from_millis(response.delay_ms),
    }
}

fn refused(status: StatusCode, message: &str) -> Answer {
    Answer {
        status,
        headers: vec![Header::from_bytes("content-type", b"application/json")],
        body: Bytes::from(format!("{{\"error\":{}}}", json_string(message))),
        delay: Duration::ZERO,
    }
}

/// The request could not be stored: 507 when the disk is full, else 503 (try again later).
fn unavailable(error: &crate::base::error::Error) -> Response<Full<Bytes>> {
    let status = match error.status() {
        507 => StatusCode::INSUFFICIENT_STORAGE,
        _ => StatusCode::SERVICE_UNAVAILABLE,
    };
    reply(
        status,
        format!("{{\"error\":{}}}", json_string(&error.to_string())),
    )
}

fn reply(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}
