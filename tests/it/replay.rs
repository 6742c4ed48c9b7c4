//! Replays: captures sent again to a URL, re-signed on request, in arrival order, at a limited
//! rate, with progress and cancel.

use std::time::Duration;

use hookbench::signing::{self, Message, Scheme, Verification};
use serde_json::json;

use crate::relay_support::newest_capture;
use crate::support::{self, Instance};
use crate::target::{Reply, Target};

const SECRET: &str = "whsec_replay_test";

async fn capture(
    instance: &Instance,
    path: &str,
    headers: &[(String, String)],
    body: &str,
) -> String {
    let mut request = instance
        .http
        .post(instance.receiver(path))
        .body(body.to_owned());
    for (name, value) in headers {
        request = request.header(name, value);
    }
    assert_eq!(request.send().await.unwrap().status(), 200);
    newest_capture(
        instance,
        path.trim_start_matches('/').split('/').next().unwrap(),
    )
    .await
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[tokio::test]
async fn a_resigned_replay_verifies_with_the_schemes_verifier_where_the_original_is_stale() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let instance = support::start().await;
    let body = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
    let an_hour_ago = unix_now() - 3600;
    let signed = signing::sign(
        &Scheme::Stripe,
        &[SECRET.to_owned()],
        &Message {
            id: "evt_1",
            timestamp: an_hour_ago,
            body: body.as_bytes(),
        },
    )
    .unwrap();
    let id = capture(&instance, "/default/stripe", &signed, body).await;

    let verify = |headers: &[(String, String)], body: &[u8]| {
        signing::verify(
            &Scheme::Stripe,
            &[SECRET.to_owned()],
            headers,
            body,
            unix_now(),
            300,
        )
    };
    // As captured, the signature is an hour old: a consumer refuses it.
    assert!(matches!(
        verify(&signed, body.as_bytes()),
        Verification::Invalid { .. }
    ));

    let progress = instance
        .replay(json!({
            "captures": [id],
            "url": target.url("/webhooks"),
            "keep_path": false,
            "resign": {"provider": "stripe", "secret": SECRET},
        }))
        .await;
    assert_eq!(progress.total, 1);
    let received = target.wait_for(1).await.remove(0);
    assert_eq!(received.target, "/webhooks");
    assert_eq!(received.body, body.as_bytes());
    assert!(
        matches!(
            verify(&received.headers, &received.body),
            Verification::Valid { .. }
        ),
        "the replay is signed afresh: {:?}",
        verify(&received.headers, &received.body)
    );
    let signatures = received
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("stripe-signature"))
        .count();
    assert_eq!(
        signatures, 1,
        "the stale signature is replaced, not repeated"
    );
    let done = instance.await_replay(&progress.id).await;
    assert_eq!((done.succeeded, done.failed), (1, 0));
}

#[tokio::test]
async fn a_standard_webhooks_resign_keeps_the_captured_message_id() {
    let target = Target::start(|_| Reply::Status(204)).await;
    let instance = support::start().await;
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let body = "{\"test\": 2432232314}";
    let signed = signing::sign(
        &Scheme::StandardWebhooks,
        &[secret.to_owned()],
        &Message {
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp: 1_614_265_330,
            body: body.as_bytes(),
        },
    )
    .unwrap();
    let id = capture(&instance, "/default", &signed, body).await;
    instance
        .replay(json!({
            "captures": [id],
            "url": target.url("/"),
            "resign": {"provider": "standard-webhooks", "secret": secret},
        }))
        .await;
    let received = target.wait_for(1).await.remove(0);
    let verdict = signing::verify(
        &Scheme::StandardWebhooks,
        &[secret.to_owned()],
        &received.headers,
        &received.body,
        unix_now(),
        300,
    );
    assert!(matches!(verdict, Verification::Valid { .. }), "{verdict:?}");
    let id_header = received
        .headers
        .iter()
        .find(|(n, _)| n == "webhook-id")
        .unwrap();
    assert_eq!(id_header.1, "msg_p5jXN8AQM9LWM0D4loKWxJek");
}

#[tokio::test]
async fn a_bulk_replay_of_a_time_range_keeps_the_original_order_at_the_rate_asked() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let instance = support::start().await;
    let (status, _) = instance
        .post("/api/inboxes", json!({"slug": "bulk", "name": "Bulk"}))
        .await;
    assert_eq!(status, 201);
    let from = hookbench::base::clock::now_millis();
    for n in 1..=6 {
        capture(
            &instance,
            &format!("/bulk/n{n}"),
            &[],
            &format!("{{\"n\":{n}}}"),
        )
        .await;
    }
    // Another inbox's capture in the same range is not part of it.
    capture(&instance, "/default/other", &[], "{}").await;
    let progress = instance
        .replay(json!({"inbox": "bulk", "from": from, "url": target.url("/to"), "per_second": 20}))
        .await;
    assert_eq!(progress.total, 6);
    let done = instance.await_replay(&progress.id).await;
    assert_eq!(done.succeeded, 6);
    let received = target.received();
    let order: Vec<String> = received.iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        order,
        ["/to/n1", "/to/n2", "/to/n3", "/to/n4", "/to/n5", "/to/n6"]
    );
    let spread = received[5].at.duration_since(received[0].at);
    assert!(
        spread >= Duration::from_millis(240),
        "6 at 20 per second took {spread:?}"
    );
    let deliveries = instance
        .get_json(&format!(
            "/api/deliveries?webhook={}&source=replay",
            done.deliveries_filter
        ))
        .await;
    assert_eq!(deliveries["deliveries"].as_array().unwrap().len(), 6);
}

