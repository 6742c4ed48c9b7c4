//! Settings move the receiver while the instance runs: the new address takes captures at once,
//! the status, inbox URLs and instance.json name it, and a busy port changes nothing.

use serde_json::{json, Value};

use crate::support::{self, Instance};

async fn put_settings(instance: &Instance, settings: Value) -> reqwest::Response {
    instance
        .http
        .put(instance.api("/api/settings"))
        .bearer_auth(instance.running.token())
        .json(&settings)
        .send()
        .await
        .expect("API answers")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

#[tokio::test]
async fn a_new_receiver_port_applies_without_restart_and_is_shown_everywhere() {
    let instance = support::start().await;
    let old_url = instance.running.receiver_url();
    let port = free_port();
    let response = put_settings(
        &instance,
        json!({"receiver": {"address": "127.0.0.1", "port": port, "max_body": 1000}}),
    )
    .await;
    assert_eq!(
        response.status(),
        200,
        "{}",
        response.text().await.unwrap_or_default()
    );
    let new_url = format!("http://127.0.0.1:{port}");
    assert_eq!(
        instance.get_json("/api/status").await["receiver_url"],
        new_url
    );
    assert_eq!(instance.get_json("/api/status").await["max_body"], 1000);
    let inboxes = instance.get_json("/api/inboxes").await;
    assert_eq!(inboxes[0]["url"], format!("{new_url}/default"));

    // The new address captures; the body limit is the new one; the old address is closed.
    let answer = instance
        .http
        .post(format!("{new_url}/default/moved"))
        .body("hello")
        .send()
        .await
        .expect("new receiver answers");
    assert_eq!(answer.status(), 200);
    let too_big = instance
        .http
        .post(format!("{new_url}/default/big"))
        .body(vec![b'x'; 2000])
        .send()
        .await
        .expect("new receiver answers");
    assert_eq!(too_big.status(), 413);
    let mut closed = false;
    for _ in 0..50 {
        if instance
            .http
            .post(format!("{old_url}/default"))
            .send()
            .await
            .is_err()
        {
            closed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(closed, "the old receiver address still takes requests");

    // The CLI finds the receiver where it is now.
    let dir = instance
        .running
        .engine()
        .data_dir()
        .expect("on disk")
        .to_path_buf();
    let file = hookbench::base::instance::read(&dir).expect("instance file");
    let mut written = file.receiver_url;
    for _ in 0..50 {
        if written == new_url {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        written = hookbench::base::instance::read(&dir)
            .expect("instance file")
            .receiver_url;
    }
    assert_eq!(written, new_url);
}

#[tokio::test]
async fn a_busy_port_is_a_clear_error_and_the_receiver_stays_where_it_was() {
    let instance = support::start().await;
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = busy.local_addr().expect("addr").port();
    let old_url = instance.running.receiver_url();
    let response = put_settings(
        &instance,
        json!({"receiver": {"address": "127.0.0.1", "port": port, "max_body": 1000}}),
    )
    .await;
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.expect("JSON error");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("already in use"), "{message}");
    assert!(message.contains(&old_url), "{message}");
    assert_eq!(
        instance.get_json("/api/status").await["receiver_url"],
        old_url
    );
    assert_eq!(
        instance.get_json("/api/settings").await["receiver"],
        Value::Null
    );
    instance.post_capture("/default/still", "{}").await;
}

#[tokio::test]
async fn bad_receiver_settings_are_refused_with_what_to_do() {
    let instance = support::start().await;
    for (settings, expected) in [
        (
            json!({"receiver": {"address": "127.0.0.1", "port": 0, "max_body": 10}}),
            "between 1 and 65535",
        ),
        (
            json!({"receiver": {"address": "127.0.0.1", "port": 9, "max_body": 0}}),
            "body limit",
        ),
        (
            json!({"receiver": {"address": "not an ip", "port": 9, "max_body": 10}}),
            "receiver",
        ),
        (
            // Regression: Linux lets a socket bind the broadcast address, where nothing arrives.
            json!({"receiver": {"address": "255.255.255.255", "port": 9, "max_body": 10}}),
            "broadcast",
        ),
    ] {
        let response = put_settings(&instance, settings).await;
        assert_eq!(response.status(), 400);
        let text = response.text().await.unwrap_or_default();
        assert!(text.contains(expected), "{text}");
    }
}

#[tokio::test]
async fn saving_another_section_leaves_the_receiver_and_the_last_screen_is_kept() {
    let instance = support::start().await;
    let old_url = instance.running.receiver_url();
    let response = put_settings(&instance, json!({"theme": "dark"})).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        instance.get_json("/api/status").await["receiver_url"],
        old_url
    );
    assert_eq!(instance.get_json("/api/settings").await["theme"], "dark");

    let saved = instance
        .http
        .put(instance.api("/api/last-screen"))
        .bearer_auth(instance.running.token())
        .json(&json!({"screen": "#/webhooks"}))
        .send()
        .await
        .expect("API answers");
    assert_eq!(saved.status(), 200);
    assert_eq!(
        instance.get_json("/api/last-screen").await["screen"],
        "#/webhooks"
    );
    let refused = instance
        .http
        .put(instance.api("/api/last-screen"))
        .bearer_auth(instance.running.token())
        .json(&json!({"screen": "javascript:alert(1)"}))
        .send()
        .await
        .expect("API answers");
    assert_eq!(refused.status(), 400);
}
