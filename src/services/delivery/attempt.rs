//! One attempt, whatever it delivers (a webhook's event, a forward, a replay): what is sent and
//! how its answer is judged ([`Prepared`]), the sending, and the one judge that turns the answer
//! into the attempt as stored and the delivery's verdict (retry when, fail, disable the webhook).

use std::sync::Arc;

use crate::base::clock::now_millis;
use crate::base::ids::next_id;
use crate::catalog::SuccessRule;
use crate::model::{Delivery, DeliveryStatus, RetryPolicy};
use crate::services::delivery::http::{Exchange, HttpRequest, Pool, SendOptions};
use crate::services::delivery::redirect::{self, Sent};
use crate::services::delivery::retry::{self, Decision, Outcome};
use crate::store::{NewAttempt, NewResponse, Verdict};

/// The most of a response body an attempt stores (the receiver's default body limit).
pub const MAX_RESPONSE_BODY: usize = 25 * 1024 * 1024;

/// An attempt ready to go: the request, how it is sent, and how its answer is judged.
pub struct Prepared {
    pub request: HttpRequest,
    pub options: SendOptions,
    pub judging: Judging,
}

/// What an answer is judged by.
#[derive(Debug, Clone)]
pub struct Judging {
    /// The retry schedule (a provider's default already resolved).
    pub retry: RetryPolicy,
    pub retry_client_errors: bool,
    /// Which 2xx the receiving side's provider counts as delivered (Connectly: only 200).
    pub success: SuccessRule,
    /// Whose rule that is, for the log ("Connectly counts only 200 as delivered").
    pub provider_name: String,
    /// Whether 3xx answers are followed (the log says how to turn it on when they are not).
    pub follow_redirects: bool,
    /// A webhook's attempt: a 410 turns the webhook off, and a failed delivery counts towards
    /// its failure threshold. Forwards and replays have no webhook: a 410 is simply final.
    pub webhook: bool,
}

/// Sends the prepared request (following redirects when asked).
pub async fn send(prepared: &Prepared, pool: &Arc<Pool>) -> Sent {
    redirect::send(
        prepared.request.clone(),
        prepared.judging.follow_redirects,
        &prepared.options,
        pool,
    )
    .await
}

/// The attempt as stored, and what it means for the delivery.
pub fn judge(delivery: &Delivery, manual: bool, by: &Judging, sent: Sent) -> (NewAttempt, Verdict) {
    let Sent {
        exchange,
        redirects,
        stopped,
    } = sent;
    let number = delivery.attempts + 1;
    let status = exchange.response.as_ref().ok().map(|r| r.status);
    let error_kind = exchange.response.as_ref().err().map(|e| e.kind);
    let outcome = match retry::classify(status, error_kind, by.retry_client_errors, by.success) {
        Outcome::Gone if !by.webhook => Outcome::Final,
        outcome => outcome,
    };
    let next = retry::next(Decision {
        outcome,
        attempt: number,
        policy: &by.retry,
        manual,
        retry_after: exchange.retry_after,
        random: rand::random::<f64>(),
    });
    let verdict = Verdict {
        status: next.status,
        next_attempt_at: next
            .after
            .map(|after| now_millis() + after.as_millis() as i64),
        last_error: describe(&exchange, outcome, by.follow_redirects, stopped)
            .map(|why| not_accepted(why, status, by)),
        count_failure: by.webhook && next.status == DeliveryStatus::Failed,
        disable: (outcome == Outcome::Gone).then(|| {
            "the target answered 410 Gone: it no longer wants deliveries. Re-enable the webhook \
             when it does"
                .to_owned()
        }),
    };
    let mut attempt = new_attempt(&delivery.id, number, exchange);
    attempt.redirects = redirects;
    attempt.succeeded = outcome == Outcome::Succeeded;
    (attempt, verdict)
}

/// A 2xx the provider does not count as delivered says so ("HTTP 204: Connectly counts only
/// 200 as delivered").
fn not_accepted(why: String, status: Option<u16>, by: &Judging) -> String {
    match status {
        Some(200..=299) => format!(
            "{why}: {} counts {} as delivered",
            by.provider_name,
            by.success.describe()
        ),
        _ => why,
    }
}

/// Why the attempt did not succeed, for the log; None when it did.
fn describe(
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

fn new_attempt(delivery_id: &str, number: u32, exchange: Exchange) -> NewAttempt {
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
