//! The course of one attempt, stage by stage, under one deadline.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

use super::pool::{AbortOnDrop, Connection, Origin, Pool};
use super::response::{self, BodyFailure};
use super::target::Target;
use super::tls::{self, Trust};
use super::wire::{Wire, WireLog};
use super::{connect, errors, request};
use super::{Exchange, HttpRequest, RawRequest, RawResponse, SendOptions};
use crate::model::Header;
use crate::model::{Timings, TransportError, TransportErrorKind};

/// Makes one attempt. Never panics and never fails: a failure is the exchange's `response`.
pub async fn send(request: HttpRequest, options: &SendOptions) -> Exchange {
    send_with(request, options, &None, None).await
}

/// [`send`] on a kept-alive connection to the same origin when the pool has one, leaving the
/// connection in the pool afterwards when it can carry another request.
pub async fn send_pooled(
    request: HttpRequest,
    options: &SendOptions,
    pool: &Arc<Pool>,
) -> Exchange {
    send_with(request, options, &None, Some(pool)).await
}

/// [`send`], trusting this DER root certificate as well as the web PKI: for tests of https://
/// targets with a certificate they made.
#[doc(hidden)]
pub async fn send_trusting(
    request: HttpRequest,
    options: &SendOptions,
    root_der: Vec<u8>,
) -> Exchange {
    let trust = tls::config(Some(root_der.into())).ok();
    send_with(request, options, &trust, None).await
}

async fn send_with(
    request: HttpRequest,
    options: &SendOptions,
    trust: &Trust,
    pool: Option<&Arc<Pool>>,
) -> Exchange {
    let started_at = crate::base::clock::now_millis();
    let clock = Clock {
        start: Instant::now(),
        timeout: options.timeout,
    };
    let mut progress = Progress {
        request: RawRequest {
            method: request.method.clone(),
            url: request.url.clone(),
            headers: request.headers.clone(),
            body: request.body.clone(),
        },
        remote_addr: None,
        connected: None,
        reused: false,
        wire: None,
    };
    let response = run(&request, options, trust, pool, &clock, &mut progress).await;
    let end = Instant::now();
    if let Some(head) = progress.wire.as_ref().and_then(WireLog::request_head) {
        progress.request.headers = head
            .headers
            .iter()
            .map(|(name, value)| Header::from_bytes(name, value))
            .collect();
    }
    let first_byte = progress.wire.as_ref().and_then(WireLog::first_byte);
    Exchange {
        started_at,
        remote_addr: progress.remote_addr,
        retry_after: response.as_ref().ok().and_then(response::retry_after),
        request: progress.request,
        response,
        timings: Timings {
            connect_ms: progress.connected.map(|at| clock.ms(at)),
            reused: progress.reused,
            first_byte_ms: first_byte.map(|at| clock.ms(at)),
            total_ms: clock.ms(end),
        },
    }
}

struct Progress {
    request: RawRequest,
    remote_addr: Option<SocketAddr>,
    connected: Option<Instant>,
    /// The request went on a kept-alive connection: there was nothing to connect.
    reused: bool,
    wire: Option<WireLog>,
}

struct Clock {
    start: Instant,
    timeout: Duration,
}

impl Clock {
    fn deadline(&self) -> tokio::time::Instant {
        tokio::time::Instant::from_std(self.start + self.timeout)
    }

    /// Milliseconds since the start, to the microsecond.
    fn ms(&self, at: Instant) -> f64 {
        (at.saturating_duration_since(self.start).as_micros() as f64) / 1000.0
    }

    /// `future`, or a timeout error naming the stage it was in.
    async fn within<T>(
        &self,
        future: impl Future<Output = Result<T, TransportError>>,
        stage: impl FnOnce() -> String,
    ) -> Result<T, TransportError> {
        match tokio::time::timeout_at(self.deadline(), future).await {
            Ok(result) => result,
            Err(_) => Err(errors::timeout(self.timeout, &stage())),
        }
    }
}

async fn run(
    request: &HttpRequest,
    options: &SendOptions,
    trust: &Trust,
    pool: Option<&Arc<Pool>>,
    clock: &Clock,
    progress: &mut Progress,
) -> Result<RawResponse, TransportError> {
    let target = Target::parse(&request.url)?;
    progress.request.url.clone_from(&target.url);
    let (mut built, planned) = request::build(request, &target)?;
    progress.request.headers = planned;
    let origin = Origin::new(&target, &options.reach);
    let limit = options.max_response_body;
    if let Some(pool) = pool {
        while let Some(connection) = pool.checkout(&origin) {
            connection.wire.reset();
            progress.remote_addr = Some(connection.addr);
            progress.wire = Some(connection.wire.clone());
            progress.reused = true;
            match exchange(connection, built, clock, progress, limit).await {
                Exchanged::NotSent(request) => built = request,
                Exchanged::Done(result, kept) => return finish(pool, origin, result, kept),
            }
        }
        progress.reused = false;
    }
    let connection = open(&target, options, trust, clock, progress).await?;
    match exchange(connection, built, clock, progress, limit).await {
        Exchanged::NotSent(_) => Err(TransportError {
            kind: TransportErrorKind::Protocol,
            message: "the connection closed before the request could be written".to_owned(),
        }),
        Exchanged::Done(result, kept) => match pool {
            Some(pool) => finish(pool, origin, result, kept),
            None => result,
        },
    }
}

