//! `hookbench emulator-keys list|add|revoke` against a running `hookbench serve`: the key made
//! on the command line is the one the emulator takes, and a revoked one it refuses.

use crate::cli::run;
use crate::cli::Serve;
use crate::cli_support::{curl, failure, json, text};

/// The emulator's answer status to a Connectly listing with this key.
fn emulator_status(data: &std::path::Path, key: &str) -> String {
    let status = json(&["status", "--json"], data);
    let emulator = status["emulator_url"].as_str().unwrap();
    curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-H",
        &format!("X-API-Key: {key}"),
        &format!("{emulator}/v1/businesses/acme/webhooks"),
    ])
}

#[test]
fn add_prints_the_key_once_list_shows_its_hint_and_revoke_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);

    let empty = run(&["emulator-keys", "list"], data);
    assert!(empty.status.success(), "{empty:?}");
    assert!(empty.stdout.is_empty());
    assert!(String::from_utf8_lossy(&empty.stderr).contains("no keys yet"));
    assert_eq!(
        json(&["emulator-keys", "list", "--json"], data),
        serde_json::json!([])
    );

    let added = run(&["emulator-keys", "add", "--label", "CI runner"], data);
    assert!(added.status.success(), "{added:?}");
    let secret = String::from_utf8(added.stdout).unwrap().trim().to_owned();
    assert!(
        !secret.is_empty() && !secret.contains(' '),
        "the value alone: {secret}"
    );
    let note = String::from_utf8_lossy(&added.stderr);
    assert!(
        note.contains("CI runner") && note.contains("will not show it again"),
        "{note}"
    );
    assert_eq!(
        emulator_status(data, &secret),
        "200",
        "the emulator takes it"
    );

    let listed = json(&["emulator-keys", "list", "--json"], data);
    let key = &listed[0];
    assert_eq!(key["name"], "CI runner");
    assert!(key.get("secret").is_none(), "never listed: {listed}");
    let hint = key["hint"].as_str().unwrap().trim_start_matches('…');
    assert!(secret.ends_with(hint), "{hint} is the end of the key");
    let table = text(&["emulator-keys", "list"], data);
    assert!(
        table.contains("CI runner") && !table.contains(&secret),
        "{table}"
    );

    let other = json(&["emulator-keys", "add", "--json"], data);
    assert_eq!(other["name"], "Emulator key", "the default name");
    assert!(other["secret"].as_str().unwrap().len() > 16);

    let id = key["id"].as_str().unwrap();
    assert_eq!(
        text(&["emulator-keys", "revoke", id], data).trim(),
        format!("revoked {id}")
    );
    assert_eq!(
        emulator_status(data, &secret),
        "401",
        "refused once revoked"
    );
    let listed = json(&["emulator-keys", "list", "--json"], data);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
}

#[test]
fn an_unknown_key_is_5_and_a_name_too_long_is_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    let (code, stderr) = failure(&["emulator-keys", "revoke", "01NOPE"], data);
    assert_eq!(code, Some(5), "{stderr}");
    assert!(
        stderr.contains("no emulator key has the id 01NOPE")
            && stderr.contains("hookbench emulator-keys list"),
        "{stderr}"
    );
    let long = "k".repeat(101);
    let (code, stderr) = failure(&["emulator-keys", "add", "--label", &long], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("at most"), "{stderr}");
}
