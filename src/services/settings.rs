//! Settings and the retention they drive.

use std::sync::Arc;
use std::time::Duration;

use crate::base::error::{Error, Result};
use crate::bus::Bus;
use crate::model::LastScreen;
use crate::model::{EngineEvent, Settings};
use crate::services::delivery::outgoing_rules::OutgoingRules;
use crate::store::Store;

/// How often retention runs while an instance is up.
pub const RETENTION_INTERVAL: Duration = Duration::from_secs(60);

/// The settings service: the stored settings, the rules they set for outgoing requests, and
/// the retention they drive.
pub struct SettingsService {
    store: Store,
    bus: Bus,
    rules: Arc<OutgoingRules>,
}

impl SettingsService {
    pub fn new(store: Store, bus: Bus, rules: Arc<OutgoingRules>) -> Self {
        SettingsService { store, bus, rules }
    }

    pub async fn get(&self) -> Result<Settings> {
        self.store.settings().await
    }

    /// Saves the settings and applies retention at once.
    pub async fn update(&self, settings: Settings) -> Result<Settings> {
        if settings.retention.keep_last == Some(0) {
            return Err(Error::BadRequest(
                "keep_last must be at least 1 (or absent to keep every capture)".into(),
            ));
        }
        if settings.retention.keep_days == Some(0) {
            return Err(Error::BadRequest(
                "keep_days must be at least 1 (or absent to keep captures of any age)".into(),
            ));
        }
        if let Some(receiver) = &settings.receiver {
            receiver.validate()?;
        }
        let saved = self.store.save_settings(settings).await?;
        self.rules
            .set_allow_private_network(saved.outgoing.allow_private_network);
        self.bus.publish(EngineEvent::SettingsChanged);
        self.apply_retention().await?;
        Ok(saved)
    }

    pub async fn last_screen(&self) -> Result<LastScreen> {
        self.store.last_screen().await
    }

    pub async fn save_last_screen(&self, last: LastScreen) -> Result<LastScreen> {
        last.validate()?;
        self.store.save_last_screen(last).await
    }

    /// Deletes the captures the retention settings no longer keep; returns how many.
    pub async fn apply_retention(&self) -> Result<u64> {
        let retention = self.get().await?.retention;
        if retention.keep_last.is_none() && retention.keep_days.is_none() {
            return Ok(0);
        }
        let removed = self
            .store
            .prune(retention, crate::base::clock::now_millis())
            .await?;
        if removed > 0 {
            self.bus.publish(EngineEvent::CapturesRemoved);
        }
        Ok(removed)
    }
}
