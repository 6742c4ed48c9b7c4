//! The delivery worker: takes due deliveries from the outbox, makes each attempt, records it
//! with its verdict in one transaction, and schedules the next try.

use std::sync::Arc;
use std::time::Duration;

use tokio::task::{JoinHandle, JoinSet};

use crate::base::clock::now_millis;
use crate::base::error::{Error, Result};
use crate::base::ids::next_id;
use crate::catalog::{DeliveryRules, SuccessRule};
use crate::engine::Engine;
use crate::model::{DeliveryStatus, Webhook};
use crate::services::delivery::event_time;
use crate::services::delivery::http::{Exchange, HttpRequest, Pool, SendOptions};
use crate::services::delivery::outbox::Ready;
use crate::services::delivery::recorder::{Answered, Recorder};
use crate::services::delivery::redirect::{self, Sent};
use crate::services::delivery::retry::{self, Decision, Outcome};
use crate::services::provider::request::{self, Draft};
use crate::services::provider::samples::random_seed;
use crate::store::{Due, NewAttempt, NewResponse, OutboxItem, Verdict};

/// The most of a response body an attempt stores (the receiver's default body limit).
pub const MAX_RESPONSE_BODY: usize = 25 * 1024 * 1024;
/// After a store failure (a full disk), try the delivery again this much later.
pub(super) const STORE_RETRY: Duration = Duration::from_secs(5);

/// Starts delivering: loads the outbox from the store, then runs until aborted. Aborting it
/// stops every attempt in flight; they are made again at the next start (at-least-once).
pub fn spawn(engine: Engine) -> JoinHandle<()> {
    tokio::spawn(run(engine))
}

