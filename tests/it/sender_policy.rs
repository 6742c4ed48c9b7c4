//! The retry policy and the outbox scheduler's limits, as pure functions.

use std::time::Duration;

use hookbench::catalog::SuccessRule;
use hookbench::model::{DeliveryStatus, RetryPolicy, TransportErrorKind, Webhook};
use hookbench::services::delivery::outbox::{Outbox, Ready};
use hookbench::services::delivery::retry::{classify, next, Decision, Outcome};
use hookbench::store::Due;

#[test]
fn what_is_retried_and_what_is_final() {
    let cases = [
        (Some(200), None, false, Outcome::Succeeded),
        (Some(204), None, false, Outcome::Succeeded),
        (Some(500), None, false, Outcome::Retryable),
        (Some(503), None, false, Outcome::Retryable),
        (Some(429), None, false, Outcome::Retryable),
        (Some(404), None, false, Outcome::Final),
        (Some(404), None, true, Outcome::Retryable),
        (Some(410), None, true, Outcome::Gone),
        (Some(301), None, false, Outcome::Final),
        (
            None,
            Some(TransportErrorKind::Timeout),
            false,
            Outcome::Retryable,
        ),
        (
            None,
            Some(TransportErrorKind::ConnectionRefused),
            false,
            Outcome::Retryable,
        ),
        (
            None,
            Some(TransportErrorKind::Tls),
            false,
            Outcome::Retryable,
        ),
        (
            None,
            Some(TransportErrorKind::Dns),
            false,
            Outcome::Retryable,
        ),
        (
            None,
            Some(TransportErrorKind::Blocked),
            false,
            Outcome::Final,
        ),
        (
            None,
            Some(TransportErrorKind::InvalidUrl),
            false,
            Outcome::Final,
        ),
    ];
    for (status, error, client_errors, expected) in cases {
        assert_eq!(
            classify(status, error, client_errors, SuccessRule::AnyTwoHundred),
            expected,
            "{status:?} {error:?}"
        );
    }
    // Connectly counts only 200: another 2xx is a failure worth another try.
    let only_ok = SuccessRule::OnlyOk;
    assert_eq!(
        classify(Some(200), None, false, only_ok),
        Outcome::Succeeded
    );
    for status in [201, 202, 204] {
        assert_eq!(
            classify(Some(status), None, false, only_ok),
            Outcome::Retryable
        );
    }
    assert_eq!(classify(Some(404), None, false, only_ok), Outcome::Final);
}

#[test]
fn a_webhook_on_its_providers_behaviour_retries_as_the_profile_documents() {
    let catalog = hookbench::catalog::Catalog::embedded().unwrap();
    for seed in [
        "connexify",
        "connectgain",
        "leadsie",
        "connectly",
        "workspace",
    ] {
        let rules = &catalog.provider(seed).unwrap().delivery;
        assert_eq!(rules.retry_delays_ms, Some(vec![]), "{seed}");
        assert!(!rules.retry_note.is_empty(), "{seed}");
        assert_eq!(
            RetryPolicy::Provider.resolve(rules),
            RetryPolicy::None,
            "{seed}"
        );
        // Hookbench's schedule stays what the webhook chose.
        assert_eq!(RetryPolicy::Standard.resolve(rules), RetryPolicy::Standard);
    }
    // The extra profiles state their providers' documented behaviour: GitHub redelivers only by
    // hand; Slack retries after about a second, a minute and five minutes; Stripe three times
    // in test mode; Shopify 8 times over 4 hours.
    let delays = |id: &str| {
        let rules = &catalog.provider(id).unwrap().delivery;
        assert!(!rules.retry_note.is_empty(), "{id}");
        RetryPolicy::Provider.resolve(rules)
    };
    assert_eq!(delays("github"), RetryPolicy::None);
    assert_eq!(
        delays("slack"),
        RetryPolicy::Custom {
            delays_ms: vec![1000, 60_000, 300_000]
        }
    );
    let stripe = delays("stripe").delays();
    assert_eq!(stripe.len(), 3);
    let shopify: Duration = delays("shopify").delays().iter().sum();
    assert_eq!(shopify, Duration::from_secs(4 * 3600));
    // A profile that documents no schedule falls back to Hookbench's standard one.
    let generic = &catalog.provider("generic").unwrap().delivery;
    assert_eq!(
        RetryPolicy::Provider.resolve(generic),
        RetryPolicy::Standard
    );
    assert_eq!(RetryPolicy::default(), RetryPolicy::Provider);
}

fn decide(
    outcome: Outcome,
    attempt: u32,
    policy: &RetryPolicy,
    retry_after: Option<Duration>,
    random: f64,
) -> (DeliveryStatus, Option<Duration>) {
    let n = next(Decision {
        outcome,
        attempt,
        policy,
        manual: false,
        retry_after,
        random,
    });
    (n.status, n.after)
}

