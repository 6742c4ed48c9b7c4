//! Redirects: not followed by default; followed per webhook, each hop checked against the reach
//! policy again, with the hops kept in the attempt.

use hookbench::model::{DeliveryStatus, TransportErrorKind};
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

fn redirect(status: u16, location: String) -> Reply {
    Reply::With {
        status,
        headers: vec![("location", location)],
        body: Vec::new(),
    }
}

fn following(url: &str) -> serde_json::Value {
    config(
        "follows",
        "stripe",
        url,
        json!({
            "follow_redirects": true,
            "retry": {"preset": "none"},
            "secrets": ["whsec_x"],
            "headers": [{"name": "Authorization", "value": "Bearer only-for-the-first-origin"}],
        }),
    )
}

fn header<'a>(received: &'a crate::target::Received, name: &str) -> Option<&'a str> {
    received
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn a_redirect_is_the_answer_unless_the_webhook_follows_them() {
    let instance = support::start().await;
    let elsewhere = Target::start(|_| Reply::Status(200)).await;
    let location = elsewhere.url("/moved");
    let target = Target::start(move |_| redirect(308, location.clone())).await;
    instance
        .webhook(config(
            "stays",
            "stripe",
            &target.url("/"),
            json!({"retry": {"preset": "none"}}),
        ))
        .await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(detail.attempts[0].response.as_ref().unwrap().status, 308);
    assert!(detail.attempts[0].redirects.is_empty());
    let error = detail.delivery.last_error.unwrap();
    assert!(error.contains("redirects are not followed"), "{error}");
    assert!(
        elsewhere.received().is_empty(),
        "the Location was not visited"
    );
}

#[tokio::test]
async fn a_307_is_followed_with_the_same_method_body_and_signature_but_no_credentials() {
    let instance = support::start().await;
    let final_target = Target::start(|_| Reply::Status(200)).await;
    let location = final_target.url("/new-home?kept=1");
    let first = Target::start(move |_| redirect(307, location.clone())).await;
    instance.webhook(following(&first.url("/old"))).await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;

    let sent = &first.received()[0];
    let arrived = &final_target.received()[0];
    assert_eq!(
        arrived.body, sent.body,
        "the body is sent again, byte for byte"
    );
    assert_eq!(
        header(arrived, "stripe-signature"),
        header(sent, "stripe-signature")
    );
    assert!(header(sent, "authorization").is_some());
    assert_eq!(
        header(arrived, "authorization"),
        None,
        "credentials stay with their origin"
    );

    let attempt = &detail.attempts[0];
    assert_eq!(attempt.redirects.len(), 1);
    assert_eq!(attempt.redirects[0].status, 307);
    assert_eq!(attempt.redirects[0].url, first.url("/old"));
    assert_eq!(
        attempt.redirects[0].location,
        final_target.url("/new-home?kept=1")
    );
    assert_eq!(attempt.request.method, "POST");
    assert_eq!(attempt.request.url, final_target.url("/new-home?kept=1"));
    assert_eq!(attempt.response.as_ref().unwrap().status, 200);
}

#[tokio::test]
async fn a_302_becomes_a_get_without_a_body_relative_locations_resolve() {
    let instance = support::start().await;
    let target = Target::start(|n| {
        if n == 0 {
            redirect(302, "../landing".to_owned())
        } else {
            Reply::Status(204)
        }
    })
    .await;
    instance.webhook(following(&target.url("/hooks/in"))).await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Succeeded, SOON)
        .await;
    let attempt = &detail.attempts[0];
    assert_eq!(attempt.request.method, "GET");
    assert_eq!(attempt.request.url, target.url("/landing"));
    assert!(attempt.request.body.data.is_empty());
    assert!(target.received()[1].body.is_empty());
    assert_eq!(
        header(&target.received()[1], "authorization"),
        header(&target.received()[0], "authorization"),
        "the same origin keeps its credentials"
    );
}

#[tokio::test]
async fn every_hop_is_checked_again_so_a_redirect_cannot_reach_metadata_or_the_api() {
    for api in [false, true] {
        let instance = support::start().await;
        let location = if api {
            instance.api("/api/webhooks")
        } else {
            "http://169.254.169.254/latest/meta-data/".to_owned()
        };
        let redirect_to = location.clone();
        let target = Target::start(move |_| redirect(302, redirect_to.clone())).await;
        instance.webhook(following(&target.url("/"))).await;
        let id = instance.trigger_one("stripe", "charge.succeeded").await;
        let detail = instance
            .await_status(&id, DeliveryStatus::Failed, SOON)
            .await;
        let attempt = &detail.attempts[0];
        assert_eq!(attempt.redirects.len(), 1, "{location}");
        assert_eq!(
            attempt.error.as_ref().map(|e| e.kind),
            Some(TransportErrorKind::Blocked),
            "{location}: {:?}",
            attempt.error
        );
        assert_eq!(attempt.remote_addr, None, "{location}: nothing connected");
    }
}

#[tokio::test]
async fn a_redirect_loop_stops_after_five_hops_with_the_reason() {
    let instance = support::start().await;
    let target = Target::start(|n| redirect(301, format!("/loop/{}", n + 1))).await;
    instance.webhook(following(&target.url("/loop/0"))).await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(
        target.received().len(),
        6,
        "the first request and five redirects"
    );
    assert_eq!(detail.attempts[0].redirects.len(), 5);
    let error = detail.delivery.last_error.unwrap();
    assert!(error.contains("stopped after 5 redirects"), "{error}");
}

#[tokio::test]
async fn a_redirect_without_a_usable_location_is_the_answer_with_the_reason() {
    let instance = support::start().await;
    let target = Target::start(|_| redirect(303, "ftp://files.example/".to_owned())).await;
    instance.webhook(following(&target.url("/"))).await;
    let id = instance.trigger_one("stripe", "charge.succeeded").await;
    let detail = instance
        .await_status(&id, DeliveryStatus::Failed, SOON)
        .await;
    assert_eq!(target.received().len(), 1);
    let error = detail.delivery.last_error.unwrap();
    assert!(
        error.contains("HTTP 303") && error.contains("not an http:// or https:// URL"),
        "{error}"
    );
}
