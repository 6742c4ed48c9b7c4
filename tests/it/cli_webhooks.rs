//! Webhook and delivery commands beyond create/list/trigger (tests/it/cli_sender.rs): update,
//! enable/disable, retry-failed, cancel-pending, and --json on the delivery actions.

use std::path::{Path, PathBuf};
use std::time::Duration;

use hookbench::client::Client;
use hookbench::model::DeliveryStatus;
use hookbench::model::EngineEvent;
use serde_json::Value;

use crate::cli::Serve;
use crate::cli_support::{failure, json, text};

/// A loopback URL nothing listens on: every attempt is refused.
fn refused_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/hooks")
}

async fn cli_json(args: &[&str], data: &Path) -> Value {
    let (args, data): (Vec<String>, PathBuf) = (
        args.iter().map(|a| (*a).to_owned()).collect(),
        data.to_owned(),
    );
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        json(&args, &data)
    })
    .await
    .unwrap()
}

/// Triggers one event and waits (on the event stream) until its delivery's first attempt
/// failed and a retry is scheduled; the delivery id.
async fn retrying_delivery(client: &Client, data: &Path) -> String {
    let mut events = client.events().await.unwrap();
    let triggered = cli_json(
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
            "--json",
        ],
        data,
    )
    .await;
    let id = triggered["deliveries"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if let Some(EngineEvent::DeliveryUpdated { delivery }) = events.next().await.unwrap() {
                if delivery.id == id && delivery.status == DeliveryStatus::Retrying {
                    return;
                }
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("delivery {id} was not retrying within 10 s"));
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_toggle_cancel_and_retry_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let serve = tokio::task::spawn_blocking({
        let data = data.clone();
        move || Serve::start(&data, &[])
    })
    .await
    .unwrap();
    let created = cli_json(
        &[
            "webhooks",
            "create",
            "--name",
            "shop",
            "--provider",
            "stripe",
            "--url",
            "http://127.0.0.1:1/old",
            "--retry",
            "none",
            "--json",
        ],
        &data,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();

    let config = dir.path().join("webhook.json");
    std::fs::write(
        &config,
        r#"{"timeout_ms": 1500, "retry_client_errors": true}"#,
    )
    .unwrap();
    let url = refused_url();
    let updated = cli_json(
        &[
            "webhooks",
            "update",
            &id,
            "--config",
            config.to_str().unwrap(),
            "--url",
            &url,
            "--event",
            "charge.*",
            "--retry",
            "60000",
            "--header",
            "X-Env: ci",
            "--json",
        ],
        &data,
    )
    .await;
    assert_eq!(updated["url"], url.as_str());
    assert_eq!(updated["events"], serde_json::json!(["charge.*"]));
    assert_eq!(updated["retry"]["delays_ms"], serde_json::json!([60000]));
    assert_eq!(updated["timeout_ms"], 1500);
    assert_eq!(updated["retry_client_errors"], true);
    assert_eq!(updated["name"], "shop", "what is not named stays");
    assert_eq!(updated["headers"][0]["value"], "ci");

    let off = cli_json(&["webhooks", "disable", &id, "--json"], &data).await;
    assert_eq!(off["active"], false);
    let on = cli_json(&["webhooks", "enable", &id, "--json"], &data).await;
    assert_eq!(on["active"], true);

    let client = Client::for_data_dir(&data).unwrap();
    let delivery = retrying_delivery(&client, &data).await;
    let cancelled = cli_json(&["deliveries", "cancel", &delivery, "--json"], &data).await;
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["id"], delivery.as_str());

    let second = retrying_delivery(&client, &data).await;
    let answer = cli_json(&["webhooks", "cancel-pending", &id, "--json"], &data).await;
    assert_eq!(answer["cancelled"], 1, "{answer}");
    let retried = cli_json(&["webhooks", "retry-failed", &id, "--json"], &data).await;
    assert_eq!(
        retried["retried"], 0,
        "cancelled deliveries are not failed ones"
    );
    let again = cli_json(&["deliveries", "retry", &second, "--json"], &data).await;
    assert_eq!(again["id"], second.as_str());
    assert_eq!(again["status"], "pending");

    let (id, data) = (id.clone(), data.clone());
    tokio::task::spawn_blocking(move || {
        let line = text(&["webhooks", "cancel-pending", &id], &data);
        assert!(line.starts_with("cancelled "), "{line}");
        let (code, stderr) = failure(&["deliveries", "cancel", &delivery], &data);
        assert_eq!(
            code,
            Some(1),
            "nothing left to cancel is a conflict: {stderr}"
        );
        assert!(stderr.contains("nothing left to cancel"), "{stderr}");
        let (code, stderr) = failure(&["webhooks", "update", &id], &data);
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains("nothing to change"), "{stderr}");
        let (code, _) = failure(&["webhooks", "update", "nope", "--name", "x"], &data);
        assert_eq!(code, Some(5));
        drop(serve);
    })
    .await
    .unwrap();
}
