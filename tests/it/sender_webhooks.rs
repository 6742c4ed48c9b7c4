//! Webhooks through the API: create, validate, edit, enable, delete.

use serde_json::json;

use crate::sender_support::config;
use crate::support;

#[tokio::test]
async fn a_webhook_is_created_listed_edited_and_deleted() {
    let instance = support::start().await;
    let created = instance
        .webhook(config(
            "orders",
            "stripe",
            "http://127.0.0.1:9/hooks",
            json!({
                "events": ["payment_intent.*"],
                "secrets": ["whsec_test"],
                "headers": [{"name": "X-Team", "value": "payments"}],
            }),
        ))
        .await;
    assert_eq!(
        created.config.timeout_ms, 5000,
        "ConnectGain's advice is the default"
    );
    assert_eq!(created.config.failure_threshold, 5);
    assert!(created.config.active);

    let listed = instance.get_json("/api/webhooks").await;
    assert_eq!(listed[0]["id"], created.id.as_str());
    assert_eq!(listed[0]["events"], json!(["payment_intent.*"]));

    let mut edited = serde_json::to_value(&created.config).unwrap();
    edited["name"] = json!("orders (paused)");
    edited["active"] = json!(false);
    let (status, body) = instance
        .send_json(
            reqwest::Method::PUT,
            &format!("/api/webhooks/{}", created.id),
            edited,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["name"], "orders (paused)");
    assert_eq!(body["active"], false);

    let (status, _) = instance
        .send_json(
            reqwest::Method::DELETE,
            &format!("/api/webhooks/{}", created.id),
            json!({}),
        )
        .await;
    assert_eq!(status, 204);
    assert_eq!(instance.get_json("/api/webhooks").await, json!([]));
}

#[tokio::test]
async fn bad_webhook_configurations_are_refused_with_what_to_fix() {
    let instance = support::start().await;
    let cases = [
        (
            config("a", "connectgain", "http://example.com/hook", json!({})),
            "requires HTTPS",
        ),
        (
            config("a", "connectly", "http://example.com/hook", json!({})),
            "requires HTTPS",
        ),
        (
            config("a", "nosuch", "https://example.com", json!({})),
            "nosuch",
        ),
        (
            config("a", "stripe", "not a url", json!({})),
            "not a valid absolute URL",
        ),
        (
            config("a", "stripe", "ftp://example.com/x", json!({})),
            "http or https",
        ),
        (
            config("", "stripe", "https://example.com", json!({})),
            "name",
        ),
        (
            config(
                "a",
                "stripe",
                "https://example.com",
                json!({"events": ["order.*"]}),
            ),
            "matches no event",
        ),
        (
            config(
                "a",
                "standard-webhooks",
                "https://example.com",
                json!({"secrets": ["whsec_%%%"]}),
            ),
            "secret",
        ),
        (
            config(
                "a",
                "stripe",
                "https://example.com",
                json!({"timeout_ms": 0}),
            ),
            "timeout",
        ),
        (
            config(
                "a",
                "stripe",
                "https://example.com",
                json!({"headers": [{"name": "Content-Length", "value": "1"}]}),
            ),
            "set by Hookbench",
        ),
        (
            config(
                "a",
                "stripe",
                "https://example.com",
                json!({"retry": {"preset": "sometimes"}}),
            ),
            "preset",
        ),
    ];
    for (body, expected) in cases {
        let (status, answer) = instance.post("/api/webhooks", body.clone()).await;
        assert!(
            (400..500).contains(&status),
            "{body} was accepted ({status})"
        );
        let message = answer["error"]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(expected),
            "for {body}: expected the message to mention `{expected}`, got `{message}`"
        );
    }
    let (status, _) = instance.post("/api/webhooks", json!("{not json")).await;
    assert_eq!(status, 400);
    assert_eq!(
        instance.get_json("/api/webhooks").await,
        json!([]),
        "nothing was stored"
    );
}

#[tokio::test]
async fn loopback_http_is_accepted_where_https_is_required() {
    let instance = support::start().await;
    for url in [
        "http://127.0.0.1:4000/hook",
        "http://localhost:4000/hook",
        "http://[::1]:4000/x",
    ] {
        instance
            .webhook(config("local", "connectgain", url, json!({})))
            .await;
    }
}
