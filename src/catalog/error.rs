//! The one error type of the catalog: every variant names where the problem is and has a stable code.

use thiserror::Error;

/// Everything that can go wrong while loading the catalog or using it.
///
/// Load errors name the file, the provider, the event and the JSON pointer of the offending value,
/// so a broken profile can be fixed without guessing.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    /// A profile file is not valid JSON.
    #[error("{file}: invalid JSON at line {line}, column {column}: {message}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A profile is valid JSON but not a valid profile (missing field, wrong type, unknown key...).
    #[error("{file}: at {path}: {message}")]
    Profile {
        file: String,
        path: String,
        message: String,
    },
    /// A template placeholder is invalid (unknown function, bad arguments, undefined reference...).
    #[error("{file}: provider `{provider}`, {event}: template error at {path}: {message}")]
    Template {
        file: String,
        provider: String,
        /// `event \`id\`` or `profile` when the template is not inside an event.
        event: String,
        path: String,
        message: String,
    },
    /// An event schema is not a valid JSON Schema (draft 2020-12) or cannot be combined with the envelope.
    #[error("{file}: provider `{provider}`, event `{event}`: invalid schema: {message}")]
    Schema {
        file: String,
        provider: String,
        event: String,
        message: String,
    },
    /// A sample, rendered at load, does not satisfy its own event schema.
    #[error(
        "{file}: provider `{provider}`, event `{event}`, sample `{sample}`: \
         the rendered sample violates the event schema at {path}: {message}"
    )]
    SampleMismatch {
        file: String,
        provider: String,
        event: String,
        sample: String,
        path: String,
        message: String,
    },
    /// Two profiles have the same id.
    #[error("{file}: provider id `{id}` is already defined by another profile")]
    DuplicateProvider { file: String, id: String },
    /// No provider with that id.
    #[error("unknown provider `{id}`; known providers: {}", known.join(", "))]
    UnknownProvider { id: String, known: Vec<String> },
    /// No event with that id in the provider.
    #[error("provider `{provider}` has no event `{id}`; its events: {}", known.join(", "))]
    UnknownEvent {
        provider: String,
        id: String,
        known: Vec<String>,
    },
    /// No sample variant with that name in the event.
    #[error("event `{event}` of provider `{provider}` has no sample `{id}`; its samples: {}", known.join(", "))]
    UnknownVariant {
        provider: String,
        event: String,
        id: String,
        known: Vec<String>,
    },
    /// A free-standing template (see `render_template`) is invalid.
    #[error("template error at {path}: {message}")]
    InvalidTemplate { path: String, message: String },
    /// A provider description or overlay cannot be imported into a profile (see `catalog::import`).
    #[error("{file}: at {path}: {message}")]
    Import {
        /// `openapi.json`, `overlay.json`, `examples.json`... or the caller's name for the input.
        file: String,
        /// The JSON pointer of the offending value in that file (`""` is the whole file).
        path: String,
        message: String,
    },
    /// A target URL is not acceptable for this provider.
    #[error("URL `{url}` is not accepted by provider `{provider}`: {message}")]
    InvalidUrl {
        provider: String,
        url: String,
        message: String,
    },
}

impl CatalogError {
    /// A stable, machine-readable code for the UI and the HTTP API.
    pub fn code(&self) -> &'static str {
        match self {
            CatalogError::Json { .. } => "catalog_json",
            CatalogError::Profile { .. } => "catalog_profile",
            CatalogError::Template { .. } => "catalog_template",
            CatalogError::Schema { .. } => "catalog_schema",
            CatalogError::SampleMismatch { .. } => "catalog_sample_mismatch",
            CatalogError::DuplicateProvider { .. } => "catalog_duplicate_provider",
            CatalogError::UnknownProvider { .. } => "unknown_provider",
            CatalogError::UnknownEvent { .. } => "unknown_event",
            CatalogError::UnknownVariant { .. } => "unknown_sample",
            CatalogError::InvalidTemplate { .. } => "invalid_template",
            CatalogError::InvalidUrl { .. } => "invalid_url",
            CatalogError::Import { .. } => "catalog_import",
        }
    }

    /// Whether the error is the caller's (a bad id, template or URL) rather than a broken catalog.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            CatalogError::UnknownProvider { .. }
                | CatalogError::UnknownEvent { .. }
                | CatalogError::UnknownVariant { .. }
                | CatalogError::InvalidTemplate { .. }
                | CatalogError::InvalidUrl { .. }
                | CatalogError::Import { .. }
        )
    }
}

impl From<CatalogError> for crate::base::error::Error {
    fn from(e: CatalogError) -> Self {
        crate::base::error::Error::Catalog(crate::base::error::CatalogFailure {
            code: e.code(),
            unknown: matches!(
                e,
                CatalogError::UnknownProvider { .. }
                    | CatalogError::UnknownEvent { .. }
                    | CatalogError::UnknownVariant { .. }
            ),
            user_error: e.is_user_error(),
            message: e.to_string(),
        })
    }
}
