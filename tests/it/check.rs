//! A captured request checked against a provider: signature with its reason, the event it is,
//! and the event's JSON Schema.

use hookbench::signing::{self, Message, Scheme};

use crate::support::{start, Instance};

async fn capture_signed(instance: &Instance, headers: &[(String, String)], body: &str) -> String {
    let mut request = instance.http.post(instance.receiver("/hooks/github"));
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let response = request.body(body.to_owned()).send().await.unwrap();
    let answer: serde_json::Value = response.json().await.unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

async fn check(
    instance: &Instance,
    id: &str,
    request: serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = instance
        .http
        .post(instance.api(&format!("/api/captures/{id}/check")))
        .bearer_auth(instance.running.token())
        .json(&request)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn a_github_push_checks_valid_with_its_event_and_schema() {
    let instance = start().await;
    let sample = instance
        .get_json("/api/providers/github/events/push/sample?seed=11")
        .await;
    let body = serde_json::to_string(&sample["payload"]).unwrap();
    let secret = "It's a Secret to Everybody".to_owned();
    let mut headers = signing::sign(
        &Scheme::Github,
        std::slice::from_ref(&secret),
        &Message {
            id: "d1",
            timestamp: now(),
            body: body.as_bytes(),
        },
    )
    .unwrap();
    headers.push(("X-GitHub-Event".into(), "push".into()));
    headers.push(("Content-Type".into(), "application/json".into()));
    let id = capture_signed(&instance, &headers, &body).await;

    let (status, valid) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "github", "secrets": [secret]}),
    )
    .await;
    assert_eq!(status, 200, "{valid}");
    assert_eq!(valid["signature"]["status"], "valid");
    assert_eq!(valid["event"], "push");
    assert_eq!(valid["violations"], serde_json::json!([]));

    let (_, wrong) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "github", "secrets": ["nope"]}),
    )
    .await;
    assert_eq!(wrong["signature"]["status"], "invalid");
    assert_eq!(wrong["signature"]["reason"], "signature_mismatch");
    assert_eq!(wrong["signature"]["likely_cause"], "wrong_secret");
    assert!(!wrong["signature"]["message"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn an_unsigned_request_and_a_non_json_body_are_reported_as_such() {
    let instance = start().await;
    let id = capture_signed(&instance, &[], "not json at all").await;
    let (_, result) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "stripe", "secrets": ["whsec_x"]}),
    )
    .await;
    assert_eq!(result["signature"]["status"], "unsigned");
    assert!(result["json_error"].as_str().unwrap().contains("expected"));
    assert!(result["event"].is_null());
    assert!(result["violations"].is_null());
}

#[tokio::test]
async fn a_stripe_signature_older_than_the_tolerance_is_stale_at_arrival() {
    let instance = start().await;
    let body = r#"{"id":"evt_1","object":"event","type":"charge.succeeded"}"#;
    let secret = "whsec_test".to_owned();
    let headers = signing::sign(
        &Scheme::Stripe,
        std::slice::from_ref(&secret),
        &Message {
            id: "evt_1",
            timestamp: now() - 600,
            body: body.as_bytes(),
        },
    )
    .unwrap();
    let id = capture_signed(&instance, &headers, body).await;
    let (_, stale) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "stripe", "secrets": [secret]}),
    )
    .await;
    assert_eq!(stale["signature"]["status"], "invalid");
    assert_eq!(stale["signature"]["reason"], "stale_timestamp");
    let (_, tolerant) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "stripe", "secrets": [secret], "tolerance_secs": 3600}),
    )
    .await;
    assert_eq!(tolerant["signature"]["status"], "valid");
    // Recognised by its `type`, but the body is far from a real event: violations name a path.
    assert_eq!(tolerant["event"], "charge.succeeded");
    assert!(!tolerant["violations"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_generic_profile_checks_and_signs_with_a_custom_hmac_scheme_and_others_refuse_one() {
    let instance = start().await;
    let custom = serde_json::json!({
        "algorithm": "sha512", "encoding": "base64", "header": "X-Sig",
        "prefix": "sha512=", "content": "body"
    });
    let preview = instance
        .http
        .post(instance.api("/api/providers/generic/events/sample.event/preview"))
        .bearer_auth(instance.running.token())
        .json(&serde_json::json!({"body": "{\"a\":1}", "secrets": ["k"], "scheme": custom}))
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status(), 200);
    let preview: serde_json::Value = preview.json().await.unwrap();
    let signature = preview["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "X-Sig")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(signature.starts_with("sha512="));
    let id = capture_signed(&instance, &[("X-Sig".into(), signature)], "{\"a\":1}").await;
    let (_, result) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "generic", "secrets": ["k"], "scheme": custom}),
    )
    .await;
    assert_eq!(result["signature"]["status"], "valid");

    let (status, refused) = check(
        &instance,
        &id,
        serde_json::json!({"provider": "github", "secrets": ["k"], "scheme": custom}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(refused["error"]["message"]
        .as_str()
        .unwrap()
        .contains("only the `generic` profile"));
    let (status, _) = check(&instance, &id, serde_json::json!({"provider": "nope"})).await;
    assert_eq!(status, 404);
    let (status, _) = check(
        &instance,
        "01NOPE",
        serde_json::json!({"provider": "github"}),
    )
    .await;
    assert_eq!(status, 404);
}
