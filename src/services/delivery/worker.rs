//! The delivery worker: takes due deliveries from the outbox, prepares each attempt (a
//! webhook's, or a forward's or replay's from its plan), sends it, judges the answer and hands
//! it to the recorder, which records it with its verdict and schedules the next try.

use std::sync::Arc;
use std::time::Duration;

use tokio::task::{JoinHandle, JoinSet};

use super::attempt::{self, Judging, Prepared, MAX_RESPONSE_BODY};
use super::outbox::Ready;
use super::plans::Planned;
use super::recorder::{Answered, Recorder, STORE_RETRY};
use super::Deliveries;
use crate::base::clock::now_millis;
use crate::base::error::{Error, Result};
use crate::model::Webhook;
use crate::services::delivery::event_time;
use crate::services::delivery::http::{HttpRequest, Pool, SendOptions};
use crate::services::provider::request::{self, Draft};
use crate::services::provider::samples::random_seed;
use crate::store::{Due, OutboxItem, Recording};

/// Starts delivering: loads the outbox from the store, then runs until aborted. Aborting it
/// stops every attempt in flight; they are made again at the next start (at-least-once).
pub fn spawn(deliveries: Deliveries, pool: Arc<Pool>) -> JoinHandle<()> {
    tokio::spawn(run(deliveries, pool))
}

async fn run(deliveries: Deliveries, pool: Arc<Pool>) {
    if let Err(e) = load(&deliveries).await {
        tracing::error!("the outbox could not be loaded, nothing will be delivered: {e}");
        return;
    }
    let mut attempts = JoinSet::new();
    let (recorder, recording) = Recorder::spawn(deliveries.clone());
    // Aborting the worker stops the recording of answers not yet committed too.
    let _recording = AbortOnDrop(recording);
    let context = Arc::new(Context { pool, recorder });
    loop {
        let now = now_millis();
        let (ready, next) = deliveries.outbox.take_ready(now);
        for item in ready {
            attempts.spawn(attempt(deliveries.clone(), item, context.clone()));
        }
        while attempts.try_join_next().is_some() {}
        let wait = next.map(|at| Duration::from_millis(u64::try_from(at - now).unwrap_or(0)));
        tokio::select! {
            _ = deliveries.outbox.changed() => {}
            _ = sleep(wait) => {}
        }
    }
}

async fn sleep(wait: Option<Duration>) {
    match wait {
        Some(wait) => tokio::time::sleep(wait).await,
        None => std::future::pending().await,
    }
}

async fn load(deliveries: &Deliveries) -> Result<()> {
    let webhooks = deliveries.store.webhooks().await?;
    deliveries.outbox.load_webhooks(&webhooks);
    for due in deliveries.store.outbox().await? {
        deliveries.outbox.schedule(due);
    }
    Ok(())
}

/// What every attempt of this worker shares.
struct Context {
    pool: Arc<Pool>,
    recorder: Recorder,
}

