//! Webhook management as the engine offers it: every change is validated, stored, announced,
//! and told to the outbox scheduler.

use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::base::ids::next_id;
use crate::model::EngineEvent;
use crate::model::{Webhook, WebhookConfig};
use crate::services::delivery::validate::validate;

impl super::Deliveries {
    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        self.store.webhooks().await
    }

    pub async fn webhook(&self, id: &str) -> Result<Webhook> {
        self.store.webhook(id.to_owned()).await
    }

    pub async fn create_webhook(&self, config: WebhookConfig) -> Result<Webhook> {
        let now = now_millis();
        let webhook = Webhook {
            id: next_id(),
            config: validate(config)?,
            consecutive_failures: 0,
            disabled_reason: None,
            created_at: now,
            updated_at: now,
        };
        let webhook = self.store.create_webhook(webhook).await?;
        self.webhook_changed(&webhook);
        Ok(webhook)
    }

    /// Replaces a webhook's configuration; `active: true` re-enables one Hookbench disabled.
    pub async fn update_webhook(&self, id: &str, config: WebhookConfig) -> Result<Webhook> {
        self.replace_webhook(id, config, false).await
    }

    /// As `update_webhook`, for an owner who set the webhook on or off explicitly (an emulated
    /// ConnectGain `is_active`): off is then their choice, no longer Hookbench's disabling.
    pub(crate) async fn switch_webhook(&self, id: &str, config: WebhookConfig) -> Result<Webhook> {
        self.replace_webhook(id, config, true).await
    }

    async fn replace_webhook(
        &self,
        id: &str,
        config: WebhookConfig,
        owner_switched: bool,
    ) -> Result<Webhook> {
        let config = validate(config)?;
        let webhook = self
            .store
            .update_webhook(id.to_owned(), config, now_millis(), owner_switched)
            .await?;
        self.webhook_changed(&webhook);
        Ok(webhook)
    }

    /// Deletes a webhook; its deliveries stay in the log, those still waiting are cancelled.
    pub async fn delete_webhook(&self, id: &str) -> Result<()> {
        self.store.webhook(id.to_owned()).await?;
        let cancelled = self
            .store
            .cancel_pending(id.to_owned(), now_millis())
            .await?;
        self.store.delete_webhook(id.to_owned()).await?;
        self.outbox.webhook_removed(id);
        self.announce(cancelled);
        self.bus.publish(EngineEvent::WebhooksChanged);
        Ok(())
    }

    pub(crate) fn webhook_changed(&self, webhook: &Webhook) {
        self.outbox.webhook_changed(webhook);
        self.bus.publish(EngineEvent::WebhooksChanged);
    }
}
