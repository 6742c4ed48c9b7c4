//! Resolving `$ref`s: every schema the chosen operations reach becomes a named definition of the
//! profile (`#/components/schemas/pull-request` → `#/$defs/pull-request`), rewritten on the way.
//! References stay references, so recursive schemas need nothing special and definitions shared
//! by many events are written once. A reference that leaves the document, or leads nowhere, is an
//! error naming the JSON pointer of the `$ref`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::document::{local_pointer, unresolved};
use super::pointer::{push, segments};
use super::rewrite;
use super::Failure;

/// The rewritten root schema of each operation and every definition they reach.
pub(super) struct Resolved {
    pub roots: Vec<Value>,
    pub defs: BTreeMap<String, Value>,
}

/// Rewrites the schemas at `roots` (pointer, schema) and everything they reference.
pub(super) fn resolve(
    doc: &Value,
    roots: &[(String, &Value)],
    keep_formats: &[String],
) -> Result<Resolved, Failure> {
    let mut refs = Refs::default();
    let mut out_roots = Vec::new();
    for (at, schema) in roots {
        let mut map = |target: &str, at: &str| refs.map(doc, target, at);
        out_roots.push(rewrite::schema(schema, at, keep_formats, &mut map)?);
    }
    let mut defs = BTreeMap::new();
    while let Some((name, source)) = refs.queue.pop() {
        let schema = doc.pointer(&source).unwrap_or(&Value::Bool(true));
        let mut map = |target: &str, at: &str| refs.map(doc, target, at);
        let rewritten = rewrite::schema(schema, &source, keep_formats, &mut map)?;
        defs.insert(name, rewritten);
    }
    Ok(Resolved {
        roots: out_roots,
        defs,
    })
}

/// The definitions named so far and those still to rewrite.
#[derive(Default)]
struct Refs {
    /// Definition name → the pointer it is taken from.
    names: BTreeMap<String, String>,
    queue: Vec<(String, String)>,
}

impl Refs {
    /// The profile reference for `target`, a `$ref` found at `at`.
    fn map(&mut self, doc: &Value, target: &str, at: &str) -> Result<String, Failure> {
        let pointer = local_pointer(target, at)?;
        if doc.pointer(pointer).is_none() {
            return Err(unresolved(target, at));
        }
        let segs = segments(pointer);
        // `#/components/schemas/NAME/...rest`: the definition is NAME, the rest stays a pointer.
        let (base, source, rest) = match segs.as_slice() {
            [c, s, name, rest @ ..] if c == "components" && s == "schemas" => (
                name.clone(),
                format!("/components/schemas/{}", esc(name)),
                rest.to_vec(),
            ),
            [] => {
                return Err(Failure::document(
                    at,
                    format!("`$ref` `{target}` names the whole document, not a schema"),
                ))
            }
            _ => (segs.join("."), pointer.to_string(), Vec::new()),
        };
        let mut name = base.clone();
        let mut n = 2;
        while self.names.get(&name).is_some_and(|s| *s != source) {
            name = format!("{base}-{n}");
            n += 1;
        }
        if !self.names.contains_key(&name) {
            self.names.insert(name.clone(), source.clone());
            self.queue.push((name.clone(), source));
        }
        Ok(rest
            .iter()
            .fold(format!("#/$defs/{}", esc(&name)), |r, s| push(&r, s)))
    }
}

fn esc(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
