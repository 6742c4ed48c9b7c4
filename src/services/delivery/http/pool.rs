//! Keep-alive connections between attempts to the same origin, as every HTTP client keeps them:
//! a busy outbox would otherwise pay a TCP (and TLS) handshake per delivery, and leave a socket
//! in TIME_WAIT for each.
//!
//! A connection is pooled only after a complete exchange (the whole response read, no
//! `Connection: close`), and only under the reach policy it was opened with: its address was
//! checked when it was connected, so reusing it never skips that check. Idle connections are
//! closed after [`IDLE_TIMEOUT`], below the 5 s keep-alive timeout of Node's HTTP server (the
//! shortest common one), so a target rarely closes one just as an attempt picks it up; when it
//! does before the request was written, the attempt moves to a fresh connection.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper::client::conn::http1::SendRequest;

use super::reach::Reach;
use super::target::Target;
use super::wire::WireLog;

/// How long an unused connection is kept.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(4);
/// Idle connections kept per origin; more than the largest sensible per-webhook concurrency.
const MAX_IDLE_PER_ORIGIN: usize = 64;
/// How long a connection may take to be ready for its next request once its response is read.
const READY_TIMEOUT: Duration = Duration::from_secs(1);

/// Where a connection leads and under which policy it was opened.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    tls: bool,
    host: String,
    port: u16,
    allow_private_network: bool,
}

impl Origin {
    pub fn new(target: &Target, reach: &Reach) -> Origin {
        Origin {
            tls: target.tls,
            host: target.host.to_string(),
            port: target.port,
            allow_private_network: reach.allow_private_network,
        }
    }
}

/// An open HTTP/1 connection: hyper's handle, the task driving it (aborted, so the socket
/// closes, when this is dropped), and its wire recorder.
pub struct Connection {
    pub sender: SendRequest<Full<Bytes>>,
    pub driver: AbortOnDrop,
    pub wire: WireLog,
    pub addr: SocketAddr,
}

struct Idle {
    connection: Connection,
    since: Instant,
}

/// The idle connections of one sender (the outbox worker has one).
#[derive(Default)]
pub struct Pool {
    idle: Mutex<HashMap<Origin, VecDeque<Idle>>>,
}

impl Pool {
    /// The most recently used live connection to `origin`, if any.
    pub fn checkout(&self, origin: &Origin) -> Option<Connection> {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        let queue = idle.get_mut(origin)?;
        let now = Instant::now();
        let found = loop {
            let Some(entry) = queue.pop_back() else {
                break None;
            };
            if now.duration_since(entry.since) < IDLE_TIMEOUT
                && !entry.connection.sender.is_closed()
            {
                break Some(entry.connection);
            }
        };
        // Whatever is left at the front is older still.
        queue.retain(|entry| now.duration_since(entry.since) < IDLE_TIMEOUT);
        if queue.is_empty() {
            idle.remove(origin);
        }
        found
    }

    /// Gives a connection back once hyper says it can take another request (it cannot after a
    /// `Connection: close`, or when the server hung up).
    pub fn release(self: &std::sync::Arc<Self>, origin: Origin, mut connection: Connection) {
        let pool = self.clone();
        tokio::spawn(async move {
            match tokio::time::timeout(READY_TIMEOUT, connection.sender.ready()).await {
                Ok(Ok(())) => pool.put(origin, connection),
                _ => drop(connection),
            }
        });
    }

    fn put(&self, origin: Origin, connection: Connection) {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        let queue = idle.entry(origin).or_default();
        if queue.len() >= MAX_IDLE_PER_ORIGIN {
            queue.pop_front();
        }
        queue.push_back(Idle {
            connection,
            since: Instant::now(),
        });
    }

    /// Idle connections kept, over all origins.
    pub fn idle_count(&self) -> usize {
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        idle.values().map(VecDeque::len).sum()
    }
}

pub struct AbortOnDrop(pub tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
