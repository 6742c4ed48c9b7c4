//! The bottom layer: what every other layer uses and that knows no Hookbench concept — the
//! clock, ids, byte encodings, configuration and the instance file, the network helpers, and the
//! one error type.

pub mod clock;
pub mod config;
pub mod encoding;
pub mod error;
pub mod ids;
pub mod instance;
pub mod net;

/// This build's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
