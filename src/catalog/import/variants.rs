//! One event schema from several variants (`pull_request` `opened`, `closed`...): a payload is
//! judged by the variant its discriminator (`action`) selects, and a payload whose discriminator
//! names no known variant (an action the provider adds tomorrow) by what every variant shares:
//!
//! ```json
//! {"allOf": [
//!   {"if": {"properties": {"action": {"const": "opened"}}, "required": ["action"]},
//!    "then": {"$ref": "#/$defs/webhook-pull-request-opened"}},
//!   ...,
//!   {"if": {"properties": {"action": {"enum": ["opened", ...]}}, "required": ["action"]},
//!    "else": {"type": "object", "properties": {"action": {...}, "repository": {...}}, "required": [...]}}
//! ]}
//! ```

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::pointer::segments;

/// Deepest `$ref` / combinator chain followed when reading shapes.
const MAX_DEPTH: usize = 16;

/// The schema at a profile reference (`#/$defs/NAME/...`).
pub(super) fn resolve<'d>(defs: &'d BTreeMap<String, Value>, reference: &str) -> Option<&'d Value> {
    let segs = segments(reference.strip_prefix("#/$defs")?);
    let (name, rest) = segs.split_first()?;
    let mut node = defs.get(name)?;
    for s in rest {
        node = match node {
            Value::Array(items) => items.get(s.parse::<usize>().ok()?)?,
            other => other.get(s)?,
        };
    }
    Some(node)
}

