//! Requests that try to reach past the receiver or exhaust it: absolute URIs and CONNECT aimed at
//! the control API, header floods, doubled transfer codings, chunk-extension floods, idle sockets.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{start, Instance};

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

fn api_authority(instance: &Instance) -> String {
    instance
        .running
        .api_url()
        .trim_start_matches("http://")
        .to_owned()
}

#[tokio::test]
async fn absolute_uris_and_connect_aimed_at_the_api_are_answered_by_the_receiver() {
    let instance = start().await;
    let api = api_authority(&instance);
    let token = instance.running.token();
    let absolute = format!(
        "GET http://{api}/api/captures HTTP/1.1\r\nHost: {api}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    let answer = exchange(&instance, absolute.as_bytes(), Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        answer.contains("\"captured\""),
        "the receiver captured it: {answer}"
    );
    assert!(
        !answer.contains("\"captures\""),
        "the API's answer must not come back: {answer}"
    );

    let connect = format!("CONNECT {api} HTTP/1.1\r\nHost: {api}\r\n\r\nGET /api/status HTTP/1.1\r\nHost: {api}\r\nAuthorization: Bearer {token}\r\n\r\n");
    let answer = exchange(&instance, connect.as_bytes(), Duration::from_secs(5)).await;
    assert!(
        !answer.contains("receiver_url"),
        "no tunnel to the API: {answer}"
    );

    let list = instance.get_json("/api/captures?limit=5").await;
    let methods: Vec<&str> = list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["method"].as_str().unwrap())
        .collect();
    assert!(
        methods.contains(&"GET") && methods.contains(&"CONNECT"),
        "{methods:?}"
    );
}

#[tokio::test]
async fn more_than_a_hundred_headers_get_431_and_the_receiver_keeps_serving() {
    let instance = start().await;
    let mut request = String::from("POST /flood HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n");
    for n in 0..150 {
        request.push_str(&format!("X-Flood-{n}: {n}\r\n"));
    }
    request.push_str("\r\n");
    let answer = exchange(&instance, request.as_bytes(), Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    instance.post_capture("/after-flood", "{}").await;
}

#[tokio::test]
async fn doubled_chunked_and_chunk_extension_floods_are_refused() {
    let instance = start().await;
    let doubled = b"POST /te HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    let answer = exchange(&instance, doubled, Duration::from_secs(5)).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
        "{answer}"
    );

    let mut flood = b"POST /ext HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..20_000 {
        flood.extend_from_slice(
            b"1;a=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\r\nx\r\n",
        );
    }
    flood.extend_from_slice(b"0\r\n\r\n");
    let answer = exchange(&instance, &flood, Duration::from_secs(10)).await;
    assert!(
        !answer.starts_with("HTTP/1.1 200"),
        "a chunk-extension flood is not accepted"
    );
    instance.post_capture("/after-floods", "{}").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_idle_sockets_do_not_stop_the_receiver() {
    let instance = start().await;
    let mut idle = Vec::with_capacity(1000);
    for _ in 0..1000 {
        idle.push(
            TcpStream::connect(instance.running.receiver_addr())
                .await
                .unwrap(),
        );
    }
    // Half of them start a request and go silent, the rest never send a byte.
    for socket in idle.iter_mut().step_by(2) {
        socket
            .write_all(b"POST /slow HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
    }
    for n in 0..20 {
        let path = format!("/while-idle/{n}");
        tokio::time::timeout(Duration::from_secs(5), instance.post_capture(&path, "{}"))
            .await
            .expect("answered while 1,000 sockets sit idle");
    }
    drop(idle);
}
