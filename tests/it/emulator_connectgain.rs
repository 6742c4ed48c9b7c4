//! ConnectGain's REST API as the seed page (001) shows it: the create example as written makes
//! a configuration that is an ordinary Hookbench webhook (listed by /api/webhooks, announced to
//! the UI); the list and log filters the page names work; an event sent through the emulator
//! arrives signed with X-Webhook-Signature and shows in /rest/v1/webhook_logs.

use hookbench::model::DeliveryStatus;
use hookbench::model::EngineEvent;
use serde_json::{json, Value};

use crate::emulator_support::{header, hmac_hex, start_emulating, Answer, KEY};
use crate::sender_support::SOON;
use crate::support::Instance;
use crate::target::{Reply, Target};

const CONFIGURATIONS: &str = "/rest/v1/webhook_configurations";

// The page's "Create Webhook" request, byte for byte.
const PAGE_EXAMPLE: &str = r#"{
"organization_id": "org-uuid",
"name": "CRM Sync",
"url": "https://crm.example.com/webhook",
"events": ["contact.created", "contact.updated"],
"secret": "your-secret-key",
"is_active": true
}"#;

async fn create(instance: &Instance, body: &str) -> Answer {
    instance
        .emulate_json("POST", CONFIGURATIONS, Some(body))
        .await
}

#[tokio::test]
async fn the_pages_create_example_makes_a_webhook_the_ui_sees_at_once() {
    let instance = start_emulating().await;
    let mut events = instance.running.engine().bus().subscribe();
    let created = create(&instance, PAGE_EXAMPLE).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let row = &created.body[0];
    let id = row["id"].as_str().unwrap();
    for (field, value) in [
        ("organization_id", json!("org-uuid")),
        ("name", json!("CRM Sync")),
        ("url", json!("https://crm.example.com/webhook")),
        ("events", json!(["contact.created", "contact.updated"])),
        ("secret", json!("your-secret-key")),
        ("is_active", json!(true)),
    ] {
        assert_eq!(row[field], value, "{field}");
    }
    assert!(row["created_at"].as_str().unwrap().ends_with('Z'));
    let announced = tokio::time::timeout(SOON, async {
        loop {
            if let Ok(EngineEvent::WebhooksChanged) = events.recv().await {
                return;
            }
        }
    })
    .await;
    assert!(announced.is_ok(), "webhooks.changed was published");
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    assert_eq!(webhook["provider"], "connectgain");
    assert_eq!(webhook["secrets"], json!(["your-secret-key"]));
    assert_eq!(webhook["active"], true);

    // Supabase clients: the key as `apikey` / Bearer, one object with the pgrst Accept header.
    let single = instance
        .emulate(
            "GET",
            &format!("{CONFIGURATIONS}?id=eq.{id}&select=id,name"),
            &[
                ("apikey", KEY),
                ("Accept", "application/vnd.pgrst.object+json"),
            ],
            None,
        )
        .await;
    assert_eq!(single.status, 200, "{}", single.body);
    assert_eq!(single.body, json!({"id": id, "name": "CRM Sync"}));
    assert_eq!(
        single.headers["content-type"],
        "application/vnd.pgrst.object+json"
    );
    let minimal = instance
        .emulate(
            "POST",
            CONFIGURATIONS,
            &[
                ("Authorization", "Bearer YOUR_API_KEY"),
                ("Prefer", "return=minimal"),
            ],
            Some(PAGE_EXAMPLE),
        )
        .await;
    assert_eq!((minimal.status, minimal.body), (201, Value::Null));
    instance.running.shutdown().await;
}

