//! Captures: naming what arrived (provider, event, signature state), checking it against a
//! provider, decoding its body, exporting it, and naming stored captures again.

pub mod check;
pub mod content;
pub mod export;
pub mod naming;
pub mod recognize;
pub mod renaming;
pub mod selection;
