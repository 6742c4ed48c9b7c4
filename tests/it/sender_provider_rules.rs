//! Delivery semantics from the provider's page: what counts as delivered (Connectly: only 200)
//! and each provider's own retry behaviour as a new webhook's default (the seed providers: no
//! automatic retry), with Hookbench's standard schedule an explicit choice.

use hookbench::model::{DeliveryStatus, RetryPolicy};
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

#[tokio::test]
async fn connectly_counts_only_200_as_delivered_and_others_any_2xx() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(204)).await;
    for provider in ["connectly", "connectgain"] {
        instance
            .webhook(config(provider, provider, &target.url("/"), json!({})))
            .await;
    }
    let strict = instance.trigger_one("connectly", "delivery_status").await;
    let strict = instance
        .await_status(&strict, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(strict.delivery.last_status, Some(204));
    assert_eq!(
        strict.delivery.last_error.as_deref(),
        Some("HTTP 204 No Content: Connectly counts only 200 as delivered")
    );
    assert!(!strict.attempts[0].succeeded);

    let lenient = instance.trigger_one("connectgain", "contact.created").await;
    let lenient = instance
        .await_status(&lenient, DeliveryStatus::Succeeded, SOON)
        .await;
    assert!(lenient.attempts[0].succeeded && lenient.delivery.last_error.is_none());

    // What the UI explains the outcome with: the provider's rule.
    let providers = instance.get_json("/api/providers").await;
    let rule = |id: &str| {
        providers
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["delivery"]["success"]
            .clone()
    };
    assert_eq!(rule("connectly"), "200");
    assert_eq!(rule("connectgain"), "2xx");
}

#[tokio::test]
async fn a_new_seed_webhook_makes_one_attempt_and_hookbenchs_schedule_is_chosen_explicitly() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(503)).await;
    let own = instance
        .webhook(config("cg", "connectgain", &target.url("/"), json!({})))
        .await;
    assert_eq!(
        own.config.retry,
        RetryPolicy::Provider,
        "the provider's default"
    );
    let id = instance.trigger_one("connectgain", "contact.created").await;
    let failed = instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(failed.delivery.attempts, 1);
    assert!(failed.delivery.next_attempt_at.is_none());

    // Hookbench's standard schedule, chosen for this webhook: the same failure is retried.
    let mut changed = own.config.clone();
    changed.retry = RetryPolicy::Standard;
    let (status, body) = instance
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/webhooks/{}", own.id),
            serde_json::to_value(&changed).unwrap(),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let id = instance.trigger_one("connectgain", "contact.created").await;
    let retrying = instance
        .await_status(&id, DeliveryStatus::Retrying, SOON)
        .await;
    assert!(retrying.delivery.next_attempt_at.is_some());

    // A forward has no provider: "provider" retries are refused there, saying why.
    let forward = json!({"url": target.url("/"), "respond_with": "own", "headers": [],
                         "remove_headers": [], "timeout_ms": 5000,
                         "retry": {"preset": "provider"}, "allow_private_network": false});
    let (status, refused) = instance
        .post(
            "/api/inboxes",
            json!({"slug": "fwd", "name": "fwd", "config": {"forward": forward}}),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("a forward or replay has none"),
        "{refused}"
    );
}
