//! Connectly's registration API as the seed page (003) shows it: its examples run as written give
//! `{"id": "<ULID>"}`, and every error status of its table is reached: 400 (malformed body,
//! invalid values), 401 (missing, wrong key), 409 (a second address for a topic), 500 (the store
//! failed). Plus list, update and delete at the reference's paths, and a registration's events.

use serde_json::{json, Value};

use crate::emulator_support::{header, hmac_base64, start_emulating, KEY};
use crate::target::{Reply, Target};

const CREATE: &str = "/v1/businesses/{businessId}/create/webhooks";

// The page's three examples, bodies byte for byte.
const MESSAGES: &str = r#"{
    "topic": "messages",
    "address": "https://example.com/webhook/messages"
  }"#;
const DELIVERY: &str = r#"{
    "topic": "delivery_status",
    "address": "https://example.com/webhook/delivery"
  }"#;
const DELIVERY_FILTERED: &str = r#"{
    "topic": "delivery_status",
    "address": "https://example.com/webhook/delivery",
    "configuration": {
      "channelTypes": ["whatsapp"],
      "filters": [
        { "field": "campaign_name", "expression": "summer-promo-*" }
      ]
    }
  }"#;
// The page's request template, placeholders included.
const TEMPLATE: &str = r#"
{
  "topic": "<string>",
  "address": "<string>",
  "type": "<string>",
  "configuration": {
    "echo": true,
    "channelTypes": [
      {}
    ],
    "filters": [
      {
        "field": "<string>",
        "expression": "<string>"
      }
    ],
    "webengageConfiguration": {
      "webengageToken": "<string>",
      "webengageWebhookUrl": "<string>"
    }
  }
}
"#;

fn assert_ulid_answer(body: &Value) {
    let fields = body.as_object().unwrap();
    assert_eq!(fields.len(), 1, "only the id: {body}");
    let id = body["id"].as_str().unwrap();
    assert_eq!(id.len(), 26, "{id}");
    ulid::Ulid::from_string(id).unwrap();
}

#[tokio::test]
async fn the_pages_examples_as_written_register_one_address_per_topic() {
    let instance = start_emulating().await;
    let messages = instance.emulate_json("POST", CREATE, Some(MESSAGES)).await;
    assert_eq!(messages.status, 200, "{}", messages.body);
    assert_ulid_answer(&messages.body);
    let delivery = instance.emulate_json("POST", CREATE, Some(DELIVERY)).await;
    assert_eq!(delivery.status, 200, "{}", delivery.body);
    assert_ulid_answer(&delivery.body);

    // The third example registers delivery_status again for the same business: the page's 409.
    let again = instance
        .emulate_json("POST", CREATE, Some(DELIVERY_FILTERED))
        .await;
    assert_eq!(again.status, 409, "{}", again.body);
    let message = again.message();
    assert!(
        message.contains("delivery_status") && message.contains("Update webhook"),
        "{message}"
    );
    // Another business may register it.
    let other = instance
        .emulate_json(
            "POST",
            "/v1/businesses/other-business/create/webhooks",
            Some(DELIVERY_FILTERED),
        )
        .await;
    assert_eq!(other.status, 200, "{}", other.body);
    assert_ulid_answer(&other.body);

    // Each registration is an ordinary Hookbench webhook of the connectly profile.
    let webhooks = instance.get_json("/api/webhooks").await;
    let filtered = webhooks
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["id"] == other.body["id"])
        .unwrap();
    assert_eq!(filtered["provider"], "connectly");
    assert_eq!(filtered["url"], "https://example.com/webhook/delivery");
    assert_eq!(filtered["events"], json!(["delivery_status"]));
    assert_eq!(
        filtered["filters"],
        json!([{"field": "metadata.campaign_name", "pattern": "summer-promo-*"}])
    );
    instance.running.shutdown().await;
}

