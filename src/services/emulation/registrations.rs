//! Webhooks registered through the emulator: an ordinary webhook (created, validated, announced
//! and scheduled by the engine's own functions) plus who registered it and the provider's fields.

use serde_json::Value;

use crate::base::error::Result;
use crate::model::Registration;
use crate::model::{Webhook, WebhookConfig};

/// A webhook of an emulated provider, with its registration when one was made through the
/// emulator (a webhook made in Hookbench's UI has none).
#[derive(Debug, Clone)]
pub struct Registered {
    pub webhook: Webhook,
    pub registration: Option<Registration>,
}

impl Registered {
    pub fn owner(&self) -> Option<&str> {
        self.registration.as_ref().map(|r| r.owner.as_str())
    }

    pub fn details(&self) -> Option<&Value> {
        self.registration.as_ref().map(|r| &r.details)
    }
}

impl super::Emulation {
    /// Creates the webhook, then records the registration; if that fails the webhook is removed
    /// again, so a refused registration leaves nothing behind.
    pub async fn register_webhook(
        &self,
        config: WebhookConfig,
        owner: &str,
        details: Value,
    ) -> Result<Registered> {
        let provider = config.provider.clone();
        let webhook = self.deliveries.create_webhook(config).await?;
        let registration = Registration {
            webhook_id: webhook.id.clone(),
            provider,
            owner: owner.to_owned(),
            details,
            created_at: webhook.created_at,
        };
        if let Err(e) = self.store.save_registration(registration.clone()).await {
            if let Err(undo) = self.deliveries.delete_webhook(&webhook.id).await {
                tracing::warn!("a half-made registration could not be undone: {undo}");
            }
            return Err(e);
        }
        Ok(Registered {
            webhook,
            registration: Some(registration),
        })
    }

    /// Every webhook of the provider, oldest first, each with its registration if it has one.
    pub async fn registered_webhooks(&self, provider: &str) -> Result<Vec<Registered>> {
        let mut registrations = self.store.registrations(provider.to_owned()).await?;
        let mut webhooks: Vec<Webhook> = self
            .deliveries
            .webhooks()
            .await?
            .into_iter()
            .filter(|w| w.config.provider == provider)
            .collect();
        webhooks.reverse();
        Ok(webhooks
            .into_iter()
            .map(|webhook| {
                let found = registrations
                    .iter()
                    .position(|r| r.webhook_id == webhook.id)
                    .map(|i| registrations.swap_remove(i));
                Registered {
                    webhook,
                    registration: found,
                }
            })
            .collect())
    }

    /// Replaces the webhook's configuration and its registration's owner and details;
    /// `switched`: the registrant set the webhook on or off explicitly.
    pub async fn update_registered(
        &self,
        id: &str,
        config: WebhookConfig,
        owner: &str,
        details: Value,
        switched: bool,
    ) -> Result<Registered> {
        let provider = config.provider.clone();
        let webhook = match switched {
            true => self.deliveries.switch_webhook(id, config).await?,
            false => self.deliveries.update_webhook(id, config).await?,
        };
        let registration = Registration {
            webhook_id: webhook.id.clone(),
            provider,
            owner: owner.to_owned(),
            details,
            created_at: webhook.created_at,
        };
        self.store.save_registration(registration.clone()).await?;
        Ok(Registered {
            webhook,
            registration: Some(registration),
        })
    }
}
