//! Scripted TCP servers on 127.0.0.1 for the HTTP executor's tests: each connection is handed
//! to a handler that reads the request and writes whatever bytes the test wants, well-formed or
//! not. Dropped servers stop accepting and end their connections.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

pub struct Server {
    pub addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Runs `handler` on every accepted connection.
pub async fn serve<F, Fut>(handler: F) -> Server
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    let task = tokio::spawn(async move {
        // Owned here so that aborting the server also ends its connections.
        let mut handlers = JoinSet::new();
        while let Ok((stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            handlers.spawn(handler(stream));
        }
    });
    Server {
        addr,
        connections,
        task,
    }
}

/// Reads one request, answers `answer` verbatim and closes.
pub async fn answer(answer: impl Into<Vec<u8>>) -> Server {
    let answer: Arc<Vec<u8>> = Arc::new(answer.into());
    serve(move |mut stream| {
        let answer = answer.clone();
        async move {
            read_request(&mut stream).await;
            let _ = stream.write_all(&answer).await;
            let _ = stream.shutdown().await;
        }
    })
    .await
}

/// Reads one request, writes `head` and then holds the connection open without another byte.
pub async fn answer_then_hang(head: impl Into<Vec<u8>>) -> Server {
    let head: Arc<Vec<u8>> = Arc::new(head.into());
    serve(move |mut stream| {
        let head = head.clone();
        async move {
            read_request(&mut stream).await;
            let _ = stream.write_all(&head).await;
            std::future::pending::<()>().await;
        }
    })
    .await
}

/// A response with a Content-Length body.
pub fn response(status_line: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status_line}\r\n");
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

/// Reads a request head and its Content-Length body (bounded in size and time); returns the
/// bytes read.
pub async fn read_request(stream: &mut TcpStream) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let read = async {
        loop {
            if let Some(end) = find(&bytes, b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&bytes[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .map_or(0, |v| v.trim().parse().unwrap_or(0));
                if bytes.len() >= end + 4 + length {
                    return;
                }
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            }
            if bytes.len() > 4 * 1024 * 1024 {
                return;
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(10), read).await;
    bytes
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
