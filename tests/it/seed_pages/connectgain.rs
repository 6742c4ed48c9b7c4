//! ConnectGain's page (shared/seeds/001_adbcd098b558ef2c.txt) prints two JSON examples: the body
//! of "8. Request Format", lines 32–40 (fixtures/seeds/connectgain_request_format_body.txt), and
//! the request of "Create Webhook", lines 79–86
//! (fixtures/seeds/connectgain_create_webhook_request.txt).

use hookbench::catalog::{render_sample, validate_payload, RenderContext};
use serde_json::{json, Value};

use super::{
    captured_and_checked, missing_from, provider, recognised_and_valid, registration_violations,
};
use crate::emulator_support::start_emulating;

const BODY: &str = include_str!("../fixtures/seeds/connectgain_request_format_body.txt");
const CREATE: &str = include_str!("../fixtures/seeds/connectgain_create_webhook_request.txt");

/// The profile's reading of `"last_name": "Doe",...`: the `...` stands for more fields.
fn read(page: &str) -> String {
    assert!(page.contains(",..."));
    page.replacen(",...", "", 1)
}

#[tokio::test]
async fn connectgain_page_examples_validate_and_arrive_as_contact_created() {
    assert!(
        serde_json::from_str::<Value>(BODY).is_err(),
        "`...` is not JSON"
    );
    let text = read(BODY);
    let body: Value = serde_json::from_str(&text).unwrap();
    let headers = [
        ("Content-Type", "application/json"),
        ("X-Webhook-Event", "contact.created"),
        ("X-Webhook-Timestamp", "2025-01-15T10:30:00Z"),
    ];
    assert_eq!(
        recognised_and_valid("connectgain", &headers, &body),
        "contact.created"
    );
    // "More fields" are more fields: the page's body with a sample's extra ones still validates.
    let p = provider("connectgain");
    let event = p.event("contact.created").unwrap();
    let sample = render_sample(
        p,
        event,
        None,
        &RenderContext::new(3, time::OffsetDateTime::now_utc()),
    )
    .unwrap();
    let mut more = body.clone();
    for (k, v) in sample["data"].as_object().unwrap() {
        if !more["data"].as_object().unwrap().contains_key(k) {
            more["data"][k] = v.clone();
        }
    }
    assert_eq!(validate_payload(event, &more), vec![]);
    // The sample carries everything the page's body does, and more (email, phone, times...).
    assert_eq!(missing_from(&sample, &body), Vec::<String>::new());
    for key in ["email", "phone", "created_at", "updated_at"] {
        assert!(sample["data"].get(key).is_some(), "{key}");
    }

    let instance = start_emulating().await;
    let check = captured_and_checked(&instance, "connectgain", &headers, &text).await;
    assert_eq!(check["event"], "contact.created");
    assert_eq!(check["signature"]["status"], "unsigned");

    // The "Create Webhook" request is what the emulated REST API takes, as printed.
    let create: Value = serde_json::from_str(CREATE).unwrap();
    let schema = &p.registration.as_ref().unwrap()["config_schema"];
    assert_eq!(
        registration_violations(schema, &create),
        Vec::<String>::new()
    );
    let answer = instance
        .emulate_json("POST", "/rest/v1/webhook_configurations", Some(CREATE))
        .await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let row = &answer.body[0];
    for key in [
        "organization_id",
        "name",
        "url",
        "events",
        "secret",
        "is_active",
    ] {
        assert_eq!(row[key], create[key], "{key}");
    }
}

#[test]
fn connectgain_requires_only_what_the_page_shows() {
    let p = provider("connectgain");
    let contact = p.event("contact.created").unwrap();
    let minimal = json!({"event": "contact.created", "timestamp": "2025-01-15T10:30:00Z",
                         "data": {"id": "uuid", "first_name": "John", "last_name": "Doe"}});
    assert_eq!(validate_payload(contact, &minimal), vec![]);
    let mut nameless = minimal.clone();
    nameless["data"]
        .as_object_mut()
        .unwrap()
        .remove("last_name");
    assert_eq!(validate_payload(contact, &nameless)[0].path, "/data");
    // The header is documented as an ISO timestamp, and the body carries the same value.
    let mut when = minimal.clone();
    when["timestamp"] = json!("yesterday");
    assert_eq!(validate_payload(contact, &when)[0].path, "/timestamp");
    // The page shows no fields for other events: none is required, and values ConnectGain may
    // add later (a new channel, a new status) are not violations.
    let message = p.event("message.received").unwrap();
    let bare = json!({"event": "message.received", "timestamp": "2025-01-15T10:30:00Z",
                      "data": {"channel": "telegram", "status": "queued"}});
    assert_eq!(validate_payload(message, &bare), vec![]);
    let channel = &message.schema["$defs"]["message"]["properties"]["channel"];
    assert!(channel.get("enum").is_none() && channel["x-extensible-enum"].is_array());
}