#[tokio::test]
async fn cancelling_a_replay_stops_what_is_still_waiting() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let instance = support::start().await;
    let mut ids = Vec::new();
    for n in 1..=5 {
        ids.push(capture(&instance, "/default", &[], &format!("{n}")).await);
    }
    let progress = instance
        .replay(json!({"captures": ids, "url": target.url("/"), "per_second": 1}))
        .await;
    target.wait_for(1).await;
    let (status, cancelled) = instance
        .post(&format!("/api/replays/{}/cancel", progress.id), json!({}))
        .await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(cancelled["waiting"], 0);
    assert!(cancelled["cancelled"].as_u64().unwrap() >= 3, "{cancelled}");
    let done = instance.replay_progress(&progress.id).await;
    assert_eq!(done.total, 5);
    assert!(target.received().len() <= 2);
}

#[tokio::test]
async fn replay_requests_that_cannot_work_are_refused_with_what_to_change() {
    let instance = support::start().await;
    let a = capture(&instance, "/default", &[], "a").await;
    let b = capture(&instance, "/default", &[], "b").await;
    let cases = [
        (
            json!({"url": "http://127.0.0.1:9/"}),
            "choose what to replay",
        ),
        (
            json!({"captures": [a, b], "url": "http://127.0.0.1:9/", "body": "x"}),
            "one at a time",
        ),
        (
            json!({"captures": [a], "url": "ftp://x"}),
            "the replay target",
        ),
        (
            json!({"captures": [a], "url": "http://127.0.0.1:9/", "per_second": 0}),
            "per_second",
        ),
        (
            json!({"captures": [a], "url": "http://127.0.0.1:9/", "resign": {"provider": "stripe", "secret": ""}}),
            "secret",
        ),
        (
            json!({"captures": ["nope"], "url": "http://127.0.0.1:9/"}),
            "nope",
        ),
        (
            json!({"inbox": "default", "from": 1, "to": 2, "url": "http://127.0.0.1:9/"}),
            "no capture",
        ),
    ];
    for (request, expected) in cases {
        let (status, body) = instance.post("/api/replays", request.clone()).await;
        assert!(status == 400 || status == 404, "{request}: {status} {body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{request}: {message}");
    }
    let (status, _) = instance
        .post("/api/replays/unknown/cancel", json!({}))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn an_edited_replay_sends_the_new_body_and_headers() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let instance = support::start().await;
    let id = capture(
        &instance,
        "/default/orig?q=1",
        &[("x-keep".into(), "k".into()), ("x-drop".into(), "d".into())],
        "{\"old\":true}",
    )
    .await;
    instance
        .replay(json!({
            "captures": [id],
            "url": target.url("/base"),
            "body": "{\"new\":true}",
            "headers": [{"name": "X-Keep", "value": "edited"}],
            "remove_headers": ["x-drop"],
        }))
        .await;
    let received = target.wait_for(1).await.remove(0);
    assert_eq!(received.target, "/base/orig?q=1");
    assert_eq!(received.body, b"{\"new\":true}");
    let keep: Vec<_> = received
        .headers
        .iter()
        .filter(|(n, _)| n == "x-keep")
        .collect();
    assert_eq!(keep.len(), 1);
    assert_eq!(keep[0].1, "edited");
    assert!(!received.headers.iter().any(|(n, _)| n == "x-drop"));
    assert_eq!(
        received
            .headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .unwrap()
            .1,
        "12"
    );
}

#[tokio::test]
async fn retrying_one_delivery_of_a_finished_replay_reopens_its_progress() {
    let target = Target::start(|n| Reply::Status(if n == 0 { 503 } else { 200 })).await;
    let instance = support::start().await;
    let id = capture(&instance, "/default", &[], "x").await;
    let progress = instance
        .replay(json!({"captures": [id], "url": target.url("/")}))
        .await;
    let done = instance.await_replay(&progress.id).await;
    assert_eq!(
        (done.failed, done.succeeded),
        (1, 0),
        "no retries by default: {done:?}"
    );
    let delivery = &instance.relays_of(&id).await[0];
    assert_eq!(delivery.last_status, Some(503));
    let mut events = instance.running.engine().bus().subscribe();
    let (status, _) = instance
        .post(&format!("/api/deliveries/{}/retry", delivery.id), json!({}))
        .await;
    assert_eq!(status, 200);
    let again = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if let Ok(hookbench::model::EngineEvent::ReplayProgress { replay }) =
                events.recv().await
            {
                if replay.id == progress.id && replay.succeeded == 1 {
                    return replay;
                }
            }
        }
    })
    .await
    .expect("the retried replay succeeds within 10 s");
    assert_eq!((again.failed, again.waiting), (0, 0));
}
