//! The catalog generator: builds a provider profile (the format of `catalog/README.md`) from an
//! OpenAPI 3.0 / 3.1 description of the provider's webhooks and an *overlay*, the hand-written
//! parts of the profile plus rules for the generation. `catalog/sources/README.md` describes the
//! pipeline, the overlay's keys and the `x-hookbench-*` extensions.
//!
//! ```text
//! document ─▶ operations ─▶ events (grouping) ─▶ relaxations ─▶ $refs → $defs (rewritten:
//! open enums, formats, annotations) ─▶ repeated shapes written once ─▶ one schema per event
//! (variants chosen by the discriminator) ─▶ one sample per variant (published example made
//! complete, then a template) ─▶ profile
//! ```
//!
//! [`import_openapi`] works on values in memory; [`regenerate`] reads a sources folder
//! (`catalog/sources/<id>/`) and gives the profile's text, loaded once with the catalog's usual
//! checks. `make catalog` and the test that keeps the committed profiles in step both use it.

mod atoms;
mod conform;
mod dedupe;
mod defs;
mod describe;
mod docs;
mod document;
mod event_samples;
mod examples;
mod generate;
mod group;
mod overlay;
mod pipeline;
mod pointer;
mod profile;
mod regenerate;
mod relax;
mod rewrite;
mod samples;
mod split;
mod templatize;
mod text;
mod variants;
mod walk;

use serde_json::Value;

use super::error::CatalogError;

pub use regenerate::{regenerate, regenerate_all, Generated};

/// One input of an import: its name (used in errors, e.g. `openapi.json`) and its JSON.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub name: &'a str,
    pub value: &'a Value,
}

/// What an import reads.
#[derive(Debug, Clone, Copy)]
pub struct ImportSources<'a> {
    /// The OpenAPI 3.0 / 3.1 document (its `webhooks`, or `x-webhooks`).
    pub document: Input<'a>,
    /// The overlay: profile keys and generation rules.
    pub overlay: Input<'a>,
    /// Published examples, `[{"name": "<event id>", "examples": [<payload>, ...]}, ...]`.
    pub examples: Option<Input<'a>>,
}

/// An imported profile and what the import could not use (each note names its place).
#[derive(Debug, Clone)]
pub struct Imported {
    pub profile: Value,
    pub notes: Vec<String>,
}

/// Builds a profile from an OpenAPI description and an overlay. The result is in the catalog's
/// profile format; `Catalog::from_sources` loads it with its usual checks. Errors name the input
/// and the JSON pointer of the offending value (a remote or unresolved `$ref`, a document that is
/// not OpenAPI, an overlay rule that matches nothing...).
pub fn import_openapi(sources: &ImportSources) -> Result<Imported, CatalogError> {
    pipeline::build(sources).map_err(|f| f.into_error(sources))
}

/// Which input a failure is in.
#[derive(Debug, Clone, Copy)]
enum Which {
    Document,
    Overlay,
    Examples,
}

/// An import error before it knows the inputs' names.
#[derive(Debug, Clone)]
struct Failure {
    which: Which,
    path: String,
    message: String,
}

impl Failure {
    fn document(path: &str, message: impl Into<String>) -> Failure {
        Failure::at(Which::Document, path, message)
    }

    fn overlay(path: &str, message: impl Into<String>) -> Failure {
        Failure::at(Which::Overlay, path, message)
    }

    fn examples(path: &str, message: impl Into<String>) -> Failure {
        Failure::at(Which::Examples, path, message)
    }

    fn at(which: Which, path: &str, message: impl Into<String>) -> Failure {
        Failure {
            which,
            path: if path.is_empty() {
                "/".into()
            } else {
                path.into()
            },
            message: message.into(),
        }
    }

    fn into_error(self, sources: &ImportSources) -> CatalogError {
        let file = match self.which {
            Which::Document => sources.document.name,
            Which::Overlay => sources.overlay.name,
            Which::Examples => sources.examples.map_or("examples", |e| e.name),
        };
        CatalogError::Import {
            file: file.to_string(),
            path: self.path,
            message: self.message,
        }
    }
}
