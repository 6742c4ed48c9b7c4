//! Forward and replay: a captured request sent on (an inbox's forward target) or sent again
//! (a replay), as a delivery of a special kind. Each is a row in the deliveries table with the
//! capture as its source and a plan instead of a webhook, attempted by the sender's worker with
//! its HTTP client, reach checks and retry policy, and logged attempt by attempt.

mod attempt;
mod forward;
pub mod plan;
mod replay;
mod validate;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::services::delivery::http::Pool;

pub(crate) use attempt::attempt;
pub(crate) use forward::Forwarding;
pub use validate::{validate_forward, validate_resign};

/// `webhook_id` of an inbox's forwards: the outbox schedules them one at a time, in order.
pub fn forward_key(slug: &str) -> String {
    format!("forward:{slug}")
}

/// `webhook_id` of one replay's deliveries.
pub fn replay_key(id: &str) -> String {
    format!("replay:{id}")
}

/// What forwards and replays need from the running instance (their reach comes from the
/// engine's `SendPolicy`).
#[derive(Default)]
pub struct Relay {
    /// Connections the receiver's own forwards keep alive to their targets.
    pool: Arc<Pool>,
    /// When the last attempt of each rate-limited replay started.
    last_start: Mutex<HashMap<String, i64>>,
}

impl Relay {
    pub(crate) fn pool(&self) -> &Arc<Pool> {
        &self.pool
    }

    /// Whether an attempt of `key` may start now under a spacing of `interval_ms`: `None` if
    /// it may (and now counts as its start), else the time it may.
    pub(crate) fn pace(&self, key: &str, interval_ms: u32, now: i64) -> Option<i64> {
        if interval_ms == 0 {
            return None;
        }
        let interval = i64::from(interval_ms);
        let mut last_start = self.last_start.lock().ok()?;
        if let Some(allowed) = last_start.get(key).map(|at| at + interval) {
            if now < allowed {
                return Some(allowed);
            }
        }
        // Spacings are at most a second: older starts constrain nothing.
        last_start.retain(|_, at| now - *at < 1000);
        last_start.insert(key.to_owned(), now);
        None
    }
}
