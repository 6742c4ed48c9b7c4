//! `hookbench export` / `captures export`: streamed, the same documents as the API's export,
//! complete or not written, with progress on standard error.

use serde_json::Value;

use crate::cli::{run, Serve};
use crate::cli_support::{api_get, capture, failure};

#[test]
fn the_streamed_export_is_the_apis_document() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    assert!(run(&["inboxes", "create", "other"], data).status.success());
    let ids: Vec<String> = ["a", "b", "c"]
        .iter()
        .enumerate()
        .map(|(n, slug)| {
            let inbox = if n == 1 { "other" } else { "default" };
            capture(
                &format!("{}/{inbox}/{slug}?n={n}", serve.receiver),
                &format!(r#"{{"n":{n},"text":"line\nbreak \"quoted\""}}"#),
            )
        })
        .collect();

    let har_file = dir.path().join("all.har");
    let output = run(
        &[
            "export",
            "--format",
            "har",
            "-o",
            har_file.to_str().unwrap(),
            "--progress",
        ],
        data,
    );
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1/3 captures, "), "progress: {stderr}");
    assert!(
        stderr.contains("wrote 3 captures") && stderr.contains("all.har"),
        "{stderr}"
    );
    let streamed: Value = serde_json::from_slice(&std::fs::read(&har_file).unwrap()).unwrap();
    let api: Value = serde_json::from_slice(&api_get(data, "/api/export?format=har")).unwrap();
    assert_eq!(streamed, api, "the same HAR as GET /api/export");
    let exported: Vec<&str> = streamed["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["_id"].as_str().unwrap())
        .collect();
    assert_eq!(exported, ids, "oldest first");

    let output = run(&["captures", "export", "--format", "json", "--quiet"], data);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "--quiet: {output:?}");
    let streamed: Value = serde_json::from_slice(&output.stdout).unwrap();
    let api: Value = serde_json::from_slice(&api_get(data, "/api/export?format=json")).unwrap();
    assert_eq!(streamed["captures"], api["captures"]);
    assert_eq!(streamed["hookbench"], api["hookbench"]);
    assert!(streamed["exported_at"].as_str().unwrap().ends_with('Z'));

    let output = run(&["export", "--inbox", "other", "--format", "json"], data);
    let other: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(other["captures"].as_array().unwrap().len(), 1);
    assert_eq!(other["captures"][0]["id"], ids[1].as_str());
    assert!(
        output.stderr.is_empty(),
        "no progress into a pipe unless asked: {output:?}"
    );

    let output = run(&["export", "--inbox", "nobody"], data);
    let empty: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(empty["log"]["entries"], serde_json::json!([]));
}

#[test]
fn a_failed_export_leaves_the_previous_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    capture(&format!("{}/default", serve.receiver), "{}");
    let target = dir.path().join("keep.har");
    std::fs::write(&target, "previous").unwrap();

    let unwritable = dir.path().join("missing-dir").join("x.har");
    let (code, stderr) = failure(&["export", "-o", unwritable.to_str().unwrap()], data);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("could not create"), "{stderr}");

    drop(serve);
    let (code, stderr) = failure(&["export", "-o", target.to_str().unwrap()], data);
    assert_eq!(code, Some(4), "the instance is gone: {stderr}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
