//! What the provider emulator keeps: its API keys and the registrations made through it.

pub mod keys;
pub mod registrations;
