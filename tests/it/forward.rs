//! Forwarding: an inbox sends every capture on to a local target, byte for byte, and keeps the
//! target's answer with the capture.

use hookbench::model::BodyEncoding;
use hookbench::model::{DeliverySource, DeliveryStatus};
use serde_json::json;

use crate::relay_support::{newest_capture, raw_request};
use crate::support;
use crate::target::{Reply, Target};

/// Not UTF-8, with CR LF and NUL inside: any re-encoding would show.
const BODY: &[u8] = b"\x00\xff\xfe{\"a\":1}\r\n\x80 end";

fn request_bytes(path: &str) -> Vec<u8> {
    let mut request = format!(
        "PUT {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Repeat: one\r\nContent-Type: application/octet-stream\r\n\
         X-Repeat: two\r\nConnection: close, X-Hop\r\nX-Hop: hop\r\nKeep-Alive: timeout=5\r\n\
         X-Remove-Me: secret\r\nContent-Length: {}\r\n\r\n",
        BODY.len()
    )
    .into_bytes();
    request.extend_from_slice(BODY);
    request
}

#[tokio::test]
async fn a_forward_sends_method_path_query_headers_and_the_exact_body() {
    let target = Target::start(|_| Reply::With {
        status: 201,
        headers: vec![("x-app", "seen".to_owned())],
        body: b"created by the app".to_vec(),
    })
    .await;
    let instance = support::start().await;
    instance
        .forwarding_inbox(
            "shop",
            json!({
                "url": target.url("/hooks/"),
                "headers": [{"name": "X-Added", "value": "by hookbench"}],
                "remove_headers": ["x-remove-me"],
            }),
        )
        .await;

    let answer = raw_request(&instance, &request_bytes("/shop/orders/7?a=%20b&a=2")).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the inbox's own answer: {answer}"
    );

    let received = target.wait_for(1).await.remove(0);
    assert_eq!(received.method, "PUT");
    assert_eq!(received.target, "/hooks/orders/7?a=%20b&a=2");
    assert_eq!(received.body, BODY, "the body arrives byte for byte");
    let values = |name: &str| -> Vec<&str> {
        received
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    };
    assert_eq!(
        values("x-repeat"),
        vec!["one", "two"],
        "repeats kept in order"
    );
    assert_eq!(values("content-type"), vec!["application/octet-stream"]);
    assert_eq!(
        values("host"),
        vec![target.addr.to_string()],
        "Host is the target's"
    );
    assert_eq!(values("x-added"), vec!["by hookbench"]);
    assert!(
        values("x-remove-me").is_empty(),
        "a removed header is not sent"
    );
    assert!(
        values("x-hop").is_empty(),
        "a header the Connection header names is hop-by-hop"
    );
    assert!(values("keep-alive").is_empty());
    assert_eq!(values("content-length"), vec![BODY.len().to_string()]);

    let capture = newest_capture(&instance, "shop").await;
    let detail = instance
        .await_forward(&capture, |d| d.status == DeliveryStatus::Succeeded)
        .await;
    assert_eq!(detail.delivery.source, DeliverySource::Forward);
    assert_eq!(detail.delivery.event, "PUT /shop/orders/7");
    let attempt = &detail.attempts[0];
    assert_eq!(
        attempt.request.url,
        target.url("/hooks/orders/7?a=%20b&a=2")
    );
    assert_eq!(attempt.request.body.encoding, BodyEncoding::Base64);
    let response = attempt.response.as_ref().unwrap();
    assert_eq!(response.status, 201);
    assert_eq!(response.body.data, "created by the app");
}

#[tokio::test]
async fn an_inbox_answering_with_the_target_passes_its_status_headers_and_body_back() {
    let target = Target::start(|_| Reply::With {
        status: 202,
        headers: vec![("x-app", "seen".to_owned())],
        body: b"{\"app\":\"accepted\"}".to_vec(),
    })
    .await;
    let instance = support::start().await;
    instance
        .forwarding_inbox(
            "app",
            json!({"url": target.url(""), "respond_with": "target"}),
        )
        .await;

    let response = instance
        .http
        .post(instance.receiver("/app/events?source=stripe"))
        .header("content-type", "application/json")
        .body("{\"id\":\"evt_1\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    assert_eq!(response.headers()["x-app"], "seen");
    assert_eq!(response.text().await.unwrap(), "{\"app\":\"accepted\"}");
    assert_eq!(target.received()[0].target, "/events?source=stripe");

    // The capture keeps what the sender got, and its forward the target's answer.
    let capture_id = newest_capture(&instance, "app").await;
    let capture = instance
        .get_json(&format!("/api/captures/{capture_id}"))
        .await;
    assert_eq!(capture["response"]["status"], 202);
    assert_eq!(
        capture["response"]["body"]["data"],
        "{\"app\":\"accepted\"}"
    );
    let forwards = instance.relays_of(&capture_id).await;
    assert_eq!(forwards.len(), 1);
    assert_eq!(forwards[0].status, DeliveryStatus::Succeeded);
    assert_eq!(forwards[0].last_status, Some(202));
}
