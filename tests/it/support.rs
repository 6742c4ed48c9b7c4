//! Shared fixtures: a running instance on free ports, and a client for it.

use std::time::Duration;

use hookbench::serve::{self, Running, ServeOptions};
use hookbench::{Config, Engine};

pub struct Instance {
    pub running: Running,
    pub http: reqwest::Client,
    /// Keeps the data directory alive for the instance's lifetime.
    _dir: Option<tempfile::TempDir>,
}

pub fn free_addr() -> std::net::SocketAddr {
    "127.0.0.1:0".parse().expect("literal address")
}

/// A full instance (receiver + API) on free loopback ports, with its data in a temp dir.
pub async fn start() -> Instance {
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = Engine::open(Config::new(dir.path())).expect("engine opens");
    start_with(engine, Some(dir)).await
}

pub async fn start_with(engine: Engine, dir: Option<tempfile::TempDir>) -> Instance {
    start_with_options(engine, dir, ServeOptions::default()).await
}

/// An in-memory instance with these receiver limits (short timeouts for slow-client tests).
pub async fn start_with_limits(limits: hookbench::receiver::Limits) -> Instance {
    let options = ServeOptions {
        limits,
        ..ServeOptions::default()
    };
    start_with_options(Engine::open_in_memory().expect("engine"), None, options).await
}

pub async fn start_with_options(
    engine: Engine,
    dir: Option<tempfile::TempDir>,
    options: ServeOptions,
) -> Instance {
    let options = ServeOptions {
        receiver: if options.receiver == serve::DEFAULT_RECEIVER {
            free_addr()
        } else {
            options.receiver
        },
        api: if options.api == serve::DEFAULT_API {
            free_addr()
        } else {
            options.api
        },
        ..options
    };
    let running = serve::start(engine, options)
        .await
        .expect("instance starts");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    Instance {
        running,
        http,
        _dir: dir,
    }
}

impl Instance {
    pub fn api(&self, path: &str) -> String {
        format!("{}{}", self.running.api_url(), path)
    }

    pub fn receiver(&self, path: &str) -> String {
        format!("{}{}", self.running.receiver_url(), path)
    }

    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        let response = self
            .http
            .get(self.api(path))
            .bearer_auth(self.running.token())
            .send()
            .await
            .expect("API answers");
        assert!(
            response.status().is_success(),
            "GET {path}: {}",
            response.status()
        );
        response.json().await.expect("JSON")
    }

    pub async fn post_capture(&self, path: &str, body: &'static str) -> String {
        let response = self
            .http
            .post(self.receiver(path))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("receiver answers");
        assert_eq!(response.status(), 200);
        let answer: serde_json::Value = response.json().await.expect("JSON answer");
        answer["captured"].as_str().expect("capture id").to_owned()
    }
}
