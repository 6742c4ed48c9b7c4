//! Recording attempts, the one way every attempt is recorded: a batch of answered attempts goes
//! to the store in one job (one savepoint per attempt when something fails), and only then are
//! the deliveries scheduled again and announced. The worker hands its answers to a [`Recorder`]
//! task and is done: while a batch commits the next one gathers, so a busy outbox pays one
//! hand-over to the writer thread per batch instead of one per attempt. The receiver's own
//! forward attempt is recorded the same way, as a batch of one it waits for.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::outbox::Ready;
use super::Deliveries;
use crate::base::clock::now_millis;
use crate::base::error::{Error, Result};
use crate::model::{Delivery, EngineEvent};
use crate::store::{Due, Recorded, Recording};

/// The most attempts recorded in one store job.
const MAX_BATCH: usize = 256;
/// After a store failure (a full disk), try the delivery again this much later.
pub(super) const STORE_RETRY: Duration = Duration::from_secs(5);

/// An attempt whose answer is in, waiting to be recorded.
pub struct Answered {
    /// The outbox entry it was made for; None for an attempt made outside the outbox (the
    /// receiver's forward, whose delivery is in `recording.new`).
    pub ready: Option<Ready>,
    pub recording: Recording,
}

/// The worker's end of the recording task.
#[derive(Clone)]
pub(super) struct Recorder {
    queue: mpsc::UnboundedSender<Answered>,
}

impl Recorder {
    /// Starts the recording task; it ends when every [`Recorder`] is dropped and the queue is
    /// recorded.
    pub(super) fn spawn(deliveries: Deliveries) -> (Recorder, JoinHandle<()>) {
        let (queue, answered) = mpsc::unbounded_channel();
        (Recorder { queue }, tokio::spawn(run(deliveries, answered)))
    }

    /// Hands the attempt over. If the recorder is gone (shutting down), the delivery stays due
    /// in the store and is attempted again at the next start.
    pub(super) fn submit(&self, answered: Answered) {
        let _ = self.queue.send(answered);
    }
}

async fn run(deliveries: Deliveries, mut answered: mpsc::UnboundedReceiver<Answered>) {
    while let Some(first) = answered.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match answered.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        deliveries.record(batch).await;
    }
}

impl Deliveries {
    /// Records answered attempts with their verdicts, schedules what follows each and announces
    /// the deliveries; returns each delivery as it now stands, or why its attempt could not be
    /// recorded (a full disk stays a full disk).
    pub async fn record(&self, batch: Vec<Answered>) -> Vec<Result<Delivery>> {
        let now = now_millis();
        let (readies, recordings): (Vec<Option<Ready>>, Vec<Recording>) =
            batch.into_iter().map(|a| (a.ready, a.recording)).unzip();
        let count = readies.len();
        let results: Vec<Result<Recorded>> = match self.store.record_attempts(recordings, now).await
        {
            Ok(results) => results,
            Err(e) => (0..count).map(|_| Err(e.duplicate())).collect(),
        };
        let mut updated = Vec::with_capacity(count);
        let mut outcomes = Vec::with_capacity(count);
        for (ready, result) in readies.iter().zip(results) {
            let next = match &result {
                Ok(recorded) => {
                    self.disabled(recorded);
                    updated.push(recorded.delivery.clone());
                    Due::next_of(&recorded.delivery)
                }
                Err(e) => {
                    let delivery = ready.as_ref().map(|r| r.delivery_id.as_str());
                    tracing::error!(
                        "the attempt of delivery {} could not be recorded: {e}",
                        delivery.unwrap_or("(a forward)")
                    );
                    // Still due in the store: try again shortly rather than at the next start.
                    ready.as_ref().map(|r| {
                        Due::new(
                            &r.delivery_id,
                            &r.webhook_id,
                            now + STORE_RETRY.as_millis() as i64,
                        )
                    })
                }
            };
            // Free the slot first: an entry for a delivery still in flight would be dropped.
            if let Some(ready) = ready {
                self.outbox.finished(ready);
            }
            if let Some(next) = next {
                self.outbox.schedule(next);
            }
            outcomes.push(result.map(|recorded| recorded.delivery));
        }
        self.announce(updated);
        outcomes
    }

    /// Records one attempt made outside the outbox (the receiver's forward, stored with its
    /// delivery): a batch of one, waited for.
    pub async fn record_one(&self, recording: Recording) -> Result<Delivery> {
        let answered = Answered {
            ready: None,
            recording,
        };
        self.record(vec![answered])
            .await
            .pop()
            .unwrap_or_else(|| Err(Error::Internal("the attempt was not recorded".into())))
    }

    /// Records that a due delivery cannot be attempted at all (its webhook is gone, its request
    /// cannot be built), and announces it.
    pub(super) async fn fail(&self, ready: &Ready, reason: String) -> Result<()> {
        let delivery = self
            .store
            .fail_delivery(ready.delivery_id.clone(), reason, now_millis())
            .await?;
        self.announce(vec![delivery]);
        Ok(())
    }

    /// The alert when an attempt turned its webhook off.
    fn disabled(&self, recorded: &Recorded) {
        let Some(webhook) = recorded.disabled.clone() else {
            return;
        };
        self.outbox.webhook_changed(&webhook);
        let reason = webhook.disabled_reason.clone().unwrap_or_default();
        self.bus
            .publish(EngineEvent::WebhookDisabled { webhook, reason });
        self.bus.publish(EngineEvent::WebhooksChanged);
    }
}
