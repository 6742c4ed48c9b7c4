//! Keep-alive: the outbox reuses a connection to the same origin between attempts, records each
//! attempt on it exactly, and moves to a fresh connection when the target closes one.

use std::sync::Arc;

use bytes::Bytes;
use hookbench::model::DeliveryStatus;
use hookbench::model::Header;
use hookbench::services::delivery::http::{self, HttpRequest, Pool, SendOptions};
use serde_json::json;
use tokio::io::AsyncWriteExt;

use crate::scripted::{self, read_request, response};
use crate::sender_support::{config, SOON};
use crate::support::start;
use crate::target::{Reply, Target};

fn post(url: String, marker: &str) -> HttpRequest {
    HttpRequest {
        method: "POST".to_owned(),
        url,
        headers: vec![Header::from_bytes("X-Marker", marker.as_bytes())],
        body: Bytes::from(format!("{{\"marker\":\"{marker}\"}}")),
    }
}

fn marker(exchange: &http::Exchange) -> &str {
    let header = exchange
        .request
        .headers
        .iter()
        .find(|h| h.name == "x-marker");
    header.map_or("", |h| h.value.as_str())
}

#[tokio::test]
async fn sequential_deliveries_to_one_webhook_share_one_connection() {
    let instance = start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    let webhook = config(
        "kept alive",
        "standard-webhooks",
        &target.url("/hook"),
        json!({"max_in_flight": 1}),
    );
    instance.webhook(webhook).await;
    let mut details = Vec::new();
    for _ in 0..5 {
        let id = instance
            .trigger_one("standard-webhooks", "user.created")
            .await;
        details.push(
            instance
                .await_status(&id, DeliveryStatus::Succeeded, SOON)
                .await,
        );
    }
    assert_eq!(target.connections(), 1, "five deliveries, one connection");
    let first = &details[0].attempts[0].timings;
    assert!(!first.reused && first.connect_ms.is_some(), "{first:?}");
    for detail in &details[1..] {
        let attempt = &detail.attempts[0];
        assert!(attempt.timings.reused, "{:?}", attempt.timings);
        assert_eq!(attempt.timings.connect_ms, None, "nothing was connected");
        assert!(attempt.remote_addr.is_some(), "the address is still known");
        // Each attempt's request is its own, not the previous one on that connection.
        let id = attempt
            .request
            .headers
            .iter()
            .find(|h| h.name == "webhook-id")
            .map(|h| h.value.clone());
        assert_eq!(id.as_deref(), Some(detail.delivery.message_id.as_str()));
    }
}

#[tokio::test]
async fn a_target_that_says_connection_close_gets_a_fresh_connection_each_time() {
    let instance = start().await;
    let target = Target::start(|_| Reply::With {
        status: 200,
        headers: vec![("connection", "close".to_owned())],
        body: Vec::new(),
    })
    .await;
    let webhook = config(
        "closing",
        "standard-webhooks",
        &target.url("/"),
        json!({"max_in_flight": 1}),
    );
    instance.webhook(webhook).await;
    for _ in 0..3 {
        let id = instance
            .trigger_one("standard-webhooks", "user.created")
            .await;
        let detail = instance
            .await_status(&id, DeliveryStatus::Succeeded, SOON)
            .await;
        assert!(!detail.attempts[0].timings.reused);
        assert!(detail.attempts[0].timings.connect_ms.is_some());
    }
    assert_eq!(target.connections(), 3);
}

#[tokio::test]
async fn the_pool_records_each_request_on_a_reused_connection_from_its_first_byte() {
    let target = Target::start(|_| Reply::Status(204)).await;
    let pool = Arc::new(Pool::default());
    let options = SendOptions::default();
    let first = http::send_pooled(post(target.url("/a"), "one"), &options, &pool).await;
    // A response is pooled once hyper has finished with it; wait for that, boundedly.
    tokio::time::timeout(SOON, async {
        while pool.idle_count() == 0 {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the connection went back to the pool");
    let second = http::send_pooled(post(target.url("/b"), "two"), &options, &pool).await;
    assert_eq!(first.response.as_ref().unwrap().status, 204);
    assert_eq!(second.response.as_ref().unwrap().status, 204);
    assert_eq!((marker(&first), marker(&second)), ("one", "two"));
    assert!(!first.timings.reused && second.timings.reused);
    assert!(second.timings.first_byte_ms.is_some());
    assert_eq!(target.connections(), 1);
    let bodies: Vec<Vec<u8>> = target.received().into_iter().map(|r| r.body).collect();
    assert_eq!(
        bodies,
        vec![
            br#"{"marker":"one"}"#.to_vec(),
            br#"{"marker":"two"}"#.to_vec()
        ]
    );
}

#[tokio::test]
async fn a_connection_the_target_closed_while_idle_is_not_used_again() {
    // Answers with keep-alive, then hangs up: as a server whose idle timeout ran out.
    let (closed_tx, mut closed) = tokio::sync::mpsc::unbounded_channel();
    let server = scripted::serve(move |mut stream| {
        let closed_tx = closed_tx.clone();
        async move {
            read_request(&mut stream).await;
            let _ = stream.write_all(&response("200 OK", &[], b"ok")).await;
            let _ = stream.shutdown().await;
            let _ = closed_tx.send(());
        }
    })
    .await;
    let pool = Arc::new(Pool::default());
    let options = SendOptions::default();
    let first = http::send_pooled(post(server.url("/"), "one"), &options, &pool).await;
    assert_eq!(first.response.as_ref().unwrap().status, 200);
    closed.recv().await.expect("the server hung up");
    for n in 0..3 {
        let next = http::send_pooled(post(server.url("/"), "again"), &options, &pool).await;
        let answer = next.response.as_ref();
        assert_eq!(
            answer.map(|r| r.status).ok(),
            Some(200),
            "attempt {n}: {next:?}"
        );
        assert!(!next.timings.reused, "a fresh connection each time");
        closed.recv().await.expect("the server hung up");
    }
    assert_eq!(server.connections(), 4);
}
