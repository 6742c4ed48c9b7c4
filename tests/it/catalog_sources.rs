//! What the tests of generated profiles share: their vendored sources, the drift check (the
//! normalizer's output and the profile are what the sources give), the profile as the provider
//! published it (without the overlay's relaxations), and the fields of a sample.

use std::path::{Path, PathBuf};
use std::process::Command;

use hookbench::catalog::import::{import_openapi, regenerate, ImportSources, Input};
use hookbench::catalog::{Catalog, Provider, RenderContext};
use serde_json::Value;
use time::macros::datetime;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sources_dir(id: &str) -> PathBuf {
    root().join("catalog/sources").join(id)
}

pub fn source(id: &str, name: &str) -> Value {
    let path = sources_dir(id).join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn provider(id: &str) -> &'static Provider {
    Catalog::embedded().unwrap().provider(id).unwrap()
}

pub fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00.123 UTC))
}

/// The normalizer still writes the committed `openapi.json` from the vendored files, and the
/// importer the committed profile from it: neither was edited by hand nor left stale.
pub fn assert_generated_from_sources(id: &str) {
    let script = root().join(format!("scripts/catalog/normalize-{id}.mjs"));
    let out = Command::new("node")
        .arg(&script)
        .arg("--check")
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("node (Node.js 20, which `make setup` needs) cannot run: {e}"));
    assert!(
        out.status.success(),
        "{} --check failed: {}{}; run `scripts/setup.sh` for its tools, then `make catalog`",
        script.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let catalog = root().join("catalog");
    let fresh = regenerate(&sources_dir(id), &catalog).unwrap_or_else(|e| panic!("{e}"));
    let committed = std::fs::read_to_string(&fresh.file).unwrap_or_default();
    assert!(
        committed == fresh.text,
        "{} differs from what its sources give; run `make catalog`",
        fresh.file.display()
    );
}

/// The profile imported without the overlay's relaxations: the provider's own required lists.
pub fn as_published(id: &str) -> Catalog {
    let mut overlay = source(id, "overlay.json");
    if let Some(map) = overlay.as_object_mut() {
        map.remove("relax");
    }
    let doc = source(id, "openapi.json");
    let examples = sources_dir(id)
        .join("examples.json")
        .is_file()
        .then(|| source(id, "examples.json"));
    let imported = import_openapi(&ImportSources {
        document: Input {
            name: "openapi.json",
            value: &doc,
        },
        overlay: Input {
            name: "overlay.json",
            value: &overlay,
        },
        examples: examples.as_ref().map(|value| Input {
            name: "examples.json",
            value,
        }),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let text = serde_json::to_string(&imported.profile).unwrap();
    Catalog::from_sources(&[(&format!("{id}-as-published.json"), &text)])
        .unwrap_or_else(|e| panic!("{e}"))
}

/// How many values (leaves) a payload carries.
pub fn fields(v: &Value) -> usize {
    match v {
        Value::Array(items) => items.iter().map(fields).sum(),
        Value::Object(map) => map.values().map(fields).sum(),
        _ => 1,
    }
}
