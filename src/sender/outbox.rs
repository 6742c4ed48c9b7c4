//! The outbox scheduler's memory: which deliveries are due when, and which may start now under
//! the per-webhook and total concurrency limits. SQLite is the truth (`next_attempt_at`); this is
//! its index, rebuilt from the store at start, so nothing here needs to survive a crash.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};
use std::sync::Mutex;

use tokio::sync::Notify;

use crate::sender::model::Webhook;
use crate::store::Due;

/// How many attempts may be on the wire at once, over all webhooks.
pub const DEFAULT_TOTAL_IN_FLIGHT: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    at: i64,
    seq: u64,
    delivery_id: String,
    webhook_id: String,
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    active: bool,
    max_in_flight: u32,
}

#[derive(Default)]
struct State {
    due: BinaryHeap<Reverse<Entry>>,
    seq: u64,
    in_flight: HashSet<String>,
    total_in_flight: usize,
    per_webhook: HashMap<String, u32>,
    /// Due entries of a webhook that is off or at its limit, in due order.
    parked: HashMap<String, VecDeque<Entry>>,
    webhooks: HashMap<String, Limits>,
}

pub struct Outbox {
    state: Mutex<State>,
    wake: Notify,
    total_limit: usize,
}

/// A delivery the worker should attempt now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ready {
    pub delivery_id: String,
    pub webhook_id: String,
}

impl Default for Outbox {
    fn default() -> Self {
        Outbox::new(DEFAULT_TOTAL_IN_FLIGHT)
    }
}

impl Outbox {
    pub fn new(total_limit: usize) -> Outbox {
        Outbox {
            state: Mutex::new(State::default()),
            wake: Notify::new(),
            total_limit: total_limit.max(1),
        }
    }

    pub fn schedule(&self, due: Due) {
        self.with_state(|state| state.push(due));
        self.wake.notify_one();
    }

    /// Replaces what is known about the webhooks (at start).
    pub fn load_webhooks(&self, webhooks: &[Webhook]) {
        self.with_state(|state| {
            for webhook in webhooks {
                state.set_webhook(webhook);
            }
        });
        self.wake.notify_one();
    }

    /// A webhook was created or edited: its limits apply from now, and turning it on releases
    /// its parked deliveries.
    pub fn webhook_changed(&self, webhook: &Webhook) {
        self.with_state(|state| state.set_webhook(webhook));
        self.wake.notify_one();
    }

    /// Takes every entry that may start now; returns them and when the next one falls due.
    pub fn take_ready(&self, now: i64) -> (Vec<Ready>, Option<i64>) {
        let total_limit = self.total_limit;
        self.with_state(|state| state.take_ready(now, total_limit))
            .unwrap_or_default()
    }

    /// An attempt ended (whatever its result): its slots are free again.
    pub fn finished(&self, ready: &Ready) {
        self.with_state(|state| state.finish(ready));
        self.wake.notify_one();
    }

    /// Resolves when something may have become ready.
    pub async fn changed(&self) {
        self.wake.notified().await;
    }

    pub fn in_flight(&self) -> usize {
        self.with_state(|state| state.total_in_flight).unwrap_or(0)
    }

    fn with_state<T>(&self, work: impl FnOnce(&mut State) -> T) -> Option<T> {
        // A poisoned lock means a panic elsewhere; the store still holds every delivery.
        self.state.lock().ok().map(|mut state| work(&mut state))
    }
}

impl State {
    fn push(&mut self, due: Due) {
        self.seq += 1;
        self.due.push(Reverse(Entry {
            at: due.at,
            seq: self.seq,
            delivery_id: due.delivery_id,
            webhook_id: due.webhook_id,
        }));
    }

    fn set_webhook(&mut self, webhook: &Webhook) {
        let limits = Limits {
            active: webhook.config.active,
            max_in_flight: webhook.config.max_in_flight.max(1),
        };
        self.webhooks.insert(webhook.id.clone(), limits);
        if limits.active {
            for entry in self.parked.remove(&webhook.id).unwrap_or_default() {
                self.due.push(Reverse(entry));
            }
        }
    }

    fn take_ready(&mut self, now: i64, total_limit: usize) -> (Vec<Ready>, Option<i64>) {
        let mut ready = Vec::new();
        while self.total_in_flight < total_limit {
            let Some(Reverse(top)) = self.due.peek() else {
                break;
            };
            if top.at > now {
                break;
            }
            let Some(Reverse(entry)) = self.due.pop() else {
                break;
            };
            if self.in_flight.contains(&entry.delivery_id) {
                continue; // a duplicate entry; the attempt in flight reschedules if needed
            }
            // An unknown webhook (deleted) still gets its attempt: the worker records why it
            // cannot be made.
            let limits = self
                .webhooks
                .get(&entry.webhook_id)
                .copied()
                .unwrap_or(Limits {
                    active: true,
                    max_in_flight: 1,
                });
            let busy = self
                .per_webhook
                .get(&entry.webhook_id)
                .copied()
                .unwrap_or(0);
            if !limits.active || busy >= limits.max_in_flight {
                self.parked
                    .entry(entry.webhook_id.clone())
                    .or_default()
                    .push_back(entry);
                continue;
            }
            *self
                .per_webhook
                .entry(entry.webhook_id.clone())
                .or_default() += 1;
            self.total_in_flight += 1;
            self.in_flight.insert(entry.delivery_id.clone());
            ready.push(Ready {
                delivery_id: entry.delivery_id,
                webhook_id: entry.webhook_id,
            });
        }
        let next = if self.total_in_flight < total_limit {
            self.due.peek().map(|Reverse(e)| e.at)
        } else {
            None // a finishing attempt wakes the worker
        };
        (ready, next)
    }

    fn finish(&mut self, ready: &Ready) {
        if self.in_flight.remove(&ready.delivery_id) {
            self.total_in_flight = self.total_in_flight.saturating_sub(1);
            if let Some(busy) = self.per_webhook.get_mut(&ready.webhook_id) {
                *busy = busy.saturating_sub(1);
            }
        }
        // One slot of this webhook is free: its oldest parked entry goes back in line.
        let active = self
            .webhooks
            .get(&ready.webhook_id)
            .is_none_or(|l| l.active);
        if active {
            if let Some(entry) = self
                .parked
                .get_mut(&ready.webhook_id)
                .and_then(VecDeque::pop_front)
            {
                self.due.push(Reverse(entry));
            }
        }
    }
}
