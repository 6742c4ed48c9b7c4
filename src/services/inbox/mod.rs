//! Inboxes: named capture URLs with their own response, response rules and verification.

mod cache;
mod respond;
mod validate;

pub use cache::Inboxes;
pub use respond::{choose_response, RequestFacts};
pub use validate::{validate_config, validate_name, validate_slug};