#[tokio::test]
async fn configurations_are_filtered_updated_and_deleted_postgrest_style() {
    let instance = start_emulating().await;
    let a = create(&instance, PAGE_EXAMPLE).await.body[0]["id"].clone();
    let other = PAGE_EXAMPLE
        .replace("org-uuid", "org-2")
        .replace("\"is_active\": true", "\"is_active\": false");
    let b = create(&instance, &other).await.body[0]["id"].clone();
    let ids = |answer: Answer| -> Vec<Value> {
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer
            .body
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].clone())
            .collect()
    };
    let list = |query: &'static str| instance.emulate_json("GET", query, None);
    assert_eq!(
        ids(list("/rest/v1/webhook_configurations").await),
        [b.clone(), a.clone()]
    );
    // The page names the parameters; both PostgREST's `eq.` and a plain value are taken.
    for query in [
        "/rest/v1/webhook_configurations?organization_id=eq.org-uuid",
        "/rest/v1/webhook_configurations?organization_id=org-uuid",
        "/rest/v1/webhook_configurations?is_active=eq.true",
        "/rest/v1/webhook_configurations?is_active=true&organization_id=eq.org-uuid",
    ] {
        assert_eq!(ids(list(query).await), std::slice::from_ref(&a), "{query}");
    }
    assert_eq!(
        ids(list("/rest/v1/webhook_configurations?is_active=eq.false").await),
        std::slice::from_ref(&b)
    );
    assert_eq!(
        ids(list("/rest/v1/webhook_configurations?order=created_at.asc&limit=1").await),
        std::slice::from_ref(&a)
    );
    for (query, says) in [
        (
            "/rest/v1/webhook_configurations?is_active=maybe",
            "true or false",
        ),
        (
            "/rest/v1/webhook_configurations?owner=eq.x",
            "`owner` is not a parameter",
        ),
        (
            "/rest/v1/webhook_configurations?select=id,colour",
            "`colour` is not a column",
        ),
        ("/rest/v1/webhook_configurations?limit=none", "whole number"),
    ] {
        let answer = list(query).await;
        assert_eq!(answer.status, 400, "{query}");
        assert!(
            answer.message().contains(says),
            "{query}: {}",
            answer.message()
        );
    }

    let patch = format!(
        "/rest/v1/webhook_configurations?id=eq.{}",
        a.as_str().unwrap()
    );
    let patched = instance
        .emulate_json(
            "PATCH",
            &patch,
            Some(r#"{"is_active": false, "events": ["deal.stage.changed"]}"#),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.body);
    assert_eq!(patched.body[0]["is_active"], false);
    assert_eq!(patched.body[0]["events"], json!(["deal.stage.changed"]));
    assert_eq!(patched.body[0]["name"], "CRM Sync", "other fields stay");
    let webhook = instance
        .get_json(&format!("/api/webhooks/{}", a.as_str().unwrap()))
        .await;
    assert_eq!(webhook["active"], false);
    let no_id = instance
        .emulate_json("PATCH", CONFIGURATIONS, Some(r#"{"is_active": true}"#))
        .await;
    assert_eq!(no_id.status, 400);
    assert!(no_id.message().contains("?id=eq.ID"), "{}", no_id.message());

    let deleted = instance
        .emulate("DELETE", &patch, &[("X-API-Key", KEY)], None)
        .await;
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.body[0]["id"], a);
    let again = instance
        .emulate("DELETE", &patch, &[("X-API-Key", KEY)], None)
        .await;
    assert_eq!(again.status, 404);
    assert!(
        again.message().contains("no webhook configuration"),
        "{}",
        again.message()
    );
    assert_eq!(ids(list("/rest/v1/webhook_configurations").await), [b]);

    // A ConnectGain webhook made in Hookbench's UI is a configuration too, of no organization.
    let made = instance
        .webhook(
            json!({"name": "From the UI", "provider": "connectgain", "url": "https://e.com/ui"}),
        )
        .await;
    let all = list("/rest/v1/webhook_configurations").await.body;
    assert_eq!(all[0]["id"], made.id);
    assert_eq!(all[0]["organization_id"], Value::Null);
    assert_eq!(all[0]["events"], json!(["*"]));
    instance.running.shutdown().await;
}

#[tokio::test]
async fn bad_configurations_are_refused_with_what_to_fix() {
    let instance = start_emulating().await;
    for (body, says) in [
        (
            r#"{"organization_id": "o", "name": "x", "url": "https://e.com/h", "events": ["contact.*"]}"#,
            "not one of them",
        ),
        (
            r#"{"organization_id": "o", "name": "x", "url": "http://e.com/h", "events": ["contact.created"]}"#,
            "HTTPS",
        ),
        (
            r#"{"organization_id": "o", "name": "x", "url": "https://e.com/h"}"#,
            "`events` is required",
        ),
        (
            r#"{"name": "x", "url": "https://e.com/h", "events": ["contact.created"]}"#,
            "`organization_id` is required",
        ),
        (
            r#"{"organization_id": "o", "name": "x", "url": "https://e.com/h", "events": ["contact.created"], "id": "1"}"#,
            "`id` is not a field",
        ),
        (
            r#"{"organization_id": "o", "name": "x", "url": "https://e.com/h", "events": ["contact.created"], "is_active": "yes"}"#,
            "`is_active` must be true or false",
        ),
        (r#"{"organization_id": "o""#, "not valid JSON"),
        ("", "empty"),
    ] {
        let answer = create(&instance, body).await;
        assert_eq!(answer.status, 400, "{body}: {}", answer.body);
        assert!(
            answer.message().contains(says),
            "{body}: {}",
            answer.message()
        );
    }
    let unauthenticated = instance
        .emulate("POST", CONFIGURATIONS, &[], Some(PAGE_EXAMPLE))
        .await;
    assert_eq!(unauthenticated.status, 401);
    assert_eq!(
        instance.get_json("/api/webhooks").await,
        json!([]),
        "nothing was made"
    );
    instance.running.shutdown().await;
}

#[tokio::test]
async fn an_event_arrives_signed_and_every_attempt_shows_in_webhook_logs() {
    let instance = start_emulating().await;
    let target = Target::start(|n| Reply::Status(if n == 0 { 200 } else { 400 })).await;
    let body = json!({
        "organization_id": "org-uuid", "name": "Local CRM", "url": target.url("/crm"),
        "events": ["contact.created"], "secret": "your-secret-key", "is_active": true
    });
    let created = create(&instance, &body.to_string()).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body[0]["id"].as_str().unwrap().to_owned();

    let event =
        r#"{"event": "contact.created", "data": {"first_name": "Ada", "last_name": "Lovelace"}}"#;
    let sent = instance
        .emulate_json("POST", "/emulator/connectgain/events", Some(event))
        .await;
    assert_eq!(sent.status, 202, "{}", sent.body);
    let delivery = sent.body["deliveries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let arrived = target.wait_for(1).await;
    let request = &arrived[0];
    assert_eq!(request.target, "/crm");
    assert_eq!(
        header(request, "X-Webhook-Signature"),
        Some(hmac_hex("your-secret-key", &request.body).as_str()),
        "the signature verifies with the configuration's secret"
    );
    assert_eq!(header(request, "X-Webhook-Event"), Some("contact.created"));
    let payload: Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(payload["event"], "contact.created");
    assert_eq!(payload["data"]["first_name"], "Ada");
    assert!(
        payload["data"]["id"].is_string(),
        "the rest is a sample: {payload}"
    );
    instance
        .await_status(&delivery, DeliveryStatus::Succeeded, SOON)
        .await;

    // A second event fails (400, final): logged with its code and the reason.
    let sent = instance
        .emulate_json(
            "POST",
            "/emulator/connectgain/events",
            Some(r#"{"event": "contact.created"}"#),
        )
        .await;
    let failing = sent.body["deliveries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    target.wait_for(2).await;
    instance
        .await_status(&failing, DeliveryStatus::Failed, SOON)
        .await;

    let logs = instance
        .emulate_json(
            "GET",
            &format!("/rest/v1/webhook_logs?webhook_id=eq.{id}"),
            None,
        )
        .await;
    assert_eq!(logs.status, 200, "{}", logs.body);
    let rows = logs.body.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{}", logs.body);
    assert_eq!(rows[0]["status"], "failed");
    assert_eq!(rows[0]["response_code"], 400);
    assert!(rows[0]["error_message"].as_str().unwrap().contains("400"));
    assert_eq!(rows[1]["status"], "success");
    assert_eq!(
        (
            rows[1]["response_code"].clone(),
            rows[1]["delivery_id"].clone()
        ),
        (json!(200), json!(delivery))
    );
    assert_eq!(rows[1]["event"], "contact.created");

    let today = &rows[0]["created_at"].as_str().unwrap()[..10];
    for (query, count) in [
        ("status=eq.success".to_owned(), 1),
        ("status=failed".to_owned(), 1),
        (format!("created_at=eq.{today}"), 2),
        (
            format!("created_at=gte.{today}T00:00:00Z&created_at=lt.{today}T00:00:00Z"),
            0,
        ),
        (
            format!("webhook_id=eq.{id}&status=eq.success&created_at={today}"),
            1,
        ),
    ] {
        let answer = instance
            .emulate_json("GET", &format!("/rest/v1/webhook_logs?{query}"), None)
            .await;
        assert_eq!(
            answer.body.as_array().map(Vec::len),
            Some(count),
            "{query}: {}",
            answer.body
        );
    }
    let wrong = instance
        .emulate_json("GET", "/rest/v1/webhook_logs?status=eq.delivered", None)
        .await;
    assert_eq!(wrong.status, 400);
    assert!(
        wrong.message().contains("success, failed, pending"),
        "{}",
        wrong.message()
    );
    instance.running.shutdown().await;
}
