//! Where the subschemas of a JSON Schema are: every rewriting pass walks schemas the same way,
//! so a property *named* `enum` or `format` is never mistaken for a keyword.

use serde_json::Value;

/// Keywords whose value is one schema.
pub(super) const ONE: &[&str] = &[
    "items",
    "additionalProperties",
    "additionalItems",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
];
/// Keywords whose value is an array of schemas.
pub(super) const LIST: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value maps names to schemas.
pub(super) const MAP: &[&str] = &[
    "properties",
    "patternProperties",
    "dependentSchemas",
    "$defs",
    "definitions",
];

/// Calls `f` on each direct subschema of `schema` with its path segments relative to `schema`
/// (`["properties", "user"]`, `["allOf", "0"]`, `["items"]`).
pub(super) fn for_each_child_mut(schema: &mut Value, f: &mut dyn FnMut(&[&str], &mut Value)) {
    let Value::Object(map) = schema else { return };
    for (key, value) in map.iter_mut() {
        let key = key.as_str();
        if ONE.contains(&key) {
            if value.is_object() {
                f(&[key], value);
            } else if let (Value::Array(items), "items") = (&mut *value, key) {
                // Draft 4 tuple form, as some OpenAPI 3.0 documents still write it.
                for (i, item) in items.iter_mut().enumerate() {
                    f(&[key, &i.to_string()], item);
                }
            }
        } else if LIST.contains(&key) {
            if let Value::Array(items) = value {
                for (i, item) in items.iter_mut().enumerate() {
                    f(&[key, &i.to_string()], item);
                }
            }
        } else if MAP.contains(&key) {
            if let Value::Object(children) = value {
                for (name, child) in children.iter_mut() {
                    f(&[key, name], child);
                }
            }
        }
    }
}
