//! Captures: storing what the receiver took, listing and reading it, naming what arrived
//! (provider, event, signature state), checking it against a provider, decoding its body,
//! exporting it, and naming stored captures again.

pub mod check;
pub mod content;
pub mod export;
pub mod naming;
pub mod recognize;
pub mod renaming;
mod selection;

use std::sync::Arc;

pub use selection::MAX_EXPORT;

use crate::base::error::Result;
use crate::bus::Bus;
use crate::model::{Capture, CaptureFilter, CaptureList, CaptureSummary, EngineEvent};
use crate::services::provider::secrets::ProviderSecrets;
use crate::store::{NewCapture, Store};

/// The captures service: the store's captures, the bus, and the secrets saved for providers
/// (which name a capture's signature state). Cheap to clone.
#[derive(Clone)]
pub struct Captures {
    store: Store,
    bus: Bus,
    secrets: Arc<ProviderSecrets>,
}

impl Captures {
    pub fn new(store: Store, bus: Bus, secrets: Arc<ProviderSecrets>) -> Self {
        Captures {
            store,
            bus,
            secrets,
        }
    }

    /// The secrets saved for providers, which name the signature state of their captures.
    pub fn secrets(&self) -> &ProviderSecrets {
        &self.secrets
    }

    /// Stores a received request durably, then announces it.
    pub async fn store(&self, capture: NewCapture) -> Result<CaptureSummary> {
        let summary = self.store.insert_capture(capture).await?;
        if self.bus.has_subscribers() {
            self.bus.publish(EngineEvent::CaptureStored {
                capture: summary.clone(),
            });
        }
        Ok(summary)
    }

    pub async fn list(&self, filter: CaptureFilter) -> Result<CaptureList> {
        self.store.list_captures(filter).await
    }

    pub async fn get(&self, id: String) -> Result<Capture> {
        self.store.get_capture(id).await
    }

    pub async fn delete(&self, id: String) -> Result<()> {
        self.store.delete_capture(id).await?;
        self.bus.publish(EngineEvent::CapturesRemoved);
        Ok(())
    }

    /// Deletes every capture of an inbox (its slug, known to exist); returns how many.
    pub async fn clear(&self, slug: String) -> Result<u64> {
        let removed = self.store.clear_inbox(slug).await?;
        self.bus.publish(EngineEvent::CapturesRemoved);
        Ok(removed)
    }
}
