//! Hookbench's engine: captures incoming webhooks, stores them, and serves them over one HTTP
//! API with live updates. No UI code and no Tauri here; the desktop shell and the CLI are
//! clients of this library.

pub mod api;
pub mod base;
pub mod bindings;
pub mod bus;
pub mod catalog;
pub mod check;
pub mod client;
pub mod content;
pub mod emulator;
pub mod engine;
pub mod export;
pub mod exporting;
pub mod inbox;
pub mod inboxes;
pub mod model;
pub mod naming;
pub mod outgoing;
pub mod provider_secrets;
pub mod providers;
pub mod raw_head;
pub mod receiver;
pub mod receiver_slot;
pub mod recognize;
pub mod relay;
pub mod renaming;
pub mod send_policy;
pub mod sender;
pub mod serve;
pub mod settings;
pub mod signing;
pub mod store;

/// The allocator of Hookbench's binaries (and of the benchmark's baselines, so that they compare
/// like with like): the request paths allocate many small, short-lived buffers, which glibc's
/// malloc serves with lock traffic and frequent consolidation.
pub use mimalloc::MiMalloc as Allocator;

pub use base::config::Config;
pub use base::error::{Error, Result};
pub use engine::Engine;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
