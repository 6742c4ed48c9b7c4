//! The outbox scheduler's memory: which deliveries are due when, and which may start now under
//! the per-webhook and total concurrency limits. SQLite is the truth (`next_attempt_at`); this is
//! its index, rebuilt from the store at start, so nothing here needs to survive a crash.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use crate::model::Webhook;
use crate::store::Due;

/// How many attempts may be on the wire at once, over all webhooks.
pub const DEFAULT_TOTAL_IN_FLIGHT: usize = 64;
/// Deliveries in flight (on the wire, or answered and being recorded) are at most this many
/// times the total limit: the most a crash can make send twice.
pub const RECORDING_FACTOR: usize = 8;

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

/// The limits of a webhook the scheduler does not know (deleted): one attempt at a time, which
/// records why it cannot be made.
const UNKNOWN: Limits = Limits {
    active: true,
    max_in_flight: 1,
};

fn limits_of(webhooks: &HashMap<String, Arc<Webhook>>, webhook_id: &str) -> Limits {
    webhooks.get(webhook_id).map_or(UNKNOWN, |w| Limits {
        active: w.config.active,
        max_in_flight: w.config.max_in_flight.max(1),
    })
}

#[derive(Default)]
struct State {
    due: BinaryHeap<Reverse<Entry>>,
    seq: u64,
    /// Every queued delivery (in `due` or parked) and its earliest due time: a second entry for
    /// a delivery is kept only when it is earlier, and the later one is then dropped as stale.
    queued: HashMap<String, i64>,
    /// Deliveries being attempted, until their attempt is recorded; the value says whether the
    /// attempt still holds its slots (it gives them up once the answer is in).
    in_flight: HashMap<String, bool>,
    total_in_flight: usize,
    per_webhook: HashMap<String, u32>,
    /// Due entries of a webhook that is off or at its limit, in due order.
    parked: HashMap<String, VecDeque<Entry>>,
    /// The webhooks as last stored: their limits, and an attempt need not read its webhook.
    webhooks: HashMap<String, Arc<Webhook>>,
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

    /// A webhook was deleted: its remaining entries fail when attempted.
    pub fn webhook_removed(&self, id: &str) {
        self.with_state(|state| {
            state.webhooks.remove(id);
        });
    }

    /// The webhook as last stored, if the scheduler knows it.
    pub fn webhook(&self, id: &str) -> Option<Arc<Webhook>> {
        self.with_state(|state| state.webhooks.get(id).cloned())
            .flatten()
    }

    /// Takes every entry that may start now; returns them and when the next one falls due.
    pub fn take_ready(&self, now: i64) -> (Vec<Ready>, Option<i64>) {
        let total_limit = self.total_limit;
        self.with_state(|state| state.take_ready(now, total_limit))
            .unwrap_or_default()
    }

    /// An attempt's exchange is over (answered or failed): its network slots are free for the
    /// next while its result is being recorded. The delivery itself stays in flight.
    pub fn answered(&self, ready: &Ready) {
        self.with_state(|state| state.release(ready));
        self.wake.notify_one();
    }

    /// An attempt ended and is recorded (or was not made): the delivery may be queued again.
    pub fn finished(&self, ready: &Ready) {
        self.with_state(|state| state.finish(ready));
        self.wake.notify_one();
    }

    /// Resolves when something may have become ready.
    pub async fn changed(&self) {
        self.wake.notified().await;
    }

    fn with_state<T>(&self, work: impl FnOnce(&mut State) -> T) -> Option<T> {
        // A poisoned lock means a panic elsewhere; the store still holds every delivery.
        self.state.lock().ok().map(|mut state| work(&mut state))
    }
}

impl State {
    fn push(&mut self, due: Due) {
        if self
            .queued
            .get(&due.delivery_id)
            .is_some_and(|at| *at <= due.at)
        {
            return;
        }
        self.queued.insert(due.delivery_id.clone(), due.at);
        self.seq += 1;
        self.due.push(Reverse(Entry {
            at: due.at,
            seq: self.seq,
            delivery_id: due.delivery_id,
            webhook_id: due.webhook_id,
        }));
    }

    fn set_webhook(&mut self, webhook: &Webhook) {
        self.webhooks
            .insert(webhook.id.clone(), Arc::new(webhook.clone()));
    }

    fn limits(&self, webhook_id: &str) -> Limits {
        limits_of(&self.webhooks, webhook_id)
    }

    fn busy(&self, webhook_id: &str) -> u32 {
        self.per_webhook.get(webhook_id).copied().unwrap_or(0)
    }

    fn take_ready(&mut self, now: i64, total_limit: usize) -> (Vec<Ready>, Option<i64>) {
        self.unpark();
        let mut ready = Vec::new();
        // Attempts whose answer is in but not yet committed hold no network slot; they are
        // capped too, so a slow disk cannot let unrecorded deliveries pile up.
        let recording_limit = total_limit * RECORDING_FACTOR;
        while self.total_in_flight < total_limit && self.in_flight.len() < recording_limit {
            match self.due.peek() {
                Some(Reverse(top)) if top.at <= now => {}
                _ => break,
            }
            let Some(Reverse(entry)) = self.due.pop() else {
                break;
            };
            if self.queued.get(&entry.delivery_id) != Some(&entry.at)
                || self.in_flight.contains_key(&entry.delivery_id)
            {
                continue; // superseded by an earlier entry, or already on the wire
            }
            let limits = self.limits(&entry.webhook_id);
            if !limits.active || self.busy(&entry.webhook_id) >= limits.max_in_flight {
                let parked = self.parked.entry(entry.webhook_id.clone()).or_default();
                parked.push_back(entry);
                continue;
            }
            self.queued.remove(&entry.delivery_id);
            *self
                .per_webhook
                .entry(entry.webhook_id.clone())
                .or_default() += 1;
            self.total_in_flight += 1;
            self.in_flight.insert(entry.delivery_id.clone(), true);
            ready.push(Ready {
                delivery_id: entry.delivery_id,
                webhook_id: entry.webhook_id,
            });
        }
        let next = if self.total_in_flight < total_limit && self.in_flight.len() < recording_limit {
            self.due.peek().map(|Reverse(e)| e.at)
        } else {
            None // a finishing attempt wakes the worker
        };
        (ready, next)
    }

    /// Gives up the attempt's slots (its answer is in, or it is over).
    fn release(&mut self, ready: &Ready) {
        if let Some(holding) = self.in_flight.get_mut(&ready.delivery_id) {
            if *holding {
                *holding = false;
                self.total_in_flight = self.total_in_flight.saturating_sub(1);
                if let Some(busy) = self.per_webhook.get_mut(&ready.webhook_id) {
                    *busy = busy.saturating_sub(1);
                }
            }
        }
    }

    fn finish(&mut self, ready: &Ready) {
        self.release(ready);
        self.in_flight.remove(&ready.delivery_id);
    }

    /// Puts parked entries of active webhooks with free slots back in line, oldest first, as
    /// many as they have free slots.
    fn unpark(&mut self) {
        let webhooks = &self.webhooks;
        let per_webhook = &self.per_webhook;
        let due = &mut self.due;
        self.parked.retain(|webhook_id, parked| {
            let limits = limits_of(webhooks, webhook_id);
            if !limits.active {
                return true;
            }
            let busy = per_webhook.get(webhook_id).copied().unwrap_or(0);
            let free = limits.max_in_flight.saturating_sub(busy) as usize;
            for entry in parked.drain(..free.min(parked.len())) {
                due.push(Reverse(entry));
            }
            !parked.is_empty()
        });
    }
}
