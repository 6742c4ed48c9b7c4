//! Every type shared across the engine's layers, the HTTP API and the UI (TypeScript generated
//! by ts-rs): captures, inboxes, webhooks and deliveries, relays, settings, the emulator, signing
//! configurations and verdicts, and the engine's events. It imports nothing above `base`.

mod capture;
mod check;
mod delivery;
mod emulator;
mod events;
mod inbox;
mod provider;
mod relay;
mod settings;
mod signing;
mod status;

pub use capture::*;
pub use check::*;
pub use delivery::*;
pub use emulator::*;
pub use events::*;
pub use inbox::*;
pub use provider::*;
pub use relay::*;
pub use settings::*;
pub use signing::*;
pub use status::*;
