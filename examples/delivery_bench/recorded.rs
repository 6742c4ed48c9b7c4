//! After the throughput run: is every attempt the sink received recorded, through the engine's
//! own API, with the request as sent and the response as answered? A faster outbox that kept
//! less would not be the same outbox.

use hookbench::model::{DeliveryFilter, DeliveryStatus};
use hookbench::Engine;

use crate::Failure;

pub struct Recorded {
    /// Deliveries in the store.
    pub deliveries: usize,
    /// Attempts recorded over all of them.
    pub attempts: usize,
    /// Deliveries that are not `succeeded` with a last attempt holding the payload as its
    /// request body and the sink's 200 and answer as its response.
    pub incomplete: usize,
}

impl Recorded {
    /// Every delivery succeeded with its attempt complete, and one recorded attempt per
    /// request the sink received (`sent`).
    pub fn complete(&self, expected: usize, sent: usize) -> bool {
        self.deliveries == expected && self.incomplete == 0 && self.attempts == sent
    }
}

pub async fn check(engine: &Engine, sink_answer: &str) -> Result<Recorded, Failure> {
    let mut recorded = Recorded {
        deliveries: 0,
        attempts: 0,
        incomplete: 0,
    };
    let mut before = None;
    loop {
        let page = engine
            .deliveries()
            .list(DeliveryFilter {
                before: before.clone(),
                limit: Some(1000),
                ..DeliveryFilter::default()
            })
            .await?;
        for delivery in &page.deliveries {
            let detail = engine.deliveries().detail(&delivery.id).await?;
            recorded.deliveries += 1;
            recorded.attempts += detail.attempts.len();
            let last = detail.attempts.last();
            let whole = detail.delivery.status == DeliveryStatus::Succeeded
                && last.is_some_and(|attempt| {
                    attempt.succeeded
                        && attempt.request.body == detail.payload
                        && attempt.response.as_ref().is_some_and(|response| {
                            response.status == 200 && response.body.data == sink_answer
                        })
                });
            if !whole {
                recorded.incomplete += 1;
            }
        }
        match page.next_before {
            Some(next) => before = Some(next),
            None => return Ok(recorded),
        }
    }
}
