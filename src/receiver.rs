//! The capture server: takes any request on any path, stores it exactly, then answers.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

use crate::engine::Engine;
use crate::error::Result;
use crate::model::Header;
use crate::store::NewCapture;

/// GitHub's largest webhook payload is 25 MB: take at least that.
pub const DEFAULT_BODY_LIMIT: usize = 25 * 1024 * 1024;
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

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
pub fn spawn(engine: Engine, listener: TcpListener) -> Result<ReceiverHandle> {
    let local_addr = listener
        .local_addr()
        .map_err(|e| crate::error::Error::io("the receiver's address is unknown", e))?;
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(accept_loop(engine, listener, stopped));
    Ok(ReceiverHandle {
        local_addr,
        stop,
        task,
    })
}

async fn accept_loop(engine: Engine, listener: TcpListener, mut stopped: watch::Receiver<bool>) {
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    tracing::warn!("receiver accept failed: {e}");
                    continue;
                }
            },
            _ = stopped.changed() => break,
        };
        let engine = engine.clone();
        let service = service_fn(move |request| capture(engine.clone(), remote, request));
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection.into_owned());
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!("receiver connection from {remote} ended: {e}");
            }
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}

async fn capture(
    engine: Engine,
    remote: SocketAddr,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let received_at = now_millis();
    let (parts, body) = request.into_parts();
    let body = match Limited::new(body, DEFAULT_BODY_LIMIT).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            return Ok(reply(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "{{\"error\":\"the body is larger than the receiver's limit of {DEFAULT_BODY_LIMIT} bytes\"}}"
                ),
            ));
        }
        Err(e) => {
            return Ok(reply(
                StatusCode::BAD_REQUEST,
                format!(
                    "{{\"error\":{}}}",
                    json_string(&format!("the body could not be read: {e}"))
                ),
            ));
        }
    };
    let headers = parts
        .headers
        .iter()
        .map(|(name, value)| Header::from_bytes(name.as_str(), value.as_bytes()))
        .collect();
    let id = ulid::Ulid::new().to_string();
    let status = StatusCode::OK;
    let response_body = Bytes::from(format!("{{\"captured\":\"{id}\"}}"));
    let capture = NewCapture {
        id,
        inbox: "default".to_owned(),
        received_at,
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        http_version: format!("{:?}", parts.version),
        headers,
        body,
        remote_addr: remote.to_string(),
        response_status: status.as_u16(),
        response_headers: vec![Header::from_bytes("content-type", b"application/json")],
        response_body: response_body.clone(),
    };
    match engine.store_capture(capture).await {
        Ok(_) => Ok(reply_bytes(status, response_body)),
        Err(e) => {
            tracing::error!("a capture could not be stored: {e}");
            Ok(reply(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("{{\"error\":{}}}", json_string(&e.to_string())),
            ))
        }
    }
}

fn reply(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    reply_bytes(status, Bytes::from(body))
}

fn reply_bytes(status: StatusCode, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
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

pub(crate) fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}
