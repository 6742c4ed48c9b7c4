//! Making an example carry everything its variant's schema requires. Published examples are
//! often older than the schema (GitHub's lack `has_discussions`, added in 2022): a sample built
//! from one gets each missing required field generated (see `generate`), each value of the wrong
//! type regenerated, and each value the variant fixes (`action: "closed"`, a `const`) set.
//! The provider's own required lists are used here, before the overlay's relaxations, so a
//! sample has every field the provider says it always sends.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::generate::Generator;
use super::variants::deref;

/// Deepest nesting followed; payloads are far shallower.
const MAX_DEPTH: usize = 48;

pub(super) struct Conform<'a> {
    pub defs: &'a BTreeMap<String, Value>,
    pub generator: Generator,
    /// How many values were generated or replaced: fewer means a closer example.
    pub changed: usize,
}

impl Conform<'_> {
    pub fn value(&mut self, v: &mut Value, schema: &Value, key: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let defs = self.defs;
        let schema = deref(defs, schema);
        if let Some(Value::Array(all)) = schema.get("allOf") {
            for part in all {
                self.value(v, part, key, depth + 1);
            }
        }
        for combinator in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = schema.get(combinator) {
                match branches.iter().find(|b| fits(defs, v, b)) {
                    Some(branch) => self.value(v, branch, key, depth + 1),
                    None => {
                        let branch = branches
                            .iter()
                            .find(|b| !allows_only_null(deref(defs, b)))
                            .or(branches.first());
                        if let Some(branch) = branch {
                            *v = self.generator.value(defs, branch, key, None, depth);
                            self.changed += 1;
                        }
                    }
                }
            }
        }
        if let Some(fixed) = fixed(schema) {
            if *v != fixed {
                *v = fixed;
                self.changed += 1;
            }
            return;
        }
        if !type_allows(schema, v) {
            *v = self.generator.value(defs, schema, key, None, depth);
            self.changed += 1;
            return;
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        if let Value::Object(map) = v {
            if let Some(Value::Array(required)) = schema.get("required") {
                for name in required.iter().filter_map(Value::as_str) {
                    if !map.contains_key(name) {
                        let sub = properties
                            .and_then(|p| p.get(name))
                            .unwrap_or(&Value::Bool(true));
                        let generated = self.generator.value(defs, sub, name, Some(map), depth + 1);
                        map.insert(name.to_string(), generated);
                        self.changed += 1;
                    }
                }
            }
            if let Some(properties) = properties {
                for (k, child) in map.iter_mut() {
                    if let Some(sub) = properties.get(k) {
                        self.value(child, sub, k, depth + 1);
                    }
                }
            }
        }
        if let (Value::Array(items), Some(item_schema)) = (v, schema.get("items")) {
            if item_schema.is_object() {
                for item in items {
                    self.value(item, item_schema, key, depth + 1);
                }
            }
        }
    }
}

/// The one value a schema allows, if it fixes one (`const`, or an enum of one value).
pub(super) fn fixed(schema: &Value) -> Option<Value> {
    if let Some(c) = schema.get("const") {
        return Some(c.clone());
    }
    match schema.get("x-extensible-enum") {
        Some(Value::Array(values)) if values.len() == 1 => values.first().cloned(),
        _ => None,
    }
}

/// The JSON Schema type names a value has (an integer is also a number).
pub(super) fn type_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Null => &["null"],
        Value::Bool(_) => &["boolean"],
        Value::Number(n) if n.is_i64() || n.is_u64() => &["integer", "number"],
        Value::Number(_) => &["number"],
        Value::String(_) => &["string"],
        Value::Array(_) => &["array"],
        Value::Object(_) => &["object"],
    }
}

/// Whether the schema's `type` (if any) admits the value.
pub(super) fn type_allows(schema: &Value, v: &Value) -> bool {
    let names = type_names(v);
    match schema.get("type") {
        Some(Value::String(t)) => names.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .any(|t| names.contains(&t)),
        _ => true,
    }
}

fn allows_only_null(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

/// Whether `v` looks like an instance of this branch: its type, the fixed values of its
/// properties, and (for objects) its required names.
fn fits(defs: &BTreeMap<String, Value>, v: &Value, branch: &Value) -> bool {
    let branch = deref(defs, branch);
    if !type_allows(branch, v) {
        return false;
    }
    if let Some(fixed) = fixed(branch) {
        return *v == fixed;
    }
    let Value::Object(map) = v else {
        return true;
    };
    let required_present = branch
        .get("required")
        .and_then(Value::as_array)
        .is_none_or(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .all(|k| map.contains_key(k))
        });
    let fixed_match = branch
        .get("properties")
        .and_then(Value::as_object)
        .is_none_or(|props| props_fit(defs, map, props));
    required_present && fixed_match
}

fn props_fit(
    defs: &BTreeMap<String, Value>,
    map: &Map<String, Value>,
    props: &Map<String, Value>,
) -> bool {
    props
        .iter()
        .all(|(k, s)| match (map.get(k), fixed(deref(defs, s))) {
            (Some(actual), Some(expected)) => *actual == expected,
            _ => true,
        })
}
