//! Inboxes: their URLs, custom responses and rules, verification, search, deletion, retention.

use std::time::{Duration, Instant};

use hookbench::signing::{self, Message, Scheme};
use hookbench::{Config, Engine};

use crate::support::{start, start_with, Instance};

async fn send(
    instance: &Instance,
    method: reqwest::Method,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> reqwest::Response {
    let mut request = instance.http.request(method, instance.receiver(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(body.to_owned()).send().await.unwrap()
}

async fn api(
    instance: &Instance,
    method: reqwest::Method,
    path: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut request = instance
        .http
        .request(method, instance.api(path))
        .bearer_auth(instance.running.token());
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

async fn create(instance: &Instance, body: serde_json::Value) -> serde_json::Value {
    let (status, inbox) = api(instance, reqwest::Method::POST, "/api/inboxes", Some(body)).await;
    assert_eq!(status, 201, "{inbox}");
    inbox
}

fn ids(list: &serde_json::Value) -> Vec<String> {
    list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["path"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn requests_land_in_the_inbox_named_by_their_first_segment_else_in_default() {
    let instance = start().await;
    let (_, inboxes) = api(&instance, reqwest::Method::GET, "/api/inboxes", None).await;
    assert_eq!(inboxes[0]["slug"], "default");
    assert_eq!(inboxes[0]["url"], instance.receiver("/default"));
    let shop = create(
        &instance,
        serde_json::json!({"slug": "shop", "name": "Shop"}),
    )
    .await;
    assert_eq!(shop["url"], instance.receiver("/shop"));

    send(
        &instance,
        reqwest::Method::POST,
        "/shop/orders/1?x=1",
        &[],
        "{}",
    )
    .await;
    send(&instance, reqwest::Method::POST, "/shopping", &[], "{}").await;
    send(&instance, reqwest::Method::POST, "/", &[], "{}").await;
    let shop_list = instance.get_json("/api/captures?inbox=shop").await;
    assert_eq!(ids(&shop_list), ["/shop/orders/1"]);
    let default_list = instance.get_json("/api/captures?inbox=default").await;
    assert_eq!(ids(&default_list), ["/", "/shopping"]);
}

#[tokio::test]
async fn inboxes_and_their_urls_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let instance = start_with(Engine::open(Config::new(dir.path())).unwrap(), None).await;
        create(
            &instance,
            serde_json::json!({"slug": "kept", "config": {"response": {"status": 202}}}),
        )
        .await;
        instance.running.shutdown().await;
    }
    let instance = start_with(Engine::open(Config::new(dir.path())).unwrap(), None).await;
    let response = send(&instance, reqwest::Method::POST, "/kept/x", &[], "{}").await;
    assert_eq!(response.status(), 202);
}

#[tokio::test]
async fn renaming_moves_captures_and_bad_changes_are_refused_with_reasons() {
    let instance = start().await;
    create(&instance, serde_json::json!({"slug": "old"})).await;
    send(&instance, reqwest::Method::POST, "/old/a", &[], "{}").await;
    let (status, renamed) = api(
        &instance,
        reqwest::Method::PATCH,
        "/api/inboxes/old",
        Some(serde_json::json!({"slug": "new", "name": "New name"})),
    )
    .await;
    assert_eq!(status, 200, "{renamed}");
    assert_eq!(renamed["name"], "New name");
    let moved = instance.get_json("/api/captures?inbox=new").await;
    assert_eq!(ids(&moved), ["/old/a"]);

    let cases = [
        (
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "new"})),
            409,
        ),
        (
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "Has Spaces"})),
            400,
        ),
        (
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "x", "config": {"response": {"status": 99}}})),
            400,
        ),
        (
            // Regression: a 1xx was accepted, and every request to the inbox got an empty 500.
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "w", "config": {"response": {"status": 100}}})),
            400,
        ),
        (
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "y", "config": {"verify": {"provider": "nope"}}})),
            404,
        ),
        (
            reqwest::Method::POST,
            "/api/inboxes",
            Some(serde_json::json!({"slug": "z", "surprise": 1})),
            400,
        ),
        (reqwest::Method::DELETE, "/api/inboxes/default", None, 400),
        (
            reqwest::Method::PATCH,
            "/api/inboxes/default",
            Some(serde_json::json!({"slug": "other"})),
            400,
        ),
        (reqwest::Method::DELETE, "/api/inboxes/missing", None, 404),
    ];
    for (method, path, body, expected) in cases {
        let (status, answer) = api(&instance, method.clone(), path, body.clone()).await;
        assert_eq!(status, expected, "{method} {path} {body:?}: {answer}");
        assert!(!answer["error"]["message"].as_str().unwrap().is_empty());
    }
    let (status, removed) = api(&instance, reqwest::Method::DELETE, "/api/inboxes/new", None).await;
    assert_eq!(status, 200);
    assert_eq!(removed["removed"], 1);
    let after = instance.get_json("/api/captures").await;
    assert!(ids(&after).is_empty(), "the inbox's captures went with it");
}

