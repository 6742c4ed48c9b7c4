//! The provider catalog: every webhook provider Hookbench can emulate, as data.
//!
//! Each provider profile lives in `catalog/<id>.json` (embedded at build time) and holds the
//! provider's events, a JSON Schema per event, realistic sample *templates*, the headers to send,
//! the signing configuration (parsed by the signing module), URL rules and recognition rules.
//! The format and the template language are documented in `catalog/README.md`.
//!
//! Everything is validated at load: shape, templates (unknown function, bad arguments, undefined
//! `$name`), schemas, and a render of every sample checked against its own schema. A broken
//! profile is a [`CatalogError`] naming the file, provider, event and JSON pointer.
//!
//! ```
//! use hookbench::catalog::{render_sample, render_headers, validate_payload, Catalog, RenderContext};
//! # fn main() -> Result<(), hookbench::catalog::CatalogError> {
//! let catalog = Catalog::embedded()?;
//! let github = catalog.provider("github")?;
//! let push = github.event("push")?;
//! let ctx = RenderContext::new(42, time::OffsetDateTime::UNIX_EPOCH);
//! let body = render_sample(github, push, None, &ctx)?;
//! let headers = render_headers(github, push, &ctx, "6d9a4a1e-0000-4000-8000-000000000000")?;
//! assert!(validate_payload(push, &body).is_empty());
//! assert!(headers.iter().any(|(k, v)| k == "X-GitHub-Event" && v == "push"));
//! # Ok(()) }
//! ```
//!
//! Public API:
//! - [`Catalog::embedded`], [`Catalog::from_sources`], [`Catalog::providers`], [`Catalog::provider`],
//!   [`Catalog::summaries`];
//! - [`Provider::event`], [`Provider::test_event`], [`Provider::summary`], [`Provider::check_url`],
//!   [`Event::sample`], [`Event::info`];
//! - [`render_sample`], [`render_headers`], [`new_delivery_id`], [`render_template`] with a
//!   [`RenderContext`] (seed, now, target URL, delivery id): deterministic for the same context;
//! - [`validate_payload`] → [`Violation`]s (JSON pointer + message), [`payload_notes`] → [`Note`]s
//!   (values outside an open enum, `x-extensible-enum`), [`detect_event`], [`event_label`], [`glob_match`]
//!   (registration filters).
//! - [`import`]: the catalog generator, a profile from an OpenAPI description of a provider's
//!   webhooks and an overlay (`make catalog`; `catalog/sources/README.md`).

// Load errors carry the full location (file, provider, event, sample, pointer) so a person can fix
// the profile; they are rare and never on a hot path, so their size does not matter.
#![allow(clippy::result_large_err)]

mod checks;
mod decode;
mod delivery;
mod detect;
mod embedded;
mod error;
mod eval;
mod fake;
mod funcs;
mod glob;
pub mod import;
mod load;
mod model;
mod open_enums;
mod render;
mod schema;
mod template;
mod urls;
mod values;

use std::sync::OnceLock;

use load::SampleCheck;

pub use crate::model::{Note, Violation};
pub use delivery::{DeliveryRules, SuccessRule, Timestamps};
pub use detect::{detect_event, event_label};
pub use error::CatalogError;
pub use glob::glob_match;
pub use model::{
    Detect, Envelope, Event, EventInfo, HeaderTemplate, Provider, ProviderSummary, Sample, UrlRules,
};
pub use open_enums::{KEYWORD as OPEN_ENUM_KEYWORD, MAX_NOTES};
pub use render::{new_delivery_id, render_headers, render_sample, render_template, RenderContext};
pub use schema::{payload_notes, validate_payload, MAX_VIOLATIONS, SCHEMA_DIALECT};
pub use urls::is_loopback_host;
pub use values::{ValueSpec, MAX_VALUE_LEN};

/// All loaded provider profiles, in source order.
#[derive(Debug, Clone)]
pub struct Catalog {
    providers: Vec<Provider>,
}

impl Catalog {
    /// The catalog compiled into the binary, parsed and validated once per process. Its samples
    /// are not rendered at load: `tests/it/catalog.rs` renders every one of them, with several
    /// seeds and target URLs, against its schema.
    pub fn embedded() -> Result<&'static Catalog, CatalogError> {
        static EMBEDDED: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| Catalog::load(embedded::SOURCES, SampleCheck::Skip))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Loads profiles from (file name, JSON text) pairs; the first error stops the load. Every
    /// sample is rendered and checked against its schema.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Catalog, CatalogError> {
        Catalog::load(sources, SampleCheck::Render)
    }

    fn load(sources: &[(&str, &str)], samples: SampleCheck) -> Result<Catalog, CatalogError> {
        let mut providers: Vec<Provider> = Vec::with_capacity(sources.len());
        for (file, text) in sources {
            let provider = load::load_profile(file, text, samples)?;
            if providers.iter().any(|p| p.id == provider.id) {
                return Err(CatalogError::DuplicateProvider {
                    file: (*file).to_string(),
                    id: provider.id,
                });
            }
            providers.push(provider);
        }
        Ok(Catalog { providers })
    }

    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }

    /// The provider with this id, or an error listing the known ids.
    pub fn provider(&self, id: &str) -> Result<&Provider, CatalogError> {
        self.providers
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| CatalogError::UnknownProvider {
                id: id.to_string(),
                known: self.providers.iter().map(|p| p.id.clone()).collect(),
            })
    }

    pub fn summaries(&self) -> Vec<ProviderSummary> {
        self.providers.iter().map(Provider::summary).collect()
    }
}
