//! The sending half: webhooks, triggered events, the durable outbox, and every attempt made
//! from it (webhook deliveries, and the forwards and replays the relay plans), judged and
//! recorded one way.

mod attempt;
pub mod event_time;
pub mod filters;
pub mod http;
mod log;
pub mod outbox;
pub mod outgoing_rules;
mod plans;
mod recorder;
pub mod redirect;
pub mod retry;
pub mod trigger;
pub mod validate;
mod webhooks;
mod worker;

use std::sync::{Arc, OnceLock};

pub use attempt::{judge, send, Judging, Prepared, MAX_RESPONSE_BODY};
pub use plans::{Planned, Plans};
pub use recorder::Answered;
pub use worker::spawn as spawn_worker;

use crate::base::error::Result;
use crate::bus::Bus;
use crate::model::{Delivery, DeliverySource, EngineEvent};
use crate::store::{Due, NewDelivery, Store};
use outbox::Outbox;
use outgoing_rules::OutgoingRules;

/// The delivery service. Cheap to clone.
#[derive(Clone)]
pub struct Deliveries {
    store: Store,
    bus: Bus,
    outbox: Arc<Outbox>,
    rules: Arc<OutgoingRules>,
    /// The relay's side of planned deliveries, registered once both services exist.
    plans: Arc<OnceLock<Arc<dyn Plans>>>,
}

impl Deliveries {
    pub fn new(store: Store, bus: Bus, rules: Arc<OutgoingRules>) -> Self {
        Deliveries {
            store,
            bus,
            outbox: Arc::default(),
            rules,
            plans: Arc::default(),
        }
    }

    /// Registers who plans forwards and replays (once).
    pub fn set_plans(&self, plans: Arc<dyn Plans>) {
        let _ = self.plans.set(plans);
    }

    /// What every outgoing request is held to: Hookbench's own addresses, the global
    /// private-network setting.
    pub fn rules(&self) -> &OutgoingRules {
        &self.rules
    }

    /// Stores new deliveries, hands them to the outbox scheduler and announces them.
    pub async fn enqueue(&self, new: Vec<NewDelivery>) -> Result<Vec<Delivery>> {
        let deliveries = self.store.insert_deliveries(new).await?;
        self.queue(&deliveries);
        self.announce(deliveries.clone());
        Ok(deliveries)
    }

    /// Hands queued deliveries to the outbox scheduler.
    pub fn queue(&self, deliveries: &[Delivery]) {
        for due in deliveries.iter().filter_map(Due::next_of) {
            self.outbox.schedule(due);
        }
    }

    /// Publishes deliveries that changed; a planned one's planner hears of it too.
    pub fn announce(&self, deliveries: Vec<Delivery>) {
        let planned: Vec<Delivery> = deliveries
            .iter()
            .filter(|d| matches!(d.source, DeliverySource::Forward | DeliverySource::Replay))
            .cloned()
            .collect();
        if !planned.is_empty() {
            if let Some(plans) = self.plans.get() {
                plans.changed(&planned);
            }
        }
        if !self.bus.has_subscribers() {
            return;
        }
        for delivery in deliveries {
            self.bus.publish(EngineEvent::DeliveryUpdated { delivery });
        }
    }
}
