//! Helpers for the forward and replay tests: inboxes that forward, raw requests to the
//! receiver, and waiting on the bus for a capture's forward or a replay's progress.

use std::time::Duration;

use hookbench::model::EngineEvent;
use hookbench::model::ReplayProgress;
use hookbench::model::{Delivery, DeliveryDetail, DeliveryList};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::support::Instance;

impl Instance {
    /// Creates inbox `slug` forwarding as `forward` says.
    pub async fn forwarding_inbox(&self, slug: &str, forward: Value) {
        let (status, body) = self
            .post(
                "/api/inboxes",
                json!({"slug": slug, "name": slug, "config": {"forward": forward}}),
            )
            .await;
        assert_eq!(status, 201, "inbox refused: {body}");
    }

    /// Forwards and replays of a capture, newest first.
    pub async fn relays_of(&self, capture_id: &str) -> Vec<Delivery> {
        let list: DeliveryList = serde_json::from_value(
            self.get_json(&format!("/api/deliveries?capture={capture_id}"))
                .await,
        )
        .unwrap();
        list.deliveries
    }

    /// Waits until a capture has a forward whose delivery satisfies `done`; returns its detail.
    pub async fn await_forward(
        &self,
        capture_id: &str,
        done: impl Fn(&Delivery) -> bool,
    ) -> DeliveryDetail {
        let mut events = self.running.engine().bus().subscribe();
        let found = self
            .relays_of(capture_id)
            .await
            .into_iter()
            .find(|d| done(d));
        if let Some(delivery) = found {
            return self.delivery(&delivery.id).await;
        }
        let id = tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                match events.recv().await {
                    Ok(EngineEvent::DeliveryUpdated { delivery })
                        if delivery.capture_id.as_deref() == Some(capture_id)
                            && done(&delivery) =>
                    {
                        return delivery.id;
                    }
                    Ok(_) => {}
                    Err(e) => panic!("the bus: {e}"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("the forward of {capture_id} did not get there within 10 s"));
        self.delivery(&id).await
    }

    /// Waits until replay `id` has nothing left waiting.
    pub async fn await_replay(&self, id: &str) -> ReplayProgress {
        let mut events = self.running.engine().bus().subscribe();
        let progress = self.replay_progress(id).await;
        if progress.finished() {
            return progress;
        }
        tokio::time::timeout(Duration::from_secs(20), async {
            loop {
                match events.recv().await {
                    Ok(EngineEvent::ReplayProgress { replay })
                        if replay.id == id && replay.finished() =>
                    {
                        return replay;
                    }
                    Ok(_) => {}
                    Err(e) => panic!("the bus: {e}"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("replay {id} did not finish within 20 s"))
    }

    pub async fn replay_progress(&self, id: &str) -> ReplayProgress {
        serde_json::from_value(self.get_json(&format!("/api/replays/{id}")).await).unwrap()
    }

    /// Starts a replay; panics with the API's message when refused.
    pub async fn replay(&self, request: Value) -> ReplayProgress {
        let (status, body) = self.post("/api/replays", request).await;
        assert_eq!(status, 202, "replay refused: {body}");
        serde_json::from_value(body).unwrap()
    }
}

/// Writes `request` as is to the receiver and returns the raw answer (the connection is closed
/// by the request's `Connection: close`).
pub async fn raw_request(instance: &Instance, request: &[u8]) -> Vec<u8> {
    let mut stream = tokio::net::TcpStream::connect(instance.running.receiver_addr())
        .await
        .unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(15), stream.read_to_end(&mut answer))
        .await
        .expect("the receiver answers within 15 s")
        .unwrap();
    answer
}

/// The id of the newest capture of an inbox.
pub async fn newest_capture(instance: &Instance, inbox: &str) -> String {
    let list = instance
        .get_json(&format!("/api/captures?inbox={inbox}&limit=1"))
        .await;
    list["captures"][0]["id"].as_str().unwrap().to_owned()
}
