//! The engine: the facade that composes the services over one store and one bus, and the few
//! operations that span services. Every client (the API, the receiver, the emulator, the CLI's
//! one-shot commands, the desktop shell, tests) goes through it. Cheap to clone.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::base::config::Config;
use crate::base::error::{Error, Result};
use crate::bus::Bus;
use crate::model::{NewProviderSecret, ProviderSecret};
use crate::services::capture::Captures;
use crate::services::delivery::outgoing_rules::OutgoingRules;
use crate::services::delivery::Deliveries;
use crate::services::emulation::Emulation;
use crate::services::inbox::Inboxes;
use crate::services::provider::secrets::ProviderSecrets;
use crate::services::provider::Providers;
use crate::services::relay::Relays;
use crate::services::settings::SettingsService;
use crate::store::{KeySource, Renaming, Store};

#[derive(Clone)]
pub struct Engine {
    inner: Arc<Services>,
}

struct Services {
    store: Store,
    bus: Bus,
    data_dir: Option<PathBuf>,
    rules: Arc<OutgoingRules>,
    captures: Captures,
    inboxes: Arc<Inboxes>,
    providers: Providers,
    deliveries: Deliveries,
    relays: Relays,
    settings: SettingsService,
    emulation: Emulation,
}

impl Engine {
    /// Opens (creating if needed) the data directory and its store.
    pub fn open(config: Config) -> Result<Engine> {
        let dir = config.data_dir;
        std::fs::create_dir_all(&dir).map_err(|source| Error::DataDir {
            path: dir.clone(),
            source,
        })?;
        Ok(Engine::with_store(Store::open(&dir)?, Some(dir)))
    }

    /// An engine whose store lives in memory and vanishes with it.
    pub fn open_in_memory() -> Result<Engine> {
        Ok(Engine::with_store(Store::open_in_memory()?, None))
    }

    fn with_store(store: Store, data_dir: Option<PathBuf>) -> Engine {
        let bus = Bus::default();
        let rules = Arc::new(OutgoingRules::default());
        let secrets = Arc::new(ProviderSecrets::new(store.clone(), bus.clone()));
        let inboxes = Arc::new(Inboxes::new(store.clone(), bus.clone()));
        let deliveries = Deliveries::new(store.clone(), bus.clone(), rules.clone());
        let relays = Relays::new(
            store.clone(),
            bus.clone(),
            deliveries.clone(),
            inboxes.clone(),
        );
        let services = Services {
            captures: Captures::new(store.clone(), bus.clone(), secrets.clone()),
            providers: Providers::new(store.clone(), secrets),
            settings: SettingsService::new(store.clone(), bus.clone(), rules.clone()),
            emulation: Emulation::new(store.clone(), deliveries.clone()),
            inboxes,
            deliveries,
            relays,
            rules,
            store,
            bus,
            data_dir,
        };
        Engine {
            inner: Arc::new(services),
        }
    }

    /// None for an in-memory engine.
    pub fn data_dir(&self) -> Option<&Path> {
        self.inner.data_dir.as_deref()
    }

    /// Where the key sealing stored secrets is kept.
    pub fn key_source(&self) -> &KeySource {
        self.inner.store.key_source()
    }

    /// Every change the engine makes is published here.
    pub fn bus(&self) -> &Bus {
        &self.inner.bus
    }

    /// What every outgoing request is held to: Hookbench's own addresses, the global
    /// private-network setting.
    pub fn outgoing_rules(&self) -> &OutgoingRules {
        &self.inner.rules
    }

    pub fn captures(&self) -> &Captures {
        &self.inner.captures
    }

    pub fn inboxes(&self) -> &Inboxes {
        &self.inner.inboxes
    }

    pub fn providers(&self) -> &Providers {
        &self.inner.providers
    }

    pub fn deliveries(&self) -> &Deliveries {
        &self.inner.deliveries
    }

    pub fn relays(&self) -> &Relays {
        &self.inner.relays
    }

    pub fn settings(&self) -> &SettingsService {
        &self.inner.settings
    }

    pub fn emulation(&self) -> &Emulation {
        &self.inner.emulation
    }

    /// Deletes every capture of an inbox; returns how many.
    pub async fn clear_inbox(&self, slug: &str) -> Result<u64> {
        let inbox = self.inboxes().get(slug).await?;
        self.captures().clear(inbox.slug).await
    }

    /// Saves a provider's secret, then checks that provider's stored captures with it.
    pub async fn save_provider_secret(&self, new: NewProviderSecret) -> Result<ProviderSecret> {
        let saved = self.providers().secrets().add(new).await?;
        self.captures()
            .rename_in_background(Renaming::SignaturesOf(saved.provider.clone()));
        Ok(saved)
    }

    /// Forgets a saved secret, then checks that provider's stored captures without it.
    pub async fn forget_provider_secret(&self, id: &str) -> Result<()> {
        let secrets = self.providers().secrets();
        let provider = secrets
            .list()
            .await?
            .into_iter()
            .find(|s| s.id == id)
            .map(|s| s.provider);
        secrets.remove(id).await?;
        if let Some(provider) = provider {
            self.captures()
                .rename_in_background(Renaming::SignaturesOf(provider));
        }
        Ok(())
    }

    /// Commits what is queued and closes the store.
    pub fn close(&self) {
        self.inner.store.close();
    }
}