#[test]
fn the_standard_schedule_with_jitter_then_give_up() {
    let policy = RetryPolicy::Standard;
    let expected = [5, 300, 1800, 7200, 18000, 36000, 36000];
    for (index, seconds) in expected.iter().enumerate() {
        let attempt = index as u32 + 1;
        let low = decide(Outcome::Retryable, attempt, &policy, None, 0.0)
            .1
            .unwrap();
        let high = decide(Outcome::Retryable, attempt, &policy, None, 0.999)
            .1
            .unwrap();
        let exact = Duration::from_secs(*seconds);
        assert!(
            low >= exact.mul_f64(0.89) && low < exact,
            "attempt {attempt}: {low:?}"
        );
        assert!(
            high > exact && high <= exact.mul_f64(1.11),
            "attempt {attempt}: {high:?}"
        );
    }
    assert_eq!(
        decide(Outcome::Retryable, 8, &policy, None, 0.5),
        (DeliveryStatus::Failed, None)
    );
    let fast = RetryPolicy::Fast.delays();
    assert_eq!(fast, [1, 2, 5, 10, 30].map(Duration::from_secs));
    assert_eq!(
        decide(Outcome::Retryable, 1, &RetryPolicy::None, None, 0.5).0,
        DeliveryStatus::Failed
    );
}

#[test]
fn retry_after_wins_over_the_schedule_and_is_capped() {
    let policy = RetryPolicy::Custom {
        delays_ms: vec![10, 10],
    };
    let asked = decide(
        Outcome::Retryable,
        1,
        &policy,
        Some(Duration::from_secs(120)),
        0.5,
    );
    assert_eq!(
        asked,
        (DeliveryStatus::Retrying, Some(Duration::from_secs(120)))
    );
    let capped = decide(
        Outcome::Retryable,
        1,
        &policy,
        Some(Duration::from_secs(10 * 86_400)),
        0.5,
    );
    assert_eq!(capped.1, Some(Duration::from_secs(86_400)));
    let manual = next(Decision {
        outcome: Outcome::Retryable,
        attempt: 1,
        policy: &policy,
        manual: true,
        retry_after: None,
        random: 0.5,
    });
    assert_eq!(
        manual.status,
        DeliveryStatus::Failed,
        "a manual retry is one attempt"
    );
}

fn webhook(id: &str, max_in_flight: u32, active: bool) -> Webhook {
    serde_json::from_value(serde_json::json!({
        "id": id, "name": id, "url": "http://127.0.0.1:1/", "provider": "stripe",
        "max_in_flight": max_in_flight, "active": active,
        "consecutive_failures": 0, "disabled_reason": null, "created_at": 0, "updated_at": 0,
    }))
    .unwrap()
}

fn due(delivery: &str, webhook: &str, at: i64) -> Due {
    Due {
        delivery_id: delivery.into(),
        webhook_id: webhook.into(),
        at,
    }
}

fn ids(ready: &[Ready]) -> Vec<&str> {
    ready.iter().map(|r| r.delivery_id.as_str()).collect()
}

#[test]
fn the_scheduler_keeps_each_webhooks_limit_and_the_total() {
    let outbox = Outbox::new(3);
    outbox.load_webhooks(&[webhook("slow", 1, true), webhook("fast", 8, true)]);
    for n in 0..3 {
        outbox.schedule(due(&format!("slow-{n}"), "slow", 100 + n));
    }
    for n in 0..4 {
        outbox.schedule(due(&format!("fast-{n}"), "fast", 200 + n));
    }
    outbox.schedule(due("later", "fast", 10_000));
    let (ready, next) = outbox.take_ready(1_000);
    assert_eq!(
        ids(&ready),
        ["slow-0", "fast-0", "fast-1"],
        "one of slow, then up to 3 in all"
    );
    assert_eq!(next, None, "full: a finishing attempt wakes the worker");
    outbox.finished(&ready[1]);
    let (more, next) = outbox.take_ready(1_000);
    assert_eq!(ids(&more), ["fast-2"]);
    assert_eq!(next, None);
    outbox.finished(&ready[0]);
    outbox.finished(&ready[2]);
    let (last, next) = outbox.take_ready(1_000);
    assert_eq!(
        ids(&last),
        ["slow-1", "fast-3"],
        "the parked slow delivery comes back in order"
    );
    assert_eq!(next, None, "fast-2, slow-1 and fast-3 fill the three slots");
    outbox.finished(&more[0]);
    let (none, next) = outbox.take_ready(1_000);
    assert!(none.is_empty(), "slow-2 waits for slow-1");
    assert_eq!(next, Some(10_000));
}

#[test]
fn an_inactive_webhook_waits_until_it_is_turned_on() {
    let outbox = Outbox::new(10);
    outbox.load_webhooks(&[webhook("off", 4, false)]);
    outbox.schedule(due("a", "off", 1));
    outbox.schedule(due("b", "off", 2));
    assert!(outbox.take_ready(100).0.is_empty());
    outbox.webhook_changed(&webhook("off", 4, true));
    assert_eq!(ids(&outbox.take_ready(100).0), ["a", "b"]);
}

#[test]
fn a_delivery_is_never_in_flight_twice() {
    let outbox = Outbox::new(10);
    outbox.load_webhooks(&[webhook("w", 4, true)]);
    outbox.schedule(due("a", "w", 1));
    outbox.schedule(due("a", "w", 2));
    assert_eq!(ids(&outbox.take_ready(100).0), ["a"]);
}
