//! Forwarding from the receiver: each complete capture of an inbox with a forward target is
//! sent on. With `respond_with: own` the forward is queued (durably, before the sender gets its
//! answer) and the worker makes it; with `respond_with: target` the receiver makes the first
//! attempt itself, within the forward's timeout, and answers with the target's response, or a
//! 502 that says why there is none. Either way the attempt is recorded and retried per policy.

use bytes::Bytes;
use hyper::StatusCode;

use super::attempt::judging;
use super::plan::{Plan, Source, Target};
use super::{forward_key, Relays};
use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::base::ids::next_id;
use crate::model::Header;
use crate::model::Inbox;
use crate::model::{Delivery, DeliverySource, DeliveryStatus};
use crate::model::{ForwardConfig, RespondWith};
use crate::services::delivery::http::Exchange;
use crate::services::delivery::redirect::Sent;
use crate::services::delivery::{self, MAX_RESPONSE_BODY};
use crate::store::{NewDelivery, Recording};

/// Response headers that belong to the target's connection, not to the message.
const HOP_BY_HOP_RESPONSE: [&str; 6] = [
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "trailer",
    "upgrade",
];

/// One capture's forward, planned when the request has arrived whole.
pub struct Forwarding {
    inbox: String,
    target: String,
    respond_with: RespondWith,
    plan: Plan,
    event: String,
}

impl Forwarding {
    /// The inbox's forward of this request, if it forwards.
    pub fn of(
        inbox: &Inbox,
        method: &str,
        path: &str,
        query: Option<&str>,
        headers: &[Header],
    ) -> Option<Forwarding> {
        let config: &ForwardConfig = inbox.config.forward.as_ref()?;
        let source = Source {
            inbox: &inbox.slug,
            method,
            path,
            query,
            headers,
        };
        let plan = Plan::new(
            &source,
            Target {
                url: config.url.trim(),
                keep_path: true,
                set_headers: &config.headers,
                remove_headers: &config.remove_headers,
                timeout_ms: config.timeout_ms,
                retry: config.retry.clone(),
                allow_private_network: config.allow_private_network,
                resign: None,
            },
        );
        Some(Forwarding {
            inbox: inbox.slug.clone(),
            target: config.url.trim().to_owned(),
            respond_with: config.respond_with,
            plan,
            event: format!("{method} {path}"),
        })
    }

    pub fn answers_with_target(&self) -> bool {
        self.respond_with == RespondWith::Target
    }

    /// The first attempt, made now by the receiver (the sender is waiting for its answer).
    pub async fn send_now(&self, relays: &Relays, body: &Bytes) -> Sent {
        let request = self.plan.unsigned_request(body.clone());
        let prepared = relays.prepared(&self.plan, request, DeliverySource::Forward);
        delivery::send(&prepared, &relays.pool).await
    }

    /// What the original sender gets: the target's response, or a 502 saying why there is none.
    pub fn answer(
        &self,
        exchange: &Exchange,
        capture_id: &str,
    ) -> (StatusCode, Vec<Header>, Bytes) {
        let why = match &exchange.response {
            Ok(response) if response.truncated => format!(
                "its answer is larger than the {} MiB Hookbench keeps",
                MAX_RESPONSE_BODY / (1024 * 1024)
            ),
            Ok(response) => {
                let status =
                    StatusCode::from_u16(response.status).unwrap_or(StatusCode::BAD_GATEWAY);
                let headers = response
                    .headers
                    .iter()
                    .filter(|h| {
                        !HOP_BY_HOP_RESPONSE.contains(&h.name.to_ascii_lowercase().as_str())
                    })
                    .cloned()
                    .collect();
                return (status, headers, Bytes::from(response.body.clone()));
            }
            Err(error) => error.message.clone(),
        };
        let message = format!(
            "Hookbench could not forward this request to {}: {why}. It was captured as {capture_id} \
             and the forward {}",
            self.plan.url,
            if self.plan.retry.delays().is_empty() {
                "is not retried (the inbox's retry policy is none)"
            } else {
                "will be retried per the inbox's retry policy"
            }
        );
        let body = serde_json::json!({ "error": message }).to_string();
        (
            StatusCode::BAD_GATEWAY,
            vec![Header::from_bytes("content-type", b"application/json")],
            Bytes::from(body),
        )
    }

    /// Stores the forward as a delivery of the capture: queued for the worker, or with the
    /// receiver's attempt recorded (and its retry scheduled when it failed).
    pub async fn record(
        self,
        relays: &Relays,
        capture_id: &str,
        body: Bytes,
        sent: Option<Sent>,
    ) -> Result<()> {
        let now = now_millis();
        let delivery = Delivery {
            id: next_id(),
            message_id: capture_id.to_owned(),
            webhook_id: forward_key(&self.inbox),
            webhook_name: self.target.clone(),
            provider: String::new(),
            event: self.event.clone(),
            source: DeliverySource::Forward,
            status: DeliveryStatus::Pending,
            attempts: 0,
            next_attempt_at: Some(now),
            last_status: None,
            last_error: None,
            payload_size: body.len() as u64,
            created_at: now,
            updated_at: now,
            capture_id: Some(capture_id.to_owned()),
        };
        let new = NewDelivery {
            delivery,
            payload: body.to_vec(),
            plan: Some(self.plan.encode()?),
        };
        match sent {
            None => {
                relays.deliveries.enqueue(vec![new]).await?;
            }
            Some(sent) => {
                let judging = judging(&self.plan);
                let (attempt, verdict) = delivery::judge(&new.delivery, false, &judging, sent);
                let recording = Recording {
                    new: Some(new),
                    attempt,
                    verdict,
                };
                relays.deliveries.record_one(recording).await?;
            }
        }
        Ok(())
    }
}
