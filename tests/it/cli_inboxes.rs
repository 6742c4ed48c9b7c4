//! `hookbench inboxes ...` against a running `hookbench serve`: everything the inbox screen
//! does, from the command line.

use std::io::Write;
use std::process::Stdio;

use crate::cli::{hookbench, Serve};
use crate::cli_support::{capture, curl, failure, json, text};

#[test]
fn create_show_and_answer_with_the_flags_given() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let url = text(&["inboxes", "create", "shop", "--status", "202"], data);
    assert_eq!(url.trim(), format!("{}/shop", serve.receiver));

    let created = json(
        &[
            "inboxes",
            "create",
            "orders",
            "--name",
            "Orders",
            "--status",
            "409",
            "--content-type",
            "text/plain",
            "--response-body",
            "busy {{capture_id}}",
            "--response-header",
            "Retry-After: 3",
            "--delay",
            "10ms",
            "--verify",
            "github",
            "--secret",
            "s3cret",
            "--tolerance",
            "60",
            "--notify",
            "--json",
        ],
        data,
    );
    assert_eq!(created["name"], "Orders");
    let config = &created["config"];
    assert_eq!(config["response"]["status"], 409);
    assert_eq!(config["response"]["delay_ms"], 10);
    assert_eq!(config["response"]["headers"][0]["name"], "Retry-After");
    assert_eq!(config["verify"]["provider"], "github");
    assert_eq!(config["verify"]["secrets"][0], "s3cret");
    assert_eq!(config["verify"]["tolerance_secs"], 60);
    assert_eq!(config["notify"], true);

    let answer = curl(&["-i", "-d", "{}", &format!("{}/orders/x", serve.receiver)]);
    assert!(answer.starts_with("HTTP/1.1 409"), "{answer}");
    assert!(answer.to_lowercase().contains("retry-after: 3"), "{answer}");
    assert!(
        answer.contains("busy 01") && !answer.contains("{{capture_id}}"),
        "the capture id is filled in: {answer}"
    );

    let listed = json(&["inboxes", "list", "--json"], data);
    let slugs: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs.len(), 3, "{listed}");
    for slug in ["default", "shop", "orders"] {
        assert!(slugs.contains(&slug), "{slugs:?}");
    }
    let table = text(&["inboxes", "list"], data);
    assert!(
        table.contains("answers 409, verifies github, notifies"),
        "{table}"
    );
    let shown = text(&["inboxes", "show", "orders"], data);
    assert!(
        shown.contains("verify      github (1 secrets, tolerance 60 s)"),
        "{shown}"
    );
    assert!(shown.contains("after 10 ms"), "{shown}");

    let (code, stderr) = failure(&["inboxes", "create", "shop"], data);
    assert_eq!(code, Some(1), "a conflict: {stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, stderr) = failure(&["inboxes", "create", "Not A Slug"], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot be an inbox URL segment"),
        "{stderr}"
    );
}

#[test]
fn update_from_a_file_from_standard_input_and_from_flags() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    text(&["inboxes", "create", "shop", "--status", "201"], data);

    let file = dir.path().join("config.json");
    std::fs::write(
        &file,
        r#"{"rules": [{"name": "refuse deletes", "when": {"method": "DELETE"},
            "response": {"status": 405, "content_type": "text/plain", "headers": [],
                         "body": "no", "delay_ms": 0}}],
            "verify": {"provider": "stripe", "secrets": ["whsec_a"]}}"#,
    )
    .unwrap();
    let updated = json(
        &[
            "inboxes",
            "update",
            "shop",
            "--config",
            file.to_str().unwrap(),
            "--secret",
            "whsec_b",
            "--json",
        ],
        data,
    );
    let config = &updated["config"];
    assert_eq!(config["rules"][0]["response"]["status"], 405);
    assert_eq!(config["verify"]["provider"], "stripe");
    assert_eq!(config["verify"]["secrets"], serde_json::json!(["whsec_b"]));
    assert_eq!(
        config["response"]["status"], 201,
        "keys the file does not name are kept"
    );

    let mut child = hookbench()
        .args([
            "inboxes", "update", "shop", "--config", "-", "--json", "--data",
        ])
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"rules": [], "notify": true}"#)
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let updated: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(updated["config"]["rules"], serde_json::json!([]));
    assert_eq!(updated["config"]["notify"], true);
    assert_eq!(updated["config"]["verify"]["provider"], "stripe");

    let forwarding = json(
        &[
            "inboxes",
            "update",
            "shop",
            "--forward",
            "http://127.0.0.1:9/app",
            "--respond-with",
            "target",
            "--no-verify",
            "--no-notify",
            "--json",
        ],
        data,
    );
    let config = &forwarding["config"];
    assert_eq!(config["forward"]["url"], "http://127.0.0.1:9/app");
    assert_eq!(config["forward"]["respond_with"], "target");
    assert_eq!(config["verify"], serde_json::Value::Null);
    assert_eq!(config["notify"], false);
    let stopped = json(
        &["inboxes", "update", "shop", "--no-forward", "--json"],
        data,
    );
    assert!(stopped["config"].get("forward").is_none(), "{stopped}");

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"respons": {}}"#).unwrap();
    let bad_cases: [(&[&str], &str); 5] = [
        (
            &["--config", bad.to_str().unwrap()],
            "not an inbox configuration",
        ),
        (
            &["--config", "/nonexistent/config.json"],
            "could not read the configuration",
        ),
        (&[], "nothing to change"),
        (
            &["--status", "99"],
            "status 99 is not one an inbox can answer with",
        ),
        (&["--secret", "x"], "need --verify PROVIDER"),
    ];
    for (args, why) in bad_cases {
        let (code, stderr) = failure(&[&["inboxes", "update", "shop"][..], args].concat(), data);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(why), "{args:?}: {stderr}");
    }
    let (code, stderr) = failure(&["inboxes", "update", "nope", "--notify"], data);
    assert_eq!(code, Some(5), "{stderr}");
}

#[test]
fn rename_clear_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    text(&["inboxes", "create", "shop"], data);
    let id = capture(&format!("{}/shop/orders", serve.receiver), "{}");

    let url = text(
        &["inboxes", "rename", "shop", "store", "--name", "Store"],
        data,
    );
    assert_eq!(url.trim(), format!("{}/store", serve.receiver));
    let moved = json(&["captures", "list", "--inbox", "store", "--json"], data);
    assert_eq!(
        moved["captures"][0]["id"],
        id.as_str(),
        "captures move along"
    );
    let named = json(
        &[
            "inboxes",
            "rename",
            "store",
            "--name",
            "The store",
            "--json",
        ],
        data,
    );
    assert_eq!(
        (named["slug"].as_str(), named["name"].as_str()),
        (Some("store"), Some("The store"))
    );

    let cleared = json(&["inboxes", "clear", "store", "--json"], data);
    assert_eq!(cleared["removed"], 1);
    assert!(text(&["inboxes", "show", "store"], data).contains("The store"));
    capture(&format!("{}/store", serve.receiver), "{}");
    let deleted = text(&["inboxes", "delete", "store"], data);
    assert_eq!(deleted.trim(), "deleted inbox store and its 1 captures");
    let (code, stderr) = failure(&["inboxes", "show", "store"], data);
    assert_eq!(code, Some(5), "{stderr}");

    let (code, stderr) = failure(&["inboxes", "delete", "default"], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("clear it instead"), "{stderr}");
    let (code, _) = failure(&["inboxes", "rename", "default"], data);
    assert_eq!(code, Some(2), "a new slug or --name is required");
}
