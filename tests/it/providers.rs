//! The catalog through the API and CLI: profiles, samples, previews signed as the provider
//! signs, saved samples.

use std::process::Command;

use hookbench::signing::{self, Verification};

use crate::support::{start, Instance};

/// HMAC-SHA256 hex of `{"event":"contact.created"}` keyed with `s3cret`, computed with Python's
/// hmac module (command in the test).
const EXPECTED_CONNECTGAIN_SIGNATURE: &str =
    "85cfb26e70c121bd6e386f9f157b4af6a5a952bcd09906bcea4f521fc55a1ff7";

const SEEDS: [&str; 5] = [
    "connexify",
    "connectgain",
    "leadsie",
    "connectly",
    "workspace",
];

async fn post_json(
    instance: &Instance,
    path: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = instance
        .http
        .post(instance.api(path))
        .bearer_auth(instance.running.token())
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

async fn get(instance: &Instance, path: &str) -> (u16, serde_json::Value) {
    let response = instance
        .http
        .get(instance.api(path))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (
        status,
        response.json().await.unwrap_or(serde_json::Value::Null),
    )
}

fn headers_of(preview: &serde_json::Value) -> Vec<(String, String)> {
    preview["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_owned(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn providers_list_every_profile_with_its_events() {
    let instance = start().await;
    let list = instance.get_json("/api/providers").await;
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for id in SEEDS.iter().chain(&[
        "standard-webhooks",
        "stripe",
        "github",
        "shopify",
        "slack",
        "generic",
    ]) {
        assert!(ids.contains(id), "{id} missing from {ids:?}");
    }
    let connectgain = instance.get_json("/api/providers/connectgain").await;
    assert_eq!(connectgain["events"].as_array().unwrap().len(), 17);
    assert!(connectgain["docs"]
        .as_str()
        .unwrap()
        .contains("X-Webhook-Signature"));
}

#[tokio::test]
async fn a_seeded_sample_is_reproducible_and_an_unseeded_one_is_fresh() {
    let instance = start().await;
    let path = "/api/providers/stripe/events/payment_intent.succeeded/sample";
    let a = instance.get_json(&format!("{path}?seed=7")).await;
    let b = instance.get_json(&format!("{path}?seed=7")).await;
    assert_eq!(a["payload"], b["payload"]);
    assert_eq!(a["seed"], 7);
    let fresh1 = instance.get_json(path).await;
    let fresh2 = instance.get_json(path).await;
    assert_ne!(fresh1["payload"]["id"], fresh2["payload"]["id"]);
    assert_eq!(fresh1["payload"]["type"], "payment_intent.succeeded");
}

#[tokio::test]
async fn unknown_providers_and_events_are_404s_that_list_what_exists() {
    let instance = start().await;
    let (status, body) = get(&instance, "/api/providers/nope").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "unknown_provider");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("connectgain"));
    let (status, body) = get(&instance, "/api/providers/github/events/nope/sample").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "unknown_event");
    assert!(body["error"]["message"].as_str().unwrap().contains("push"));
    let (status, body) = get(
        &instance,
        "/api/providers/github/events/push/sample?seed=notanumber",
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "bad_request");
}

