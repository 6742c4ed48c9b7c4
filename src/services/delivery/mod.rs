//! The sending half: webhooks, triggered events, the durable outbox and its attempts.

pub mod deliveries;
pub mod event_time;
pub mod filters;
pub mod http;
pub mod outbox;
pub mod outgoing_rules;
pub mod recorder;
pub mod redirect;
pub mod retry;
pub mod trigger;
pub mod validate;
pub mod webhooks;
pub mod worker;
