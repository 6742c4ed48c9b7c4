//! Triggering and delivering: fan-out, filters, signatures that verify at the other end, the
//! exact request and response in the log.

use hookbench::model::{DeliverySource, DeliveryStatus};
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

#[tokio::test]
async fn an_event_fans_out_to_subscribed_active_webhooks_whose_filters_match() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(204)).await;
    let all = instance
        .webhook(config("all", "connectgain", &target.url("/all"), json!({})))
        .await;
    let contacts = instance
        .webhook(config(
            "contacts",
            "connectgain",
            &target.url("/contacts"),
            json!({
                "events": ["contact.*"],
                "filters": [{"field": "event", "pattern": "contact.*"}],
            }),
        ))
        .await;
    let filtered = instance
        .webhook(config(
            "filtered",
            "connectgain",
            &target.url("/f"),
            json!({
                "filters": [{"field": "/data/nope", "pattern": "*"}],
            }),
        ))
        .await;
    let deals = instance
        .webhook(config(
            "deals",
            "connectgain",
            &target.url("/deals"),
            json!({"events": ["deal.*"]}),
        ))
        .await;
    let off = instance
        .webhook(config(
            "off",
            "connectgain",
            &target.url("/off"),
            json!({"active": false}),
        ))
        .await;
    instance
        .webhook(config(
            "stripe",
            "stripe",
            &target.url("/stripe"),
            json!({}),
        ))
        .await;

    let result = instance.trigger("connectgain", "contact.created").await;
    let mut chosen: Vec<&str> = result
        .deliveries
        .iter()
        .map(|d| d.webhook_id.as_str())
        .collect();
    chosen.sort();
    let mut expected = vec![all.id.as_str(), contacts.id.as_str()];
    expected.sort();
    assert_eq!(chosen, expected);
    let reasons: Vec<(String, String)> = result
        .skipped
        .iter()
        .map(|s| (s.webhook_id.clone(), s.reason.clone()))
        .collect();
    assert_eq!(
        reasons.len(),
        3,
        "the other provider's webhook is not mentioned: {reasons:?}"
    );
    let reason = |id: &str| reasons.iter().find(|(w, _)| w == id).unwrap().1.clone();
    assert!(
        reason(&filtered.id).contains("/data/nope"),
        "{}",
        reason(&filtered.id)
    );
    assert!(reason(&deals.id).contains("not subscribed to contact.created"));
    assert_eq!(reason(&off.id), "inactive");

    for delivery in &result.deliveries {
        assert_eq!(delivery.source, DeliverySource::Trigger);
        instance
            .await_status(&delivery.id, DeliveryStatus::Succeeded, SOON)
            .await;
    }
    let received = target.wait_for(2).await;
    assert_eq!(received.len(), 2);
    for request in received {
        let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
        assert_eq!(body["event"], "contact.created");
    }
}

