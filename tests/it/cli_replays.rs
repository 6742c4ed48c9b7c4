//! `hookbench replay` by time range, with a body edit and `--json`, and `hookbench replays
//! show|cancel`, against a running `hookbench serve` and a local target.

use std::path::Path;

use serde_json::Value;

use crate::cli::{run, Serve};
use crate::cli_support::{curl, failure, json, text};
use crate::target::{Reply, Target};

fn captured(url: &str, headers: &[&str], body: &str) -> String {
    let mut args = vec!["-d", body];
    for header in headers {
        args.extend(["-H", header]);
    }
    args.push(url);
    let answer: Value = serde_json::from_str(&curl(&args)).unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| (*a).to_owned()).collect()
}

fn borrowed(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_inbox_and_time_range_is_replayed_and_json_is_the_final_state() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let to = target.url("/hooks");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let (replayed, shown, table, cancelled, empty) = tokio::task::spawn_blocking(move || {
        let data: &Path = &data;
        let serve = Serve::start(data, &[]);
        text(&["inboxes", "create", "shop"], data);
        captured(&format!("{}/shop/a", serve.receiver), &[], "{\"n\":1}");
        captured(&format!("{}/shop/b?x=1", serve.receiver), &[], "{\"n\":2}");
        captured(&format!("{}/default/c", serve.receiver), &[], "{\"n\":3}");

        let output = run(
            &[
                "replay", "--inbox", "shop", "--since", "1h", "--to", &to, "--json",
            ],
            data,
        );
        assert!(output.status.success(), "{output:?}");
        let replayed: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("stdout is only JSON ({e}): {output:?}"));
        let id = replayed["id"].as_str().unwrap();
        let shown = json(&["replays", "show", id, "--json"], data);
        let table = text(&["replays", "show", id], data);
        let cancelled = json(&["replays", "cancel", id, "--json"], data);
        let future = "2999-01-01T00:00:00Z";
        let empty = failure(&["replay", "--since", future, "--to", &to], data);
        drop(serve);
        (replayed, shown, table, cancelled, empty)
    })
    .await
    .unwrap();
    assert_eq!(replayed["total"], 2, "only shop's captures: {replayed}");
    assert_eq!(replayed["succeeded"], 2, "{replayed}");
    assert_eq!(replayed["waiting"], 0, "the final state: {replayed}");
    let mut targets: Vec<String> = target
        .wait_for(2)
        .await
        .into_iter()
        .map(|r| r.target)
        .collect();
    targets.sort();
    assert_eq!(targets, ["/hooks/a", "/hooks/b?x=1"]);

    assert_eq!(shown, replayed, "`replays show --json` is the same state");
    assert!(
        table.contains("finished") && table.contains("2 succeeded"),
        "{table}"
    );
    assert!(
        table.contains("deliveries list --webhook replay:"),
        "{table}"
    );
    assert_eq!(cancelled["cancelled"], 0, "nothing was left to cancel");
    let (code, stderr) = empty;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("no capture was received in that time range"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_edit_replaces_one_captures_body_and_headers_can_be_removed() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let to = target.url("/edited");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let failures = tokio::task::spawn_blocking(move || {
        let data: &Path = &data;
        let serve = Serve::start(data, &[]);
        let url = format!("{}/default", serve.receiver);
        let id = captured(&url, &["X-Secret: hush", "X-Keep: yes"], "{\"amount\":1}");
        captured(&url, &[], "{\"amount\":2}");
        let body = data.join("edited.json");
        std::fs::write(&body, "{\"amount\":999}").unwrap();
        let body = body.to_str().unwrap().to_owned();

        let output = run(
            &[
                "replay",
                &id,
                "--to",
                &to,
                "--exact-url",
                "--body",
                &body,
                "--remove-header",
                "x-secret",
            ],
            data,
        );
        assert!(output.status.success(), "{output:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("1 succeeded, 0 failed"),
            "{output:?}"
        );

        let cases: Vec<Vec<String>> = vec![
            owned(&["replay", "--since", "1h", "--to", &to, "--body", &body]),
            owned(&[
                "replay",
                "--since",
                "1h",
                "--to",
                &to,
                "--body",
                "/nonexistent.json",
            ]),
            owned(&["replay", &id, "--inbox", "default", "--to", &to]),
            owned(&["replay", "--to", &to]),
            owned(&["replay", "--since", "yesterday", "--to", &to]),
            owned(&["replay", "--inbox", "nope", "--to", &to]),
            owned(&["replays", "show", "01NOPE"]),
            owned(&["replays", "cancel", "01NOPE"]),
        ];
        let failures: Vec<(Vec<String>, Option<i32>, String)> = cases
            .into_iter()
            .map(|args| {
                let (code, stderr) = failure(&borrowed(&args), data);
                (args, code, stderr)
            })
            .collect();
        drop(serve);
        failures
    })
    .await
    .unwrap();
    let received = target.wait_for(1).await;
    assert_eq!(received[0].body, b"{\"amount\":999}", "the edited body");
    let names: Vec<String> = received[0]
        .headers
        .iter()
        .map(|(n, _)| n.to_lowercase())
        .collect();
    assert!(names.contains(&"x-keep".to_owned()), "{names:?}");
    assert!(
        !names.contains(&"x-secret".to_owned()),
        "removed: {names:?}"
    );

    let expected = [
        (2, "an edited body replaces one capture's body"),
        (2, "could not read the body"),
        (2, "cannot be used with"),
        (2, "choose what to replay"),
        (2, "is not a duration ago"),
        (5, "nope"),
        (5, "no replay has the id 01NOPE"),
        (5, "no replay has the id 01NOPE"),
    ];
    for ((args, code, stderr), (want, says)) in failures.iter().zip(expected) {
        assert_eq!(*code, Some(want), "{args:?}: {stderr}");
        assert!(
            stderr.contains(says),
            "{args:?} should say {says}: {stderr}"
        );
    }
}
