//! Providers as the engine offers them: rendered samples and previews, the exact request a
//! provider sends for an event, saved samples, and the secrets saved for a provider.

pub mod request;
pub mod samples;
pub mod secrets;
