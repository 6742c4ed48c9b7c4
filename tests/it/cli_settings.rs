//! `hookbench settings [show] | set KEY=VALUE...` against a running `hookbench serve`: the
//! Settings screen from the command line.

use crate::cli::Serve;
use crate::cli_support::{curl, failure, json, text};

#[test]
fn show_lists_every_setting_and_set_changes_only_the_keys_given() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);

    let shown = text(&["settings"], data);
    for key in [
        "retention.keep_last",
        "retention.keep_days",
        "theme",
        "desktop.notifications",
        "desktop.keep_running_in_tray",
        "outgoing.allow_private_network",
    ] {
        assert!(shown.contains(key), "lacks {key}: {shown}");
    }
    assert!(
        shown.contains("receiver") && shown.contains("not saved"),
        "{shown}"
    );
    assert_eq!(
        json(&["settings", "show", "--json"], data)["theme"],
        "system"
    );

    let changed = text(&["settings", "set", "retention.keep_days=7"], data);
    assert!(
        changed.contains("retention.keep_days"),
        "prints the settings as saved: {changed}"
    );
    let saved = json(
        &[
            "settings",
            "set",
            "theme=dark",
            "retention.keep_last=1000",
            "desktop.notifications=false",
            "--json",
        ],
        data,
    );
    assert_eq!(saved["theme"], "dark", "text that is not JSON is text");
    assert_eq!(saved["retention"]["keep_last"], 1000, "JSON is JSON");
    assert_eq!(saved["retention"]["keep_days"], 7, "the rest is kept");
    assert_eq!(saved["desktop"]["notifications"], false);
    assert_eq!(saved["desktop"]["keep_running_in_tray"], false);
    let shown = text(&["settings", "show"], data);
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("theme") && l.ends_with(" dark")),
        "{shown}"
    );

    // A whole section, and null for an absent limit.
    let saved = json(
        &["settings", "set", "retention={\"keep_days\":3}", "--json"],
        data,
    );
    assert_eq!(saved["retention"]["keep_days"], 3);
    assert!(saved["retention"]["keep_last"].is_null());
}

#[test]
fn a_receiver_field_starts_from_where_the_receiver_listens_now() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let port: u16 = serve.receiver.rsplit(':').next().unwrap().parse().unwrap();

    let saved = json(
        &["settings", "set", "receiver.max_body=2048", "--json"],
        data,
    );
    assert_eq!(saved["receiver"]["address"], "127.0.0.1");
    assert_eq!(saved["receiver"]["port"], port);
    assert_eq!(saved["receiver"]["max_body"], 2048);
    let status = json(&["status", "--json"], data);
    assert_eq!(status["max_body"], 2048, "applied at once");
    let answer = curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-d",
        &"x".repeat(4096),
        &format!("{}/default", serve.receiver),
    ]);
    assert_eq!(answer, "413", "the new limit holds at the same address");
}

#[test]
fn an_unknown_key_a_malformed_assignment_or_a_refused_value_is_2_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);

    let (code, stderr) = failure(&["settings", "set", "retention.keep_forever=1"], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("`retention.keep_forever` is not a setting")
            && stderr.contains("retention.keep_last"),
        "names the key and the ones there are: {stderr}"
    );

    let (code, stderr) = failure(&["settings", "set", "theme"], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("is not KEY=VALUE"), "{stderr}");

    for (assignment, says) in [
        ("retention.keep_last=lots", "retention.keep_last"),
        ("retention.keep_last=0", "keep_last must be at least 1"),
        ("theme=purple", "theme"),
        ("receiver.port=0", "port must be between 1 and 65535"),
    ] {
        let (code, stderr) = failure(&["settings", "set", assignment], data);
        assert_eq!(code, Some(2), "{assignment}: {stderr}");
        assert!(
            stderr.contains(&format!("the instance refused {assignment}")) && stderr.contains(says),
            "{assignment}: {stderr}"
        );
    }
    assert_eq!(
        json(&["settings", "--json"], data)["theme"],
        "system",
        "nothing refused was saved"
    );
}
