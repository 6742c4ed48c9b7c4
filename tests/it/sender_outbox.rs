//! The outbox: deliveries survive a restart and resume without duplicates, one slow target
//! holds up no other, and every kind of response is stored as received.

use std::collections::HashSet;

use hookbench::model::BodyEncoding;
use hookbench::model::{DeliveryFilter, DeliveryStatus, TriggerRequest, WebhookConfig};
use hookbench::{Config, Engine};
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

fn webhook_config(name: &str, url: &str, overrides: serde_json::Value) -> WebhookConfig {
    serde_json::from_value(config(name, "standard-webhooks", url, overrides)).unwrap()
}

fn trigger() -> TriggerRequest {
    TriggerRequest {
        provider: "standard-webhooks".into(),
        event: "user.created".into(),
        body: None,
        variant: None,
        webhook: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_deliveries_survive_a_restart_and_are_sent_once() {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::start(|_| Reply::Status(200)).await;
    // Queued while no instance runs: nothing delivers them yet.
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    engine
        .deliveries()
        .create_webhook(webhook_config("sink", &target.url("/"), json!({})))
        .await
        .unwrap();
    let mut queued = Vec::new();
    for _ in 0..20 {
        queued.extend(
            engine
                .deliveries()
                .trigger(trigger())
                .await
                .unwrap()
                .deliveries,
        );
    }
    engine.close();
    assert!(target.received().is_empty());

    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let instance = support::start_with(engine, None).await;
    for delivery in &queued {
        instance
            .await_status(&delivery.id, DeliveryStatus::Succeeded, SOON)
            .await;
    }
    let ids: Vec<String> = target
        .received()
        .iter()
        .map(|r| {
            r.headers
                .iter()
                .find(|(n, _)| n == "webhook-id")
                .unwrap()
                .1
                .clone()
        })
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        (ids.len(), unique.len()),
        (20, 20),
        "each delivery exactly once"
    );
    let expected: HashSet<&String> = queued.iter().map(|d| &d.message_id).collect();
    assert_eq!(unique, expected, "with the delivery's own stable id");
    instance.running.shutdown().await;

    // A second start sends nothing that already succeeded.
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let instance = support::start_with(engine, None).await;
    let waiting = |status| DeliveryFilter {
        status: Some(status),
        ..DeliveryFilter::default()
    };
    let engine = instance.running.engine();
    assert!(engine
        .deliveries()
        .list(waiting(DeliveryStatus::Pending))
        .await
        .unwrap()
        .deliveries
        .is_empty());
    assert!(engine
        .deliveries()
        .list(waiting(DeliveryStatus::Retrying))
        .await
        .unwrap()
        .deliveries
        .is_empty());
    let one_more = engine
        .deliveries()
        .trigger(trigger())
        .await
        .unwrap()
        .deliveries;
    instance
        .await_status(&one_more[0].id, DeliveryStatus::Succeeded, SOON)
        .await;
    assert_eq!(target.received().len(), 21);
    instance.running.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_target_holds_up_no_other_webhook() {
    let instance = support::start().await;
    let dead = Target::start(|_| Reply::Hang).await;
    let alive = Target::start(|_| Reply::Status(200)).await;
    let engine = instance.running.engine();
    engine
        .deliveries()
        .create_webhook(webhook_config(
            "dead",
            &dead.url("/"),
            json!({"max_in_flight": 2, "timeout_ms": 60000}),
        ))
        .await
        .unwrap();
    let healthy = engine
        .deliveries()
        .create_webhook(webhook_config("alive", &alive.url("/"), json!({})))
        .await
        .unwrap();
    let mut fast = Vec::new();
    for _ in 0..10 {
        let result = engine.deliveries().trigger(trigger()).await.unwrap();
        fast.extend(
            result
                .deliveries
                .into_iter()
                .filter(|d| d.webhook_id == healthy.id),
        );
    }
    for delivery in &fast {
        instance
            .await_status(&delivery.id, DeliveryStatus::Succeeded, SOON)
            .await;
    }
    dead.wait_for(2).await;
    assert_eq!(
        dead.max_concurrent(),
        2,
        "the dead target's limit is 2 in flight"
    );
    assert_eq!(dead.received().len(), 2, "the others wait their turn");
}

#[tokio::test]
async fn empty_binary_and_huge_responses_are_stored_as_received() {
    let instance = support::start().await;
    let binary: Vec<u8> = vec![0, 159, 146, 150, 255, 0xfe];
    let expected_binary = binary.clone();
    let target = Target::start(move |n| match n {
        0 => Reply::Status(200),
        1 => Reply::With {
            status: 200,
            headers: vec![("content-type", "application/octet-stream".into())],
            body: binary.clone(),
        },
        _ => Reply::With {
            status: 200,
            headers: vec![("content-type", "text/plain".into())],
            body: vec![b'a'; 30 * 1024 * 1024],
        },
    })
    .await;
    let engine = instance.running.engine();
    engine
        .deliveries()
        .create_webhook(webhook_config(
            "sink",
            &target.url("/"),
            json!({"max_in_flight": 1}),
        ))
        .await
        .unwrap();
    let mut responses = Vec::new();
    for _ in 0..3 {
        let id = engine
            .deliveries()
            .trigger(trigger())
            .await
            .unwrap()
            .deliveries[0]
            .id
            .clone();
        let detail = instance
            .await_status(&id, DeliveryStatus::Succeeded, SOON)
            .await;
        responses.push(detail.attempts[0].response.clone().unwrap());
    }
    assert_eq!(
        (responses[0].body.data.as_str(), responses[0].body_size),
        ("", 0)
    );
    assert_eq!(responses[1].body.encoding, BodyEncoding::Base64);
    assert_eq!(
        hookbench::base::encoding::base64_decode(&responses[1].body.data).unwrap(),
        expected_binary
    );
    let huge = &responses[2];
    assert!(huge.truncated);
    assert_eq!(huge.body.data.len(), 25 * 1024 * 1024);
    assert!(huge.body_size >= 25 * 1024 * 1024);
}