/// Follows `$ref`s until a schema that is not only a reference.
pub(super) fn deref<'d>(defs: &'d BTreeMap<String, Value>, mut schema: &'d Value) -> &'d Value {
    for _ in 0..MAX_DEPTH {
        match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| resolve(defs, r))
        {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

/// The single value a variant's schema fixes at a payload pointer (`const`, or a one-value enum).
pub(super) fn fixed_value(
    defs: &BTreeMap<String, Value>,
    schema: &Value,
    pointer: &str,
) -> Option<Value> {
    fn at(
        defs: &BTreeMap<String, Value>,
        schema: &Value,
        path: &[String],
        depth: usize,
    ) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let schema = deref(defs, schema);
        if let Some((first, rest)) = path.split_first() {
            if let Some(found) = schema
                .get("properties")
                .and_then(|p| p.get(first))
                .and_then(|s| at(defs, s, rest, depth + 1))
            {
                return Some(found);
            }
        } else {
            if let Some(c) = schema.get("const") {
                return Some(c.clone());
            }
            if let Some(Value::Array(values)) = schema.get("x-extensible-enum") {
                if let [one] = values.as_slice() {
                    return Some(one.clone());
                }
            }
        }
        // In an `allOf`, any branch may fix it; in a `oneOf`/`anyOf`, every branch must agree.
        if let Some(Value::Array(all)) = schema.get("allOf") {
            if let Some(v) = all.iter().find_map(|s| at(defs, s, path, depth + 1)) {
                return Some(v);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = schema.get(key) {
                let values: Vec<Option<Value>> = branches
                    .iter()
                    .map(|s| at(defs, s, path, depth + 1))
                    .collect();
                if let Some(Some(first)) = values.first() {
                    if values.iter().all(|v| v.as_ref() == Some(first)) {
                        return Some(first.clone());
                    }
                }
            }
        }
        None
    }
    at(defs, schema, &segments(pointer), 0)
}

/// Whether a variant's schema says the payload has nothing at `pointer` (`{"not": {}}` there, as
/// TypeScript's `subtype: undefined` converts): the variant chosen when the discriminator is absent.
pub(super) fn absent_at(defs: &BTreeMap<String, Value>, schema: &Value, pointer: &str) -> bool {
    fn at(defs: &BTreeMap<String, Value>, schema: &Value, path: &[String], depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        let schema = deref(defs, schema);
        let Some((first, rest)) = path.split_first() else {
            return *schema == json!({"not": {}}) || *schema == Value::Bool(false);
        };
        if let Some(sub) = schema.get("properties").and_then(|p| p.get(first)) {
            if at(defs, sub, rest, depth + 1) {
                return true;
            }
        }
        schema
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|all| all.iter().any(|s| at(defs, s, path, depth + 1)))
    }
    at(defs, schema, &segments(pointer), 0)
}

/// The properties and required names a schema always has (through refs and combinators).
struct Shape {
    properties: Map<String, Value>,
    required: Vec<String>,
}

fn shape(defs: &BTreeMap<String, Value>, schema: &Value, depth: usize) -> Option<Shape> {
    if depth > MAX_DEPTH {
        return None;
    }
    let schema = deref(defs, schema);
    let mut own = Shape {
        properties: schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
        required: schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut known = schema.get("properties").is_some();
    if let Some(Value::Array(all)) = schema.get("allOf") {
        for part in all.iter().filter_map(|s| shape(defs, s, depth + 1)) {
            own.properties.extend(part.properties);
            own.required.extend(part.required);
            known = true;
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(branches)) = schema.get(key) {
            let shapes: Option<Vec<Shape>> =
                branches.iter().map(|s| shape(defs, s, depth + 1)).collect();
            if let Some(common) = shapes.and_then(intersect) {
                own.properties.extend(common.properties);
                own.required.extend(common.required);
                known = true;
            }
        }
    }
    known.then_some(own)
}

/// What every shape has: the same property schema under the same name, required by all.
fn intersect(shapes: Vec<Shape>) -> Option<Shape> {
    let mut iter = shapes.into_iter();
    let mut common = iter.next()?;
    for s in iter {
        common
            .properties
            .retain(|k, v| s.properties.get(k).is_some_and(|o| o == v));
        common.required.retain(|r| s.required.contains(r));
    }
    Some(common)
}

/// The event schema: one variant is its own schema; several are chosen by `discriminator`.
/// `variants` holds (discriminator value, variant schema); a `None` value is the variant whose
/// payloads have no discriminator (Slack's plain message has no `subtype`).
pub(super) fn event_schema(
    defs: &BTreeMap<String, Value>,
    discriminator: &str,
    variants: &[(Option<Value>, Value)],
) -> Value {
    if let [(_, only)] = variants {
        return only.clone();
    }
    let segs = segments(discriminator);
    let condition = |value: Value| -> Value {
        segs.iter().rev().fold(
            value,
            |inner, key| json!({"properties": {key: inner}, "required": [key]}),
        )
    };
    let absent = || -> Value {
        let Some((last, parents)) = segs.split_last() else {
            return json!(false);
        };
        parents.iter().rev().fold(
            json!({"not": {"required": [last]}}),
            |inner, key| json!({"properties": {key: inner}, "required": [key]}),
        )
    };
    let mut all: Vec<Value> = variants
        .iter()
        .map(|(value, schema)| match value {
            Some(value) => json!({"if": condition(json!({"const": value})), "then": schema}),
            None => json!({"if": absent(), "then": schema}),
        })
        .collect();
    let values: Vec<Value> = variants.iter().filter_map(|(v, _)| v.clone()).collect();
    let shapes: Vec<Shape> = variants
        .iter()
        .filter_map(|(_, s)| shape(defs, s, 0))
        .collect();
    let mut shared = json!({"type": "object"});
    if let Some(common) = intersect(shapes) {
        let mut properties = common.properties;
        if let [key] = segments(discriminator).as_slice() {
            let types: Vec<&str> = values.iter().map(json_type).collect();
            let mut open = json!({"x-extensible-enum": values});
            if types.windows(2).all(|w| w[0] == w[1]) {
                open["type"] = json!(types.first().copied().unwrap_or("string"));
            }
            properties.insert(key.clone(), open);
        }
        shared["properties"] = Value::Object(properties);
        shared["required"] = json!(common.required);
    }
    all.push(json!({"if": condition(json!({"enum": values})), "else": shared}));
    json!({"type": "object", "allOf": all})
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
