//! The delivery log as the engine offers it: list, detail, manual retry and cancel.

use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::engine::Engine;
use crate::model::{Delivery, DeliveryDetail, DeliveryFilter, DeliveryList};
use crate::store::Due;

impl Engine {
    pub async fn deliveries(&self, filter: DeliveryFilter) -> Result<DeliveryList> {
        self.store().deliveries(filter).await
    }

    pub async fn delivery(&self, id: &str) -> Result<DeliveryDetail> {
        self.store().delivery_detail(id.to_owned()).await
    }

    /// One more attempt now, for a delivery that failed, succeeded or was cancelled.
    pub async fn retry_delivery(&self, id: &str) -> Result<Delivery> {
        let delivery = self
            .store()
            .retry_delivery(id.to_owned(), now_millis())
            .await?;
        self.queue(std::slice::from_ref(&delivery));
        self.announce_deliveries(vec![delivery.clone()]);
        self.announce_replay(&delivery.webhook_id).await;
        Ok(delivery)
    }

    pub async fn cancel_delivery(&self, id: &str) -> Result<Delivery> {
        let delivery = self
            .store()
            .cancel_delivery(id.to_owned(), now_millis())
            .await?;
        self.announce_deliveries(vec![delivery.clone()]);
        self.announce_replay(&delivery.webhook_id).await;
        Ok(delivery)
    }

    /// Retries every failed delivery of a webhook; returns how many.
    pub async fn retry_failed(&self, webhook_id: &str) -> Result<usize> {
        self.store().webhook(webhook_id.to_owned()).await?;
        let requeued = self
            .store()
            .retry_failed(webhook_id.to_owned(), now_millis())
            .await?;
        self.queue(&requeued);
        let count = requeued.len();
        self.announce_deliveries(requeued);
        Ok(count)
    }

    /// Cancels every pending or retrying delivery of a webhook; returns how many.
    pub async fn cancel_pending(&self, webhook_id: &str) -> Result<usize> {
        self.store().webhook(webhook_id.to_owned()).await?;
        let cancelled = self
            .store()
            .cancel_pending(webhook_id.to_owned(), now_millis())
            .await?;
        let count = cancelled.len();
        self.announce_deliveries(cancelled);
        Ok(count)
    }

    /// Hands queued deliveries to the outbox scheduler.
    pub(crate) fn queue(&self, deliveries: &[Delivery]) {
        for delivery in deliveries {
            if let Some(at) = delivery.next_attempt_at {
                self.outbox().schedule(Due {
                    delivery_id: delivery.id.clone(),
                    webhook_id: delivery.webhook_id.clone(),
                    at,
                });
            }
        }
    }
}
