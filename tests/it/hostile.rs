//! Odd, malformed, slow and oversized clients: each gets a clear answer, none stalls or crashes
//! the receiver, and what could be stored is stored exactly.

use std::time::Duration;

use hookbench::receiver::Limits;
use hookbench::serve::ServeOptions;
use hookbench::Engine;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{start, start_with_limits, start_with_options, Instance};

/// Writes raw bytes, then reads until the server closes or `limit` passes.
async fn exchange(instance: &Instance, bytes: &[u8], limit: Duration) -> String {
    let mut stream = TcpStream::connect(instance.running.receiver_addr())
        .await
        .unwrap();
    stream.write_all(bytes).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(limit, stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

async fn newest(instance: &Instance) -> serde_json::Value {
    let list = instance.get_json("/api/captures?limit=1").await;
    let id = list["captures"][0]["id"].as_str().unwrap().to_owned();
    instance.get_json(&format!("/api/captures/{id}")).await
}

#[tokio::test]
async fn a_chunked_body_with_extensions_and_trailers_is_stored_whole() {
    let instance = start().await;
    let request = b"POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\
                    5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
    let answer = exchange(&instance, request, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let capture = newest(&instance).await;
    assert_eq!(capture["body"]["data"], "hello world");
    assert_eq!(capture["body_size"], 11);
}

#[tokio::test]
async fn an_http2_cleartext_request_is_captured_as_http2() {
    let instance = start().await;
    let stream = TcpStream::connect(instance.running.receiver_addr())
        .await
        .unwrap();
    let (client, connection) = h2::client::handshake(stream).await.unwrap();
    tokio::spawn(connection);
    let mut client = client.ready().await.unwrap();
    let request = http::Request::post("http://127.0.0.1/h2/path?q=2")
        .header("x-proto", "h2")
        .body(())
        .unwrap();
    let (response, mut body) = client.send_request(request, false).unwrap();
    body.send_data(bytes::Bytes::from_static(b"{\"over\":\"h2\"}"), true)
        .unwrap();
    let response = response.await.unwrap();
    assert_eq!(response.status(), 200);
    let capture = newest(&instance).await;
    assert_eq!(capture["http_version"], "HTTP/2.0");
    assert_eq!(capture["path"], "/h2/path");
    assert_eq!(capture["query"], "q=2");
    assert_eq!(capture["body"]["data"], "{\"over\":\"h2\"}");
}

#[tokio::test]
async fn malformed_requests_get_400_and_the_receiver_keeps_serving() {
    let instance = start().await;
    let cases: [&[u8]; 4] = [
        b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nhello\r\n0\r\n\r\n",
        b"POST /x HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
        b"POST /x HTTP/1.1\r\nHost: x\r\nX-Ctl: a\x01b\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage that is not http\r\n\r\n",
    ];
    for bytes in cases {
        let answer = exchange(&instance, bytes, Duration::from_secs(5)).await;
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
            "{:?} → {answer}",
            String::from_utf8_lossy(bytes)
        );
    }
    instance.post_capture("/still-serving", "{}").await;
}

#[tokio::test]
async fn a_client_that_stops_mid_headers_is_dropped_after_the_header_timeout() {
    let instance = start_with_limits(Limits {
        header_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let started = std::time::Instant::now();
    let answer = exchange(
        &instance,
        b"POST /slow HTTP/1.1\r\nHost: x\r\nX-Half: ",
        Duration::from_secs(10),
    )
    .await;
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(5),
        "the connection was closed after {waited:?}"
    );
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );
    // Others were served meanwhile and after.
    instance.post_capture("/fine", "{}").await;
}

#[tokio::test]
async fn a_body_that_stops_arriving_gets_408_and_the_refusal_is_recorded() {
    let instance = start_with_limits(Limits {
        body_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let answer = exchange(
        &instance,
        b"POST /trickle HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b",
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive"), "{answer}");
    let capture = newest(&instance).await;
    assert_eq!(capture["path"], "/trickle");
    assert_eq!(capture["response"]["status"], 408);
}

#[tokio::test]
async fn the_body_limit_is_configurable() {
    let instance = start_with_limits(Limits {
        max_body: 1024,
        ..Limits::default()
    })
    .await;
    let small = instance
        .http
        .post(instance.receiver("/small"))
        .body(vec![b'a'; 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(small.status(), 200);
    let big = instance
        .http
        .post(instance.receiver("/big"))
        .body(vec![b'a'; 1025])
        .send()
        .await
        .unwrap();
    assert_eq!(big.status(), 413);
    assert!(big.text().await.unwrap().contains("--max-body"));
}

#[tokio::test]
async fn a_receiver_bound_beyond_loopback_is_flagged_as_exposed() {
    let options = ServeOptions {
        receiver: "0.0.0.0:0".parse().unwrap(),
        ..ServeOptions::default()
    };
    let instance = start_with_options(Engine::open_in_memory().unwrap(), None, options).await;
    let status = instance.get_json("/api/status").await;
    assert_eq!(status["receiver_exposed"], true);
    let local = start().await;
    assert_eq!(
        local.get_json("/api/status").await["receiver_exposed"],
        false
    );
}
