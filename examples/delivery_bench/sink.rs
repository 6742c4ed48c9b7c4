//! The benchmark's target: a local hyper server that answers 200 at once and counts what it
//! receives by `webhook-id`, so a run can tell lost, delivered and sent-twice apart.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::sync::Notify;

use crate::Failure;

/// What the sink answers every request with.
pub const ANSWER: &str = "ok";

/// A local target that answers 200 at once and counts deliveries by their `webhook-id`.
pub struct Sink {
    addr: std::net::SocketAddr,
    seen: Arc<Mutex<Seen>>,
    arrived: Arc<Notify>,
}

/// Requests per delivery id, and the running totals (so waiting costs nothing per request).
struct Seen {
    per_id: HashMap<String, usize>,
    total: usize,
    /// The waiter is woken only when a count reaches its mark: a wake-up per request would
    /// cost the loop under test a futex call each.
    wake_at_total: usize,
    wake_at_unique: usize,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            per_id: HashMap::new(),
            total: 0,
            wake_at_total: usize::MAX,
            wake_at_unique: usize::MAX,
        }
    }
}

impl Sink {
    pub async fn start() -> Result<Sink, Failure> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let seen = Arc::new(Mutex::new(Seen::default()));
        let arrived = Arc::new(Notify::new());
        let (state, notify) = (seen.clone(), arrived.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (state, notify) = (state.clone(), notify.clone());
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                        let (state, notify) = (state.clone(), notify.clone());
                        async move {
                            let id = request
                                .headers()
                                .get("webhook-id")
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or("")
                                .to_owned();
                            let _ = request.into_body().collect().await;
                            let reached = match state.lock() {
                                Ok(mut seen) => {
                                    seen.total += 1;
                                    *seen.per_id.entry(id).or_insert(0) += 1;
                                    seen.total >= seen.wake_at_total
                                        || seen.per_id.len() >= seen.wake_at_unique
                                }
                                Err(_) => true,
                            };
                            if reached {
                                notify.notify_waiters();
                            }
                            Ok::<_, Infallible>(Response::new(Full::new(Bytes::from_static(
                                ANSWER.as_bytes(),
                            ))))
                        }
                    });
                    let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Ok(Sink {
            addr,
            seen,
            arrived,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn reset(&self) {
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Seen::default();
        }
    }

    pub fn total(&self) -> usize {
        self.seen.lock().map(|s| s.total).unwrap_or(0)
    }

    pub fn sent_twice(&self) -> Vec<String> {
        self.seen
            .lock()
            .map(|s| {
                s.per_id
                    .iter()
                    .filter(|(_, n)| **n > 1)
                    .map(|(id, _)| id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn unique(&self) -> usize {
        self.seen.lock().map(|s| s.per_id.len()).unwrap_or(0)
    }

    pub async fn wait_for(&self, n: usize, limit: Duration) -> Result<(), Failure> {
        self.set_marks(n, usize::MAX);
        self.wait(limit, || self.total() >= n).await
    }

    pub async fn wait_for_unique(&self, n: usize, limit: Duration) -> Result<(), Failure> {
        self.set_marks(usize::MAX, n);
        self.wait(limit, || self.unique() >= n).await
    }

    fn set_marks(&self, total: usize, unique: usize) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.wake_at_total = total;
            seen.wake_at_unique = unique;
        }
    }

    async fn wait(&self, limit: Duration, done: impl Fn() -> bool) -> Result<(), Failure> {
        tokio::time::timeout(limit, async {
            loop {
                let notified = self.arrived.notified();
                if done() {
                    return;
                }
                notified.await;
            }
        })
        .await
        .map_err(|_| format!("the sink did not get enough deliveries within {limit:?}").into())
    }
}