#[tokio::test]
async fn every_test_event_previews_with_a_signature_its_scheme_verifies() {
    let instance = start().await;
    let list = instance.get_json("/api/providers").await;
    for provider in list.as_array().unwrap() {
        let id = provider["id"].as_str().unwrap();
        // Shopify's topics contain '/': event ids are one path segment, so they are encoded.
        let event = provider["test_event"].as_str().unwrap().replace('/', "%2F");
        let sample = instance
            .get_json(&format!("/api/providers/{id}/events/{event}/sample"))
            .await;
        let body = serde_json::to_string(&sample["payload"]).unwrap();
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".to_owned();
        let (status, preview) = post_json(
            &instance,
            &format!("/api/providers/{id}/events/{event}/preview"),
            serde_json::json!({"body": body, "secrets": [secret]}),
        )
        .await;
        assert_eq!(status, 200, "{id}: {preview}");
        assert!(preview["json_error"].is_null(), "{id}");
        assert_eq!(preview["violations"], serde_json::json!([]), "{id}");
        let headers = headers_of(&preview);
        let mut names: Vec<String> = headers.iter().map(|(n, _)| n.to_lowercase()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), headers.len(), "{id}: a header is sent twice");
        let scheme = hookbench::services::provider::request::scheme(
            hookbench::services::provider::request::catalog()
                .unwrap()
                .provider(id)
                .unwrap(),
        )
        .unwrap();
        let verification = signing::verify(
            &scheme,
            &[secret],
            &headers,
            body.as_bytes(),
            preview["timestamp"].as_i64().unwrap(),
            300,
        );
        let expected_unsigned = scheme == signing::Scheme::None;
        match verification {
            Verification::Valid { .. } => assert!(!expected_unsigned, "{id}"),
            Verification::Unsigned => assert!(expected_unsigned, "{id} sent no signature"),
            other => panic!("{id}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn connectgain_signs_only_when_a_secret_is_set() {
    let instance = start().await;
    let path = "/api/providers/connectgain/events/contact.created/preview";
    let body = r#"{"event":"contact.created"}"#;
    let (_, unsigned) = post_json(
        &instance,
        path,
        serde_json::json!({"body": body, "secrets": []}),
    )
    .await;
    let headers = headers_of(&unsigned);
    assert!(headers.iter().all(|(n, _)| n != "X-Webhook-Signature"));
    assert!(headers
        .iter()
        .any(|(n, v)| n == "X-Webhook-Event" && v == "contact.created"));
    let (_, signed) = post_json(
        &instance,
        path,
        serde_json::json!({"body": body, "secrets": ["s3cret"]}),
    )
    .await;
    let signature = headers_of(&signed)
        .into_iter()
        .find(|(n, _)| n == "X-Webhook-Signature")
        .map(|(_, v)| v)
        .unwrap();
    // python3 -c 'import hmac,hashlib;print(hmac.new(b"s3cret",b"{\"event\":\"contact.created\"}",hashlib.sha256).hexdigest())'
    assert_eq!(signature, EXPECTED_CONNECTGAIN_SIGNATURE);
}

#[tokio::test]
async fn preview_reports_bad_json_schema_violations_and_refused_urls() {
    let instance = start().await;
    let path = "/api/providers/connectgain/events/contact.created/preview";
    let (_, broken) = post_json(
        &instance,
        path,
        serde_json::json!({"body": "{\"event\": ", "secrets": []}),
    )
    .await;
    assert!(broken["json_error"].as_str().unwrap().contains("EOF"));
    let (_, invalid) = post_json(
        &instance,
        path,
        serde_json::json!({"body": "{\"event\":\"contact.created\",\"timestamp\":5,\"data\":{}}"}),
    )
    .await;
    let violations = invalid["violations"].as_array().unwrap();
    assert!(!violations.is_empty());
    assert!(violations
        .iter()
        .any(|v| v["path"].as_str().unwrap().starts_with("/timestamp")
            || v["path"].as_str().unwrap().starts_with("/data")));
    let (_, http) = post_json(
        &instance,
        path,
        serde_json::json!({"body": "{}", "url": "http://example.com/hook"}),
    )
    .await;
    assert!(http["url_error"]
        .as_str()
        .unwrap()
        .contains("requires HTTPS"));
    let (_, loopback) = post_json(
        &instance,
        path,
        serde_json::json!({"body": "{}", "url": "http://127.0.0.1:9000/hook"}),
    )
    .await;
    assert!(loopback["url_error"].is_null());
    let (status, malformed) = post_json(&instance, path, serde_json::json!({"secrets": 5})).await;
    assert_eq!(status, 400);
    assert_eq!(malformed["error"]["code"], "bad_request");
}

#[tokio::test]
async fn saved_samples_are_kept_replaced_by_name_and_deleted() {
    let instance = start().await;
    let path = "/api/providers/github/samples";
    let (status, saved) = post_json(
        &instance,
        path,
        serde_json::json!({"event": "push", "name": "big push", "body": "{\"ref\":\"a\"}"}),
    )
    .await;
    assert_eq!(status, 201, "{saved}");
    let (_, replaced) = post_json(
        &instance,
        path,
        serde_json::json!({"event": "push", "name": "big push", "body": "{\"ref\":\"b\"}"}),
    )
    .await;
    assert_eq!(replaced["id"], saved["id"]);
    let list = instance.get_json(path).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["body"], "{\"ref\":\"b\"}");

    let (status, invalid) = post_json(
        &instance,
        path,
        serde_json::json!({"event": "push", "name": "x", "body": "{nope"}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(invalid["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not valid JSON"));
    let (status, _) = post_json(
        &instance,
        path,
        serde_json::json!({"event": "nope", "name": "x", "body": "{}"}),
    )
    .await;
    assert_eq!(status, 404);

    let id = saved["id"].as_str().unwrap();
    let delete = |instance: &Instance| {
        instance
            .http
            .delete(instance.api(&format!("/api/samples/{id}")))
            .bearer_auth(instance.running.token())
            .send()
    };
    assert_eq!(delete(&instance).await.unwrap().status(), 204);
    assert_eq!(delete(&instance).await.unwrap().status(), 404);
}

#[test]
fn cli_lists_providers_as_json_with_ids_and_event_ids() {
    let output = Command::new(env!("CARGO_BIN_EXE_hookbench"))
        .args(["providers", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let connectgain = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "connectgain")
        .unwrap();
    let events = connectgain["events"].as_array().unwrap();
    assert_eq!(events.len(), 17);
    assert!(events.contains(&serde_json::json!("contact.created")));
    for seed in SEEDS {
        assert!(list.as_array().unwrap().iter().any(|p| p["id"] == seed));
    }
}

#[test]
fn cli_prints_a_sample_reproducibly_and_refuses_unknown_providers() {
    let sample = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hookbench"))
            .arg("sample")
            .args(args)
            .output()
            .unwrap()
    };
    let a = sample(&["workspace", "webhook_test", "--seed", "3"]);
    let b = sample(&["workspace", "webhook_test", "--seed", "3"]);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    let payload: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(payload["event"], "webhook_test");
    for key in ["workspace_id", "customer_id", "state", "payload"] {
        assert!(payload.get(key).is_some(), "{key}");
    }
    let unknown = sample(&["nope", "x"]);
    assert!(!unknown.status.success());
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(stderr.contains("unknown provider `nope`") && stderr.contains("connexify"));
}
