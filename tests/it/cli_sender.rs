//! The sender's commands against a running `hookbench serve`: webhooks, trigger, deliveries.

use std::time::Duration;

use serde_json::Value;

use crate::cli::{run, Serve};

fn json(args: &[&str], data: &std::path::Path) -> Value {
    let output = run(args, data);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn text(args: &[&str], data: &std::path::Path) -> String {
    let output = run(args, data);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The delivery once it has left the outbox (bounded: 50 looks, 100 ms apart).
fn settled(id: &str, data: &std::path::Path) -> Value {
    for _ in 0..50 {
        let detail = json(&["deliveries", "show", id, "--json"], data);
        let status = detail["delivery"]["status"].as_str().unwrap().to_owned();
        if status != "pending" && status != "retrying" {
            return detail;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("delivery {id} did not settle within 5 s");
}

#[test]
fn webhooks_trigger_and_deliveries_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let sink = format!("{}/sink", serve.receiver);
    let webhook = json(
        &[
            "webhooks",
            "create",
            "--name",
            "cli sink",
            "--provider",
            "standard-webhooks",
            "--url",
            &sink,
            "--secret",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "--event",
            "user.*",
            "--header",
            "X-Team: qa",
            "--retry",
            "none",
            "--json",
        ],
        data,
    );
    let id = webhook["id"].as_str().unwrap().to_owned();
    assert_eq!(webhook["events"], serde_json::json!(["user.*"]));
    assert!(text(&["webhooks", "list"], data).contains("cli sink"));

    let triggered = json(
        &[
            "trigger",
            "--provider",
            "standard-webhooks",
            "--event",
            "user.created",
            "--json",
        ],
        data,
    );
    let delivery = triggered["deliveries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let detail = settled(&delivery, data);
    assert_eq!(detail["delivery"]["status"], "succeeded");
    let shown = text(&["deliveries", "show", &delivery], data);
    assert!(
        shown.contains("attempt 1") && shown.contains("webhook-signature"),
        "{shown}"
    );
    assert!(
        shown.contains("x-team: qa"),
        "custom headers go out: {shown}"
    );

    let retried = text(&["deliveries", "retry", &delivery], data);
    assert!(retried.contains(&delivery));
    let detail = settled(&delivery, data);
    assert_eq!(detail["attempts"].as_array().unwrap().len(), 2);
    let listed = json(
        &[
            "deliveries",
            "list",
            "--webhook",
            &id,
            "--status",
            "succeeded",
            "--json",
        ],
        data,
    );
    assert_eq!(listed["deliveries"].as_array().unwrap().len(), 1);

    text(&["webhooks", "disable", &id], data);
    assert_eq!(
        json(&["webhooks", "show", &id, "--json"], data)["active"],
        false
    );
    let skipped = text(
        &[
            "trigger",
            "--provider",
            "standard-webhooks",
            "--event",
            "user.created",
        ],
        data,
    );
    assert!(
        skipped.contains("skipped") && skipped.contains("inactive"),
        "{skipped}"
    );
    text(&["webhooks", "enable", &id], data);
    let tested = json(&["webhooks", "test", &id, "--json"], data);
    assert_eq!(tested["deliveries"][0]["source"], "test");
}

#[test]
fn bad_sender_input_from_the_command_line_says_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "webhooks",
                "create",
                "--name",
                "x",
                "--provider",
                "connectly",
                "--url",
                "http://example.com/h",
            ],
            "requires HTTPS",
        ),
        (
            &[
                "webhooks",
                "create",
                "--name",
                "x",
                "--provider",
                "stripe",
                "--url",
                "https://e.com",
                "--retry",
                "often",
            ],
            "not a retry policy",
        ),
        (&["deliveries", "show", "01NOSUCHDELIVERY"], "no delivery"),
        (
            &["trigger", "--provider", "stripe", "--event", "nope"],
            "nope",
        ),
    ];
    for (args, expected) in cases {
        let output = run(args, data);
        assert!(!output.status.success(), "{args:?} succeeded");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let payload = data.join("bad.json");
    std::fs::write(&payload, "{not json").unwrap();
    let output = run(
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
            "--body",
            payload.to_str().unwrap(),
        ],
        data,
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not valid JSON"));
}
