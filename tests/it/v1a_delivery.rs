//! Standard Webhooks `v1a` through the API: a key pair from `POST /api/signing-keys`, a webhook
//! that signs with the `whsk_` key, and an inbox and a capture check that verify with `whpk_`;
//! previews and re-signed replays sign `v1a` too. `SVIX_*` is Svix's server test data
//! (svix/svix-webhooks at 4fc0cfb8b426c87ef7e2b937e7d896a71d456a47, src/worker.rs and
//! tests/it/e2e_endpoint.rs under server/svix-server).

use hookbench::model::DeliveryStatus;
use hookbench::signing::{self, Message, Scheme, Verification};
use serde_json::json;

use crate::relay_support::newest_capture;
use crate::sender_support::{config, SOON};
use crate::support;
use crate::target::{Reply, Target};

#[tokio::test]
async fn a_whsk_webhook_delivers_to_an_inbox_that_verifies_with_the_whpk_key() {
    let instance = support::start().await;
    let (status, pair) = instance.post("/api/signing-keys", json!({})).await;
    assert_eq!(status, 200, "{pair}");
    let (secret_key, public_key) = (
        pair["secret_key"].as_str().unwrap(),
        pair["public_key"].as_str().unwrap(),
    );
    assert!(secret_key.starts_with("whsk_") && public_key.starts_with("whpk_"));

    let (status, body) = instance
        .post(
            "/api/inboxes",
            json!({"slug": "sw", "name": "SW", "config": {
                "verify": {"provider": "standard-webhooks", "secrets": [public_key]}
            }}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let webhook = instance
        .webhook(config(
            "sw",
            "standard-webhooks",
            &instance.receiver("/sw/hook"),
            json!({"secrets": [secret_key]}),
        ))
        .await;
    let (status, result) = instance
        .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
        .await;
    assert_eq!(status, 202, "{result}");
    let id = result["deliveries"][0]["id"].as_str().unwrap();
    let detail = instance
        .await_status(id, DeliveryStatus::Succeeded, SOON)
        .await;
    let sent = detail.attempts[0]
        .request
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("webhook-signature"))
        .map(|h| h.value.clone())
        .unwrap();
    assert!(sent.starts_with("v1a,") && !sent.contains(' '), "{sent}");

    let captures = instance.get_json("/api/captures?inbox=sw").await;
    let capture = &captures["captures"][0];
    assert_eq!(capture["signature"], "valid", "{capture}");
    let capture_id = capture["id"].as_str().unwrap();
    let full = instance
        .get_json(&format!("/api/captures/{capture_id}"))
        .await;
    assert_eq!(full["check"]["signature"]["status"], "valid", "{full}");

    // On demand: the secret key verifies as its public key; an HMAC secret finds no v1 entry.
    let check_path = format!("/api/captures/{capture_id}/check");
    let check = |secrets: serde_json::Value| {
        instance.post(
            &check_path,
            json!({"provider": "standard-webhooks", "secrets": secrets}),
        )
    };
    let (status, verdict) = check(json!([secret_key])).await;
    assert_eq!(status, 200, "{verdict}");
    assert_eq!(verdict["signature"]["status"], "valid", "{verdict}");
    let (_, verdict) = check(json!(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"])).await;
    assert_eq!(
        verdict["signature"]["reason"], "version_mismatch",
        "{verdict}"
    );
    let (_, verdict) = check(json!(["whpk_c2hvcnQ="])).await;
    assert_eq!(
        verdict["signature"]["reason"], "invalid_secret",
        "{verdict}"
    );
    let message = verdict["signature"]["message"].as_str().unwrap();
    assert!(message.contains("32 bytes"), "{message}");
}

#[tokio::test]
async fn signing_keys_gives_a_secret_keys_public_key_and_refuses_what_is_not_one() {
    let instance = support::start().await;
    let secret_key = SVIX_SECRET;
    let (status, pair) = instance
        .post("/api/signing-keys", json!({"secret_key": secret_key}))
        .await;
    assert_eq!(status, 200, "{pair}");
    // Svix's own test data (svix/svix-webhooks, tests/it/e2e_endpoint.rs at
    // 4fc0cfb8b426c87ef7e2b937e7d896a71d456a47).
    assert_eq!(
        pair,
        json!({"secret_key": secret_key, "public_key": SVIX_PUBLIC})
    );
    for (body, expected) in [
        (
            json!({"secret_key": "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4="}),
            "whpk_ public key",
        ),
        (json!({"secret_key": "whsk_!!"}), "not base64"),
        (json!({"key": secret_key}), "unknown field"),
    ] {
        let (status, answer) = instance.post("/api/signing-keys", body).await;
        assert_eq!(status, 400, "{answer}");
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{message}");
    }
}

#[tokio::test]
async fn a_webhook_given_a_public_key_to_sign_with_is_refused_saying_why() {
    let instance = support::start().await;
    let (status, answer) = instance
        .post(
            "/api/webhooks",
            config(
                "sw",
                "standard-webhooks",
                &instance.receiver("/sw"),
                json!({"secrets": [SVIX_PUBLIC]}),
            ),
        )
        .await;
    assert_eq!(status, 400, "{answer}");
    let message = answer["error"]["message"].as_str().unwrap();
    assert!(message.contains("can only verify"), "{message}");
}

const SVIX_SECRET: &str =
    "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg==";
const SVIX_PUBLIC: &str = "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=";

fn verified_with_public_key(headers: &[(String, String)], body: &[u8], now: i64) -> Verification {
    signing::verify(
        &Scheme::StandardWebhooks,
        &[SVIX_PUBLIC.to_owned()],
        headers,
        body,
        now,
        300,
    )
}

#[tokio::test]
async fn the_preview_and_a_resigned_replay_sign_v1a_with_a_whsk_key() {
    let instance = support::start().await;
    let body = r#"{"type":"user.created"}"#;
    let (status, preview) = instance
        .post(
            "/api/providers/standard-webhooks/events/user.created/preview",
            json!({"body": body, "secrets": [SVIX_SECRET]}),
        )
        .await;
    assert_eq!(status, 200, "{preview}");
    let headers: Vec<(String, String)> = preview["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_owned(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let now = preview["timestamp"].as_i64().unwrap();
    assert!(
        verified_with_public_key(&headers, body.as_bytes(), now).is_valid(),
        "{preview}"
    );

    // A capture signed with an HMAC secret, replayed re-signed with the whsk_ key.
    let target = Target::start(|_| Reply::Status(204)).await;
    let signed = signing::sign(
        &Scheme::StandardWebhooks,
        &["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".to_owned()],
        &Message {
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp: 1_614_265_330,
            body: body.as_bytes(),
        },
    )
    .unwrap();
    let mut request = instance.http.post(instance.receiver("/default")).body(body);
    for (name, value) in &signed {
        request = request.header(name, value);
    }
    assert_eq!(request.send().await.unwrap().status(), 200);
    let capture = newest_capture(&instance, "default").await;
    instance
        .replay(json!({
            "captures": [capture],
            "url": target.url("/"),
            "resign": {"provider": "standard-webhooks", "secret": SVIX_SECRET},
        }))
        .await;
    let received = target.wait_for(1).await.remove(0);
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert!(
        verified_with_public_key(&received.headers, &received.body, now).is_valid(),
        "{:?}",
        received.headers
    );
    let signature = received
        .headers
        .iter()
        .find(|(n, _)| n == "webhook-signature")
        .unwrap();
    assert!(signature.1.starts_with("v1a,"), "{signature:?}");
}
