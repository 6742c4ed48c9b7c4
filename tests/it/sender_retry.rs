//! The retry rules against local targets that fail on purpose, and disabling after repeated
//! failures.

use std::time::Duration;

use hookbench::model::EngineEvent;
use hookbench::model::{DeliveryStatus, TransportErrorKind};
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

fn quick(delays: &[u64]) -> serde_json::Value {
    json!({"retry": {"preset": "custom", "delays_ms": delays}})
}

#[tokio::test]
async fn a_5xx_is_retried_until_it_succeeds() {
    let instance = support::start().await;
    let target = Target::start(|n| Reply::Status(if n < 2 { 503 } else { 200 })).await;
    instance
        .webhook(config(
            "flaky",
            "stripe",
            &target.url("/"),
            json!({"retry": {"preset": "custom", "delays_ms": [20, 20, 20]}, "secrets": ["whsec_x"]}),
        ))
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;
    let statuses: Vec<u16> = detail
        .attempts
        .iter()
        .map(|a| a.response.as_ref().unwrap().status)
        .collect();
    assert_eq!(statuses, [503, 503, 200]);
    assert_eq!(detail.delivery.attempts, 3);
    let ids: Vec<String> = target
        .received()
        .iter()
        .map(|r| {
            r.headers
                .iter()
                .find(|(n, _)| n == "stripe-signature")
                .unwrap()
                .1
                .clone()
        })
        .collect();
    assert_eq!(ids.len(), 3, "each attempt is signed afresh");
}

#[tokio::test]
async fn a_429_waits_as_long_as_retry_after_asks() {
    let instance = support::start().await;
    let target = Target::start(|n| match n {
        0 => Reply::With {
            status: 429,
            headers: vec![("retry-after", "1".into())],
            body: b"slow down".to_vec(),
        },
        _ => Reply::Status(200),
    })
    .await;
    instance
        .webhook(config("limited", "stripe", &target.url("/"), quick(&[10])))
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;
    let received = target.received();
    let gap = received[1].at - received[0].at;
    assert!(
        gap >= Duration::from_millis(950),
        "retried after {gap:?}, before Retry-After"
    );
}

#[tokio::test]
async fn a_4xx_is_final_unless_the_policy_retries_client_errors() {
    let instance = support::start().await;
    let target = Target::start(|n| Reply::Status(if n == 0 { 404 } else { 200 })).await;
    let strict = instance
        .webhook(config("strict", "stripe", &target.url("/a"), quick(&[10])))
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(detail.attempts.len(), 1);

    let mut lenient = strict.config.clone();
    lenient.retry_client_errors = true;
    let target = Target::start(|n| Reply::Status(if n == 0 { 404 } else { 200 })).await;
    lenient.url = target.url("/b");
    let (status, _) = instance
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/webhooks/{}", strict.id),
            serde_json::to_value(&lenient).unwrap(),
        )
        .await;
    assert_eq!(status, 200);
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;
    assert_eq!(detail.attempts.len(), 2);
}

#[tokio::test]
async fn transport_failures_are_recorded_and_retried() {
    let instance = support::start().await;
    // Connection refused: a port that was just free.
    let refused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let hanging = Target::start(|_| Reply::Hang).await;
    let plain = Target::start(|_| Reply::Status(200)).await;
    let cases = [
        (
            format!("http://{refused}/"),
            TransportErrorKind::ConnectionRefused,
        ),
        (hanging.url("/"), TransportErrorKind::Timeout),
        (format!("https://{}/", plain.addr), TransportErrorKind::Tls),
    ];
    for (url, kind) in cases {
        let webhook = instance
            .webhook(config(
                "broken",
                "standard-webhooks",
                &url,
                json!({
                    "timeout_ms": 300,
                    "retry": {"preset": "custom", "delays_ms": [10]},
                }),
            ))
            .await;
        let (_, result) = instance
            .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
            .await;
        let id = result["deliveries"][0]["id"].as_str().unwrap().to_owned();
        let detail = instance
            .await_status(&id, DeliveryStatus::Failed, SOON)
            .await;
        assert_eq!(
            detail.attempts.len(),
            2,
            "{url}: retried once, then gave up"
        );
        for attempt in &detail.attempts {
            assert!(attempt.response.is_none());
            assert_eq!(attempt.error.as_ref().unwrap().kind, kind, "{url}");
            assert!(
                !attempt.request.headers.is_empty(),
                "the request is logged even so"
            );
        }
        assert!(detail.delivery.last_error.is_some());
    }
}

