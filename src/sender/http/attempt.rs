//! The course of one attempt, stage by stage, under one deadline.

use std::future::Future;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};

use super::response::{self, BodyFailure};
use super::target::Target;
use super::tls::{self, Trust};
use super::wire::{Wire, WireLog};
use super::{connect, errors, request};
use super::{Exchange, HttpRequest, RawRequest, RawResponse, SendOptions};
use crate::model::Header;
use crate::sender::model::{Timings, TransportError};

/// Makes one attempt. Never panics and never fails: a failure is the exchange's `response`.
pub async fn send(request: HttpRequest, options: &SendOptions) -> Exchange {
    send_with(request, options, &None).await
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
    send_with(request, options, &trust).await
}

async fn send_with(request: HttpRequest, options: &SendOptions, trust: &Trust) -> Exchange {
    let started_at = crate::receiver::now_millis();
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
        wire: None,
    };
    let response = run(&request, options, trust, &clock, &mut progress).await;
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
            first_byte_ms: first_byte.map(|at| clock.ms(at)),
            total_ms: clock.ms(end),
        },
    }
}

struct Progress {
    request: RawRequest,
    remote_addr: Option<SocketAddr>,
    connected: Option<Instant>,
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
    clock: &Clock,
    progress: &mut Progress,
) -> Result<RawResponse, TransportError> {
    let target = Target::parse(&request.url)?;
    progress.request.url.clone_from(&target.url);
    let (built, planned) = request::build(request, &target)?;
    progress.request.headers = planned;
    let host = target.host_text();
    let addrs = clock
        .within(connect::resolve(&target, &options.reach), || {
            format!("resolving {host}")
        })
        .await?;
    let (tcp, addr) = clock
        .within(connect::connect(&addrs), || {
            format!("connecting to {}", list(&addrs))
        })
        .await?;
    progress.remote_addr = Some(addr);
    let limit = options.max_response_body;
    if target.tls {
        let stream = clock
            .within(tls::handshake(tcp, &target.host, addr, trust), || {
                format!("connected to {addr}, in the TLS handshake")
            })
            .await?;
        progress.connected = Some(Instant::now());
        exchange(stream, addr, built, clock, progress, limit).await
    } else {
        progress.connected = Some(Instant::now());
        exchange(tcp, addr, built, clock, progress, limit).await
    }
}

async fn exchange<IO>(
    io: IO,
    addr: SocketAddr,
    request: hyper::Request<Full<Bytes>>,
    clock: &Clock,
    progress: &mut Progress,
    limit: usize,
) -> Result<RawResponse, TransportError>
where
    IO: AsyncRead + AsyncWrite + Send + Unpin + 'static,
{
    let (io, wire) = Wire::new(io);
    progress.wire = Some(wire.clone());
    let body_len = progress.request.body.len() as u64;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|e| errors::exchange(&e, addr, &wire))?;
    // Dropping the guard (at the end, or when the attempt is abandoned) closes the socket.
    let _connection = AbortOnDrop(tokio::spawn(connection));
    let response =
        match tokio::time::timeout_at(clock.deadline(), sender.send_request(request)).await {
            Err(_) => {
                return Err(errors::timeout(
                    clock.timeout,
                    &waiting(&wire, addr, body_len),
                ))
            }
            Ok(Err(e)) => return Err(errors::exchange(&e, addr, &wire)),
            Ok(Ok(response)) => response,
        };
    let mut raw = response::head(&response, &wire);
    match response::read_body(response.into_body(), &mut raw, limit, clock.deadline()).await {
        Ok(()) => Ok(raw),
        Err(BodyFailure::Timeout(received)) => {
            Err(errors::body_timeout(clock.timeout, raw.status, received))
        }
        Err(BodyFailure::Broken(error)) => Err(error),
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

struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}
