//! `hookbench samples list|save|delete` against a running `hookbench serve`: the Send screen's
//! saved samples from the command line.

use std::io::Write;
use std::process::Stdio;

use crate::cli::{hookbench, Serve};
use crate::cli_support::{failure, json, text};

#[test]
fn save_from_a_file_or_stdin_list_by_provider_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    assert_eq!(
        json(&["samples", "list", "--json"], data),
        serde_json::json!([])
    );

    let payload = "{\n  \"amount\": 250000,\n  \"currency\": \"usd\"\n}\n";
    let file = data.join("big.json");
    std::fs::write(&file, payload).unwrap();
    let id = text(
        &[
            "samples",
            "save",
            "--provider",
            "stripe",
            "--event",
            "payment_intent.succeeded",
            "--name",
            "Large amount",
            "--body",
            file.to_str().unwrap(),
        ],
        data,
    )
    .trim()
    .to_owned();
    assert_eq!(id.len(), 26, "prints the id: {id}");

    let mut child = hookbench()
        .args(["samples", "save", "--provider", "github", "--event", "push"])
        .args(["--name", "Empty push", "--body", "-", "--json"])
        .arg("--data")
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"commits\": []}")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let saved: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(saved["provider"], "github");
    assert_eq!(saved["body"], "{\"commits\": []}");

    let all = json(&["samples", "list", "--json"], data);
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    let stripe = json(&["samples", "list", "--provider", "stripe", "--json"], data);
    assert_eq!(stripe[0]["id"], id.as_str());
    assert_eq!(stripe[0]["body"], payload, "kept exactly as written");
    let table = text(&["samples", "list"], data);
    assert!(
        table.contains("Large amount") && table.contains("payment_intent.succeeded"),
        "{table}"
    );
    assert!(table.contains("Empty push"), "{table}");

    assert_eq!(
        text(&["samples", "delete", &id], data).trim(),
        format!("deleted {id}")
    );
    let left = json(&["samples", "list", "--json"], data);
    assert_eq!(left.as_array().unwrap().len(), 1, "{left}");
    assert_eq!(left[0]["name"], "Empty push");
}

#[test]
fn unknown_providers_events_and_bad_payloads_are_2_and_unknown_ids_5() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    let good = data.join("good.json");
    std::fs::write(&good, "{}").unwrap();
    let bad = data.join("bad.json");
    std::fs::write(&bad, "{not json").unwrap();
    let save = |provider: &str, event: &str, file: &str| -> (Option<i32>, String) {
        failure(
            &[
                "samples",
                "save",
                "--provider",
                provider,
                "--event",
                event,
                "--name",
                "x",
                "--body",
                file,
            ],
            data,
        )
    };
    let good = good.to_str().unwrap();
    for ((code, stderr), says) in [
        (save("nope", "x", good), "nope"),
        (save("stripe", "no.such.event", good), "no.such.event"),
        (
            save("stripe", "payment_intent.succeeded", bad.to_str().unwrap()),
            "not valid JSON",
        ),
        (
            save("stripe", "payment_intent.succeeded", "/nonexistent.json"),
            "could not read",
        ),
    ] {
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains(says), "{says}: {stderr}");
    }
    let (code, stderr) = failure(&["samples", "list", "--provider", "nope"], data);
    assert_eq!(code, Some(2), "{stderr}");

    let (code, stderr) = failure(&["samples", "delete", "01NOPE"], data);
    assert_eq!(code, Some(5), "{stderr}");
    assert!(
        stderr.contains("no saved sample has the id 01NOPE")
            && stderr.contains("hookbench samples list"),
        "{stderr}"
    );
}
