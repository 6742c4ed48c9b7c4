//! Emulator keys through Hookbench's API: made (the value shown once), listed without it, used
//! against the emulator, revoked; and `hookbench serve --emulator-key` for scripted runs.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::json;

use crate::cli::hookbench;
use crate::emulator_support::start_emulating;

const CREATE: &str = "/v1/businesses/b/create/webhooks";
const BODY: &str = r#"{"topic": "messages", "address": "https://example.com/webhook/messages"}"#;

#[tokio::test]
async fn a_key_made_in_settings_opens_the_emulator_until_it_is_revoked() {
    let instance = start_emulating().await;
    let (status, created) = instance
        .post("/api/emulator/keys", json!({"name": "CI"}))
        .await;
    assert_eq!(status, 201, "{created}");
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("hbk_") && secret.len() > 40, "{secret}");
    let id = created["id"].as_str().unwrap().to_owned();
    let listed = instance.get_json("/api/emulator/keys").await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["name"], "CI");
    assert_eq!(
        listed[0]["hint"],
        format!("…{}", &secret[secret.len() - 4..])
    );
    assert!(
        !listed.to_string().contains(&secret),
        "the value is shown only once"
    );

    let with = |key: String| {
        let instance = &instance;
        async move {
            let headers = [
                ("Content-Type", "application/json"),
                ("X-API-Key", key.as_str()),
            ];
            instance
                .emulate("POST", CREATE, &headers, Some(BODY))
                .await
                .status
        }
    };
    assert_eq!(with(secret.clone()).await, 200);
    let (status, _) = instance
        .send_json(
            reqwest::Method::DELETE,
            &format!("/api/emulator/keys/{id}"),
            json!(null),
        )
        .await;
    assert_eq!(status, 204);
    assert_eq!(with(secret).await, 401, "a revoked key is refused");
    let (status, body) = instance
        .send_json(
            reqwest::Method::DELETE,
            &format!("/api/emulator/keys/{id}"),
            json!(null),
        )
        .await;
    assert_eq!(status, 404, "{body}");
    let (status, body) = instance
        .post("/api/emulator/keys", json!({"name": "x".repeat(101)}))
        .await;
    assert_eq!(status, 400, "{body}");
    instance.running.shutdown().await;
}

#[tokio::test]
async fn the_emulator_answers_unknown_routes_and_unreadable_paths_in_json() {
    let instance = start_emulating().await;
    let unknown = instance.emulate("GET", "/v2/webhooks", &[], None).await;
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .message()
            .contains("/rest/v1/webhook_configurations"),
        "{}",
        unknown.message()
    );
    assert!(unknown.body["routes"].as_array().unwrap().len() >= 10);
    let wrong = instance.emulate("GET", CREATE, &[], None).await;
    assert_eq!(wrong.status, 405);
    assert!(
        wrong.message().contains("does not take GET"),
        "{}",
        wrong.message()
    );
    let headers = [("X-API-Key", crate::emulator_support::KEY)];
    let undecodable = instance
        .emulate("GET", "/v1/businesses/%FF/webhooks", &headers, None)
        .await;
    assert_eq!(undecodable.status, 400);
    assert!(
        undecodable.message().contains("UTF-8"),
        "{}",
        undecodable.message()
    );
    instance.running.shutdown().await;
}

/// Kills the child process when dropped, so a failed assertion leaves nothing running.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn serve_takes_an_emulator_key_for_the_run_and_prints_the_emulators_address() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Killed(
        hookbench()
            .args(["serve", "--receiver", "127.0.0.1:0", "--api", "127.0.0.1:0"])
            .args([
                "--emulator",
                "127.0.0.1:0",
                "--emulator-key",
                "scripted-key-1",
            ])
            .arg("--data")
            .arg(dir.path())
            .env("HOOKBENCH_NO_KEYCHAIN", "1")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let lines: Vec<String> = BufReader::new(child.0.stdout.take().unwrap())
        .lines()
        .take(4)
        .map(Result::unwrap)
        .collect();
    let emulator = lines[3]
        .strip_prefix("emulator http://127.0.0.1:")
        .map(|port| format!("http://127.0.0.1:{port}"))
        .unwrap_or_else(|| panic!("{lines:?}"));
    let http = reqwest::Client::new();
    for (key, status) in [("scripted-key-1", 200), ("scripted-key-2", 401)] {
        let answer = http
            .post(format!("{emulator}{CREATE}"))
            .header("X-API-Key", key)
            .body(BODY)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), status, "{key}");
    }
    drop(child);
}

#[test]
fn serve_on_a_busy_emulator_port_says_which_address_and_which_flag() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let output = hookbench()
        .args(["serve", "--receiver", "127.0.0.1:0", "--api", "127.0.0.1:0"])
        .args(["--emulator", &addr, "--data"])
        .arg(dir.path())
        .env("HOOKBENCH_NO_KEYCHAIN", "1")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&addr), "{stderr}");
    assert!(
        stderr.contains("provider emulator")
            && stderr.contains("already in use")
            && stderr.contains("--emulator"),
        "{stderr}"
    );
}
