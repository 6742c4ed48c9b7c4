//! Providers as the engine offers them: rendered samples and previews, the exact request a
//! provider sends for an event, saved samples, and the secrets saved for a provider.

pub mod request;
pub mod samples;
pub mod secrets;

use std::sync::Arc;

use crate::store::Store;
use secrets::ProviderSecrets;

/// The providers service: saved samples and saved secrets (samples and previews need no state).
pub struct Providers {
    store: Store,
    secrets: Arc<ProviderSecrets>,
}

impl Providers {
    pub fn new(store: Store, secrets: Arc<ProviderSecrets>) -> Self {
        Providers { store, secrets }
    }

    /// The secrets saved for providers.
    pub fn secrets(&self) -> &ProviderSecrets {
        &self.secrets
    }
}
