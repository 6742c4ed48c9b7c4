//! Deliveries with a plan instead of a webhook (forwards and replays): the relay service knows
//! how to turn a plan into a request; the delivery service runs and records the attempt like
//! any other. The relay registers itself here, so the delivery service never depends on it.

use crate::base::error::Result;
use crate::model::Delivery;
use crate::services::delivery::attempt::Prepared;
use crate::store::OutboxItem;

/// What the worker does with a planned delivery that is due.
pub enum Planned {
    /// Send this.
    Send(Box<Prepared>),
    /// Not yet (a rate-limited replay): try at this time.
    Later(i64),
    /// It cannot be sent, for this reason: the delivery fails.
    Refused(String),
}

pub trait Plans: Send + Sync {
    /// The attempt of a due planned delivery (`plan` is its stored plan).
    fn prepare(&self, item: &OutboxItem, plan: &str) -> Result<Planned>;

    /// Planned deliveries changed (attempted, retried, cancelled): announce what follows.
    fn changed(&self, deliveries: &[Delivery]);
}
