//! Forward and replay: a captured request sent on (an inbox's forward target) or sent again
//! (a replay), as a delivery of a special kind. Each is a row in the deliveries table with the
//! capture as its source and a plan instead of a webhook; the delivery service's worker makes
//! its attempts (this service prepares them from the plan), judges and records them like any
//! other, with the same HTTP client, reach checks and retry policy.

mod attempt;
mod forward;
pub mod plan;
mod replay;
mod validate;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub use forward::Forwarding;
pub use validate::validate_resign;

use crate::bus::Bus;
use crate::services::delivery::http::Pool;
use crate::services::delivery::Deliveries;
use crate::services::inbox::Inboxes;
use crate::store::Store;

/// `webhook_id` of an inbox's forwards: the outbox schedules them one at a time, in order.
pub fn forward_key(slug: &str) -> String {
    format!("forward:{slug}")
}

/// `webhook_id` of one replay's deliveries.
pub fn replay_key(id: &str) -> String {
    format!("replay:{id}")
}

/// The relay service. Cheap to clone.
#[derive(Clone)]
pub struct Relays {
    store: Store,
    bus: Bus,
    deliveries: Deliveries,
    inboxes: Arc<Inboxes>,
    /// Connections the receiver's own forwards keep alive to their targets.
    pool: Arc<Pool>,
    /// When the last attempt of each rate-limited replay started.
    last_start: Arc<Mutex<HashMap<String, i64>>>,
}

impl Relays {
    /// The relay service; it registers itself as the planner of the delivery service's
    /// forwards and replays.
    pub fn new(store: Store, bus: Bus, deliveries: Deliveries, inboxes: Arc<Inboxes>) -> Self {
        let relays = Relays {
            store,
            bus,
            deliveries: deliveries.clone(),
            inboxes,
            pool: Arc::default(),
            last_start: Arc::default(),
        };
        deliveries.set_plans(Arc::new(relays.clone()));
        relays
    }

    /// Whether an attempt of `key` may start now under a spacing of `interval_ms`: `None` if
    /// it may (and now counts as its start), else the time it may.
    fn pace(&self, key: &str, interval_ms: u32, now: i64) -> Option<i64> {
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
