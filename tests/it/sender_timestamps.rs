//! The time a delivery's attempts carry: ConnectGain stamps the event once (header and body equal
//! on every attempt, retries included); Stripe signs each attempt with the time it is sent.

use hookbench::model::DeliveryStatus;
use hookbench::signing::{self, Scheme, Verification};
use serde_json::{json, Value};

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Received, Reply, Target};

/// A retry more than a second later even with the schedule's 10 % jitter, so times in seconds
/// stamped per attempt would differ.
const LATER: u64 = 1_500;

fn header<'r>(received: &'r Received, name: &str) -> &'r str {
    received
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} header"))
}

/// Both attempts of one delivery to a target that fails once then succeeds.
async fn two_attempts(provider: &str, event: &str, secret: &str) -> Vec<Received> {
    let instance = support::start().await;
    let target = Target::start(|n| Reply::Status(if n == 0 { 503 } else { 200 })).await;
    instance
        .webhook(config(
            "fails once",
            provider,
            &target.url("/hook"),
            json!({"secrets": [secret], "retry": {"preset": "custom", "delays_ms": [LATER]}}),
        ))
        .await;
    let id = instance.trigger_one(provider, event).await;
    instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;
    let received = target.received();
    assert_eq!(received.len(), 2);
    received
}

#[tokio::test]
async fn connectgain_header_and_body_timestamps_are_the_events_on_every_attempt() {
    let secret = "your-secret-key";
    let attempts = two_attempts("connectgain", "contact.created", secret).await;
    let mut stamps = Vec::new();
    for attempt in &attempts {
        let body: Value = serde_json::from_slice(&attempt.body).unwrap();
        let stamp = header(attempt, "X-Webhook-Timestamp");
        assert_eq!(body["timestamp"], stamp, "header and body agree");
        stamps.push(stamp.to_owned());
        // As the profile documents it: the hex HMAC-SHA256 of the raw body.
        let provider = hookbench::catalog::Catalog::embedded()
            .unwrap()
            .provider("connectgain")
            .unwrap();
        let scheme = hookbench::services::provider::request::scheme(provider).unwrap();
        let verdict = signing::verify(
            &scheme,
            &[secret.to_owned()],
            &attempt.headers,
            &attempt.body,
            0,
            300,
        );
        assert!(matches!(verdict, Verification::Valid { .. }), "{verdict:?}");
    }
    assert_eq!(stamps[0], stamps[1], "the retry carries the event's time");
    assert!(attempts[1].at.duration_since(attempts[0].at).as_millis() >= 1_000);
}

#[tokio::test]
async fn stripe_signs_each_attempt_with_the_time_it_is_sent() {
    let attempts = two_attempts("stripe", "charge.succeeded", "whsec_x").await;
    let times: Vec<i64> = attempts
        .iter()
        .map(|a| {
            let signature = header(a, "Stripe-Signature");
            let t = signature.split(',').find_map(|p| p.strip_prefix("t="));
            t.unwrap().parse().unwrap()
        })
        .collect();
    assert!(times[1] > times[0], "{times:?}");
    for (attempt, t) in attempts.iter().zip(&times) {
        let headers = [(
            "Stripe-Signature".to_owned(),
            header(attempt, "Stripe-Signature").to_owned(),
        )];
        let verdict = signing::verify(
            &Scheme::Stripe,
            &["whsec_x".to_owned()],
            &headers,
            &attempt.body,
            *t,
            300,
        );
        assert!(matches!(verdict, Verification::Valid { .. }), "{verdict:?}");
    }
}