#[tokio::test]
async fn a_custom_response_is_answered_after_its_delay_and_stored_with_the_capture() {
    let instance = start().await;
    create(
        &instance,
        serde_json::json!({"slug": "custom", "config": {"response": {
            "status": 201, "content_type": "text/plain", "delay_ms": 300,
            "headers": [{"name": "X-Reply", "value": "one"}, {"name": "X-Reply", "value": "two"}],
            "body": "stored as {{capture_id}}"
        }}}),
    )
    .await;
    let started = Instant::now();
    let response = send(&instance, reqwest::Method::POST, "/custom", &[], "{}").await;
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "the delay was honoured"
    );
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["content-type"], "text/plain");
    let replies: Vec<_> = response.headers().get_all("x-reply").iter().collect();
    assert_eq!(replies, ["one", "two"]);
    let text = response.text().await.unwrap();
    let id = text.strip_prefix("stored as ").unwrap();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    assert_eq!(capture["response"]["status"], 201);
    assert_eq!(capture["response"]["body"]["data"], text);
}

#[tokio::test]
async fn rules_choose_the_response_in_order_including_every_nth_request() {
    let instance = start().await;
    let answer = |status: u16| serde_json::json!({"status": status, "body": ""});
    create(
        &instance,
        serde_json::json!({"slug": "rules", "config": {"rules": [
            {"name": "deletes", "when": {"method": "delete"}, "response": answer(405)},
            {"when": {"path_glob": "/rules/admin/*"}, "response": answer(403)},
            {"when": {"header": {"name": "x-mode", "value_glob": "fail*"}}, "response": answer(503)},
            {"when": {"body_contains": "\"retry\":true"}, "response": answer(429)},
            {"when": {"every_nth": 3}, "response": answer(500)}
        ]}}),
    )
    .await;
    let status = |response: reqwest::Response| response.status().as_u16();
    assert_eq!(
        status(send(&instance, reqwest::Method::DELETE, "/rules/x", &[], "").await),
        405
    );
    assert_eq!(
        status(
            send(
                &instance,
                reqwest::Method::POST,
                "/rules/admin/users",
                &[],
                "{}"
            )
            .await
        ),
        403
    );
    // The third request to the inbox: every_nth fires.
    assert_eq!(
        status(send(&instance, reqwest::Method::POST, "/rules/a", &[], "{}").await),
        500
    );
    assert_eq!(
        status(
            send(
                &instance,
                reqwest::Method::POST,
                "/rules/a",
                &[("X-Mode", "failing")],
                "{}"
            )
            .await
        ),
        503
    );
    assert_eq!(
        status(
            send(
                &instance,
                reqwest::Method::POST,
                "/rules/a",
                &[],
                r#"{"retry":true}"#
            )
            .await
        ),
        429
    );
    assert_eq!(
        status(send(&instance, reqwest::Method::POST, "/rules/a", &[], "{}").await),
        500
    );
    assert_eq!(
        status(send(&instance, reqwest::Method::POST, "/rules/a", &[], "{}").await),
        200
    );
    let list = instance.get_json("/api/captures?inbox=rules").await;
    let answered: Vec<u64> = list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["response_status"].as_u64().unwrap())
        .collect();
    assert_eq!(answered, [200, 500, 429, 503, 500, 403, 405]);
}

#[tokio::test]
async fn a_verifying_inbox_marks_each_capture_valid_invalid_or_unsigned() {
    let instance = start().await;
    create(
        &instance,
        serde_json::json!({"slug": "gh", "config": {"verify": {"provider": "github", "secrets": ["right"]}}}),
    )
    .await;
    let body = r#"{"zen":"Practicality beats purity.","hook_id":1,"hook":{"type":"Repository","id":1,"active":true,"events":["push"],"config":{"content_type":"json","url":"https://example.com","insecure_ssl":"0"},"updated_at":"2026-01-01T00:00:00Z","created_at":"2026-01-01T00:00:00Z"}}"#;
    let sign = |secret: &str| {
        signing::sign(
            &Scheme::Github,
            &[secret.to_owned()],
            &Message {
                id: "1",
                timestamp: 0,
                body: body.as_bytes(),
            },
        )
        .unwrap()
        .remove(0)
    };
    let (name, good) = sign("right");
    send(
        &instance,
        reqwest::Method::POST,
        "/gh",
        &[(&name, &good), ("X-GitHub-Event", "ping")],
        body,
    )
    .await;
    let (_, bad) = sign("wrong");
    send(
        &instance,
        reqwest::Method::POST,
        "/gh",
        &[(&name, &bad), ("X-GitHub-Event", "ping")],
        body,
    )
    .await;
    send(&instance, reqwest::Method::POST, "/gh", &[], body).await;
    let list = instance.get_json("/api/captures?inbox=gh").await;
    let badges: Vec<&str> = list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["signature"].as_str().unwrap())
        .collect();
    assert_eq!(badges, ["unsigned", "invalid", "valid"]);
    let valid_id = list["captures"][2]["id"].as_str().unwrap();
    let detail = instance
        .get_json(&format!("/api/captures/{valid_id}"))
        .await;
    assert_eq!(detail["check"]["event"], "ping");
    assert_eq!(detail["check"]["signature"]["status"], "valid");
    let invalid_id = list["captures"][1]["id"].as_str().unwrap();
    let detail = instance
        .get_json(&format!("/api/captures/{invalid_id}"))
        .await;
    assert_eq!(detail["check"]["signature"]["likely_cause"], "wrong_secret");
    // An inbox that does not verify leaves the badge out.
    send(&instance, reqwest::Method::POST, "/elsewhere", &[], "{}").await;
    let other = instance.get_json("/api/captures?inbox=default").await;
    assert!(other["captures"][0]["signature"].is_null());
}

