//! The engine: store, bus and the operations every client uses. Cheap to clone.

use std::path::{Path, PathBuf};

use crate::base::config::Config;
use crate::base::error::{Error, Result};
use crate::bus::Bus;
use crate::model::CaptureFilter;
use crate::model::{Capture, CaptureList, CaptureSummary, EngineEvent};
use crate::services::delivery::outbox::Outbox;
use crate::services::inbox::cache::InboxCache;
use crate::services::provider::secrets::ProviderSecrets;
use crate::store::{NewCapture, Store};

#[derive(Clone)]
pub struct Engine {
    store: Store,
    bus: Bus,
    data_dir: Option<PathBuf>,
    inboxes: std::sync::Arc<InboxCache>,
    outbox: std::sync::Arc<Outbox>,
    relay: std::sync::Arc<crate::services::relay::Relay>,
    send_policy: std::sync::Arc<crate::services::delivery::outgoing_rules::SendPolicy>,
    provider_secrets: std::sync::Arc<ProviderSecrets>,
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
        Engine {
            provider_secrets: std::sync::Arc::new(ProviderSecrets::new(store.clone(), bus.clone())),
            store,
            bus,
            data_dir,
            inboxes: Default::default(),
            outbox: Default::default(),
            relay: Default::default(),
            send_policy: Default::default(),
        }
    }

    /// Secrets saved for providers, which name the signature state of their captures.
    pub fn provider_secrets(&self) -> &ProviderSecrets {
        &self.provider_secrets
    }

    /// None for an in-memory engine.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// Where the key sealing stored secrets is kept.
    pub fn key_source(&self) -> &crate::store::KeySource {
        self.store.key_source()
    }

    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    pub(crate) fn inbox_cache(&self) -> &InboxCache {
        &self.inboxes
    }

    pub(crate) fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// Forwards' and replays' view of the running instance.
    pub fn relay(&self) -> &crate::services::relay::Relay {
        &self.relay
    }

    /// What every outgoing request is held to: Hookbench's own addresses, the global
    /// private-network setting.
    pub fn send_policy(&self) -> &crate::services::delivery::outgoing_rules::SendPolicy {
        &self.send_policy
    }

    pub fn bus(&self) -> &Bus {
        &self.bus
    }

    /// Stores a received request durably, then announces it.
    pub async fn store_capture(&self, capture: NewCapture) -> Result<CaptureSummary> {
        let summary = self.store.insert_capture(capture).await?;
        if self.bus.has_subscribers() {
            self.bus.publish(EngineEvent::CaptureStored {
                capture: summary.clone(),
            });
        }
        Ok(summary)
    }

    pub async fn captures(&self, filter: CaptureFilter) -> Result<CaptureList> {
        self.store.list_captures(filter).await
    }

    pub async fn delete_capture(&self, id: String) -> Result<()> {
        self.store.delete_capture(id).await?;
        self.bus.publish(EngineEvent::CapturesRemoved);
        Ok(())
    }

    /// Deletes every capture of an inbox; returns how many.
    pub async fn clear_inbox(&self, slug: &str) -> Result<u64> {
        let inbox = self.inbox(slug).await?;
        let removed = self.store.clear_inbox(inbox.slug).await?;
        self.bus.publish(EngineEvent::CapturesRemoved);
        Ok(removed)
    }

    pub async fn capture(&self, id: String) -> Result<Capture> {
        self.store.get_capture(id).await
    }

    /// Commits what is queued and closes the store.
    pub fn close(&self) {
        self.store.close();
    }
}
