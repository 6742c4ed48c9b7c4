//! The control API: token, Host and Origin checks, captures, live events, the served UI.

use std::time::Duration;

use futures_util::StreamExt;

use crate::support::start;

#[tokio::test]
async fn api_refuses_requests_without_the_token() {
    let instance = start().await;
    for path in [
        "/api/status",
        "/api/captures",
        "/api/events",
        "/api/captures/x",
    ] {
        let response = instance.http.get(instance.api(path)).send().await.unwrap();
        assert_eq!(response.status(), 401, "{path}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthorized");
        assert!(body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Bearer"));
    }
    let wrong = instance
        .http
        .get(instance.api("/api/captures"))
        .bearer_auth("0".repeat(64))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
}

#[tokio::test]
async fn api_takes_the_token_only_from_the_authorization_header() {
    let instance = start().await;
    let bearer = instance
        .http
        .get(instance.api("/api/status"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status(), 200);
    let query = instance
        .http
        .get(instance.api(&format!("/api/status?token={}", instance.running.token())))
        .send()
        .await
        .unwrap();
    assert_eq!(
        query.status(),
        401,
        "a token in the query string is not accepted: it would end up in logs and history"
    );
    let cookie = instance
        .http
        .get(instance.api("/api/status"))
        .header("cookie", format!("token={}", instance.running.token()))
        .send()
        .await
        .unwrap();
    assert_eq!(cookie.status(), 401, "never from a cookie");
    let status: serde_json::Value = bearer.json().await.unwrap();
    assert_eq!(status["receiver_url"], instance.running.receiver_url());
    assert_eq!(status["receiver_exposed"], false);
}

#[tokio::test]
async fn api_refuses_foreign_host_headers_even_with_the_token() {
    let instance = start().await;
    let port = instance
        .running
        .api_url()
        .rsplit(':')
        .next()
        .unwrap()
        .to_owned();
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        "127.0.0.1:1".to_owned(),
    ] {
        let response = instance
            .http
            .get(instance.api("/api/status"))
            .bearer_auth(instance.running.token())
            .header("host", &host)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "Host {host}");
    }
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let response = instance
            .http
            .get(instance.api("/api/status"))
            .bearer_auth(instance.running.token())
            .header("host", &host)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "Host {host}");
    }
}

#[tokio::test]
async fn api_refuses_requests_from_foreign_origins() {
    let instance = start().await;
    for origin in ["https://evil.example", "null", "http://127.0.0.1:1"] {
        let response = instance
            .http
            .get(instance.api("/api/captures"))
            .bearer_auth(instance.running.token())
            .header("origin", origin)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "Origin {origin}");
        assert!(response
            .headers()
            .get("access-control-allow-origin")
            .is_none());
    }
    let own = instance
        .http
        .get(instance.api("/api/captures"))
        .bearer_auth(instance.running.token())
        .header("origin", instance.running.api_url())
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn captures_are_listed_newest_first_and_paged() {
    let instance = start().await;
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(instance.post_capture(&format!("/page/{n}"), "{}").await);
    }
    let first = instance.get_json("/api/captures?limit=2").await;
    let listed: Vec<&str> = first["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed, [ids[4].as_str(), ids[3].as_str()]);
    let before = first["next_before"].as_str().unwrap();
    let second = instance
        .get_json(&format!("/api/captures?limit=10&before={before}"))
        .await;
    assert_eq!(second["captures"].as_array().unwrap().len(), 3);
    assert_eq!(second["captures"][0]["path"], "/page/2");
    assert!(second["next_before"].is_null());
}

#[tokio::test]
async fn unknown_capture_is_a_404_with_a_stable_code() {
    let instance = start().await;
    let response = instance
        .http
        .get(instance.api("/api/captures/01NOPE"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "capture_not_found");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("01NOPE"));
}

#[tokio::test]
async fn event_stream_pushes_a_new_capture_live() {
    let instance = start().await;
    let response = instance
        .http
        .get(instance.api("/api/events"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    let mut stream = response.bytes_stream();
    let mut seen = String::new();
    // Subscribed once `ready` arrives: anything stored after it must be pushed.
    read_until(&mut stream, &mut seen, "event: ready").await;
    let id = instance.post_capture("/live?x=1", r#"{"live":true}"#).await;
    read_until(&mut stream, &mut seen, &id).await;
    let line = seen
        .lines()
        .find(|line| line.starts_with("data: ") && line.contains(&id))
        .unwrap();
    let event: serde_json::Value = serde_json::from_str(&line["data: ".len()..]).unwrap();
    assert_eq!(event["type"], "capture.stored");
    assert_eq!(event["capture"]["path"], "/live");
    assert_eq!(event["capture"]["query"], "x=1");
    assert!(seen.contains("event: capture.stored"));
}

async fn read_until(
    stream: &mut (impl futures_util::Stream<Item = reqwest::Result<bytes::Bytes>> + Unpin),
    seen: &mut String,
    needle: &str,
) {
    tokio::time::timeout(Duration::from_secs(10), async {
        while !seen.contains(needle) {
            let chunk = stream.next().await.expect("stream open").expect("chunk");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no {needle:?} in the event stream; got {seen:?}"));
}

#[tokio::test]
async fn a_preflight_from_a_foreign_origin_gets_no_cors_grant() {
    let instance = start().await;
    let response = instance
        .http
        .request(reqwest::Method::OPTIONS, instance.api("/api/captures"))
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "DELETE")
        .header("access-control-request-headers", "authorization")
        .send()
        .await
        .unwrap();
    assert!(!response.status().is_success(), "{}", response.status());
    for name in [
        "access-control-allow-origin",
        "access-control-allow-methods",
        "access-control-allow-headers",
        "access-control-allow-credentials",
    ] {
        assert!(response.headers().get(name).is_none(), "{name} granted");
    }
}

#[tokio::test]
async fn ui_is_served_without_token_with_a_strict_csp_and_no_token_inside() {
    let instance = start().await;
    let response = instance.http.get(instance.api("/")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self'"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(!csp.contains("unsafe-eval"));
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let page = response.text().await.unwrap();
    assert!(page.contains("Hookbench"));
    assert!(!page.contains(instance.running.token()));
    // Every script and style the page loads (when the UI is built) is token-free too.
    for asset in page.split('"').filter(|part| part.starts_with("/assets/")) {
        let served = instance.http.get(instance.api(asset)).send().await.unwrap();
        assert_eq!(served.status(), 200, "{asset}");
        let text = served.text().await.unwrap();
        assert!(
            !text.contains(instance.running.token()),
            "{asset} holds the token"
        );
    }
}

#[tokio::test]
async fn unknown_api_route_is_a_json_404() {
    let instance = start().await;
    let response = instance
        .http
        .get(instance.api("/api/nope"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn each_start_has_a_new_256_bit_token() {
    let a = start().await;
    let b = start().await;
    assert_eq!(a.running.token().len(), 64);
    assert!(a.running.token().chars().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a.running.token(), b.running.token());
}