#[tokio::test]
async fn search_finds_words_in_path_headers_and_body_with_filters() {
    let instance = start().await;
    send(
        &instance,
        reqwest::Method::POST,
        "/orders/created",
        &[("X-Shop", "acme-store")],
        r#"{"customer":"Grace Hopper"}"#,
    )
    .await;
    send(
        &instance,
        reqwest::Method::PUT,
        "/invoices/paid",
        &[],
        r#"{"customer":"Ada Lovelace"}"#,
    )
    .await;
    send(
        &instance,
        reqwest::Method::POST,
        "/ping?source=monitor",
        &[],
        "",
    )
    .await;
    let search = |query: &'static str| {
        let instance = &instance;
        async move { ids(&instance.get_json(&format!("/api/captures?{query}")).await) }
    };
    assert_eq!(search("q=hopper").await, ["/orders/created"]);
    assert_eq!(search("q=acme").await, ["/orders/created"]);
    assert_eq!(search("q=invoic").await, ["/invoices/paid"]);
    assert_eq!(search("q=monitor").await, ["/ping"]);
    assert_eq!(search("q=customer&method=put").await, ["/invoices/paid"]);
    assert_eq!(search("q=customer%20ada").await, ["/invoices/paid"]);
    assert!(search("q=nothing-like-this").await.is_empty());
    // FTS5 syntax in user input is taken literally, never an error.
    for hostile in ["%22", "AND%20OR%20NOT", "(*)", "col%3Avalue", "%5E"] {
        let (status, _) = api(
            &instance,
            reqwest::Method::GET,
            &format!("/api/captures?q={hostile}"),
            None,
        )
        .await;
        assert_eq!(status, 200, "q={hostile}");
    }
    let now = hookbench::base::clock::now_millis();
    assert_eq!(
        search(Box::leak(format!("from={}", now + 60_000).into_boxed_str()))
            .await
            .len(),
        0
    );
    assert_eq!(
        search(Box::leak(format!("to={}", now + 60_000).into_boxed_str()))
            .await
            .len(),
        3
    );
}

#[tokio::test]
async fn captures_are_deleted_one_by_one_or_by_clearing_an_inbox() {
    let instance = start().await;
    create(&instance, serde_json::json!({"slug": "a"})).await;
    for path in ["/a/1", "/a/2", "/b/1"] {
        send(&instance, reqwest::Method::POST, path, &[], "{}").await;
    }
    let list = instance.get_json("/api/captures").await;
    let first = list["captures"][0]["id"].as_str().unwrap().to_owned();
    let (status, _) = api(
        &instance,
        reqwest::Method::DELETE,
        &format!("/api/captures/{first}"),
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = api(
        &instance,
        reqwest::Method::DELETE,
        &format!("/api/captures/{first}"),
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert!(
        instance.get_json("/api/captures?q=b").await["captures"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the search index forgot it too"
    );
    let (_, cleared) = api(
        &instance,
        reqwest::Method::DELETE,
        "/api/inboxes/a/captures",
        None,
    )
    .await;
    assert_eq!(cleared["removed"], 2);
    assert!(ids(&instance.get_json("/api/captures").await).is_empty());
}

#[tokio::test]
async fn retention_keeps_the_newest_n_captures() {
    let instance = start().await;
    for n in 0..5 {
        send(
            &instance,
            reqwest::Method::POST,
            &format!("/r/{n}"),
            &[],
            "{}",
        )
        .await;
    }
    let (status, settings) = api(
        &instance,
        reqwest::Method::PUT,
        "/api/settings",
        Some(serde_json::json!({"retention": {"keep_last": 2}})),
    )
    .await;
    assert_eq!(status, 200, "{settings}");
    assert_eq!(
        ids(&instance.get_json("/api/captures").await),
        ["/r/4", "/r/3"]
    );
    let (status, _) = api(
        &instance,
        reqwest::Method::PUT,
        "/api/settings",
        Some(serde_json::json!({"retention": {"keep_last": 0}})),
    )
    .await;
    assert_eq!(status, 400);
    let (_, saved) = api(&instance, reqwest::Method::GET, "/api/settings", None).await;
    assert_eq!(saved["retention"]["keep_last"], 2);
}