#[tokio::test]
async fn a_delivery_is_signed_so_that_the_receiving_inbox_verifies_it() {
    let instance = support::start().await;
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let (status, body) = instance
        .post(
            "/api/inboxes",
            json!({"slug": "sw", "name": "SW", "config": {
                "verify": {"provider": "standard-webhooks", "secrets": [secret]}
            }}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let webhook = instance
        .webhook(config(
            "sw",
            "standard-webhooks",
            &instance.receiver("/sw/hook"),
            json!({
                "secrets": [secret],
            }),
        ))
        .await;
    let (status, result) = instance
        .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
        .await;
    assert_eq!(status, 202, "{result}");
    let id = result["deliveries"][0]["id"].as_str().unwrap();
    let detail = instance
        .await_status(id, DeliveryStatus::Succeeded, SOON)
        .await;
    assert_eq!(detail.delivery.source, DeliverySource::Test);
    assert_eq!(
        detail.delivery.event, "user.created",
        "the profile's test event"
    );

    let captures = instance.get_json("/api/captures?inbox=sw").await;
    let capture = &captures["captures"][0];
    assert_eq!(capture["signature"], "valid", "{capture}");

    // The log holds what was sent and what came back, exactly.
    let attempt = &detail.attempts[0];
    let response = attempt.response.as_ref().unwrap();
    assert_eq!(response.status, 200);
    let answer: serde_json::Value = serde_json::from_str(&response.body.data).unwrap();
    let full = instance
        .get_json(&format!(
            "/api/captures/{}",
            answer["captured"].as_str().unwrap()
        ))
        .await;
    assert_eq!(full["body"]["data"], attempt.request.body.data.as_str());
    let sent: Vec<(String, String)> = attempt
        .request
        .headers
        .iter()
        .map(|h| (h.name.to_ascii_lowercase(), h.value.clone()))
        .collect();
    let arrived: Vec<(String, String)> = full["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_ascii_lowercase(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        sent, arrived,
        "the attempt records the headers as they arrived"
    );
    let message_id = sent.iter().find(|(n, _)| n == "webhook-id").unwrap();
    assert_eq!(message_id.1, detail.delivery.message_id);
    assert!(attempt.timings.total_ms > 0.0);
    assert!(attempt.remote_addr.is_some());
}

#[tokio::test]
async fn leadsies_custom_user_id_flows_from_the_url_into_the_payload() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    instance
        .webhook(config(
            "leadsie",
            "leadsie",
            &target.url("/l?customUserId=user123456"),
            json!({}),
        ))
        .await;
    let result = instance.trigger("leadsie", "connection.created").await;
    instance
        .await_status(&result.deliveries[0].id, DeliveryStatus::Succeeded, SOON)
        .await;
    let received = target.wait_for(1).await;
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(body["user"], "user123456");
}

#[tokio::test]
async fn an_edited_payload_is_sent_byte_for_byte_and_bad_json_is_refused() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    instance
        .webhook(config(
            "gh",
            "github",
            &target.url("/gh"),
            json!({"secrets": ["s3cret"]}),
        ))
        .await;
    let edited = "{\n  \"zen\": \"Keep it logically awesome.\",\n  \"hook_id\": 1 }";
    let (status, result) = instance
        .post(
            "/api/events",
            json!({"provider": "github", "event": "ping", "body": edited}),
        )
        .await;
    assert_eq!(status, 202, "{result}");
    let received = target.wait_for(1).await;
    assert_eq!(received[0].body, edited.as_bytes());
    let signature = received[0]
        .headers
        .iter()
        .find(|(n, _)| n == "x-hub-signature-256")
        .unwrap();
    assert!(signature.1.starts_with("sha256="));

    let (status, answer) = instance
        .post(
            "/api/events",
            json!({"provider": "github", "event": "ping", "body": "{oops"}),
        )
        .await;
    assert_eq!(status, 400);
    assert!(answer["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not valid JSON"));
    let (status, answer) = instance
        .post(
            "/api/events",
            json!({"provider": "github", "event": "nope"}),
        )
        .await;
    assert!((400..500).contains(&status));
    assert!(answer["error"]["message"]
        .as_str()
        .unwrap()
        .contains("nope"));
}

#[tokio::test]
async fn a_captured_request_is_sent_again_as_an_event() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    instance
        .webhook(config(
            "stripe",
            "stripe",
            &target.url("/s"),
            json!({"secrets": ["whsec_abc"]}),
        ))
        .await;
    let body = r#"{"id":"evt_1","object":"event","type":"customer.created","data":{"object":{}}}"#;
    let capture = instance.post_capture("/default/stripe", body).await;
    let (status, result) = instance
        .post(&format!("/api/captures/{capture}/send"), json!({}))
        .await;
    assert_eq!(status, 202, "{result}");
    assert_eq!(result["deliveries"][0]["event"], "customer.created");
    assert_eq!(result["deliveries"][0]["source"], "capture");
    let received = target.wait_for(1).await;
    assert_eq!(received[0].body, body.as_bytes());

    let unknown = instance
        .post_capture("/default/x", r#"{"hello":"world"}"#)
        .await;
    let (status, answer) = instance
        .post(&format!("/api/captures/{unknown}/send"), json!({}))
        .await;
    assert_eq!(status, 400);
    assert!(answer["error"]["message"]
        .as_str()
        .unwrap()
        .contains("choose the provider"));
}

