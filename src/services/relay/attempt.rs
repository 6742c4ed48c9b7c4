//! A forward's or replay's attempt: the plan's request, sent by the sender's HTTP client under
//! its reach checks, judged by the sender's retry policy, and recorded like a delivery's.

use std::sync::Arc;

use super::plan::Plan;
use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::catalog::SuccessRule;
use crate::engine::Engine;
use crate::model::{Delivery, DeliverySource};
use crate::services::delivery::http::{self, Exchange, Pool};
use crate::services::delivery::outbox::Ready;
use crate::services::delivery::retry::{self, Decision, Outcome};
use crate::services::delivery::worker::{describe, fail, new_attempt};
use crate::store::{Due, NewAttempt, NewDelivery, OutboxItem, Verdict};

/// Makes the worker's attempt of a forward or replay; returns when to try it next, if ever.
pub(crate) async fn attempt(
    engine: &Engine,
    ready: &Ready,
    item: &OutboxItem,
    plan: &str,
    pool: &Arc<Pool>,
) -> Result<Option<Due>> {
    let plan = Plan::decode(plan)?;
    if let Some(at) = engine
        .relay()
        .pace(&ready.webhook_id, plan.min_interval_ms, now_millis())
    {
        return Ok(Some(Due {
            delivery_id: ready.delivery_id.clone(),
            webhook_id: ready.webhook_id.clone(),
            at,
        }));
    }
    let request = match plan.request(&item.payload, &item.delivery.message_id) {
        Ok(request) => request,
        Err(e) => {
            fail(
                engine,
                ready,
                format!("the request could not be built: {e}"),
            )
            .await?;
            return Ok(None);
        }
    };
    let reach = engine
        .send_policy()
        .reach(item.delivery.source, plan.allow_private_network);
    let options = plan.send_options(reach);
    let exchange = http::send_pooled(request, &options, pool).await;
    engine.outbox().answered(ready);
    let recorded = record(engine, &item.delivery, item.manual, &plan, exchange).await?;
    Ok(recorded.next_attempt_at.map(|at| Due {
        delivery_id: recorded.id.clone(),
        webhook_id: recorded.webhook_id.clone(),
        at,
    }))
}

/// Records an attempt with the retry policy's verdict and announces the delivery.
pub(crate) async fn record(
    engine: &Engine,
    delivery: &Delivery,
    manual: bool,
    plan: &Plan,
    exchange: Exchange,
) -> Result<Delivery> {
    let (attempt, verdict, now) = judge(delivery, manual, plan, exchange);
    let recorded = engine.store().record_attempt(attempt, verdict, now).await?;
    announce(engine, &recorded.delivery).await;
    Ok(recorded.delivery)
}

/// A new delivery with its first attempt, made already, stored together.
pub(crate) async fn insert_attempted(
    engine: &Engine,
    new: NewDelivery,
    plan: &Plan,
    exchange: Exchange,
) -> Result<Delivery> {
    let (attempt, verdict, now) = judge(&new.delivery, false, plan, exchange);
    let recorded = engine
        .store()
        .insert_attempted(new, attempt, verdict, now)
        .await?;
    announce(engine, &recorded.delivery).await;
    Ok(recorded.delivery)
}

/// The attempt as stored, and what the retry policy makes of it.
fn judge(
    delivery: &Delivery,
    manual: bool,
    plan: &Plan,
    exchange: Exchange,
) -> (NewAttempt, Verdict, i64) {
    let number = delivery.attempts + 1;
    let status = exchange.response.as_ref().ok().map(|r| r.status);
    let error_kind = exchange.response.as_ref().err().map(|e| e.kind);
    // No webhook to turn off: a 410 is simply final.
    let outcome = match retry::classify(status, error_kind, false, SuccessRule::AnyTwoHundred) {
        Outcome::Gone => Outcome::Final,
        outcome => outcome,
    };
    let next = retry::next(Decision {
        outcome,
        attempt: number,
        policy: &plan.retry,
        manual,
        retry_after: exchange.retry_after,
        random: rand::random::<f64>(),
    });
    let now = now_millis();
    let verdict = Verdict {
        status: next.status,
        next_attempt_at: next.after.map(|after| now + after.as_millis() as i64),
        last_error: describe(&exchange, outcome, false, None),
        count_failure: false,
        disable: None,
    };
    (new_attempt(&delivery.id, number, exchange), verdict, now)
}

async fn announce(engine: &Engine, delivery: &Delivery) {
    engine.announce_deliveries(vec![delivery.clone()]);
    if delivery.source == DeliverySource::Replay {
        engine.announce_replay(&delivery.webhook_id).await;
    }
}
