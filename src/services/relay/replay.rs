//! Replays: captures sent again to a URL, one at a time in arrival order, at most `per_second`
//! started per second. A replay is a set of deliveries under one key (`replay:<id>`): the
//! outbox runs them in due order one at a time, cancelling cancels the ones still waiting, and
//! progress is their count by status.

use super::plan::{Plan, Source, Target};
use super::replay_key;
use super::validate::validate_resign;
use crate::base::clock::now_millis;
use crate::services::delivery::validate::validate_target;

use crate::base::error::{Error, Result};
use crate::base::ids::next_id;
use crate::model::{Capture, EngineEvent};
use crate::model::{Delivery, DeliverySource, DeliveryStatus};
use crate::model::{ReplayProgress, ReplayRequest, MAX_REPLAY};
use crate::store::NewDelivery;

const MAX_RATE: u32 = 1000;

impl super::Relays {
    pub async fn replay(&self, request: ReplayRequest) -> Result<ReplayProgress> {
        validate_target(
            &request.url,
            &request.headers,
            request.timeout_ms,
            &request.retry,
            "the replay target",
        )?;
        if !(1..=MAX_RATE).contains(&request.per_second) {
            return Err(Error::BadRequest(format!(
                "per_second must be between 1 and {MAX_RATE}; it was {}",
                request.per_second
            )));
        }
        if let Some(resign) = &request.resign {
            validate_resign(resign)?;
        }
        let ids = self.replay_ids(&request).await?;
        if request.body.is_some() && ids.len() != 1 {
            return Err(Error::BadRequest(format!(
                "an edited body replaces one capture's body; {} captures were chosen: replay them \
                 without a body edit, or one at a time",
                ids.len()
            )));
        }
        let id = next_id();
        let key = replay_key(&id);
        let now = now_millis();
        let spacing = 1000.0 / f64::from(request.per_second);
        let mut new = Vec::with_capacity(ids.len());
        for (index, capture_id) in ids.iter().enumerate() {
            let capture = self.store.get_capture(capture_id.clone()).await?;
            let at = now + (index as f64 * spacing).round() as i64;
            new.push(replay_delivery(&capture, &request, &key, at, now)?);
        }
        self.deliveries.enqueue(new).await?;
        let progress = self.replay_progress(&id).await?;
        self.bus.publish(EngineEvent::ReplayProgress {
            replay: progress.clone(),
        });
        Ok(progress)
    }

    pub async fn replay_progress(&self, id: &str) -> Result<ReplayProgress> {
        self.store
            .replay_progress(id.to_owned(), replay_key(id))
            .await?
            .ok_or_else(|| Error::NotFound(format!("no replay has the id {id}")))
    }

    /// Cancels the replay's deliveries still waiting; those on the wire finish.
    pub async fn cancel_replay(&self, id: &str) -> Result<ReplayProgress> {
        self.replay_progress(id).await?;
        let cancelled = self
            .store
            .cancel_pending(replay_key(id), now_millis())
            .await?;
        self.deliveries.announce(cancelled);
        let progress = self.replay_progress(id).await?;
        self.bus.publish(EngineEvent::ReplayProgress {
            replay: progress.clone(),
        });
        Ok(progress)
    }

    /// Publishes a replay's progress after one of its deliveries changed.
    pub async fn announce_replay(&self, key: &str) {
        if !self.bus.has_subscribers() {
            return;
        }
        let Some(id) = key.strip_prefix("replay:") else {
            return;
        };
        match self.replay_progress(id).await {
            Ok(replay) => self.bus.publish(EngineEvent::ReplayProgress { replay }),
            Err(e) => tracing::warn!("the progress of replay {id} could not be read: {e}"),
        }
    }

    /// The captures to replay, in arrival order.
    async fn replay_ids(&self, request: &ReplayRequest) -> Result<Vec<String>> {
        let ranged = request.inbox.is_some() || request.from.is_some() || request.to.is_some();
        let mut ids = if !request.captures.is_empty() {
            if ranged {
                return Err(Error::BadRequest(
                    "choose captures by id or by time range, not both".into(),
                ));
            }
            let mut ids = request.captures.clone();
            // Capture ids are monotonic ULIDs: sorted, they are in arrival order.
            ids.sort();
            ids.dedup();
            ids
        } else if ranged {
            if let Some(inbox) = &request.inbox {
                self.inboxes.get(inbox).await?;
            }
            self.store
                .capture_ids_between(
                    request.inbox.clone(),
                    request.from,
                    request.to,
                    MAX_REPLAY + 1,
                )
                .await?
        } else {
            return Err(Error::BadRequest(
                "choose what to replay: capture ids, or a time range (from, to, optionally an inbox)"
                    .into(),
            ));
        };
        if ids.len() > MAX_REPLAY {
            return Err(Error::BadRequest(format!(
                "one replay takes at most {MAX_REPLAY} captures; narrow the time range"
            )));
        }
        if ids.is_empty() {
            return Err(Error::BadRequest(
                "no capture was received in that time range: widen it, or choose another inbox"
                    .into(),
            ));
        }
        ids.truncate(MAX_REPLAY);
        Ok(ids)
    }
}

fn replay_delivery(
    capture: &Capture,
    request: &ReplayRequest,
    key: &str,
    at: i64,
    now: i64,
) -> Result<NewDelivery> {
    let c = &capture.summary;
    let source = Source {
        inbox: &c.inbox,
        method: &c.method,
        path: &c.path,
        query: c.query.as_deref(),
        headers: &capture.headers,
    };
    let mut plan = Plan::new(
        &source,
        Target {
            url: request.url.trim(),
            keep_path: request.keep_path,
            set_headers: &request.headers,
            remove_headers: &request.remove_headers,
            timeout_ms: request.timeout_ms,
            retry: request.retry.clone(),
            allow_private_network: request.allow_private_network,
            resign: request.resign.clone(),
        },
    );
    // The due times are spaced already; this keeps the spacing when the first one starts late.
    plan.min_interval_ms = 1000_u32.div_ceil(request.per_second);
    let payload = match &request.body {
        Some(edited) => edited.clone().into_bytes(),
        None => capture.body.to_bytes()?,
    };
    Ok(NewDelivery {
        delivery: Delivery {
            id: next_id(),
            message_id: c.id.clone(),
            webhook_id: key.to_owned(),
            webhook_name: request.url.trim().to_owned(),
            provider: request
                .resign
                .as_ref()
                .map(|r| r.provider.clone())
                .unwrap_or_default(),
            event: format!("{} {}", c.method, c.path),
            source: DeliverySource::Replay,
            status: DeliveryStatus::Pending,
            attempts: 0,
            next_attempt_at: Some(at),
            last_status: None,
            last_error: None,
            payload_size: payload.len() as u64,
            created_at: now,
            updated_at: now,
            capture_id: Some(c.id.clone()),
        },
        payload,
        plan: Some(plan.encode()?),
    })
}