#[tokio::test]
async fn the_log_filters_by_webhook_status_event_and_date() {
    let instance = support::start().await;
    let ok = Target::start(|_| Reply::Status(200)).await;
    let bad = Target::start(|_| Reply::Status(400)).await;
    let good = instance
        .webhook(config("good", "stripe", &ok.url("/"), json!({})))
        .await;
    let failing = instance
        .webhook(config("bad", "stripe", &bad.url("/"), json!({})))
        .await;
    let first = instance.trigger("stripe", "customer.created").await;
    let second = instance.trigger("stripe", "payment_intent.succeeded").await;
    for d in first.deliveries.iter().chain(&second.deliveries) {
        let expected = if d.webhook_id == good.id {
            DeliveryStatus::Succeeded
        } else {
            DeliveryStatus::Failed
        };
        instance.await_status(&d.id, expected, SOON).await;
    }
    let count = |v: serde_json::Value| v["deliveries"].as_array().unwrap().len();
    assert_eq!(count(instance.get_json("/api/deliveries").await), 4);
    assert_eq!(
        count(
            instance
                .get_json(&format!("/api/deliveries?webhook={}", failing.id))
                .await
        ),
        2
    );
    assert_eq!(
        count(instance.get_json("/api/deliveries?status=failed").await),
        2
    );
    assert_eq!(
        count(instance.get_json("/api/deliveries?status=succeeded").await),
        2
    );
    assert_eq!(
        count(instance.get_json("/api/deliveries?event=customer.*").await),
        2
    );
    assert_eq!(
        count(
            instance
                .get_json("/api/deliveries?from=4102444800000")
                .await
        ),
        0
    );
    let page = instance.get_json("/api/deliveries?limit=3").await;
    assert_eq!(count(page.clone()), 3);
    let rest = instance
        .get_json(&format!(
            "/api/deliveries?limit=3&before={}",
            page["next_before"].as_str().unwrap()
        ))
        .await;
    assert_eq!(count(rest), 1);
    let (status, _) = instance
        .send_json(
            reqwest::Method::GET,
            "/api/deliveries?status=lost",
            json!(null),
        )
        .await;
    assert_eq!(status, 400);
    let failed = instance
        .delivery(
            &second
                .deliveries
                .iter()
                .find(|d| d.webhook_id == failing.id)
                .unwrap()
                .id,
        )
        .await;
    assert!(failed.delivery.last_error.unwrap().contains("HTTP 400"));
    assert_eq!(failed.attempts.len(), 1, "a 400 is final");
}

#[tokio::test]
async fn a_binary_capture_is_sent_again_byte_for_byte() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    instance
        .webhook(config("bytes", "generic", &target.url("/b"), json!({})))
        .await;
    let bytes: Vec<u8> = vec![0x00, 0xff, 0xfe, b'{', 0x80, 0x0a];
    let response = instance
        .http
        .post(instance.receiver("/default/bin"))
        .header("content-type", "application/octet-stream")
        .body(bytes.clone())
        .send()
        .await
        .unwrap();
    let capture: serde_json::Value = response.json().await.unwrap();
    let id = capture["captured"].as_str().unwrap();
    let (status, result) = instance
        .post(
            &format!("/api/captures/{id}/send"),
            json!({"provider": "generic", "event": "sample.event"}),
        )
        .await;
    assert_eq!(status, 202, "{result}");
    let received = target.wait_for(1).await;
    assert_eq!(received[0].body, bytes);
}

#[tokio::test]
async fn a_large_edited_payload_is_triggered_and_an_oversized_one_refused_clearly() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    instance
        .webhook(config("big", "generic", &target.url("/big"), json!({})))
        .await;
    let big = format!("{{\"blob\":\"{}\"}}", "a".repeat(5 * 1024 * 1024));
    let (status, result) = instance
        .post(
            "/api/events",
            json!({"provider": "generic", "event": "sample.event", "body": big}),
        )
        .await;
    assert_eq!(status, 202, "{result}");
    let received = target.wait_for(1).await;
    assert_eq!(received[0].body.len(), big.len());

    let huge = format!("{{\"blob\":\"{}\"}}", "a".repeat(27 * 1024 * 1024));
    let (status, answer) = instance
        .post(
            "/api/events",
            json!({"provider": "generic", "event": "sample.event", "body": huge}),
        )
        .await;
    assert_eq!(status, 400);
    assert!(answer["error"]["message"]
        .as_str()
        .unwrap()
        .contains("larger than the API takes"));
}
