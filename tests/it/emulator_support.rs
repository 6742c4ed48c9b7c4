//! Helpers for the provider emulator's tests: an instance with the emulator on a free port that
//! takes the seed pages' placeholder key, and requests to it exactly as written.

use hookbench::serve::ServeOptions;
use hookbench::Engine;
use serde_json::Value;

use crate::support::{free_addr, start_with_options, Instance};

/// The key the seed pages' examples send (`X-API-Key: YOUR_API_KEY`), given as --emulator-key.
pub const KEY: &str = "YOUR_API_KEY";

/// An in-memory instance whose emulator takes `KEY`.
pub async fn start_emulating() -> Instance {
    start_emulating_with(Engine::open_in_memory().unwrap(), None).await
}

pub async fn start_emulating_with(engine: Engine, dir: Option<tempfile::TempDir>) -> Instance {
    let options = ServeOptions {
        emulator: Some(free_addr()),
        emulator_keys: vec![KEY.to_owned()],
        ..ServeOptions::default()
    };
    start_with_options(engine, dir, options).await
}

/// The answer: status, headers and the body as JSON (Null when empty or not JSON).
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Instance {
    pub fn emulator(&self, path: &str) -> String {
        format!(
            "{}{path}",
            self.running.emulator_url().expect("the emulator runs")
        )
    }

    /// One request to the emulator: method, path (with query), headers and body as given.
    pub async fn emulate(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Answer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.http.request(method, self.emulator(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.body(body.to_owned());
        }
        let response = request.send().await.expect("the emulator answers");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        Answer {
            status,
            headers,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
        }
    }

    /// A request with `KEY` in `X-API-Key` and a JSON body.
    pub async fn emulate_json(&self, method: &str, path: &str, body: Option<&str>) -> Answer {
        let headers = [("Content-Type", "application/json"), ("X-API-Key", KEY)];
        self.emulate(method, path, &headers, body).await
    }
}

impl Answer {
    /// The error message of a refusal, checked to be Hookbench's JSON error shape.
    pub fn message(&self) -> String {
        let message = self.body["error"]["message"].as_str();
        message
            .unwrap_or_else(|| panic!("not a JSON error: {} {}", self.status, self.body))
            .to_owned()
    }
}

/// The lowercase hex HMAC-SHA256 of `body` under `secret`.
pub fn hmac_hex(secret: &str, body: &[u8]) -> String {
    hex::encode(hmac_bytes(secret, body))
}

pub fn hmac_base64(secret: &str, body: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(hmac_bytes(secret, body))
}

fn hmac_bytes(secret: &str, body: &[u8]) -> Vec<u8> {
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// The value of header `name` (any case) of a received request.
pub fn header<'a>(received: &'a crate::target::Received, name: &str) -> Option<&'a str> {
    received
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
