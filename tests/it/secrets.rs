//! Secrets at rest: signing secrets, emulator keys and emulator registrations are sealed in the
//! store; the data directory does not hold them in the clear, and the status says where the
//! sealing key lives.

use hookbench::{Config, Engine};
use serde_json::json;

use crate::sender_support::{config, SOON};

const WEBHOOK_SECRET: &str = "whsec_c2VjcmV0LWZvci1ob29rYmVuY2gtdGVzdHM=";
const INBOX_SECRET: &str = "inbox-secret-that-must-not-leak-4711";
const WEBENGAGE_TOKEN: &str = "webengage-token-that-must-not-leak-0815";

fn files_holding(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap_or_default();
            bytes.windows(needle.len()).any(|window| window == needle)
        })
        .map(|path| path.display().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_secrets_are_sealed_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let instance = crate::emulator_support::start_emulating_with(engine, None).await;
    let (status, key) = instance.post("/api/emulator/keys", json!({})).await;
    assert_eq!(status, 201, "{key}");
    let emulator_key = key["secret"].as_str().unwrap().to_owned();
    let registration = json!({"topic": "messages", "address": "https://example.com/h", "type": "webengage",
        "configuration": {"webengageConfiguration": {"webengageToken": WEBENGAGE_TOKEN}}});
    let registered = instance
        .emulate(
            "POST",
            "/v1/businesses/b/create/webhooks",
            &[("X-API-Key", &emulator_key)],
            Some(&registration.to_string()),
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    let (status, body) = instance
        .post("/api/inboxes", json!({"slug": "gh", "config": {"verify": {"provider": "github", "secrets": [INBOX_SECRET]}}}))
        .await;
    assert_eq!(status, 201, "{body}");
    let webhook = instance
        .webhook(config(
            "sw",
            "standard-webhooks",
            &instance.receiver("/gh"),
            json!({"secrets": [WEBHOOK_SECRET]}),
        ))
        .await;
    let (_, result) = instance
        .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
        .await;
    let id = result["deliveries"][0]["id"].as_str().unwrap();
    instance
        .await_status(id, hookbench::model::DeliveryStatus::Succeeded, SOON)
        .await;
    let export = instance
        .http
        .get(instance.api("/api/export?format=har"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !export.contains(WEBHOOK_SECRET) && !export.contains(INBOX_SECRET),
        "no secret in exports"
    );

    let status = instance.get_json("/api/status").await;
    let key_file = dir.path().join("secret.key");
    // Where a Secret Service runs the key is there; elsewhere it is a file and the status says so.
    assert_eq!(status["secrets_in_keychain"], !key_file.exists());
    if key_file.exists() {
        let source = status["secrets_at_rest"].as_str().unwrap();
        assert!(source.contains("secret.key"), "{source}");
    }
    instance.running.shutdown().await;

    for secret in [WEBHOOK_SECRET, INBOX_SECRET, &emulator_key, WEBENGAGE_TOKEN] {
        let holding = files_holding(dir.path(), secret.as_bytes());
        assert!(holding.is_empty(), "{secret} is readable in {holding:?}");
    }

    // The next start unseals them again.
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let webhooks = engine.deliveries().webhooks().await.unwrap();
    assert_eq!(webhooks[0].config.secrets, [WEBHOOK_SECRET]);
    let keys = engine.emulation().keys().await.unwrap();
    assert_eq!(
        keys[0].hint,
        format!("…{}", &emulator_key[emulator_key.len() - 4..])
    );
    let inbox = engine.inboxes().get("gh").await.unwrap();
    assert_eq!(inbox.config.verify.unwrap().secrets, [INBOX_SECRET]);
    engine.close();
}

#[tokio::test]
async fn a_replaced_key_is_a_clear_error_not_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    engine
        .deliveries()
        .create_webhook(
            serde_json::from_value(config(
                "w",
                "stripe",
                "https://example.com/h",
                json!({"secrets": ["whsec_x"]}),
            ))
            .unwrap(),
        )
        .await
        .unwrap();
    engine.close();
    if !dir.path().join("secret.key").exists() {
        return; // the key is in an OS keychain: no file to replace
    }
    std::fs::write(
        dir.path().join("secret.key"),
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    )
    .unwrap();
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let error = engine
        .deliveries()
        .webhooks()
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("cannot be unsealed"), "{error}");
    engine.close();
}
