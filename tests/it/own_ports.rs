//! Hookbench never sends to its own servers: deliveries, forwards and replays aimed at the API
//! or the provider emulator (and forwards at the receiver, wherever Settings moved it) are
//! refused before connecting, with a message that names the server.

use hookbench::model::{Delivery, DeliveryStatus, TransportErrorKind};
use serde_json::json;

use crate::emulator_support::start_emulating;
use crate::relay_support::newest_capture;
use crate::sender_support::{config, SOON};
use crate::support::Instance;

/// The URLs of the API and the emulator, each with what its refusal must say.
fn own_urls(instance: &Instance) -> [(String, &'static str); 2] {
    [
        (instance.api("/api/status"), "Hookbench's own API"),
        (
            instance.emulator("/emulator/connectly/events"),
            "Hookbench's own provider emulator",
        ),
    ]
}

/// The single attempt of a finished delivery was blocked with a message containing `says`.
async fn assert_blocked(instance: &Instance, delivery: &Delivery, says: &str) {
    let detail = instance.delivery(&delivery.id).await;
    assert_eq!(detail.delivery.status, DeliveryStatus::Failed);
    let error = detail.attempts[0].error.as_ref().expect("no answer");
    assert_eq!(error.kind, TransportErrorKind::Blocked, "{error:?}");
    assert!(error.message.contains(says), "{}", error.message);
    assert!(detail.attempts[0].remote_addr.is_none(), "never connected");
}

#[tokio::test]
async fn a_replay_aimed_at_the_api_or_the_emulator_is_refused_naming_the_port() {
    let instance = start_emulating().await;
    instance.post_capture("/default/original", "{}").await;
    let capture = newest_capture(&instance, "default").await;
    for (url, says) in own_urls(&instance) {
        let replay = instance
            .replay(json!({"captures": [capture], "url": url, "keep_path": false}))
            .await;
        let progress = instance.await_replay(&replay.id).await;
        assert_eq!(progress.failed, 1, "{url}: {progress:?}");
        let replays = instance.relays_of(&capture).await;
        let delivery = replays
            .iter()
            .find(|d| d.webhook_id == progress.deliveries_filter)
            .expect("the replay's delivery");
        assert_blocked(&instance, delivery, says).await;
    }
}

#[tokio::test]
async fn a_forward_aimed_at_the_api_or_the_emulator_is_refused_naming_the_port() {
    let instance = start_emulating().await;
    for (n, (url, says)) in own_urls(&instance).into_iter().enumerate() {
        let slug = format!("own{n}");
        instance
            .forwarding_inbox(
                &slug,
                json!({"url": url, "respond_with": "target", "retry": {"preset": "none"}}),
            )
            .await;
        let answer = instance
            .http
            .post(instance.receiver(&format!("/{slug}")))
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 502);
        let body = answer.text().await.unwrap();
        assert!(body.contains(says), "{body}");
        let capture = newest_capture(&instance, &slug).await;
        let forward = instance
            .await_forward(&capture, |d| d.status == DeliveryStatus::Failed)
            .await;
        assert_blocked(&instance, &forward.delivery, says).await;
    }
}

#[tokio::test]
async fn a_webhook_aimed_at_the_api_or_the_emulator_is_refused_naming_the_port() {
    let instance = start_emulating().await;
    for (n, (url, says)) in own_urls(&instance).into_iter().enumerate() {
        let webhook = instance
            .webhook(config(
                &format!("own{n}"),
                "generic",
                &url,
                json!({"retry": {"preset": "none"}}),
            ))
            .await;
        let (status, body) = instance
            .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
            .await;
        assert_eq!(status, 202, "{body}");
        let id = body["deliveries"][0]["id"].as_str().unwrap().to_owned();
        let detail = instance
            .await_status(&id, DeliveryStatus::Failed, SOON)
            .await;
        assert_blocked(&instance, &detail.delivery, says).await;
    }
}

#[tokio::test]
async fn a_forward_to_where_settings_moved_the_receiver_is_still_refused() {
    let instance = start_emulating().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let (status, body) = instance
        .send_json(
            reqwest::Method::PUT,
            "/api/settings",
            json!({"receiver": {"address": "127.0.0.1", "port": port, "max_body": 1_000_000}}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let moved = format!("http://127.0.0.1:{port}");
    assert_eq!(instance.running.receiver_url(), moved);
    instance
        .forwarding_inbox(
            "again",
            json!({"url": format!("{moved}/other"), "respond_with": "target",
                   "retry": {"preset": "none"}}),
        )
        .await;
    let answer = instance
        .http
        .post(format!("{moved}/again"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 502);
    let body = answer.text().await.unwrap();
    assert!(body.contains("Hookbench's own receiver"), "{body}");
}
