//! The services: each concept's operations, above the store, the catalog and signing, below the
//! `Engine` facade that composes them. A service takes narrow handles (the store, the bus, the
//! other services it builds on), never the engine.

pub mod capture;
pub mod delivery;
pub mod emulation;
pub mod inbox;
pub mod provider;
pub mod relay;
pub mod settings;