/// Pools the connection when the exchange left it reusable.
fn finish(
    pool: &Arc<Pool>,
    origin: Origin,
    result: Result<RawResponse, TransportError>,
    kept: Option<Connection>,
) -> Result<RawResponse, TransportError> {
    if let Some(connection) = kept {
        pool.release(origin, connection);
    }
    result
}

/// Resolves, checks reach, connects (TLS for https) and starts hyper's HTTP/1 connection.
async fn open(
    target: &Target,
    options: &SendOptions,
    trust: &Trust,
    clock: &Clock,
    progress: &mut Progress,
) -> Result<Connection, TransportError> {
    let host = target.host_text();
    let addrs = clock
        .within(connect::resolve(target, &options.reach), || {
            format!("resolving {host}")
        })
        .await?;
    let (tcp, addr) = clock
        .within(connect::connect(&addrs), || {
            format!("connecting to {}", list(&addrs))
        })
        .await?;
    progress.remote_addr = Some(addr);
    if target.tls {
        let stream = clock
            .within(tls::handshake(tcp, &target.host, addr, trust), || {
                format!("connected to {addr}, in the TLS handshake")
            })
            .await?;
        progress.connected = Some(Instant::now());
        handshake(stream, addr, progress).await
    } else {
        progress.connected = Some(Instant::now());
        handshake(tcp, addr, progress).await
    }
}

async fn handshake<IO>(
    io: IO,
    addr: SocketAddr,
    progress: &mut Progress,
) -> Result<Connection, TransportError>
where
    IO: AsyncRead + AsyncWrite + Send + Unpin + 'static,
{
    let (io, wire) = Wire::new(io);
    progress.wire = Some(wire.clone());
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|e| errors::exchange(&e, addr, &wire))?;
    let driver = AbortOnDrop(tokio::spawn(async move {
        let _ = connection.await;
    }));
    Ok(Connection {
        sender,
        driver,
        wire,
        addr,
    })
}

enum Exchanged {
    /// The connection was closed before the request went out: it can go on another one.
    NotSent(hyper::Request<Full<Bytes>>),
    /// The answer or the failure, and the connection when it can carry another request.
    Done(Result<RawResponse, TransportError>, Option<Connection>),
}

async fn exchange(
    mut connection: Connection,
    request: hyper::Request<Full<Bytes>>,
    clock: &Clock,
    progress: &mut Progress,
    limit: usize,
) -> Exchanged {
    let (addr, wire) = (connection.addr, connection.wire.clone());
    let body_len = progress.request.body.len() as u64;
    let sending = connection.sender.try_send_request(request);
    let response = match tokio::time::timeout_at(clock.deadline(), sending).await {
        Err(_) => {
            let error = errors::timeout(clock.timeout, &waiting(&wire, addr, body_len));
            return Exchanged::Done(Err(error), None);
        }
        Ok(Err(mut failed)) => match failed.take_message() {
            Some(request) if wire.bytes_written() == 0 => return Exchanged::NotSent(request),
            _ => {
                let error = errors::exchange(failed.error(), addr, &wire);
                return Exchanged::Done(Err(error), None);
            }
        },
        Ok(Ok(response)) => response,
    };
    let mut raw = response::head(&response, &wire);
    match response::read_body(response.into_body(), &mut raw, limit, clock.deadline()).await {
        Ok(()) if !raw.truncated => Exchanged::Done(Ok(raw), Some(connection)),
        Ok(()) => Exchanged::Done(Ok(raw), None),
        Err(BodyFailure::Timeout(received)) => Exchanged::Done(
            Err(errors::body_timeout(clock.timeout, raw.status, received)),
            None,
        ),
        Err(BodyFailure::Broken(error)) => Exchanged::Done(Err(error), None),
    }
}

/// Where an exchange stood when the deadline passed before the response head.
fn waiting(wire: &WireLog, addr: SocketAddr, body_len: u64) -> String {
    let written = wire.bytes_written();
    let total = wire.request_head().map(|head| head.len as u64 + body_len);
    match total {
        Some(total) if written < total => format!(
            "connected to {addr}, still sending the request: {written} of {total} bytes written"
        ),
        None if written > 0 => format!("connected to {addr}, still sending the request head"),
        _ if wire.first_byte().is_some() => {
            format!("connected to {addr}, the response head was still arriving")
        }
        _ => format!("connected to {addr}, waiting for the response head"),
    }
}

fn list(addrs: &[SocketAddr]) -> String {
    addrs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" or ")
}