struct AbortOnDrop(JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Where an attempt left its delivery.
enum Step {
    /// Handed to the recorder, which schedules what follows once it is committed.
    Recording,
    /// Not attempted (not due, or failed before sending): when to try next, if ever.
    Done(Option<Due>),
}

async fn attempt(deliveries: Deliveries, ready: Ready, context: Arc<Context>) {
    let next = match try_attempt(&deliveries, &ready, &context).await {
        Ok(Step::Recording) => return,
        Ok(Step::Done(next)) => next,
        Err(e) => {
            tracing::error!("delivery {} could not be attempted: {e}", ready.delivery_id);
            // It is still due in the store; try again shortly rather than only at the next start.
            let at = now_millis() + STORE_RETRY.as_millis() as i64;
            Some(Due::new(&ready.delivery_id, &ready.webhook_id, at))
        }
    };
    // Free the slot first: an entry for a delivery still in flight would be dropped.
    deliveries.outbox.finished(&ready);
    if let Some(next) = next {
        deliveries.outbox.schedule(next);
    }
}

/// Makes the attempt if the delivery is still due; returns when to try it next, if ever.
async fn try_attempt(deliveries: &Deliveries, ready: &Ready, context: &Context) -> Result<Step> {
    let Some(item) = deliveries
        .store
        .outbox_item(ready.delivery_id.clone())
        .await?
    else {
        return Ok(Step::Done(None)); // cancelled, or finished by an earlier entry
    };
    let now = now_millis();
    if let Some(at) = item.delivery.next_attempt_at.filter(|at| *at > now) {
        return Ok(Step::Done(Some(Due::new(
            &ready.delivery_id,
            &ready.webhook_id,
            at,
        ))));
    }
    let prepared = match &item.plan {
        Some(plan) => planned(deliveries, &item, plan)?,
        None => webhook_attempt(deliveries, ready, &item).await?,
    };
    let prepared = match prepared {
        Planned::Send(prepared) => prepared,
        Planned::Later(at) => {
            return Ok(Step::Done(Some(Due::new(
                &ready.delivery_id,
                &ready.webhook_id,
                at,
            ))))
        }
        Planned::Refused(reason) => {
            deliveries.fail(ready, reason).await?;
            return Ok(Step::Done(None));
        }
    };
    let sent = attempt::send(&prepared, &context.pool).await;
    // The network part is over: the next attempt may start while this one is committed.
    deliveries.outbox.answered(ready);
    let (attempt, verdict) = attempt::judge(&item.delivery, item.manual, &prepared.judging, sent);
    context.recorder.submit(Answered {
        ready: Some(ready.clone()),
        recording: Recording {
            new: None,
            attempt,
            verdict,
        },
    });
    Ok(Step::Recording)
}

/// A forward's or replay's attempt, as its planner says.
fn planned(deliveries: &Deliveries, item: &OutboxItem, plan: &str) -> Result<Planned> {
    match deliveries.plans.get() {
        Some(plans) => plans.prepare(item, plan),
        None => Err(Error::Internal(
            "a forward or replay is due but nothing plans them in this instance".into(),
        )),
    }
}

/// A webhook delivery's attempt: the provider's request for the event, signed afresh.
async fn webhook_attempt(
    deliveries: &Deliveries,
    ready: &Ready,
    item: &OutboxItem,
) -> Result<Planned> {
    let cached = deliveries.outbox.webhook(&ready.webhook_id);
    let webhook = match cached {
        Some(webhook) => Ok(webhook),
        None => deliveries
            .store
            .webhook(ready.webhook_id.clone())
            .await
            .map(Arc::new),
    };
    let webhook = match webhook {
        Ok(webhook) => webhook,
        Err(Error::NotFound(_)) => return Ok(Planned::Refused("its webhook was deleted".into())),
        Err(e) => return Err(e),
    };
    if !webhook.config.active {
        // Parked by the scheduler until the webhook is turned on again.
        deliveries.outbox.webhook_changed(&webhook);
        return Ok(Planned::Later(now_millis()));
    }
    let (request, judging) = match build(&webhook, item) {
        Ok(built) => built,
        Err(e) => {
            return Ok(Planned::Refused(format!(
                "the request could not be built: {e}"
            )))
        }
    };
    let options = SendOptions {
        timeout: Duration::from_millis(u64::from(webhook.config.timeout_ms)),
        max_response_body: MAX_RESPONSE_BODY,
        reach: deliveries
            .rules
            .reach(item.delivery.source, webhook.config.allow_private_network),
    };
    Ok(Planned::Send(Box::new(Prepared {
        request,
        options,
        judging,
    })))
}

/// The request to send, and what its answer is judged by: the webhook's policy and the
/// provider's delivery rules.
fn build(webhook: &Webhook, item: &OutboxItem) -> Result<(HttpRequest, Judging)> {
    let catalog = request::catalog()?;
    let provider = catalog.provider(&webhook.config.provider)?;
    let event = provider.event(&item.delivery.event)?;
    let outgoing = request::build(Draft {
        provider,
        event,
        body: item.payload.clone(),
        secrets: &webhook.config.secrets,
        now: event_time::stamp(&provider.delivery, &item.payload, item.delivery.created_at),
        seed: random_seed(),
        target_url: Some(&webhook.config.url),
        delivery_id: Some(item.delivery.message_id.clone()),
        custom_scheme: webhook.config.custom_scheme.clone(),
        values: Some(&webhook.config.values),
    })?;
    let request = HttpRequest {
        method: "POST".to_owned(),
        url: webhook.config.url.clone(),
        headers: request::with_custom_headers(outgoing.headers, &webhook.config.headers),
        body: outgoing.body.into(),
    };
    let judging = Judging {
        retry: webhook.config.retry.resolve(&provider.delivery),
        retry_client_errors: webhook.config.retry_client_errors,
        success: provider.delivery.success,
        provider_name: provider.name.clone(),
        follow_redirects: webhook.config.follow_redirects,
        webhook: true,
    };
    Ok((request, judging))
}
