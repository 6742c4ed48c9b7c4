//! Rewriting one provider schema into a profile schema (JSON Schema 2020-12):
//! - `$ref`s are handed to the caller, which maps them to `#/$defs/...`;
//! - every `enum` becomes `x-extensible-enum` (the Zalando convention for open enums): providers
//!   add values over time, and a value outside the list is a note, never a violation;
//! - `format` is dropped unless the overlay keeps it (a format applies only where the provider
//!   guarantees it: GitHub's `compare` URLs contain `^`, which `uri` rejects);
//! - OpenAPI 3.0's `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum` become 3.1's forms;
//! - annotations (`description`, `example(s)`, `default`, `externalDocs`, `x-...` extensions...)
//!   are dropped so schemas stay small; `title` stays, it names a shape for a reader.

use serde_json::{Map, Value};

use super::pointer::push;
use super::walk::for_each_child_mut;
use super::Failure;

/// Keywords that only annotate: dropped.
const ANNOTATIONS: &[&str] = &[
    "description",
    "example",
    "examples",
    "default",
    "externalDocs",
    "xml",
    "deprecated",
    "readOnly",
    "writeOnly",
    "discriminator",
    "$comment",
    "$schema",
    "$id",
];
/// Deepest schema nesting rewritten (GitHub's deepest is about 20).
const MAX_DEPTH: usize = 64;

/// Maps a `$ref` target found at a pointer to the reference the profile uses.
pub(super) type RefMapper<'m> = dyn FnMut(&str, &str) -> Result<String, Failure> + 'm;

pub(super) fn schema(
    value: &Value,
    at: &str,
    keep_formats: &[String],
    refs: &mut RefMapper,
) -> Result<Value, Failure> {
    rewrite(value, at, keep_formats, refs, 0)
}

fn rewrite(
    value: &Value,
    at: &str,
    keep_formats: &[String],
    refs: &mut RefMapper,
    depth: usize,
) -> Result<Value, Failure> {
    let Value::Object(map) = value else {
        // `true` / `false` schemas, or junk the validator will report.
        return Ok(value.clone());
    };
    if depth > MAX_DEPTH {
        return Err(Failure::document(
            at,
            "schemas nested more than 64 levels deep",
        ));
    }
    let mut out = Map::new();
    for (key, v) in map {
        match key.as_str() {
            "$ref" => {
                let target = v.as_str().ok_or_else(|| {
                    Failure::document(&push(at, "$ref"), "`$ref` must be a string")
                })?;
                out.insert(key.clone(), Value::String(refs(target, &push(at, "$ref"))?));
            }
            "enum" => {
                out.insert("x-extensible-enum".into(), v.clone());
            }
            "format" => {
                if v.as_str()
                    .is_some_and(|f| keep_formats.iter().any(|k| k == f))
                {
                    out.insert(key.clone(), v.clone());
                }
            }
            "nullable" => {}
            k if ANNOTATIONS.contains(&k) => {}
            k if k.starts_with("x-") && k != "x-extensible-enum" => {}
            _ => {
                out.insert(key.clone(), v.clone());
            }
        }
    }
    if map.get("nullable") == Some(&Value::Bool(true)) {
        add_null(&mut out);
    }
    exclusive_bound(&mut out, "exclusiveMinimum", "minimum");
    exclusive_bound(&mut out, "exclusiveMaximum", "maximum");
    let mut out = Value::Object(out);
    let mut failed = None;
    for_each_child_mut(&mut out, &mut |segments, child| {
        if failed.is_some() {
            return;
        }
        let child_at = segments.iter().fold(at.to_string(), |a, s| push(&a, s));
        match rewrite(child, &child_at, keep_formats, refs, depth + 1) {
            Ok(v) => *child = v,
            Err(e) => failed = Some(e),
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// OpenAPI 3.0's `nullable: true`: null is one more allowed type.
fn add_null(schema: &mut Map<String, Value>) {
    match schema.get_mut("type") {
        Some(Value::String(t)) if t != "null" => {
            let t = std::mem::take(t);
            schema.insert("type".into(), Value::Array(vec![t.into(), "null".into()]));
        }
        Some(Value::Array(types)) if !types.iter().any(|t| t == "null") => {
            types.push("null".into());
        }
        _ => {}
    }
    if let Some(Value::Array(values)) = schema.get_mut("x-extensible-enum") {
        if !values.contains(&Value::Null) {
            values.push(Value::Null);
        }
    }
}

/// Draft 4 (OpenAPI 3.0) wrote `exclusiveMinimum: true` next to `minimum`; 2020-12 wants a number.
fn exclusive_bound(schema: &mut Map<String, Value>, exclusive: &str, inclusive: &str) {
    match schema.get(exclusive) {
        Some(Value::Bool(true)) => {
            if let Some(bound) = schema.remove(inclusive) {
                schema.insert(exclusive.into(), bound);
            } else {
                schema.remove(exclusive);
            }
        }
        Some(Value::Bool(false)) => {
            schema.remove(exclusive);
        }
        _ => {}
    }
}
