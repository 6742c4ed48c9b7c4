//! The engine's layers, checked from the code itself (`docs/architecture.md` draws them): every
//! `crate::` path of a file under `src/` is an import of the module it names, and imports run
//! from a layer to the layers below it only, never in a circle. The CLI (`src/cli/`, part of the
//! binary, which sees only the library's public API) is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first; a module may import its own layer's other modules only where
/// `ALLOWED_SIDEWAYS` says so.
const LAYERS: &[&[&str]] = &[
    &["base"],
    &["model"],
    &["store", "catalog", "signing", "bus"],
    &["services"],
    &["engine"],
    &["receiver", "emulator"],
    &["api"],
    &["serve", "client"],
];

/// Imports within one layer that are part of the design.
const ALLOWED_SIDEWAYS: &[(&str, &str)] = &[];

/// Each top-level module's imports, by the `crate::` paths its files name; a service is named
/// `services::<name>`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for file in rust_files(&src) {
        let relative = file.strip_prefix(&src).expect("under src");
        let Some(from) = module_of(relative) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("readable source");
        let entry = graph.entry(from.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for path in code.split("crate::").skip(1) {
                let mut segments = path.split(|c: char| !(c.is_alphanumeric() || c == '_'));
                let first = segments.next().unwrap_or("");
                let target = if first == "services" {
                    let rest = path.trim_start_matches("services::");
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    format!("services::{name}")
                } else {
                    first.to_owned()
                };
                if target != from && !target.is_empty() && target.chars().all(is_module_char) {
                    entry.insert(target);
                }
            }
        }
    }
    graph
}

fn is_module_char(c: char) -> bool {
    c.is_ascii_lowercase() || c == '_' || c == ':'
}

fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.iter().map(|p| p.to_string_lossy().into_owned());
    let first = parts.next()?;
    match first.as_str() {
        "lib.rs" | "main.rs" | "cli" => None,
        "services" => {
            let name = parts.next()?;
            Some(format!("services::{}", name.trim_end_matches(".rs")))
        }
        other => Some(other.trim_end_matches(".rs").to_owned()),
    }
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn layer_of(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS
        .iter()
        .position(|layer| layer.contains(&top))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer: add it to LAYERS"))
}

#[test]
fn every_import_runs_to_a_lower_layer() {
    let mut upward = Vec::new();
    for (from, targets) in imports() {
        for target in targets {
            let (a, b) = (layer_of(&from), layer_of(&target));
            let sideways_ok = a == b
                && (from.starts_with("services::") && target.starts_with("services::")
                    || ALLOWED_SIDEWAYS.contains(&(from.as_str(), target.as_str())));
            if b > a || (a == b && !sideways_ok) {
                upward.push(format!("{from} -> {target}"));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports that do not run downwards: {upward:#?}"
    );
}

#[test]
fn the_rules_of_docs_architecture_hold() {
    let graph = imports();
    let imports_of = |module: &str| graph.get(module).cloned().unwrap_or_default();
    let only = |module: &str, allowed: &[&str]| {
        let extra: Vec<String> = imports_of(module)
            .into_iter()
            .filter(|t| !allowed.contains(&t.as_str()))
            .collect();
        assert!(
            extra.is_empty(),
            "{module} imports {extra:?}; it may import only {allowed:?}"
        );
    };
    only("base", &[]);
    only("model", &["base"]);
    only("store", &["model", "base"]);
    assert!(
        !imports_of("services::delivery").contains("services::relay"),
        "the delivery service must not import the relay: relay builds on it"
    );
    for (module, targets) in &graph {
        if module.starts_with("services::") {
            assert!(
                !targets.contains("engine"),
                "{module} imports the Engine facade"
            );
        }
    }
    assert!(
        !imports_of("signing").contains("catalog"),
        "signing imports the catalog"
    );
    for module in ["catalog", "signing"] {
        assert!(
            !imports_of(module).contains("engine"),
            "{module} imports the engine"
        );
    }
}

#[test]
fn no_module_imports_itself_through_a_circle() {
    let graph = imports();
    let mut circles = Vec::new();
    for start in graph.keys() {
        // Depth-first from each module: a path back to it is a circle.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == start {
                    circles.push(format!("{} -> {start}", path.join(" -> ")));
                } else if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}
