//! A client of a running instance's API, found through its instance file: what the CLI uses.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::base::error::{Error, Result};
use crate::base::instance;
use crate::model::ApiError;

mod events;
pub use events::Events;

pub struct Client {
    base: String,
    token: String,
    http: reqwest::Client,
}

impl Client {
    pub fn for_data_dir(data_dir: &Path) -> Result<Client> {
        let instance = instance::read(data_dir)?;
        Ok(Client::new(instance.api_url, instance.token))
    }

    pub fn new(base: String, token: String) -> Client {
        Client {
            base,
            token,
            http: reqwest::Client::new(),
        }
    }

    pub async fn get<T: DeserializeOwned>(&self, path_and_query: &str) -> Result<T> {
        let bytes = self.get_bytes(path_and_query).await?;
        decode(&bytes)
    }

    /// POSTs `body` as JSON; the answer's JSON (null for an empty answer).
    pub async fn post<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> Result<T> {
        let bytes = self
            .request(reqwest::Method::POST, path, Some(json(body)?))
            .await?;
        decode(&bytes)
    }

    pub async fn put<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> Result<T> {
        let bytes = self
            .request(reqwest::Method::PUT, path, Some(json(body)?))
            .await?;
        decode(&bytes)
    }

    pub async fn patch<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> Result<T> {
        let bytes = self
            .request(reqwest::Method::PATCH, path, Some(json(body)?))
            .await?;
        decode(&bytes)
    }

    pub async fn delete(&self, path: &str) -> Result<()> {
        self.request(reqwest::Method::DELETE, path, None).await?;
        Ok(())
    }

    /// DELETEs and decodes the answer (what a clear removed, say).
    pub async fn delete_json<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        let bytes = self.request(reqwest::Method::DELETE, path, None).await?;
        decode(&bytes)
    }

    /// The raw body of a successful GET (an export, say).
    pub async fn get_bytes(&self, path_and_query: &str) -> Result<Vec<u8>> {
        self.request(reqwest::Method::GET, path_and_query, None)
            .await
    }

    async fn request(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Vec<u8>> {
        let url = format!("{}{}", self.base, path_and_query);
        let mut request = self.http.request(method, &url).bearer_auth(&self.token);
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let response = request.send().await.map_err(|e| Error::Unreachable {
            url: self.base.clone(),
            message: format!(
                "{e}. Is it still running? A stale instance file is replaced when Hookbench starts"
            ),
        })?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(|e| Error::Unreachable {
            url: self.base.clone(),
            message: e.to_string(),
        })?;
        if !status.is_success() {
            return Err(api_error(status.as_u16(), &bytes));
        }
        Ok(bytes.to_vec())
    }
}

/// The API's error as the engine's own kind, so the CLI's exit status says what went wrong.
fn api_error(status: u16, bytes: &[u8]) -> Error {
    let (code, message) = match serde_json::from_slice::<ApiError>(bytes) {
        Ok(e) => (e.error.code, e.error.message),
        Err(_) => (String::new(), String::from_utf8_lossy(bytes).into_owned()),
    };
    match (status, code.as_str()) {
        // A provider, event or sample name is the caller's input, not a stored thing.
        (_, "unknown_provider" | "unknown_event" | "unknown_sample") => Error::BadRequest(message),
        (400, _) => Error::BadRequest(message),
        (404, _) => Error::NotFound(message),
        (409, _) => Error::Conflict(message),
        _ => Error::Remote(message),
    }
}

fn json(body: &impl Serialize) -> Result<Vec<u8>> {
    serde_json::to_vec(body)
        .map_err(|e| Error::Internal(format!("a request could not be encoded: {e}")))
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let bytes = if bytes.is_empty() {
        b"null".as_slice()
    } else {
        bytes
    };
    serde_json::from_slice(bytes)
        .map_err(|e| Error::Remote(format!("the API answered something unexpected: {e}")))
}
