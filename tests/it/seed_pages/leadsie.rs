//! Leadsie's page (shared/seeds/002_148007d6fe23a4da.txt) prints one example, "Webhook Payload
//! Example", lines 40–80: fixtures/seeds/leadsie_webhook_payload_example.txt.

use hookbench::catalog::{render_sample, validate_payload, RenderContext};
use serde_json::{json, Value};

use super::{captured_and_checked, missing_from, provider, recognised_and_valid};
use crate::support::start;

const PAGE: &str = include_str!("../fixtures/seeds/leadsie_webhook_payload_example.txt");

#[tokio::test]
async fn leadsie_page_example_validates_as_printed_and_arrives_as_connection_created() {
    let body: Value = serde_json::from_str(PAGE).unwrap();
    let no_headers: [(&str, &str); 0] = [];
    assert_eq!(
        recognised_and_valid("leadsie", &no_headers, &body),
        "connection.created"
    );
    let instance = start().await;
    let check = captured_and_checked(
        &instance,
        "leadsie",
        &[("Content-Type", "application/json")],
        PAGE,
    )
    .await;
    assert_eq!(check["event"], "connection.created");

    // The sample named after the page carries every field the page's example does.
    let p = provider("leadsie");
    let event = p.event("connection.created").unwrap();
    let ctx = RenderContext::new(4, time::OffsetDateTime::now_utc())
        .with_target_url("https://hooks.example.com/leadsie?customUserId=test-user");
    let sample = render_sample(p, event, Some("page_example"), &ctx).unwrap();
    assert_eq!(missing_from(&sample, &body), Vec::<String>::new());
}

#[test]
fn leadsie_open_values_the_table_names_validate_and_the_payload_version_is_closed() {
    let event = provider("leadsie").event("connection.created").unwrap();
    let mut body: Value = serde_json::from_str(PAGE).unwrap();
    let asset = &mut body["connectionAssets"][0];
    // The table's own example value, which is not in its list of 28 asset types.
    asset["wasGrantedViaAssetType"] = json!("Facebook Ad Account");
    // Optional fields of the table, and values Leadsie may add to its lists later.
    asset["notes"] = json!("Granted by the client's admin");
    asset["wasInvitedByEmail"] = json!(false);
    asset["type"] = json!("Threads Profile");
    asset["connectionStatus"] = json!("Revoked");
    body["status"] = json!("CANCELLED");
    // `apiVersion` is `2 | undefined`: it may be left out.
    body.as_object_mut().unwrap().remove("apiVersion");
    body.as_object_mut().unwrap().remove("user");
    assert_eq!(validate_payload(event, &body), vec![]);

    let schema = &event.schema["$defs"]["asset"]["properties"];
    let granted = schema["wasGrantedViaAssetType"]["x-extensible-enum"]
        .as_array()
        .unwrap();
    assert!(granted.contains(&json!("Facebook Ad Account")) && granted.len() == 29);
    for key in ["type", "connectionStatus", "accessLevel"] {
        assert!(schema[key].get("enum").is_none(), "{key} is open");
    }
    // The one closed set: this is the v2 payload; a v1 (legacy) body is another format.
    body["apiVersion"] = json!(1);
    assert_eq!(validate_payload(event, &body)[0].path, "/apiVersion");
}
