//! A local HTTP target for sender tests: answers each request with a scripted response and
//! records what arrived. Real sockets on 127.0.0.1, no mocks.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::sync::Notify;

/// What the target answers to its n-th request (0-based).
pub enum Reply {
    Status(u16),
    With {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Never answer (the connection stays open until the target is dropped).
    Hang,
}

#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// The request target: path and query as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub at: std::time::Instant,
}

pub struct Target {
    pub addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
    in_flight: Arc<Mutex<(usize, usize)>>,
    connections: Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

type Script = Arc<dyn Fn(usize) -> Reply + Send + Sync>;

impl Target {
    pub async fn start(script: impl Fn(usize) -> Reply + Send + Sync + 'static) -> Target {
        Target::start_on("127.0.0.1".parse().unwrap(), script).await
    }

    /// As `start`, listening on `ip` (an address of this machine).
    pub async fn start_on(
        ip: std::net::IpAddr,
        script: impl Fn(usize) -> Reply + Send + Sync + 'static,
    ) -> Target {
        let listener = tokio::net::TcpListener::bind((ip, 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let arrived = Arc::new(Notify::new());
        let in_flight = Arc::new(Mutex::new((0usize, 0usize)));
        let script: Script = Arc::new(script);
        let state = (received.clone(), arrived.clone(), in_flight.clone());
        let connections = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let accepted = connections.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                accepted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let (received, arrived, in_flight, script) = (
                    state.0.clone(),
                    state.1.clone(),
                    state.2.clone(),
                    script.clone(),
                );
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                        let (received, arrived, in_flight, script) = (
                            received.clone(),
                            arrived.clone(),
                            in_flight.clone(),
                            script.clone(),
                        );
                        async move {
                            let method = request.method().to_string();
                            let target = request
                                .uri()
                                .path_and_query()
                                .map(|pq| pq.as_str().to_owned())
                                .unwrap_or_default();
                            let headers = request
                                .headers()
                                .iter()
                                .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_owned()))
                                .collect();
                            let body = request.into_body().collect().await.unwrap().to_bytes();
                            let n = {
                                let mut all = received.lock().unwrap();
                                all.push(Received {
                                    method,
                                    target,
                                    headers,
                                    body: body.to_vec(),
                                    at: std::time::Instant::now(),
                                });
                                all.len() - 1
                            };
                            {
                                let mut counts = in_flight.lock().unwrap();
                                counts.0 += 1;
                                counts.1 = counts.1.max(counts.0);
                            }
                            arrived.notify_waiters();
                            let reply = script(n);
                            if let Reply::Hang = reply {
                                std::future::pending::<()>().await;
                            }
                            in_flight.lock().unwrap().0 -= 1;
                            Ok::<_, Infallible>(respond(reply))
                        }
                    });
                    let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Target {
            addr,
            received,
            arrived,
            in_flight,
            connections,
            task,
        }
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Answers 500 until the returned switch is set, then 200.
    pub async fn failing_until_healed() -> (Target, Arc<std::sync::atomic::AtomicBool>) {
        let healed = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let switch = healed.clone();
        let target = Target::start(move |_| {
            let healed = switch.load(std::sync::atomic::Ordering::SeqCst);
            Reply::Status(if healed { 200 } else { 500 })
        })
        .await;
        (target, healed)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// The most requests it was answering at once.
    pub fn max_concurrent(&self) -> usize {
        self.in_flight.lock().unwrap().1
    }

    /// Waits (at most 10 s) until `n` requests have arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                let notified = self.arrived.notified();
                if self.received.lock().unwrap().len() >= n {
                    return;
                }
                notified.await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("{n} requests did not arrive within 10 s"));
        self.received()
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn respond(reply: Reply) -> Response<Full<Bytes>> {
    let (status, headers, body) = match reply {
        Reply::Status(status) => (status, Vec::new(), Vec::new()),
        Reply::With {
            status,
            headers,
            body,
        } => (status, headers, body),
        Reply::Hang => (500, Vec::new(), Vec::new()),
    };
    let mut response = Response::builder().status(status);
    for (name, value) in headers {
        response = response.header(name, value);
    }
    response.body(Full::new(Bytes::from(body))).unwrap()
}
