//! The integrator's own values: a webhook sets what its provider takes from the integrator
//! (Workspace's `customer_id` and `state`; Leadsie's `customUserId` from the connection page),
//! and every delivery carries them; unset, the profile's default applies.

use hookbench::catalog::Catalog;
use serde_json::{json, Value};

use crate::sender_support::config;
use crate::support::{self, Instance};
use crate::target::{Reply, Target};

/// Creates a webhook, triggers one event to it, and returns the body that arrived.
async fn delivered(
    instance: &Instance,
    target: &Target,
    provider: &str,
    event: &str,
    url: &str,
    overrides: Value,
) -> Value {
    let before = target.received().len();
    let webhook = instance
        .webhook(config(provider, provider, url, overrides))
        .await;
    let (status, body) = instance
        .post(
            "/api/events",
            json!({"provider": provider, "event": event, "webhook": webhook.id}),
        )
        .await;
    assert_eq!(status, 202, "{body}");
    let arrived = target.wait_for(before + 1).await;
    serde_json::from_slice(&arrived[before].body).unwrap()
}

#[tokio::test]
async fn a_workspace_webhook_delivers_its_customer_id_and_state() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    let url = target.url("/workspace");
    let values = json!({"values": {"customer_id": "cus_42", "state": "signup-7f3a"}});
    let body = delivered(
        &instance,
        &target,
        "workspace",
        "integration_installed",
        &url,
        values,
    )
    .await;
    assert_eq!(body["customer_id"], "cus_42");
    assert_eq!(body["state"], "signup-7f3a");
    assert_eq!(
        body["payload"]["state"], "signup-7f3a",
        "the state provided at creation"
    );

    // Unset: random, as before.
    let random = delivered(
        &instance,
        &target,
        "workspace",
        "webhook_test",
        &url,
        json!({}),
    )
    .await;
    let customer = random["customer_id"].as_str().unwrap();
    assert!(
        customer.starts_with("cus_") && customer != "cus_42",
        "{customer}"
    );
    assert_eq!(random["state"].as_str().unwrap().len(), 32);
}

#[tokio::test]
async fn leadsie_reads_custom_user_id_from_the_connection_page_then_the_webhook_url() {
    let instance = support::start().await;
    let target = Target::start(|_| Reply::Status(200)).await;
    let plain = target.url("/leadsie");
    let with_query = target.url("/leadsie?customUserId=from-url");
    let page = json!({"values": {"customUserId": "from-page"}});
    let cases = [
        (with_query.clone(), json!({}), Some("from-url")),
        (plain.clone(), page.clone(), Some("from-page")),
        (with_query, page, Some("from-page")),
        (plain, json!({}), None),
    ];
    for (url, overrides, expected) in cases {
        let body = delivered(
            &instance,
            &target,
            "leadsie",
            "connection.created",
            &url,
            overrides.clone(),
        )
        .await;
        assert_eq!(
            body.get("user").and_then(Value::as_str),
            expected,
            "{url} {overrides}"
        );
    }
}

#[tokio::test]
async fn values_a_profile_does_not_declare_are_refused_saying_which_it_takes() {
    let instance = support::start().await;
    let (status, body) = instance
        .post(
            "/api/webhooks",
            config(
                "ws",
                "workspace",
                "http://127.0.0.1:9/x",
                json!({"values": {"customerId": "c"}}),
            ),
        )
        .await;
    assert_eq!(status, 400);
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("`customerId`") && message.contains("customer_id, state"),
        "{message}"
    );
    let (status, body) = instance
        .post(
            "/api/webhooks",
            config(
                "st",
                "stripe",
                "http://127.0.0.1:9/x",
                json!({"values": {"a": "b"}}),
            ),
        )
        .await;
    assert_eq!(status, 400);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Stripe takes no values"));
    // The editor learns the declared values from the provider list.
    let providers = instance.get_json("/api/providers").await;
    let workspace = providers
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "workspace")
        .unwrap();
    let names: Vec<&str> = workspace["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["customer_id", "state"]);
}

#[test]
fn a_template_may_read_only_values_its_profile_declares() {
    let profile = r#"{
      "id": "mini", "name": "Mini", "description": "d", "docs": "d",
      "signing": {"scheme": "none"}, "headers": [], "test_event": "a.b",
      "values": [{"name": "account", "label": "Account", "default": "acct_{{digits 4}}"}],
      "events": [{"id": "a.b", "name": "A", "description": "d", "schema": {"type": "object"},
                  "samples": [{"name": "default", "template": {"account": "{{value.acount}}"}}]}]
    }"#;
    let err = Catalog::from_sources(&[("catalog/mini.json", profile)]).expect_err("a typo");
    let shown = err.to_string();
    assert!(
        shown.contains("`value.acount` is not a value the profile declares")
            && shown.contains("declared: account"),
        "{shown}"
    );
    let fixed = profile.replace("value.acount", "value.account");
    assert!(Catalog::from_sources(&[("catalog/mini.json", &fixed)]).is_ok());
}
