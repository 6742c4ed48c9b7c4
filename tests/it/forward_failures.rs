//! A failing, slow or unreachable forward target is shown (a clear 502 to the sender, the
//! attempt in the log) and retried per the inbox's policy, never swallowed.

use std::time::{Duration, Instant};

use hookbench::model::{DeliveryStatus, TransportErrorKind};
use serde_json::json;

use crate::relay_support::newest_capture;
use crate::support::{self, Instance};
use crate::target::{Reply, Target};

async fn post(instance: &Instance, path: &str) -> (u16, String, Duration) {
    let started = Instant::now();
    let response = instance
        .http
        .post(instance.receiver(path))
        .body("{\"n\":1}")
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap(), started.elapsed())
}

#[tokio::test]
async fn an_unreachable_target_gets_the_sender_a_502_that_says_why_and_is_retried() {
    let (target, healed) = Target::failing_until_healed().await;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let instance = support::start().await;
    instance
        .forwarding_inbox(
            "down",
            json!({
                "url": format!("http://{closed}/hooks"),
                "respond_with": "target",
                "retry": {"preset": "custom", "delays_ms": [60_000]},
            }),
        )
        .await;
    let (status, body, _) = post(&instance, "/down").await;
    assert_eq!(status, 502, "{body}");
    let error: serde_json::Value = serde_json::from_str(&body).unwrap();
    let message = error["error"].as_str().unwrap();
    assert!(
        message.contains(&format!("http://{closed}/hooks")),
        "{message}"
    );
    assert!(message.contains("refused"), "{message}");
    assert!(message.contains("will be retried"), "{message}");

    let capture = newest_capture(&instance, "down").await;
    let detail = instance.await_forward(&capture, |d| d.attempts == 1).await;
    assert_eq!(detail.delivery.status, DeliveryStatus::Retrying);
    assert!(detail.delivery.next_attempt_at.is_some());
    let error = detail.attempts[0].error.as_ref().unwrap();
    assert_eq!(error.kind, TransportErrorKind::ConnectionRefused);
    let captured = instance.get_json(&format!("/api/captures/{capture}")).await;
    assert_eq!(
        captured["response"]["status"], 502,
        "the capture keeps the 502 it answered"
    );

    // A 5xx from the target is its answer (passed on), and retried until it heals.
    instance
        .forwarding_inbox(
            "flaky",
            json!({
                "url": target.url("/"),
                "respond_with": "target",
                "retry": {"preset": "custom", "delays_ms": [50, 50, 50, 50, 50, 50]},
            }),
        )
        .await;
    let (status, _, _) = post(&instance, "/flaky").await;
    assert_eq!(status, 500);
    let capture = newest_capture(&instance, "flaky").await;
    instance.await_forward(&capture, |d| d.attempts >= 2).await;
    healed.store(true, std::sync::atomic::Ordering::SeqCst);
    let detail = instance
        .await_forward(&capture, |d| d.status == DeliveryStatus::Succeeded)
        .await;
    assert!(detail.attempts.len() >= 3, "{:?}", detail.delivery);
    assert_eq!(
        detail
            .attempts
            .last()
            .unwrap()
            .response
            .as_ref()
            .unwrap()
            .status,
        200
    );
}

#[tokio::test]
async fn a_slow_target_times_out_within_the_forward_timeout_and_is_tried_again() {
    let target = Target::start(|n| {
        if n == 0 {
            Reply::Hang
        } else {
            Reply::Status(204)
        }
    })
    .await;
    let instance = support::start().await;
    instance
        .forwarding_inbox(
            "slow",
            json!({
                "url": target.url("/"),
                "respond_with": "target",
                "timeout_ms": 300,
                "retry": {"preset": "custom", "delays_ms": [50]},
            }),
        )
        .await;
    let (status, body, took) = post(&instance, "/slow").await;
    assert_eq!(status, 502, "{body}");
    assert!(body.contains("no answer within"), "{body}");
    assert!(took < Duration::from_secs(5), "the sender waited {took:?}");

    let capture = newest_capture(&instance, "slow").await;
    let detail = instance
        .await_forward(&capture, |d| d.status == DeliveryStatus::Succeeded)
        .await;
    assert_eq!(detail.attempts.len(), 2);
    let first = detail.attempts[0].error.as_ref().unwrap();
    assert_eq!(first.kind, TransportErrorKind::Timeout);
    assert_eq!(detail.attempts[1].response.as_ref().unwrap().status, 204);
}

#[tokio::test]
async fn an_own_response_inbox_answers_at_once_and_retries_the_forward_in_the_background() {
    let (target, healed) = Target::failing_until_healed().await;
    let instance = support::start().await;
    instance
        .forwarding_inbox(
            "bg",
            json!({"url": target.url("/x"), "retry": {"preset": "custom", "delays_ms": [50, 50, 50, 50, 50]}}),
        )
        .await;
    let (status, _, _) = post(&instance, "/bg").await;
    assert_eq!(status, 200, "the inbox's own response");
    let capture = newest_capture(&instance, "bg").await;
    let failed = instance.await_forward(&capture, |d| d.attempts >= 1).await;
    assert_eq!(failed.attempts[0].response.as_ref().unwrap().status, 500);
    assert!(failed
        .delivery
        .last_error
        .as_deref()
        .unwrap_or("")
        .contains("500"));
    healed.store(true, std::sync::atomic::Ordering::SeqCst);
    instance
        .await_forward(&capture, |d| d.status == DeliveryStatus::Succeeded)
        .await;
}

#[tokio::test]
async fn forwarding_to_the_receiver_itself_is_refused_instead_of_looping() {
    let instance = support::start().await;
    let own = instance.receiver("/loop");
    instance
        .forwarding_inbox(
            "loop",
            json!({"url": own, "respond_with": "target", "retry": {"preset": "none"}}),
        )
        .await;
    let (status, body, _) = post(&instance, "/loop").await;
    assert_eq!(status, 502, "{body}");
    assert!(body.contains("forward to itself"), "{body}");
    let list = instance.get_json("/api/captures?inbox=loop").await;
    assert_eq!(
        list["captures"].as_array().unwrap().len(),
        1,
        "one capture, no loop"
    );
}

#[tokio::test]
async fn a_forward_target_that_is_not_a_url_is_refused_with_what_to_do() {
    let instance = support::start().await;
    let (status, body) = instance
        .post(
            "/api/inboxes",
            json!({"slug": "bad", "name": "bad", "config": {"forward": {"url": "localhost:3000"}}}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("the forward target"), "{message}");
    assert!(message.contains("http://"), "{message}");
}
