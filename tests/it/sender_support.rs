//! Helpers for the sender tests: webhooks through the API, and waiting for deliveries through
//! the engine's bus (no polling, no sleeps).

use std::time::Duration;

use hookbench::model::EngineEvent;
use hookbench::model::{Delivery, DeliveryDetail, DeliveryStatus, TriggerResult, Webhook};
use serde_json::{json, Value};

use crate::support::Instance;

impl Instance {
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Value,
    ) -> (u16, Value) {
        let response = self
            .http
            .request(method, self.api(path))
            .bearer_auth(self.running.token())
            .json(&body)
            .send()
            .await
            .expect("API answers");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send_json(reqwest::Method::POST, path, body).await
    }

    /// Creates a webhook; panics with the API's message when refused.
    pub async fn webhook(&self, config: Value) -> Webhook {
        let (status, body) = self.post("/api/webhooks", config).await;
        assert_eq!(status, 201, "webhook refused: {body}");
        serde_json::from_value(body).unwrap()
    }

    pub async fn trigger(&self, provider: &str, event: &str) -> TriggerResult {
        let (status, body) = self
            .post("/api/events", json!({"provider": provider, "event": event}))
            .await;
        assert_eq!(status, 202, "trigger refused: {body}");
        serde_json::from_value(body).unwrap()
    }

    /// Triggers an event that goes to exactly one webhook; returns that delivery's id.
    pub async fn trigger_one(&self, provider: &str, event: &str) -> String {
        let result = self.trigger(provider, event).await;
        assert_eq!(result.deliveries.len(), 1, "{result:?}");
        result.deliveries[0].id.clone()
    }

    pub async fn delivery(&self, id: &str) -> DeliveryDetail {
        serde_json::from_value(self.get_json(&format!("/api/deliveries/{id}")).await).unwrap()
    }

    /// Waits (at most `limit`) until the delivery reaches `status`.
    pub async fn await_status(
        &self,
        id: &str,
        status: DeliveryStatus,
        limit: Duration,
    ) -> DeliveryDetail {
        let mut events = self.running.engine().bus().subscribe();
        let reached = |d: &Delivery| d.status == status;
        let current = self.delivery(id).await;
        if reached(&current.delivery) {
            return current;
        }
        tokio::time::timeout(limit, async {
            loop {
                match events.recv().await {
                    Ok(EngineEvent::DeliveryUpdated { delivery })
                        if delivery.id == id && reached(&delivery) =>
                    {
                        return;
                    }
                    Ok(_) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        if reached(&self.delivery(id).await.delivery) {
                            return;
                        }
                    }
                    Err(e) => panic!("the bus closed: {e}"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("delivery {id} did not become {status:?} within {limit:?}"));
        self.delivery(id).await
    }
}

/// A webhook configuration for `provider` posting to `url`, with overrides merged in.
pub fn config(name: &str, provider: &str, url: &str, overrides: Value) -> Value {
    let mut config = json!({"name": name, "provider": provider, "url": url});
    if let (Some(config), Some(overrides)) = (config.as_object_mut(), overrides.as_object()) {
        for (key, value) in overrides {
            config.insert(key.clone(), value.clone());
        }
    }
    config
}

pub const SOON: Duration = Duration::from_secs(10);
