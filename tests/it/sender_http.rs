//! The HTTP executor against real local servers: what it records of the request and of every
//! kind of answer. Failures (refused, blocked, TLS, timeouts) are in `sender_http_failures`.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use hookbench::model::{Body, BodyEncoding, Header};
use hookbench::services::delivery::http::{self, Exchange, HttpRequest, SendOptions};

use crate::scripted::{self, response};
use crate::support::start;

pub fn post(url: String, body: &[u8]) -> HttpRequest {
    HttpRequest {
        method: "POST".to_owned(),
        url,
        headers: vec![Header::from_bytes("Content-Type", b"application/json")],
        body: Bytes::copy_from_slice(body),
    }
}

pub async fn send(request: HttpRequest) -> Exchange {
    http::send(request, &SendOptions::default()).await
}

fn names(headers: &[Header]) -> Vec<&str> {
    headers.iter().map(|h| h.name.as_str()).collect()
}

#[tokio::test]
async fn recorded_request_is_exactly_what_the_receiver_captured() {
    let instance = start().await;
    let body: Vec<u8> = br#"{"id":"evt_1","bin":""#
        .iter()
        .copied()
        .chain([0xff, 0x00, 0xfe])
        .chain(*br#""}"#)
        .collect();
    let request = HttpRequest {
        method: "POST".to_owned(),
        url: instance.receiver("/exact/path?b=2&a=1"),
        headers: vec![
            Header::from_bytes("Content-Type", b"application/json"),
            Header::from_bytes("X-Repeat", b"one"),
            Header::from_bytes("Webhook-Signature", b"v1,abc= v1,def="),
            Header::from_bytes("X-Repeat", b"two"),
            Header::from_bytes(
                "User-Agent",
                b"Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            ),
            // Hookbench writes these itself; the caller's are left out.
            Header::from_bytes("Content-Length", b"1"),
            Header::from_bytes("Host", b"evil.example"),
        ],
        body: Bytes::from(body.clone()),
    };
    let exchange = send(request).await;
    let answer = exchange.response.as_ref().unwrap();
    assert_eq!(
        answer.status,
        200,
        "{:?}",
        String::from_utf8_lossy(&answer.body)
    );
    let id = serde_json::from_slice::<serde_json::Value>(&answer.body).unwrap()["captured"]
        .as_str()
        .unwrap()
        .to_owned();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    let captured: Vec<Header> = serde_json::from_value(capture["headers"].clone()).unwrap();
    assert_eq!(
        exchange.request.headers, captured,
        "names, order and values"
    );
    // hyper writes HTTP/1 names in lowercase and groups a name's repeats.
    assert_eq!(
        names(&captured),
        [
            "host",
            "content-type",
            "x-repeat",
            "x-repeat",
            "webhook-signature",
            "user-agent",
            "content-length"
        ]
    );
    let authority = instance.running.receiver_url().replace("http://", "");
    assert_eq!(captured[0].value, authority);
    assert_eq!(captured[6].value, body.len().to_string());
    let captured_body: Body = serde_json::from_value(capture["body"].clone()).unwrap();
    assert_eq!(captured_body, Body::from_bytes(&exchange.request.body));
    assert_eq!(captured_body.encoding, BodyEncoding::Base64);
    assert_eq!(&exchange.request.body[..], &body[..]);
    assert_eq!(capture["path"], "/exact/path");
    assert_eq!(capture["query"], "b=2&a=1");
    assert_eq!(
        exchange.request.url,
        instance.receiver("/exact/path?b=2&a=1")
    );
    assert_eq!(exchange.remote_addr.unwrap().to_string(), authority);
}

#[tokio::test]
async fn a_json_answer_is_recorded_with_its_head_as_sent() {
    let server = scripted::answer(response(
        "200 OK",
        &[
            ("Content-Type", "application/json"),
            ("X-Dup", "a"),
            ("x-lower", "b"),
            ("X-Dup", "c"),
        ],
        br#"{"received":true}"#,
    ))
    .await;
    let exchange = send(post(server.url("/hook"), b"{}")).await;
    assert!(exchange.succeeded());
    let answer = exchange.response.as_ref().unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.reason.as_deref(), Some("OK"));
    assert_eq!(answer.version, "HTTP/1.1");
    assert_eq!(
        names(&answer.headers),
        [
            "Content-Type",
            "X-Dup",
            "x-lower",
            "X-Dup",
            "Content-Length"
        ]
    );
    assert_eq!(answer.headers[3].value, "c");
    assert_eq!(answer.body, br#"{"received":true}"#);
    assert_eq!((answer.body_size, answer.truncated), (17, false));
    assert_eq!(exchange.remote_addr, Some(server.addr));
    assert_eq!(exchange.retry_after, None);
    let t = exchange.timings;
    let (connect, first) = (t.connect_ms.unwrap(), t.first_byte_ms.unwrap());
    assert!(
        0.0 < connect && connect <= first && first <= t.total_ms,
        "{t:?}"
    );

    let attempt = exchange.into_attempt("att_1".into(), Some("dlv_1".into()), 2);
    assert!(attempt.succeeded);
    assert_eq!(attempt.number, 2);
    assert_eq!(attempt.remote_addr, Some(server.addr.to_string()));
    let json = serde_json::to_value(&attempt).unwrap();
    assert_eq!(json["response"]["status"], 200);
    assert_eq!(json["request"]["headers"][0]["name"], "host");
    assert_eq!(json["error"], serde_json::Value::Null);
}

#[tokio::test]
async fn a_server_error_is_an_answer_not_a_success() {
    let server = scripted::answer(response("500 Internal Server Error", &[], b"boom")).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    assert!(!exchange.succeeded());
    let answer = exchange.response.unwrap();
    assert_eq!(answer.status, 500);
    assert_eq!(answer.reason.as_deref(), Some("Internal Server Error"));
    assert_eq!(answer.body, b"boom");
}

#[tokio::test]
async fn retry_after_is_read_as_seconds_or_as_a_date() {
    let server = scripted::answer(response(
        "429 Too Many Requests",
        &[("Retry-After", "2")],
        b"",
    ))
    .await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    assert_eq!(exchange.response.unwrap().status, 429);
    assert_eq!(exchange.retry_after, Some(Duration::from_secs(2)));

    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
    let server = scripted::answer(response(
        "429 Too Many Requests",
        &[("Retry-After", &date)],
        b"",
    ))
    .await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let wait = exchange.retry_after.unwrap();
    assert!(
        (Duration::from_secs(110)..=Duration::from_secs(120)).contains(&wait),
        "{wait:?}"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_truncated_and_its_declared_size_kept() {
    const SIZE: usize = 30 * 1024 * 1024;
    let body: Vec<u8> = (0..SIZE).map(|i| (i % 251) as u8).collect();
    let server = scripted::answer(response("200 OK", &[], &body)).await;
    let exchange = send(post(server.url("/big"), b"{}")).await;
    let answer = exchange.response.unwrap();
    assert!(answer.truncated);
    assert_eq!(answer.body.len(), http::DEFAULT_MAX_RESPONSE_BODY);
    assert_eq!(answer.body[..], body[..http::DEFAULT_MAX_RESPONSE_BODY]);
    assert_eq!(answer.body_size, SIZE as u64);
}

#[tokio::test]
async fn a_chunked_body_over_a_small_limit_counts_what_arrived() {
    let server = scripted::answer(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
          5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
            .to_vec(),
    )
    .await;
    let options = SendOptions {
        max_response_body: 8,
        ..SendOptions::default()
    };
    let exchange = http::send(post(server.url("/"), b"{}"), &options).await;
    let answer = exchange.response.unwrap();
    assert!(answer.truncated);
    assert_eq!(answer.body, b"hello wo");
    assert_eq!(answer.body_size, 11);
}

#[tokio::test]
async fn empty_bodies_are_empty() {
    for answer in [
        b"HTTP/1.1 204 No Content\r\n\r\n".to_vec(),
        response("200 OK", &[], b""),
    ] {
        let server = scripted::answer(answer).await;
        let exchange = send(post(server.url("/"), b"{}")).await;
        assert!(exchange.succeeded());
        let answer = exchange.response.unwrap();
        assert_eq!((answer.body.len(), answer.body_size), (0, 0));
        assert!(!answer.truncated);
    }
}

#[tokio::test]
async fn a_binary_body_is_stored_byte_for_byte() {
    let body: Vec<u8> = (0..=255u8).rev().chain([0, 0xc3, 0x28]).collect();
    let server =
        scripted::answer(response("200 OK", &[("Content-Type", "image/png")], &body)).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    assert_eq!(exchange.response.as_ref().unwrap().body, body);
    let attempt = exchange.into_attempt("a".into(), None, 1);
    let stored = attempt.response.unwrap().body;
    assert_eq!(stored.encoding, BodyEncoding::Base64);
    assert_eq!(stored, Body::from_bytes(&body));
}

#[tokio::test]
async fn a_chunked_body_is_de_chunked_and_its_headers_kept() {
    let server = scripted::answer(
        b"HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\nX-Trace: 1\r\n\r\n\
          4\r\n{\"ok\r\n7\r\n\":true}\r\n0\r\n\r\n"
            .to_vec(),
    )
    .await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let answer = exchange.response.unwrap();
    assert_eq!(answer.status, 202);
    assert_eq!(answer.body, br#"{"ok":true}"#);
    assert_eq!(answer.body_size, 11);
    assert_eq!(names(&answer.headers), ["Transfer-Encoding", "X-Trace"]);
}

#[tokio::test]
async fn interim_1xx_responses_are_skipped() {
    let mut answer = b"HTTP/1.1 100 Continue\r\n\r\n\
        HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
        .to_vec();
    answer.extend(response("200 Fine", &[("X-Final", "yes")], b"done"));
    let server = scripted::answer(answer).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let answer = exchange.response.unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.reason.as_deref(), Some("Fine"));
    assert_eq!(names(&answer.headers), ["X-Final", "Content-Length"]);
    assert_eq!(answer.body, b"done");
}

#[tokio::test]
async fn redirects_are_the_answer_and_never_followed() {
    let server = scripted::serve(|mut stream| async move {
        scripted::read_request(&mut stream).await;
        let answer = response("301 Moved Permanently", &[("Location", "/elsewhere")], b"");
        let _ = tokio::io::AsyncWriteExt::write_all(&mut stream, &answer).await;
    })
    .await;
    let exchange = send(post(server.url("/old"), b"{}")).await;
    let answer = exchange.response.as_ref().unwrap();
    assert_eq!(answer.status, 301);
    assert!(!exchange.succeeded());
    assert_eq!(server.connections(), 1);
    assert_eq!(answer.headers[0].value, "/elsewhere");
}

#[tokio::test]
async fn an_http_1_0_answer_read_to_close_is_complete() {
    let server =
        scripted::answer(b"HTTP/1.0 200 OK\r\nServer: old\r\n\r\nuntil the end".to_vec()).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let answer = exchange.response.unwrap();
    assert_eq!(answer.version, "HTTP/1.0");
    assert_eq!(answer.body, b"until the end");
}

/// Each attempt opens a fresh connection: on loopback that must stay cheap. Prints the medians
/// (`cargo test sender_http::loopback -- --nocapture`) and guards against gross regressions.
#[tokio::test]
async fn loopback_attempts_with_a_fresh_connection_are_cheap() {
    let server = scripted::answer(response("200 OK", &[], b"ok")).await;
    let body = vec![b'x'; 1024];
    let mut connect = Vec::new();
    let mut total = Vec::new();
    for _ in 0..30 {
        let exchange = send(post(server.url("/"), &body)).await;
        assert!(exchange.succeeded());
        connect.push(exchange.timings.connect_ms.unwrap());
        total.push(exchange.timings.total_ms);
    }
    let median = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let (connect, total) = (median(&mut connect), median(&mut total));
    eprintln!("loopback 1 KiB POST: connect {connect:.3} ms, total {total:.3} ms (medians of 30)");
    assert!(total < 250.0, "a loopback attempt took {total} ms");
}
