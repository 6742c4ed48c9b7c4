//! Connectly's page (shared/seeds/003_fc7f7657b89dc917.txt) documents registration, not payloads.
//! Its JSON examples are the `--data` bodies of its curl commands, copied without the shell
//! quotes: the request skeleton, lines 18–38 (fixtures/seeds/connectly_create_webhook_skeleton.txt),
//! the three examples, lines 77–80, 85–88 and 93–102 (connectly_example_messages.txt,
//! connectly_example_delivery_status.txt, connectly_example_filters.txt), and the response,
//! line 106 (connectly_response.txt).

use serde_json::Value;

use super::{provider, registration_violations};
use crate::emulator_support::start_emulating;

const SKELETON: &str = include_str!("../fixtures/seeds/connectly_create_webhook_skeleton.txt");
const MESSAGES: &str = include_str!("../fixtures/seeds/connectly_example_messages.txt");
const DELIVERY: &str = include_str!("../fixtures/seeds/connectly_example_delivery_status.txt");
const FILTERS: &str = include_str!("../fixtures/seeds/connectly_example_filters.txt");
const RESPONSE: &str = include_str!("../fixtures/seeds/connectly_response.txt");

fn create(business: &str) -> String {
    format!("/v1/businesses/{business}/create/webhooks")
}

/// The schema without its value constraints: what the skeleton, whose values are `"<string>"`
/// placeholders, can be checked against (its keys and types).
fn shape_only(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "enum" | "format" | "pattern"))
            .map(|(k, v)| (k.clone(), shape_only(v)))
            .collect(),
        Value::Array(items) => items.iter().map(shape_only).collect(),
        other => other.clone(),
    }
}

fn is_ulid(id: &Value) -> bool {
    id.as_str()
        .is_some_and(|s| s.parse::<ulid::Ulid>().is_ok() && s.len() == 26)
}

#[tokio::test]
async fn connectly_page_examples_register_as_printed_and_answer_the_pages_response_shape() {
    let p = provider("connectly");
    let schema = &p.registration.as_ref().unwrap()["request_schema"];
    for example in [MESSAGES, DELIVERY, FILTERS] {
        let body: Value = serde_json::from_str(example).unwrap();
        assert_eq!(registration_violations(schema, &body), Vec::<String>::new());
    }
    let skeleton: Value = serde_json::from_str(SKELETON).unwrap();
    assert_eq!(
        registration_violations(&shape_only(schema), &skeleton),
        Vec::<String>::new(),
        "the skeleton has the request's keys and types"
    );
    let response: Value = serde_json::from_str(RESPONSE).unwrap();
    assert!(is_ulid(&response["id"]) && response.as_object().unwrap().len() == 1);

    let instance = start_emulating().await;
    for example in [MESSAGES, DELIVERY] {
        let answer = instance
            .emulate_json("POST", &create("biz-1"), Some(example))
            .await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert!(is_ulid(&answer.body["id"]) && answer.body.as_object().unwrap().len() == 1);
    }
    // One address per topic: the filters example is a second delivery_status registration.
    let second = instance
        .emulate_json("POST", &create("biz-1"), Some(FILTERS))
        .await;
    assert_eq!(second.status, 409, "{}", second.body);
    let other = instance
        .emulate_json("POST", &create("biz-2"), Some(FILTERS))
        .await;
    assert_eq!(other.status, 200, "{}", other.body);
    let webhook = instance
        .get_json(&format!(
            "/api/webhooks/{}",
            other.body["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(webhook["events"], serde_json::json!(["delivery_status"]));
    assert_eq!(
        webhook["filters"],
        serde_json::json!([{"field": "metadata.campaign_name", "pattern": "summer-promo-*"}])
    );
    // The skeleton's placeholders are not values: `<string>` is no topic (400, naming it).
    let skeleton = instance
        .emulate_json("POST", &create("biz-3"), Some(SKELETON))
        .await;
    assert_eq!(skeleton.status, 400);
    assert!(
        skeleton.message().contains("`topic`"),
        "{}",
        skeleton.message()
    );
}