async fn run(engine: Engine) {
    if let Err(e) = load(&engine).await {
        tracing::error!("the outbox could not be loaded, nothing will be delivered: {e}");
        return;
    }
    let mut attempts = JoinSet::new();
    let pool = Arc::new(Pool::default());
    let (recorder, recording) = Recorder::spawn(engine.clone());
    // Aborting the worker stops the recording of answers not yet committed too.
    let _recording = AbortOnDrop(recording);
    let context = Arc::new(Context { pool, recorder });
    loop {
        let now = now_millis();
        let (ready, next) = engine.outbox().take_ready(now);
        for item in ready {
            attempts.spawn(attempt(engine.clone(), item, context.clone()));
        }
        while attempts.try_join_next().is_some() {}
        let wait = next.map(|at| Duration::from_millis(u64::try_from(at - now).unwrap_or(0)));
        tokio::select! {
            _ = engine.outbox().changed() => {}
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

async fn load(engine: &Engine) -> Result<()> {
    let webhooks = engine.store().webhooks().await?;
    engine.outbox().load_webhooks(&webhooks);
    for due in engine.store().outbox().await? {
        engine.outbox().schedule(due);
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

async fn attempt(engine: Engine, ready: Ready, context: Arc<Context>) {
    let next = match try_attempt(&engine, &ready, &context).await {
        Ok(Step::Recording) => return,
        Ok(Step::Done(next)) => next,
        Err(e) => {
            tracing::error!("delivery {} could not be attempted: {e}", ready.delivery_id);
            // It is still due in the store; try again shortly rather than only at the next start.
            Some(due(&ready, now_millis() + STORE_RETRY.as_millis() as i64))
        }
    };
    // Free the slot first: an entry for a delivery still in flight would be dropped.
    engine.outbox().finished(&ready);
    if let Some(next) = next {
        engine.outbox().schedule(next);
    }
}

/// Makes the attempt if the delivery is still due; returns when to try it next, if ever.
async fn try_attempt(engine: &Engine, ready: &Ready, context: &Context) -> Result<Step> {
    let Some(item) = engine
        .store()
        .outbox_item(ready.delivery_id.clone())
        .await?
    else {
        return Ok(Step::Done(None)); // cancelled, or finished by an earlier entry
    };
    let now = now_millis();
    if let Some(at) = item.delivery.next_attempt_at.filter(|at| *at > now) {
        return Ok(Step::Done(Some(due(ready, at))));
    }
    if let Some(plan) = &item.plan {
        // A forward or replay: no webhook, the plan says what to send.
        return crate::services::relay::attempt(engine, ready, &item, plan, &context.pool)
            .await
            .map(Step::Done);
    }
    let cached = engine.outbox().webhook(&ready.webhook_id);
    let webhook = match cached {
        Some(webhook) => Ok(webhook),
        None => engine
            .store()
            .webhook(ready.webhook_id.clone())
            .await
            .map(Arc::new),
    };
    let webhook = match webhook {
        Ok(webhook) => webhook,
        Err(Error::NotFound(_)) => {
            fail(engine, ready, "its webhook was deleted".into()).await?;
            return Ok(Step::Done(None));
        }
        Err(e) => return Err(e),
    };
    if !webhook.config.active {
        // Parked by the scheduler until the webhook is turned on again.
        engine.outbox().webhook_changed(&webhook);
        return Ok(Step::Done(Some(due(ready, now))));
    }
    let (request, rules) = match build(&webhook, &item) {
        Ok(built) => built,
        Err(e) => {
            fail(
                engine,
                ready,
                format!("the request could not be built: {e}"),
            )
            .await?;
            return Ok(Step::Done(None));
        }
    };
    let send_options = SendOptions {
        timeout: Duration::from_millis(u64::from(webhook.config.timeout_ms)),
        max_response_body: MAX_RESPONSE_BODY,
        reach: engine
            .send_policy()
            .reach(item.delivery.source, webhook.config.allow_private_network),
    };
    let follow = webhook.config.follow_redirects;
    let sent = redirect::send(request, follow, &send_options, &context.pool).await;
    // The network part is over: the next attempt may start while this one is committed.
    engine.outbox().answered(ready);
    let (attempt, verdict) = judge(&webhook, &rules, &item, sent);
    context.recorder.submit(Answered {
        ready: ready.clone(),
        attempt,
        verdict,
    });
    Ok(Step::Recording)
}

/// The request to send, and the provider's delivery rules it is judged by.
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
        provider: provider.name.clone(),
        rules: provider.delivery.clone(),
    };
    Ok((request, judging))
}

/// What an attempt's answer is judged by: the provider's delivery rules.
struct Judging {
    provider: String,
    rules: DeliveryRules,
}

/// The attempt as stored, and what it means for the delivery under the webhook's policy.
fn judge(webhook: &Webhook, by: &Judging, item: &OutboxItem, sent: Sent) -> (NewAttempt, Verdict) {
    let Sent {
        exchange,
        redirects,
        stopped,
    } = sent;
    let number = item.delivery.attempts + 1;
    let status = exchange.response.as_ref().ok().map(|r| r.status);
    let error_kind = exchange.response.as_ref().err().map(|e| e.kind);
    let success = by.rules.success;
    let outcome = retry::classify(
        status,
        error_kind,
        webhook.config.retry_client_errors,
        success,
    );
    let next = retry::next(Decision {
        outcome,
        attempt: number,
        policy: &webhook.config.retry.resolve(&by.rules),
        manual: item.manual,
        retry_after: exchange.retry_after,
        random: rand::random::<f64>(),
    });
    let verdict = Verdict {
        status: next.status,
        next_attempt_at: next
            .after
            .map(|after| now_millis() + after.as_millis() as i64),
        last_error: describe(&exchange, outcome, webhook.config.follow_redirects, stopped)
            .map(|why| not_accepted(why, status, success, &by.provider)),
        count_failure: next.status == DeliveryStatus::Failed,
        disable: (outcome == Outcome::Gone).then(|| {
            "the target answered 410 Gone: it no longer wants deliveries. Re-enable the webhook \
             when it does"
                .to_owned()
        }),
    };
    let mut attempt = new_attempt(&item.delivery.id, number, exchange);
    attempt.redirects = redirects;
    attempt.succeeded = outcome == Outcome::Succeeded;
    (attempt, verdict)
}

/// A 2xx the provider does not count as delivered says so ("HTTP 204: Connectly counts only
/// 200 as delivered").
fn not_accepted(why: String, status: Option<u16>, success: SuccessRule, provider: &str) -> String {
    match status {
        Some(200..=299) => format!(
            "{why}: {provider} counts {} as delivered",
            success.describe()
        ),
        _ => why,
    }
}

/// Why the attempt did not succeed, for the log; None when it did.
pub(crate) fn describe(
    exchange: &Exchange,
    outcome: Outcome,
    following: bool,
    stopped: Option<String>,
) -> Option<String> {
    let response = match &exchange.response {
        Err(error) => return Some(error.message.clone()),
        Ok(response) => response,
    };
    let line = match &response.reason {
        Some(reason) if !reason.is_empty() => format!("HTTP {} {reason}", response.status),
        _ => format!("HTTP {}", response.status),
    };
    match (outcome, response.status) {
        (Outcome::Succeeded, _) => None,
        (_, 300..=399) if !following => Some(format!(
            "{line}: redirects are not followed (turn on \"follow redirects\" for this webhook)"
        )),
        (_, 300..=399) => Some(match stopped {
            Some(why) => format!("{line}: not followed: {why}"),
            None => line,
        }),
        (Outcome::Final, 400..=499) => Some(format!(
            "{line}: a client error is final unless the webhook retries client errors"
        )),
        _ => Some(line),
    }
}

pub(crate) fn new_attempt(delivery_id: &str, number: u32, exchange: Exchange) -> NewAttempt {
    let succeeded = exchange.succeeded();
    let (response, error) = match exchange.response {
        Ok(r) => (
            Some(NewResponse {
                status: r.status,
                reason: r.reason,
                version: r.version,
                headers: r.headers,
                body: r.body,
                body_size: r.body_size,
                truncated: r.truncated,
            }),
            None,
        ),
        Err(e) => (None, Some(e)),
    };
    NewAttempt {
        id: next_id(),
        delivery_id: delivery_id.to_owned(),
        number,
        started_at: exchange.started_at,
        remote_addr: exchange.remote_addr.map(|a| a.to_string()),
        method: exchange.request.method,
        url: exchange.request.url,
        request_headers: exchange.request.headers,
        request_body: exchange.request.body.to_vec(),
        response,
        error,
        timings: exchange.timings,
        succeeded,
        redirects: Vec::new(),
    }
}

pub(crate) async fn fail(engine: &Engine, ready: &Ready, reason: String) -> Result<()> {
    let delivery = engine
        .store()
        .fail_delivery(ready.delivery_id.clone(), reason, now_millis())
        .await?;
    engine.announce_deliveries(vec![delivery]);
    Ok(())
}

pub(crate) fn due(ready: &Ready, at: i64) -> Due {
    Due {
        delivery_id: ready.delivery_id.clone(),
        webhook_id: ready.webhook_id.clone(),
        at,
    }
}
