//! The receiver bounds what connections can hold: an idle connection (before its first
//! request, or kept alive between requests) is closed after the header timeout, and beyond
//! `max_connections` a new connection is answered 503 and closed.

use std::time::{Duration, Instant};

use hookbench::receiver::Limits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{start_with_limits, Instance};

const IDLE: Duration = Duration::from_secs(1);
/// How long past IDLE a close may take on a busy machine.
const SLACK: Duration = Duration::from_secs(4);

async fn short_idle(max_connections: usize) -> Instance {
    start_with_limits(Limits {
        header_timeout: IDLE,
        max_connections,
        ..Limits::default()
    })
    .await
}

async fn connect(instance: &Instance) -> TcpStream {
    TcpStream::connect(instance.running.receiver_addr())
        .await
        .unwrap()
}

/// Reads one response with a Content-Length body; the head and body as text.
async fn read_response(stream: &mut TcpStream) -> String {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 4096];
    tokio::time::timeout(SLACK, async {
        loop {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let length: usize = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length: ")
                            .map(str::to_owned)
                    })
                    .and_then(|n| n.trim().parse().ok())
                    .unwrap_or(0);
                if body.len() >= length {
                    return text;
                }
            }
            let n = stream.read(&mut chunk).await.unwrap();
            assert!(n > 0, "closed before a whole response: {text}");
            bytes.extend_from_slice(&chunk[..n]);
        }
    })
    .await
    .expect("a response within the slack")
}

/// Waits for the server to close the connection; how long that took.
async fn closed_after(stream: &mut TcpStream, since: Instant) -> Duration {
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(IDLE + SLACK, stream.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "still open after {:?}", IDLE + SLACK);
    since.elapsed()
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_after_the_header_timeout() {
    let instance = short_idle(64).await;
    let mut stream = connect(&instance).await;
    for n in 0..2 {
        stream
            .write_all(
                format!("POST /keep/{n} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{{}}")
                    .as_bytes(),
            )
            .await
            .unwrap();
        let answer = read_response(&mut stream).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
    let idle_since = Instant::now();
    let waited = closed_after(&mut stream, idle_since).await;
    assert!(
        waited >= IDLE - Duration::from_millis(200),
        "kept alive for a while first: closed after {waited:?}"
    );
}

#[tokio::test]
async fn a_connection_that_never_starts_a_request_is_closed_after_the_header_timeout() {
    let instance = short_idle(64).await;
    let mut silent = connect(&instance).await;
    // A prefix of the HTTP/2 preface: the protocol is still undecided.
    let mut preface_prefix = connect(&instance).await;
    preface_prefix.write_all(b"PRI * HTTP").await.unwrap();
    let started = Instant::now();
    closed_after(&mut silent, started).await;
    closed_after(&mut preface_prefix, started).await;
    instance.post_capture("/after-idle", "{}").await;
}

#[tokio::test]
async fn beyond_max_connections_a_new_connection_gets_503_until_one_closes() {
    let instance = short_idle(4).await;
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(connect(&instance).await);
    }
    let mut extra = connect(&instance).await;
    extra
        .write_all(b"POST /extra HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        .await
        .unwrap();
    let answer = read_response(&mut extra).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("retry-after: 1"),
        "{answer}"
    );
    assert!(answer.contains("4 connections"), "{answer}");

    // The idle ones time out; then there is room again.
    let started = Instant::now();
    for socket in &mut idle {
        closed_after(socket, started).await;
    }
    // The server frees a slot just after the socket closes: a few tries at most.
    let mut statuses = Vec::new();
    for _ in 0..20 {
        let response = instance
            .http
            .post(instance.receiver("/room-again"))
            .body("{}")
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
        if response.status() == 200 {
            return;
        }
    }
    panic!("no room after the idle connections closed: {statuses:?}");
}
