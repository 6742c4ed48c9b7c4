//! Every capture is named on arrival, with no inbox setup: provider and event from what the
//! request carries (signature and event headers, else the body's shape), and the signature
//! state wherever a secret is known (the inbox's verification, or a secret saved for the
//! provider).

use serde_json::{json, Value};

use crate::support::{start, Instance};

/// What a provider would send for its event now: the sample's body and the headers the
/// preview gives for it (signed with `secret` when there is one).
async fn provider_request(
    instance: &Instance,
    provider: &str,
    event: &str,
    secret: Option<&str>,
) -> (Vec<(String, String)>, String) {
    let path = format!(
        "/api/providers/{provider}/events/{}/sample?seed=3",
        urlencode(event)
    );
    let sample = instance.get_json(&path).await;
    let body = serde_json::to_string(&sample["payload"]).unwrap();
    let preview: Value = instance
        .http
        .post(instance.api(&format!(
            "/api/providers/{provider}/events/{}/preview",
            urlencode(event)
        )))
        .bearer_auth(instance.running.token())
        .json(&json!({"body": body, "secrets": secret.into_iter().collect::<Vec<_>>()}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let headers = preview["headers"]
        .as_array()
        .unwrap_or_else(|| panic!("{provider} {event}: {preview}"))
        .iter()
        .map(|h| {
            (
                h["name"].as_str().unwrap().to_owned(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (headers, body)
}

fn urlencode(text: &str) -> String {
    text.replace('/', "%2F")
}

async fn deliver(
    instance: &Instance,
    path: &str,
    headers: &[(String, String)],
    body: &str,
) -> String {
    let mut request = instance.http.post(instance.receiver(path));
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let response = request.body(body.to_owned()).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

async fn row(instance: &Instance, id: &str) -> Value {
    let list = instance.get_json("/api/captures?limit=1000").await;
    list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("capture {id} is not listed"))
}

async fn save_secret(instance: &Instance, provider: &str, secret: &str) -> Value {
    let response = instance
        .http
        .post(instance.api("/api/provider-secrets"))
        .bearer_auth(instance.running.token())
        .json(&json!({"provider": provider, "secret": secret}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

#[tokio::test]
async fn every_provider_is_named_from_its_own_request_with_no_setup() {
    let instance = start().await;
    // (provider, event, the name the list row must show)
    let cases = [
        ("github", "push", "push"),
        (
            "stripe",
            "payment_intent.succeeded",
            "payment_intent.succeeded",
        ),
        ("shopify", "orders/create", "orders/create"),
        ("slack", "app_mention", "app_mention"),
        ("standard-webhooks", "invoice.paid", "invoice.paid"),
        ("connectgain", "deal.stage.changed", "deal.stage.changed"),
        ("connectly", "delivery_status", "delivery_status"),
        (
            "workspace",
            "integration_installed",
            "integration_installed",
        ),
        ("connexify", "client.onboarded", "client.onboarded"),
        ("leadsie", "connection.created", "connection.created"),
    ];
    for (provider, event, name) in cases {
        // Signed providers sign with a secret nobody told Hookbench: still named.
        let secret = match provider {
            "standard-webhooks" => "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            _ => "s3cret",
        };
        let (headers, body) = provider_request(&instance, provider, event, Some(secret)).await;
        let id = deliver(&instance, "/anything", &headers, &body).await;
        let row = row(&instance, &id).await;
        assert_eq!(row["provider"], provider, "{provider} {event}: {row}");
        assert_eq!(row["event"], name, "{provider} {event}: {row}");
        assert_eq!(row["signature"], Value::Null, "no secret is known: {row}");
    }
}

#[tokio::test]
async fn a_github_event_is_named_with_its_action() {
    let instance = start().await;
    let (headers, _) = provider_request(&instance, "github", "pull_request", None).await;
    let body = r#"{"action":"closed","number":7,"pull_request":{"merged":true}}"#;
    let id = deliver(&instance, "/default", &headers, body).await;
    let row = row(&instance, &id).await;
    assert_eq!(row["provider"], "github");
    assert_eq!(row["event"], "pull_request.closed");
}

#[tokio::test]
async fn a_plain_request_is_not_named() {
    let instance = start().await;
    let id = instance
        .post_capture("/default", r#"{"hello":"world","type":"ping"}"#)
        .await;
    let row = row(&instance, &id).await;
    assert_eq!(row["provider"], Value::Null, "{row}");
    assert_eq!(row["event"], Value::Null, "{row}");
}

#[tokio::test]
async fn a_saved_secret_gives_each_capture_of_that_provider_its_signature_state() {
    let instance = start().await;
    save_secret(&instance, "stripe", "whsec_right").await;
    let event = "charge.succeeded";
    let (signed, body) = provider_request(&instance, "stripe", event, Some("whsec_right")).await;
    let valid = deliver(&instance, "/default", &signed, &body).await;
    let (wrong, body) = provider_request(&instance, "stripe", event, Some("whsec_wrong")).await;
    let invalid = deliver(&instance, "/default", &wrong, &body).await;
    let (plain, body) = provider_request(&instance, "stripe", event, None).await;
    let unsigned = deliver(&instance, "/default", &plain, &body).await;
    let (github, body) = provider_request(&instance, "github", "push", Some("gh")).await;
    let unknown = deliver(&instance, "/default", &github, &body).await;
    assert_eq!(row(&instance, &valid).await["signature"], "valid");
    assert_eq!(row(&instance, &invalid).await["signature"], "invalid");
    assert_eq!(row(&instance, &unsigned).await["signature"], "unsigned");
    assert_eq!(
        row(&instance, &unknown).await["signature"],
        Value::Null,
        "no GitHub secret is saved"
    );
    let listed = instance.get_json("/api/provider-secrets").await;
    assert_eq!(listed[0]["provider"], "stripe");
    assert_eq!(listed[0]["hint"], "…ight");
    assert!(!listed.to_string().contains("whsec_right"), "{listed}");
}

#[tokio::test]
async fn saving_and_forgetting_a_secret_checks_stored_captures_again() {
    let instance = start().await;
    let (headers, body) =
        provider_request(&instance, "shopify", "orders/paid", Some("shpss")).await;
    let id = deliver(&instance, "/default", &headers, &body).await;
    assert_eq!(row(&instance, &id).await["signature"], Value::Null);

    let mut events = instance.running.engine().bus().subscribe();
    let saved = save_secret(&instance, "shopify", "shpss").await;
    wait_for_update(&mut events).await;
    assert_eq!(row(&instance, &id).await["signature"], "valid");

    let response = instance
        .http
        .delete(instance.api(&format!(
            "/api/provider-secrets/{}",
            saved["id"].as_str().unwrap()
        )))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    wait_for_update(&mut events).await;
    assert_eq!(row(&instance, &id).await["signature"], Value::Null);
}

async fn wait_for_update(
    events: &mut tokio::sync::broadcast::Receiver<hookbench::model::EngineEvent>,
) {
    tokio::time::timeout(std::time::Duration::from_secs(10), async {
        loop {
            if let Ok(hookbench::model::EngineEvent::CapturesUpdated) = events.recv().await {
                return;
            }
        }
    })
    .await
    .expect("the captures are named again within 10 s");
}

#[tokio::test]
async fn bad_provider_secrets_are_refused_with_what_to_do() {
    let instance = start().await;
    for (body, status, says) in [
        (json!({"provider": "stripe", "secret": "  "}), 400, "empty"),
        (json!({"provider": "nope", "secret": "x"}), 404, "nope"),
    ] {
        let response = instance
            .http
            .post(instance.api("/api/provider-secrets"))
            .bearer_auth(instance.running.token())
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{body}");
        let answer: Value = response.json().await.unwrap();
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(message.contains(says), "{message}");
    }
    save_secret(&instance, "github", "same").await;
    let again = instance
        .http
        .post(instance.api("/api/provider-secrets"))
        .bearer_auth(instance.running.token())
        .json(&json!({"provider": "github", "secret": "same"}))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409);
}

#[tokio::test]
async fn captures_filter_by_provider_and_by_event_with_or_without_its_action() {
    let instance = start().await;
    let (github, _) = provider_request(&instance, "github", "pull_request", None).await;
    let opened = deliver(&instance, "/default", &github, r#"{"action":"opened"}"#).await;
    let closed = deliver(&instance, "/default", &github, r#"{"action":"closed"}"#).await;
    let (stripe, body) = provider_request(&instance, "stripe", "charge.refunded", None).await;
    let refund = deliver(&instance, "/default", &stripe, &body).await;
    let ids = |list: Value| -> Vec<String> {
        list["captures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(instance.get_json("/api/captures?provider=github").await),
        [closed.clone(), opened.clone()]
    );
    assert_eq!(
        ids(instance.get_json("/api/captures?event=pull_request").await),
        [closed.clone(), opened]
    );
    assert_eq!(
        ids(instance
            .get_json("/api/captures?event=pull_request.closed")
            .await),
        [closed]
    );
    assert_eq!(
        ids(instance
            .get_json("/api/captures?provider=stripe&event=charge.refunded")
            .await),
        [refund]
    );
    assert!(ids(instance.get_json("/api/captures?event=pull").await).is_empty());
}

#[tokio::test]
async fn the_inbox_verifying_provider_names_its_captures() {
    let instance = start().await;
    let response = instance
        .http
        .post(instance.api("/api/inboxes"))
        .bearer_auth(instance.running.token())
        .json(
            &json!({"slug": "gh", "config": {"verify": {"provider": "github", "secrets": ["k"]}}}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    let (headers, body) = provider_request(&instance, "github", "issues", Some("k")).await;
    let id = deliver(&instance, "/gh/hook", &headers, &body).await;
    let row = row(&instance, &id).await;
    assert_eq!(row["provider"], "github");
    let action = serde_json::from_str::<Value>(&body).unwrap()["action"].clone();
    assert_eq!(row["event"], format!("issues.{}", action.as_str().unwrap()));
    assert_eq!(row["signature"], "valid");
}

/// The data directory of a Hookbench from before recognition (schema 11), holding one GitHub
/// push and one plain request.
fn old_data_dir() -> tempfile::TempDir {
    const BEFORE_RECOGNITION: [&str; 11] = [
        include_str!("../../migrations/0001_captures.sql"),
        include_str!("../../migrations/0002_saved_samples.sql"),
        include_str!("../../migrations/0003_capture_response.sql"),
        include_str!("../../migrations/0004_inboxes.sql"),
        include_str!("../../migrations/0005_inbox_rowid_index.sql"),
        include_str!("../../migrations/0006_search_watermark.sql"),
        include_str!("../../migrations/0007_sender.sql"),
        include_str!("../../migrations/0008_connection_reuse.sql"),
        include_str!("../../migrations/0009_forward.sql"),
        include_str!("../../migrations/0010_redirects.sql"),
        include_str!("../../migrations/0011_emulator.sql"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("hookbench.db")).unwrap();
    for sql in BEFORE_RECOGNITION {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 11).unwrap();
    let push = json!([{"name": "X-GitHub-Event", "value": "push"}]).to_string();
    let plain = json!([{"name": "Content-Type", "value": "text/plain"}]).to_string();
    for (id, headers, body) in [("01OLDPUSH", push, "{}"), ("01OLDPLAIN", plain, "hi")] {
        conn.execute(
            "INSERT INTO captures (id, inbox, received_at, method, path, http_version, headers,
                 body, body_size, remote_addr, response_status)
             VALUES (?1, 'default', 1700000000000, 'POST', '/old', 'HTTP/1.1', ?2, ?3, 2,
                 '127.0.0.1:1', 200)",
            rusqlite::params![id, headers, body.as_bytes()],
        )
        .unwrap();
    }
    dir
}

#[tokio::test]
async fn captures_stored_before_recognition_are_named_once_the_instance_runs() {
    let dir = old_data_dir();
    let engine = hookbench::Engine::open(hookbench::Config::new(dir.path())).unwrap();
    let mut events = engine.bus().subscribe();
    let instance = crate::support::start_with(engine, Some(dir)).await;
    wait_for_update(&mut events).await;
    let push = row(&instance, "01OLDPUSH").await;
    assert_eq!(push["provider"], "github", "{push}");
    assert_eq!(push["event"], "push", "{push}");
    assert_eq!(row(&instance, "01OLDPLAIN").await["provider"], Value::Null);
}
