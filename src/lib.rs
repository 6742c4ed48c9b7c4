//! Hookbench's engine: captures incoming webhooks, stores them, and serves them over one HTTP
//! API with live updates. No UI code and no Tauri here; the desktop shell and the CLI are
//! clients of this library.

pub mod api;
pub mod base;
pub mod bus;
pub mod catalog;
pub mod client;
pub mod emulator;
pub mod engine;
pub mod model;
pub mod receiver;
pub mod serve;
pub mod services;
pub mod signing;
pub mod store;

/// The allocator of Hookbench's binaries (and of the benchmark's baselines, so that they compare
/// like with like): the request paths allocate many small, short-lived buffers, which glibc's
/// malloc serves with lock traffic and frequent consolidation.
pub use mimalloc::MiMalloc as Allocator;

pub use base::config::Config;
pub use base::error::{Error, Result};
pub use engine::Engine;

pub use base::VERSION;
