//! What the provider emulator keeps: its API keys and the registrations made through it (each an
//! ordinary webhook of the delivery service, with who registered it and the provider's fields).

pub mod keys;
pub mod registrations;

use crate::base::error::Result;
use crate::services::delivery::Deliveries;
use crate::store::{LogEntry, Store};

/// The emulation service.
pub struct Emulation {
    store: Store,
    deliveries: Deliveries,
}

impl Emulation {
    pub fn new(store: Store, deliveries: Deliveries) -> Self {
        Emulation { store, deliveries }
    }

    /// Every attempt of the provider's webhooks (of one webhook, if given), for its log API.
    pub async fn webhook_log(
        &self,
        provider: String,
        webhook: Option<String>,
    ) -> Result<Vec<LogEntry>> {
        self.store.webhook_log(provider, webhook).await
    }
}
