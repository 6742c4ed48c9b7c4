//! The delivery log: list, detail, manual retry and cancel, per delivery or per webhook.

use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::model::{Delivery, DeliveryDetail, DeliveryFilter, DeliveryList};

impl super::Deliveries {
    pub async fn list(&self, filter: DeliveryFilter) -> Result<DeliveryList> {
        self.store.deliveries(filter).await
    }

    pub async fn detail(&self, id: &str) -> Result<DeliveryDetail> {
        self.store.delivery_detail(id.to_owned()).await
    }

    /// One more attempt now, for a delivery that failed, succeeded or was cancelled.
    pub async fn retry(&self, id: &str) -> Result<Delivery> {
        let delivery = self
            .store
            .retry_delivery(id.to_owned(), now_millis())
            .await?;
        self.queue(std::slice::from_ref(&delivery));
        self.announce(vec![delivery.clone()]);
        Ok(delivery)
    }

    pub async fn cancel(&self, id: &str) -> Result<Delivery> {
        let delivery = self
            .store
            .cancel_delivery(id.to_owned(), now_millis())
            .await?;
        self.announce(vec![delivery.clone()]);
        Ok(delivery)
    }

    /// Retries every failed delivery of a webhook; returns how many.
    pub async fn retry_failed(&self, webhook_id: &str) -> Result<usize> {
        self.store.webhook(webhook_id.to_owned()).await?;
        let requeued = self
            .store
            .retry_failed(webhook_id.to_owned(), now_millis())
            .await?;
        self.queue(&requeued);
        let count = requeued.len();
        self.announce(requeued);
        Ok(count)
    }

    /// Cancels every pending or retrying delivery of a webhook; returns how many.
    pub async fn cancel_pending(&self, webhook_id: &str) -> Result<usize> {
        self.store.webhook(webhook_id.to_owned()).await?;
        let cancelled = self
            .store
            .cancel_pending(webhook_id.to_owned(), now_millis())
            .await?;
        let count = cancelled.len();
        self.announce(cancelled);
        Ok(count)
    }
}
