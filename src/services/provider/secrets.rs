//! Secrets the user saved for a provider, apart from any inbox: every capture recognised as
//! that provider's is checked with them, so its signature state (valid, invalid, unsigned)
//! shows in the lists. Sealed at rest, listed by their last characters only, and cached in
//! memory for the receiver.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use crate::base::error::{Error, Result};
use crate::bus::Bus;
use crate::model::{EngineEvent, NewProviderSecret, ProviderSecret};
use crate::store::Store;

/// Longer secrets are refused (the longest provider keys are about 100 characters).
const MAX_SECRET: usize = 4096;

pub struct ProviderSecrets {
    store: Store,
    bus: Bus,
    loaded: tokio::sync::OnceCell<()>,
    /// Provider id → its secrets, oldest first.
    cache: RwLock<Arc<HashMap<String, Vec<String>>>>,
}

impl ProviderSecrets {
    pub fn new(store: Store, bus: Bus) -> Self {
        ProviderSecrets {
            store,
            bus,
            loaded: tokio::sync::OnceCell::new(),
            cache: RwLock::default(),
        }
    }

    pub async fn list(&self) -> Result<Vec<ProviderSecret>> {
        self.store.provider_secrets().await
    }

    /// Saves a secret for a provider of the catalog; the same secret twice is refused.
    pub async fn add(&self, new: NewProviderSecret) -> Result<ProviderSecret> {
        let provider =
            crate::services::provider::request::catalog()?.provider(new.provider.trim())?;
        let secret = new.secret.trim().to_owned();
        if secret.is_empty() {
            return Err(Error::BadRequest(
                "the secret is empty: paste the provider's signing secret (or public key)".into(),
            ));
        }
        if secret.len() > MAX_SECRET {
            return Err(Error::BadRequest(format!(
                "the secret is longer than {MAX_SECRET} bytes: is it the right value?"
            )));
        }
        if self.secrets_of(&provider.id).await?.contains(&secret) {
            return Err(Error::Conflict(format!(
                "this secret is already saved for {}",
                provider.name
            )));
        }
        let entry = ProviderSecret {
            id: crate::base::ids::next_id(),
            provider: provider.id.clone(),
            hint: hint(&secret),
            created_at: crate::base::clock::now_millis(),
        };
        self.store
            .insert_provider_secret(entry.clone(), secret)
            .await?;
        self.changed().await?;
        Ok(entry)
    }

    pub async fn remove(&self, id: &str) -> Result<()> {
        self.store.delete_provider_secret(id.to_owned()).await?;
        self.changed().await
    }

    /// The secrets saved for a provider, oldest first (none: an empty list).
    pub async fn secrets_of(&self, provider: &str) -> Result<Vec<String>> {
        self.loaded
            .get_or_try_init(|| async { self.reload().await })
            .await?;
        let cache = self
            .cache
            .read()
            .map(|cache| Arc::clone(&cache))
            .unwrap_or_default();
        Ok(cache.get(provider).cloned().unwrap_or_default())
    }

    async fn reload(&self) -> Result<()> {
        let mut by_provider: HashMap<String, Vec<String>> = HashMap::new();
        for (provider, secret) in self.store.provider_secret_values().await? {
            by_provider.entry(provider).or_default().push(secret);
        }
        if let Ok(mut cache) = self.cache.write() {
            *cache = Arc::new(by_provider);
        }
        Ok(())
    }

    async fn changed(&self) -> Result<()> {
        self.reload().await?;
        self.bus.publish(EngineEvent::ProviderSecretsChanged);
        Ok(())
    }
}

fn hint(secret: &str) -> String {
    let tail: Vec<char> = secret.chars().rev().take(4).collect();
    format!("…{}", tail.into_iter().rev().collect::<String>())
}
