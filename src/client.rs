//! A client of a running instance's API, found through its instance file: what the CLI uses.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::instance;
use crate::model::ApiError;

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
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::Remote(format!("the API answered something unexpected: {e}")))
    }

    /// The raw body of a successful GET (an export, say).
    pub async fn get_bytes(&self, path_and_query: &str) -> Result<Vec<u8>> {
        let url = format!("{}{}", self.base, path_and_query);
        let response = self
            .http
            .get(&url)
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(|e| Error::Unreachable {
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
            let message = serde_json::from_slice::<ApiError>(&bytes)
                .map(|e| e.error.message)
                .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
            return Err(Error::Remote(message));
        }
        Ok(bytes.to_vec())
    }
}
