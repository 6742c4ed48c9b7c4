//! `hookbench webhooks create|update --value NAME=VALUE`: the provider's own values from the
//! command line, and the retry choices the help names (the provider's, or Hookbench's).

use std::time::Duration;

use serde_json::Value;

use crate::cli::{run, Serve};
use crate::cli_support::{json, text};

/// The body of a delivery's first attempt once it has one (bounded: 50 looks, 100 ms apart).
fn first_body(id: &str, data: &std::path::Path) -> Value {
    for _ in 0..50 {
        let detail = json(&["deliveries", "show", id, "--json"], data);
        if let Some(attempt) = detail["attempts"].as_array().and_then(|a| a.first()) {
            let body = attempt["request"]["body"]["data"].as_str().unwrap();
            return serde_json::from_str(body).unwrap();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("delivery {id} made no attempt within 5 s");
}

fn test_delivery(webhook: &str, data: &std::path::Path) -> String {
    let tested = json(&["webhooks", "test", webhook, "--json"], data);
    tested["deliveries"][0]["id"].as_str().unwrap().to_owned()
}

#[test]
fn values_set_from_the_command_line_are_delivered_and_updated() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let created = json(
        &[
            "webhooks",
            "create",
            "--name",
            "workspace",
            "--provider",
            "workspace",
            "--url",
            &format!("{}/ws", serve.receiver),
            "--value",
            "customer_id=cus_cli",
            "--value",
            "state=st-cli",
            "--json",
        ],
        data,
    );
    assert_eq!(
        created["values"],
        serde_json::json!({"customer_id": "cus_cli", "state": "st-cli"})
    );
    assert_eq!(created["retry"]["preset"], "provider", "the provider's own");
    let id = created["id"].as_str().unwrap().to_owned();
    let body = first_body(&test_delivery(&id, data), data);
    assert_eq!(body["customer_id"], "cus_cli");
    assert_eq!(body["state"], "st-cli");
    assert!(text(&["webhooks", "show", &id], data).contains("value       customer_id = cus_cli"));

    // `name=` unsets one (its random default applies again); the others stay.
    let updated = json(
        &[
            "webhooks",
            "update",
            &id,
            "--value",
            "state=",
            "--value",
            "customer_id=cus_2",
            "--json",
        ],
        data,
    );
    assert_eq!(
        updated["values"],
        serde_json::json!({"customer_id": "cus_2"})
    );
    let body = first_body(&test_delivery(&id, data), data);
    assert_eq!(body["customer_id"], "cus_2");
    assert_ne!(body["state"], "st-cli");

    let refused = run(
        &[
            "webhooks",
            "create",
            "--name",
            "x",
            "--provider",
            "workspace",
            "--url",
            "http://127.0.0.1:9/",
            "--value",
            "customer_id",
        ],
        data,
    );
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("`customer_id` is not a value"));
    drop(serve);
}

#[test]
fn the_retry_help_names_the_providers_behaviour_and_hookbenchs_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let help = text(&["webhooks", "create", "--help"], dir.path());
    assert!(help.contains("[default: provider]"), "{help}");
    assert!(
        help.contains("Hookbench's schedule, from") && help.contains("not the provider's"),
        "{help}"
    );
    assert!(help.contains("--value <NAME=VALUE>"), "{help}");
}
