//! Recording answered attempts in batches. An attempt hands its exchange and verdict over and
//! is done; this task takes everything handed over meanwhile, records it in one store job (one
//! savepoint per attempt), and only then lets the deliveries be scheduled again. While a batch
//! commits the next one gathers, so a busy outbox pays one hand-over to the writer thread per
//! batch instead of one per attempt.

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::engine::Engine;
use crate::model::EngineEvent;
use crate::services::delivery::outbox::Ready;
use crate::store::{Due, NewAttempt, Recorded, Verdict};

/// The most attempts recorded in one store job.
const MAX_BATCH: usize = 256;

/// An attempt whose answer is in, waiting to be recorded.
pub struct Answered {
    pub ready: Ready,
    pub attempt: NewAttempt,
    pub verdict: Verdict,
}

/// The attempts' end of the recorder.
#[derive(Clone)]
pub struct Recorder {
    queue: mpsc::UnboundedSender<Answered>,
}

impl Recorder {
    /// Starts the recording task; it ends when every [`Recorder`] is dropped and the queue is
    /// recorded.
    pub fn spawn(engine: Engine) -> (Recorder, JoinHandle<()>) {
        let (queue, answered) = mpsc::unbounded_channel();
        (Recorder { queue }, tokio::spawn(run(engine, answered)))
    }

    /// Hands the attempt over. If the recorder is gone (shutting down), the delivery stays due
    /// in the store and is attempted again at the next start.
    pub fn submit(&self, answered: Answered) {
        let _ = self.queue.send(answered);
    }
}

async fn run(engine: Engine, mut answered: mpsc::UnboundedReceiver<Answered>) {
    while let Some(first) = answered.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match answered.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        record(&engine, batch).await;
    }
}

async fn record(engine: &Engine, batch: Vec<Answered>) {
    let now = now_millis();
    let (readies, items): (Vec<Ready>, Vec<(NewAttempt, Verdict)>) = batch
        .into_iter()
        .map(|a| (a.ready, (a.attempt, a.verdict)))
        .unzip();
    let results: Vec<Result<Recorded>> = match engine.store().record_attempts(items, now).await {
        Ok(results) => results,
        Err(e) => readies
            .iter()
            .map(|_| Err(crate::base::error::Error::Internal(e.to_string())))
            .collect(),
    };
    let mut updated = Vec::with_capacity(readies.len());
    for (ready, result) in readies.iter().zip(results) {
        let next = match result {
            Ok(recorded) => settled(engine, recorded, &mut updated),
            Err(e) => {
                tracing::error!(
                    "the attempt of delivery {} could not be recorded: {e}",
                    ready.delivery_id
                );
                // It is still due in the store; try again shortly rather than at the next start.
                Some(super::worker::due(
                    ready,
                    now + super::worker::STORE_RETRY.as_millis() as i64,
                ))
            }
        };
        // Free the slot first: an entry for a delivery still in flight would be dropped.
        engine.outbox().finished(ready);
        if let Some(next) = next {
            engine.outbox().schedule(next);
        }
    }
    engine.announce_deliveries(updated);
}

/// What a recorded attempt leads to: the delivery's next try, if any, and the alert when it
/// disabled its webhook.
fn settled(
    engine: &Engine,
    recorded: Recorded,
    updated: &mut Vec<crate::model::Delivery>,
) -> Option<Due> {
    let next = recorded.delivery.next_attempt_at.map(|at| Due {
        delivery_id: recorded.delivery.id.clone(),
        webhook_id: recorded.delivery.webhook_id.clone(),
        at,
    });
    updated.push(recorded.delivery);
    if let Some(webhook) = recorded.disabled {
        engine.outbox().webhook_changed(&webhook);
        let reason = webhook.disabled_reason.clone().unwrap_or_default();
        engine
            .bus()
            .publish(EngineEvent::WebhookDisabled { webhook, reason });
        engine.bus().publish(EngineEvent::WebhooksChanged);
    }
    next
}
