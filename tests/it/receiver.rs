//! The receiver: any method and path, stored exactly, answered only once durable.

use base64::Engine as _;
use hookbench::serve::{self, ServeOptions};
use hookbench::{Engine, Error};

use crate::support::{free_addr, start};

#[tokio::test]
async fn any_method_and_path_is_captured_with_query_verbatim() {
    let instance = start().await;
    for method in ["POST", "PUT", "DELETE", "GET", "PURGE"] {
        let response = instance
            .http
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                instance.receiver("/hooks/a%20b/c?b=2&a=1&a=%7Bx%7D&flag"),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{method}");
    }
    let list = instance.get_json("/api/captures").await;
    let captures = list["captures"].as_array().unwrap();
    let methods: Vec<&str> = captures
        .iter()
        .map(|c| c["method"].as_str().unwrap())
        .collect();
    assert_eq!(methods, ["PURGE", "GET", "DELETE", "PUT", "POST"]);
    for capture in captures {
        assert_eq!(capture["path"], "/hooks/a%20b/c");
        assert_eq!(capture["query"], "b=2&a=1&a=%7Bx%7D&flag");
        assert_eq!(capture["inbox"], "default");
        assert_eq!(capture["response_status"], 200);
    }
}

#[tokio::test]
async fn headers_are_kept_with_repeats_and_body_bytes_exactly() {
    let instance = start().await;
    let body: Vec<u8> = (0..=255u8).chain([0xff, 0xfe, 0x00]).collect();
    let response = instance
        .http
        .post(instance.receiver("/binary"))
        .header("content-type", "application/octet-stream")
        .header("x-repeat", "one")
        .header("x-hookbench-test", "<img src=x onerror=alert(1)>")
        .header("x-repeat", "two")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let answer: serde_json::Value = response.json().await.unwrap();
    let id = answer["captured"].as_str().unwrap();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    assert_eq!(capture["method"], "POST");
    // The response Hookbench answered with is stored with the capture.
    assert_eq!(capture["response"]["status"], 200);
    assert_eq!(
        capture["response"]["body"]["data"],
        format!("{{\"captured\":\"{id}\"}}")
    );
    assert_eq!(capture["response"]["headers"][0]["name"], "content-type");
    assert_eq!(capture["http_version"], "HTTP/1.1");
    assert_eq!(capture["body_size"], body.len());
    assert_eq!(capture["body"]["encoding"], "base64");
    let stored = base64::engine::general_purpose::STANDARD
        .decode(capture["body"]["data"].as_str().unwrap())
        .unwrap();
    assert_eq!(stored, body);
    let headers: Vec<(String, String)> = capture["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_owned(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let repeats: Vec<&str> = headers
        .iter()
        .filter(|(name, _)| name == "x-repeat")
        .map(|(_, value)| value.as_str())
        .collect();
    assert_eq!(repeats, ["one", "two"]);
    assert!(headers.contains(&(
        "x-hookbench-test".to_owned(),
        "<img src=x onerror=alert(1)>".to_owned()
    )));
    assert!(capture["remote_addr"]
        .as_str()
        .unwrap()
        .starts_with("127.0.0.1:"));
    let received_at = capture["received_at"].as_i64().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!((now - received_at).abs() < 60_000);
}

#[tokio::test]
async fn empty_and_text_bodies_are_stored_as_text() {
    let instance = start().await;
    let empty = instance.post_capture("/empty", "").await;
    let capture = instance.get_json(&format!("/api/captures/{empty}")).await;
    assert_eq!(capture["body_size"], 0);
    assert_eq!(capture["body"]["encoding"], "utf8");
    assert_eq!(capture["body"]["data"], "");
    let json = instance
        .post_capture("/json", r#"{"emoji":"🪝","n":1}"#)
        .await;
    let capture = instance.get_json(&format!("/api/captures/{json}")).await;
    assert_eq!(capture["body"]["data"], r#"{"emoji":"🪝","n":1}"#);
    assert_eq!(capture["content_type"], "application/json");
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413_and_the_rejection_is_recorded() {
    let instance = start().await;
    let huge = vec![b'a'; hookbench::receiver::DEFAULT_BODY_LIMIT + 1];
    let response = instance
        .http
        .post(instance.receiver("/huge"))
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    let text = response.text().await.unwrap();
    assert!(text.contains("limit"), "{text}");
    let list = instance.get_json("/api/captures").await;
    let captures = list["captures"].as_array().unwrap();
    assert_eq!(captures.len(), 1, "the refusal is listed");
    assert_eq!(captures[0]["response_status"], 413);
    assert_eq!(
        captures[0]["body_size"], 0,
        "the oversized body is not kept"
    );
}

#[tokio::test]
async fn a_busy_receiver_port_is_a_clear_error_naming_port_and_flag() {
    let first = start().await;
    let busy = first.running.receiver_addr();
    let engine = Engine::open_in_memory().unwrap();
    let options = ServeOptions {
        receiver: busy,
        api: free_addr(),
        ..ServeOptions::default()
    };
    let error = match serve::start(engine, options).await {
        Ok(_) => panic!("a second receiver on {busy} must fail"),
        Err(e) => e,
    };
    assert!(matches!(error, Error::AddressInUse { .. }), "{error:?}");
    assert_eq!(error.code(), "address_in_use");
    let message = error.to_string();
    assert!(message.contains(&busy.to_string()), "{message}");
    assert!(message.contains("--receiver"), "{message}");
    // The first instance is unharmed.
    first.post_capture("/still-here", "{}").await;
}

#[tokio::test]
async fn headers_are_stored_in_arrival_order_with_their_case_and_repeats() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let instance = start().await;
    let mut stream = tokio::net::TcpStream::connect(instance.running.receiver_addr())
        .await
        .unwrap();
    let request = "POST /order?x=1 HTTP/1.1\r\nHost: hooks.test\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\n\
                   Content-Length: 2\r\nConnection: close\r\n\r\n{}";
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let list = instance.get_json("/api/captures").await;
    let id = list["captures"][0]["id"].as_str().unwrap();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    let headers: Vec<(&str, &str)> = capture["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["name"].as_str().unwrap(), h["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        headers,
        [
            ("Host", "hooks.test"),
            ("X-B", "1"),
            ("x-a", "2"),
            ("X-B", "3"),
            ("Content-Length", "2"),
            ("Connection", "close")
        ]
    );
}
