//! The sending half: webhooks, triggered events, the durable outbox and its attempts.

pub mod http;
pub mod model;
