//! An emulated ConnectGain configuration's `is_active` is the integrator's switch: Hookbench
//! turning the webhook off (repeated failures, or a 410) never flips it; Hookbench's off-state
//! shows in Hookbench, and the integrator's own PATCH of `is_active` decides.

use hookbench::model::DeliveryStatus;
use serde_json::{json, Value};

use crate::emulator_support::start_emulating;
use crate::sender_support::SOON;
use crate::support::Instance;
use crate::target::{Reply, Target};

async fn row(instance: &Instance, id: &str) -> Value {
    let answer = instance
        .emulate_json(
            "GET",
            &format!("/rest/v1/webhook_configurations?id=eq.{id}"),
            None,
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body[0].clone()
}

async fn patch(instance: &Instance, id: &str, fields: Value) -> Value {
    let answer = instance
        .emulate_json(
            "PATCH",
            &format!("/rest/v1/webhook_configurations?id=eq.{id}"),
            Some(&fields.to_string()),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body[0].clone()
}

async fn send_event(instance: &Instance) -> Value {
    let sent = instance
        .emulate_json(
            "POST",
            "/emulator/connectgain/events",
            Some(r#"{"event": "contact.created"}"#),
        )
        .await;
    assert_eq!(sent.status, 202, "{}", sent.body);
    sent.body
}

#[tokio::test]
async fn hookbench_turning_a_configuration_off_never_flips_its_is_active() {
    let instance = start_emulating().await;
    let target = Target::start(|_| Reply::Status(500)).await;
    let body = json!({"organization_id": "org-uuid", "name": "CRM Sync", "url": target.url("/crm"),
                      "events": ["contact.created"], "is_active": true});
    let created = instance
        .emulate_json(
            "POST",
            "/rest/v1/webhook_configurations",
            Some(&body.to_string()),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body[0]["id"].as_str().unwrap().to_owned();

    // Five deliveries in a row fail (one attempt each, as ConnectGain retries only by hand):
    // Hookbench turns its webhook off, as "Disable after" (5 by default) says.
    for _ in 0..5 {
        let sent = send_event(&instance).await;
        let delivery = sent["deliveries"][0]["id"].as_str().unwrap();
        instance
            .await_status(delivery, DeliveryStatus::Failed, SOON)
            .await;
    }
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    assert_eq!(webhook["active"], false);
    assert!(webhook["disabled_reason"]
        .as_str()
        .unwrap()
        .contains("5 consecutive deliveries failed"));

    // The integrator's row still says what they set; the filter agrees with it.
    assert_eq!(row(&instance, &id).await["is_active"], true);
    let active = instance
        .emulate_json(
            "GET",
            "/rest/v1/webhook_configurations?is_active=eq.true",
            None,
        )
        .await;
    assert_eq!(active.body.as_array().unwrap().len(), 1);
    // Hookbench's off-state shows where Hookbench reports: an event passes the webhook over.
    let skipped = send_event(&instance).await;
    assert_eq!(skipped["deliveries"], json!([]));
    assert!(skipped["skipped"][0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("disabled by Hookbench: "));

    // Changing something else neither re-enables it nor flips is_active.
    let renamed = patch(&instance, &id, json!({"name": "CRM Sync v2"})).await;
    assert_eq!(renamed["is_active"], true);
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    assert_eq!(webhook["active"], false);
    assert!(webhook["disabled_reason"].is_string());

    // The integrator switching it off makes the off-state theirs...
    let off = patch(&instance, &id, json!({"is_active": false})).await;
    assert_eq!(off["is_active"], false);
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    assert_eq!(webhook["active"], false);
    assert!(webhook["disabled_reason"].is_null());
    // ...and switching it on turns the webhook on again.
    let on = patch(&instance, &id, json!({"is_active": true})).await;
    assert_eq!(on["is_active"], true);
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    assert_eq!(webhook["active"], true);
    assert_eq!(webhook["consecutive_failures"], 0);
}