#[tokio::test]
async fn every_error_status_of_the_page_is_reached_with_a_message_that_says_why() {
    let instance = start_emulating().await;
    let no_key = [("Content-Type", "application/json")];
    let missing = instance
        .emulate("POST", CREATE, &no_key, Some(MESSAGES))
        .await;
    assert_eq!(missing.status, 401);
    assert!(
        missing.message().contains("X-API-Key"),
        "{}",
        missing.message()
    );

    let wrong_key = [
        ("Content-Type", "application/json"),
        ("X-API-Key", "not-a-key"),
    ];
    let wrong = instance
        .emulate("POST", CREATE, &wrong_key, Some(MESSAGES))
        .await;
    assert_eq!(wrong.status, 401);
    assert!(
        wrong.message().contains("not one of this emulator's keys"),
        "{}",
        wrong.message()
    );
    // Connectly takes the key in X-API-Key only, as its page says.
    let bearer = [
        ("Content-Type", "application/json"),
        ("Authorization", "Bearer YOUR_API_KEY"),
    ];
    assert_eq!(
        instance
            .emulate("POST", CREATE, &bearer, Some(MESSAGES))
            .await
            .status,
        401
    );

    let malformed = instance
        .emulate_json("POST", CREATE, Some(r#"{"topic": "messages", "address": "#))
        .await;
    assert_eq!(malformed.status, 400);
    assert!(
        malformed.message().contains("not valid JSON"),
        "{}",
        malformed.message()
    );

    // The page's own template, placeholders and all, is invalid values.
    let template = instance.emulate_json("POST", CREATE, Some(TEMPLATE)).await;
    assert_eq!(template.status, 400);
    let message = template.message();
    assert!(
        message.contains("topic") && message.contains("messages, delivery_status"),
        "{message}"
    );
    for (body, says) in [
        (
            json!({"address": "https://example.com/h"}),
            "`topic` is required",
        ),
        (json!({"topic": "messages"}), "`address` is required"),
        (
            json!({"topic": "messages", "address": "http://example.com/h"}),
            "HTTPS",
        ),
        (
            json!({"topic": "messages", "address": "https://e.com/h", "type": "email"}),
            "`type` must be one of",
        ),
        (
            json!({"topic": "messages", "address": "https://e.com/h", "adress": 1}),
            "unknown field `adress`",
        ),
        (
            json!({"topic": "messages", "address": "https://e.com/h", "configuration": {"echo": "yes"}}),
            "echo",
        ),
        (
            json!({"topic": "messages", "address": "https://e.com/h", "configuration": {"filters": [{"field": "campaign_name"}]}}),
            "expression",
        ),
        (json!(["messages"]), "must be a JSON object"),
    ] {
        let answer = instance
            .emulate_json("POST", CREATE, Some(&body.to_string()))
            .await;
        assert_eq!(answer.status, 400, "{body}: {}", answer.body);
        assert!(
            answer.message().contains(says),
            "{body}: {}",
            answer.message()
        );
    }

    assert_eq!(
        instance
            .emulate_json("POST", CREATE, Some(MESSAGES))
            .await
            .status,
        200
    );
    let duplicate = instance.emulate_json("POST", CREATE, Some(MESSAGES)).await;
    assert_eq!(duplicate.status, 409);

    // The store fails (here: it is closed under the emulator): the page's 500, with a reason.
    instance.running.engine().close();
    let failed = instance.emulate_json("POST", CREATE, Some(DELIVERY)).await;
    assert_eq!(failed.status, 500, "{}", failed.body);
    assert!(failed.message().contains("store"), "{}", failed.message());
    instance.running.shutdown().await;
}

#[tokio::test]
async fn a_registration_is_listed_updated_and_deleted_at_the_references_paths() {
    let instance = start_emulating().await;
    let created = instance
        .emulate_json(
            "POST",
            "/v1/businesses/biz_1/create/webhooks",
            Some(DELIVERY_FILTERED),
        )
        .await;
    let id = created.body["id"].as_str().unwrap().to_owned();
    let listed = instance
        .emulate_json("GET", "/v1/businesses/biz_1/webhooks", None)
        .await;
    assert_eq!(listed.status, 200);
    assert_eq!(
        listed.body,
        json!({"entity": {"businessId": "biz_1", "webhooks": [{
            "id": id, "topic": "delivery_status", "address": "https://example.com/webhook/delivery",
            "type": "custom",
            "configuration": {"echo": false, "channelTypes": ["whatsapp"],
                              "filters": [{"field": "campaign_name", "expression": "summer-promo-*"}]}
        }]}})
    );
    let other = instance
        .emulate_json("GET", "/v1/businesses/biz_2/webhooks", None)
        .await;
    assert_eq!(other.body["entity"]["webhooks"], json!([]));

    // Only the fields given change; the topic cannot.
    let update = format!("/v1/businesses/biz_1/update/webhooks/{id}");
    let answer = instance
        .emulate_json(
            "PUT",
            &update,
            Some(r#"{"address": "https://example.com/webhook-v2"}"#),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["address"], "https://example.com/webhook-v2");
    assert_eq!(
        answer.body["configuration"]["channelTypes"],
        json!(["whatsapp"])
    );
    let answer = instance
        .emulate_json(
            "PUT",
            &update,
            Some(r#"{"configuration": {"echo": true, "filters": [{"field": "campaign_name", "expression": "prod-*"}]}}"#),
        )
        .await;
    assert_eq!(answer.body["configuration"]["echo"], true);
    assert_eq!(
        answer.body["configuration"]["filters"][0]["expression"],
        "prod-*"
    );
    assert_eq!(answer.body["address"], "https://example.com/webhook-v2");
    let moved = instance
        .emulate_json("PUT", &update, Some(r#"{"topic": "messages"}"#))
        .await;
    assert_eq!(moved.status, 400);
    assert!(
        moved.message().contains("cannot change"),
        "{}",
        moved.message()
    );
    let elsewhere = instance
        .emulate_json(
            "PUT",
            &format!("/v1/businesses/biz_2/update/webhooks/{id}"),
            Some("{}"),
        )
        .await;
    assert_eq!(elsewhere.status, 404);

    let delete = format!("/v1/businesses/biz_1/delete/webhooks/{id}");
    let deleted = instance
        .emulate("DELETE", &delete, &[("X-API-Key", KEY)], None)
        .await;
    assert_eq!((deleted.status, deleted.body), (200, json!({})));
    let gone = instance
        .emulate("DELETE", &delete, &[("X-API-Key", KEY)], None)
        .await;
    assert_eq!(gone.status, 404);
    assert!(
        gone.message().contains("no webhook registration"),
        "{}",
        gone.message()
    );
    assert_eq!(instance.get_json("/api/webhooks").await, json!([]));
    // The topic is free again.
    let again = instance
        .emulate_json(
            "POST",
            "/v1/businesses/biz_1/create/webhooks",
            Some(DELIVERY),
        )
        .await;
    assert_eq!(again.status, 200);
    instance.running.shutdown().await;
}

#[tokio::test]
async fn an_event_reaches_the_registered_address_signed_and_filtered_like_connectly() {
    let instance = start_emulating().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    let body = json!({
        "topic": "delivery_status",
        "address": target.url("/connectly"),
        "configuration": {"filters": [{"field": "campaign_name", "expression": "summer-promo-*"}]}
    });
    let created = instance
        .emulate_json(
            "POST",
            "/v1/businesses/biz/create/webhooks",
            Some(&body.to_string()),
        )
        .await;
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["id"].as_str().unwrap();

    let skipped = instance
        .emulate_json(
            "POST",
            "/emulator/connectly/events",
            Some(r#"{"event": "delivery_status", "data": {"metadata": {"campaign_name": "winter-sale"}}}"#),
        )
        .await;
    assert_eq!(skipped.status, 202, "{}", skipped.body);
    assert_eq!(skipped.body["deliveries"], json!([]));
    assert!(skipped.body["skipped"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("winter-sale"));

    let sent = instance
        .emulate_json(
            "POST",
            "/emulator/connectly/events",
            Some(r#"{"event": "delivery_status", "data": {"metadata": {"campaign_name": "summer-promo-7"}}}"#),
        )
        .await;
    assert_eq!(sent.status, 202, "{}", sent.body);
    assert_eq!(sent.body["deliveries"][0]["webhook_id"], id);
    let arrived = target.wait_for(1).await;
    let payload: Value = serde_json::from_slice(&arrived[0].body).unwrap();
    assert_eq!(payload["topic"], "delivery_status");
    assert_eq!(payload["metadata"]["campaign_name"], "summer-promo-7");
    assert!(
        payload["statusUpdate"]["status"].is_string(),
        "the rest is a sample: {payload}"
    );
    // Signed with the registration's secret, which Hookbench's webhook editor shows.
    let webhook = instance.get_json(&format!("/api/webhooks/{id}")).await;
    let secret = webhook["secrets"][0].as_str().unwrap();
    assert_eq!(
        header(&arrived[0], "X-Connectly-Hmac-Sha256"),
        Some(hmac_base64(secret, &arrived[0].body).as_str())
    );
    assert_eq!(
        header(&arrived[0], "User-Agent"),
        Some("go-resty/2.6.0 (https://github.com/go-resty/resty)")
    );

    let unknown = instance
        .emulate_json(
            "POST",
            "/emulator/connectly/events",
            Some(r#"{"event": "message.sent"}"#),
        )
        .await;
    assert_eq!(unknown.status, 400);
    assert!(
        unknown.message().contains("delivery_status"),
        "{}",
        unknown.message()
    );
    instance.running.shutdown().await;
}
