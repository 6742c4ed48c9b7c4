//! The Workspace page (shared/seeds/004_dec035eb51054eaf.txt) prints its examples as pseudo-code:
//! the envelope, lines 11–17 (fixtures/seeds/workspace_envelope.txt), and one payload per event:
//! webhook_test 23–25, integration_new_data_model 31–35, integration_updated_data_model 41–47,
//! integration_deleted_data_model 53–57, integration_installed 63–68, integration_import_done
//! 74–77, integration_cannot_refresh_oauth_token 83–86, integration_oauth_token_fixed 92
//! (fixtures/seeds/workspace_<event>.txt).

use hookbench::catalog::{render_sample, RenderContext};
use serde_json::{json, Value};

use super::pseudo_code::read;
use super::{captured_and_checked, missing_from, provider, recognised_and_valid};
use crate::support::start;

const ENVELOPE: &str = include_str!("../fixtures/seeds/workspace_envelope.txt");
const PAYLOADS: [(&str, &str); 8] = [
    (
        "webhook_test",
        include_str!("../fixtures/seeds/workspace_webhook_test.txt"),
    ),
    (
        "integration_new_data_model",
        include_str!("../fixtures/seeds/workspace_integration_new_data_model.txt"),
    ),
    (
        "integration_updated_data_model",
        include_str!("../fixtures/seeds/workspace_integration_updated_data_model.txt"),
    ),
    (
        "integration_deleted_data_model",
        include_str!("../fixtures/seeds/workspace_integration_deleted_data_model.txt"),
    ),
    (
        "integration_installed",
        include_str!("../fixtures/seeds/workspace_integration_installed.txt"),
    ),
    (
        "integration_import_done",
        include_str!("../fixtures/seeds/workspace_integration_import_done.txt"),
    ),
    (
        "integration_cannot_refresh_oauth_token",
        include_str!("../fixtures/seeds/workspace_integration_cannot_refresh_oauth_token.txt"),
    ),
    (
        "integration_oauth_token_fixed",
        include_str!("../fixtures/seeds/workspace_integration_oauth_token_fixed.txt"),
    ),
];

/// The profile's reading of values the page leaves as code: `diff`, `data` and
/// `integration.metadata` are JSON objects ("a json"); every other expression (ids, names,
/// `err`, states) is a string.
fn placeholder(expr: &str) -> Value {
    match expr {
        "diff" | "data" | "integration.metadata" => json!({}),
        other => Value::String(other.to_owned()),
    }
}

#[tokio::test]
async fn workspace_page_examples_read_as_documented_validate_and_arrive_as_their_events() {
    let envelope = read(ENVELOPE, &placeholder).unwrap();
    assert_eq!(
        envelope,
        json!({"workspace_id": "XXX", "customer_id": "XXX", "event": "event_type_name",
               "state": "integration_state", "payload": {"id": "self.id"}})
    );
    let p = provider("workspace");
    let instance = start().await;
    let ctx = RenderContext::new(6, time::OffsetDateTime::now_utc());
    let no_headers: [(&str, &str); 0] = [];
    for (event, text) in PAYLOADS {
        assert!(
            serde_json::from_str::<Value>(text).is_err(),
            "{event}: printed as code"
        );
        let payload = read(text, &placeholder).unwrap_or_else(|e| panic!("{event}: {e}"));
        // The envelope as printed, naming this event and carrying its payload.
        let mut body = envelope.clone();
        body["event"] = json!(event);
        body["payload"] = payload.clone();
        assert_eq!(recognised_and_valid("workspace", &no_headers, &body), event);
        let check = captured_and_checked(
            &instance,
            "workspace",
            &[("Content-Type", "application/json")],
            &body.to_string(),
        )
        .await;
        assert_eq!(check["event"], event);

        let sample = render_sample(p, p.event(event).unwrap(), None, &ctx).unwrap();
        assert_eq!(
            missing_from(&sample, &body),
            Vec::<String>::new(),
            "{event}"
        );
    }
    // The envelope's own payload, `{"id": self.id}`, is that of integration_oauth_token_fixed.
    let mut fixed = envelope.clone();
    fixed["event"] = json!("integration_oauth_token_fixed");
    assert_eq!(
        recognised_and_valid("workspace", &no_headers, &fixed),
        "integration_oauth_token_fixed"
    );
}

#[test]
fn workspace_ids_may_be_strings_or_numbers_and_extra_keys_are_not_violations() {
    let p = provider("workspace");
    let event = p.event("integration_new_data_model").unwrap();
    let body = json!({"workspace_id": "w1", "customer_id": "c1", "event": "integration_new_data_model",
                      "state": "s1", "payload": {"id": 42, "resource_id": 7, "type": "contact"},
                      "sent_at": "2025-01-15T10:30:00Z"});
    assert_eq!(hookbench::catalog::validate_payload(event, &body), vec![]);
    let mut missing = body.clone();
    missing.as_object_mut().unwrap().remove("customer_id");
    assert_eq!(
        hookbench::catalog::validate_payload(event, &missing)[0].path,
        ""
    );
}