#[tokio::test]
async fn repeated_failures_disable_the_webhook_and_re_enabling_resumes() {
    let instance = support::start().await;
    let mut bus = instance.running.engine().bus().subscribe();
    let (target, fixed) = Target::failing_until_healed().await;
    let webhook = instance
        .webhook(config(
            "dying",
            "stripe",
            &target.url("/"),
            json!({
                "retry": {"preset": "none"},
                "failure_threshold": 2,
            }),
        ))
        .await;
    for _ in 0..2 {
        let id = instance.trigger_one("stripe", "charge.succeeded").await;
        instance
            .await_status(&id, DeliveryStatus::Failed, SOON)
            .await;
    }
    let alert = tokio::time::timeout(SOON, async {
        loop {
            if let Ok(EngineEvent::WebhookDisabled { webhook, reason }) = bus.recv().await {
                return (webhook, reason);
            }
        }
    })
    .await
    .expect("an alert is published");
    assert_eq!(alert.0.id, webhook.id);
    assert!(
        alert.1.contains("2 consecutive deliveries failed"),
        "{}",
        alert.1
    );
    let stored = instance
        .get_json(&format!("/api/webhooks/{}", webhook.id))
        .await;
    assert_eq!(stored["active"], false);
    assert_eq!(stored["consecutive_failures"], 2);

    // A trigger now passes it over, saying why; a Test waits in the outbox.
    let skipped = instance.trigger("stripe", "charge.succeeded").await;
    assert!(skipped.deliveries.is_empty());
    assert!(skipped.skipped[0].reason.contains("disabled by Hookbench"));
    let (_, test) = instance
        .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
        .await;
    let waiting = test["deliveries"][0]["id"].as_str().unwrap().to_owned();

    fixed.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut enabled = serde_json::to_value(&webhook.config).unwrap();
    enabled["active"] = json!(true);
    let (status, body) = instance
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/webhooks/{}", webhook.id),
            enabled,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["consecutive_failures"], 0);
    assert_eq!(body["disabled_reason"], serde_json::Value::Null);
    instance
        .await_status(&waiting, DeliveryStatus::Succeeded, SOON)
        .await;
}

#[tokio::test]
async fn a_410_gone_disables_the_webhook_at_once() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(410)).await;
    let webhook = instance
        .webhook(config("gone", "stripe", &target.url("/"), json!({})))
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    let stored = instance
        .get_json(&format!("/api/webhooks/{}", webhook.id))
        .await;
    assert_eq!(stored["active"], false);
    assert!(stored["disabled_reason"].as_str().unwrap().contains("410"));
}

#[tokio::test]
async fn manual_retry_retry_all_failed_and_cancel_pending() {
    let instance = support::start().await;
    let (target, healthy) = Target::failing_until_healed().await;
    let webhook = instance
        .webhook(config(
            "w",
            "stripe",
            &target.url("/"),
            json!({"retry": {"preset": "none"}, "failure_threshold": 0}),
        ))
        .await;
    let mut failed = Vec::new();
    for _ in 0..3 {
        let id = instance.trigger_one("stripe", "charge.succeeded").await;
        instance
            .await_status(&id, DeliveryStatus::Failed, SOON)
            .await;
        failed.push(id);
    }
    healthy.store(true, std::sync::atomic::Ordering::SeqCst);
    let (status, retried) = instance
        .post(&format!("/api/deliveries/{}/retry", failed[0]), json!({}))
        .await;
    assert_eq!(status, 200, "{retried}");
    let detail = instance
        .await_status(&failed[0], DeliveryStatus::Succeeded, SOON)
        .await;
    assert_eq!(detail.attempts.len(), 2);
    let bodies: std::collections::HashSet<String> = target
        .received()
        .iter()
        .map(|r| String::from_utf8(r.body.clone()).unwrap())
        .collect();
    assert_eq!(bodies.len(), 3, "the retry sent the same payload again");

    let (status, answer) = instance
        .post(
            &format!("/api/webhooks/{}/retry-failed", webhook.id),
            json!({}),
        )
        .await;
    assert_eq!((status, answer["retried"].as_u64()), (200, Some(2)));
    for id in &failed[1..] {
        instance
            .await_status(id, DeliveryStatus::Succeeded, SOON)
            .await;
    }

    // Cancel: a delivery waiting for a retry far in the future.
    let mut slow = webhook.config.clone();
    slow.retry = hookbench::model::RetryPolicy::Standard;
    slow.url = format!("http://{}/", {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    });
    instance
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/webhooks/{}", webhook.id),
            serde_json::to_value(&slow).unwrap(),
        )
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    instance
        .await_status(&id, DeliveryStatus::Retrying, SOON)
        .await;
    let (status, answer) = instance
        .post(
            &format!("/api/webhooks/{}/cancel-pending", webhook.id),
            json!({}),
        )
        .await;
    assert_eq!((status, answer["cancelled"].as_u64()), (200, Some(1)));
    let detail = instance.delivery(&id).await;
    assert_eq!(detail.delivery.status, DeliveryStatus::Cancelled);
    assert_eq!(detail.delivery.next_attempt_at, None);
    let (status, _) = instance
        .post(&format!("/api/deliveries/{id}/cancel"), json!({}))
        .await;
    assert_eq!(status, 409, "nothing left to cancel");
}
