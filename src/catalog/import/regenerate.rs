//! Regenerating profiles from their sources folders: `catalog/sources/<id>/` holds
//! `openapi.json` (the provider's description, or a normalizer's output), `overlay.json` and,
//! optionally, `examples.json`; the profile is written to `catalog/<id>.json`.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::super::error::CatalogError;
use super::super::load::{load_profile, SampleCheck};
use super::{import_openapi, ImportSources, Input};

pub const DOCUMENT: &str = "openapi.json";
pub const OVERLAY: &str = "overlay.json";
pub const EXAMPLES: &str = "examples.json";

/// A regenerated profile: where it goes, its text, and what the import could not use.
#[derive(Debug, Clone)]
pub struct Generated {
    /// `catalog/<id>.json`.
    pub file: PathBuf,
    /// Pretty-printed JSON with a final newline, as committed.
    pub text: String,
    pub notes: Vec<String>,
}

/// Every profile with a sources folder under `catalog_dir/sources/`, in folder name order.
pub fn regenerate_all(catalog_dir: &Path) -> Result<Vec<Generated>, CatalogError> {
    let sources = catalog_dir.join("sources");
    let entries = fs::read_dir(&sources).map_err(|e| unreadable(&sources, &e))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join(OVERLAY).is_file())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| regenerate(d, catalog_dir)).collect()
}

/// The profile made from one sources folder; it is loaded once as the catalog would load it.
pub fn regenerate(sources_dir: &Path, catalog_dir: &Path) -> Result<Generated, CatalogError> {
    let name = |f: &str| sources_dir.join(f).display().to_string();
    let document = read(&sources_dir.join(DOCUMENT))?;
    let overlay = read(&sources_dir.join(OVERLAY))?;
    let examples_path = sources_dir.join(EXAMPLES);
    let examples = if examples_path.is_file() {
        Some(read(&examples_path)?)
    } else {
        None
    };
    let (document_name, overlay_name, examples_name) =
        (name(DOCUMENT), name(OVERLAY), name(EXAMPLES));
    let imported = import_openapi(&ImportSources {
        document: Input {
            name: &document_name,
            value: &document,
        },
        overlay: Input {
            name: &overlay_name,
            value: &overlay,
        },
        examples: examples.as_ref().map(|value| Input {
            name: &examples_name,
            value,
        }),
    })?;
    let id = imported.profile["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let file = catalog_dir.join(format!("{id}.json"));
    let mut text =
        serde_json::to_string_pretty(&imported.profile).map_err(|e| CatalogError::Import {
            file: overlay_name.clone(),
            path: "/".into(),
            message: format!("the profile does not serialize: {e}"),
        })?;
    text.push('\n');
    load_profile(&file.display().to_string(), &text, SampleCheck::Render)?;
    Ok(Generated {
        file,
        text,
        notes: imported.notes,
    })
}

fn read(path: &Path) -> Result<Value, CatalogError> {
    let text = fs::read_to_string(path).map_err(|e| unreadable(path, &e))?;
    serde_json::from_str(&text).map_err(|e| CatalogError::Json {
        file: path.display().to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

fn unreadable(path: &Path, e: &std::io::Error) -> CatalogError {
    CatalogError::Import {
        file: path.display().to_string(),
        path: "/".into(),
        message: format!("cannot be read: {e}"),
    }
}
