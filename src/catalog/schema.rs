//! Event schemas: combining the envelope, shared definitions and the event's own schema into one
//! JSON Schema (draft 2020-12), compiling it, and validating payloads against it.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::model::Event;
use crate::model::Violation;

/// The only dialect profiles are written in.
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";
/// How many violations `validate_payload` reports at most.
pub const MAX_VIOLATIONS: usize = 10;

/// Where the payload goes in an envelope template: the keys leading to `"{{payload}}"`.
pub(crate) fn payload_slot(template: &Value) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    find_payload(template, &mut Vec::new(), &mut found, false)?;
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err("the envelope template has no `\"{{payload}}\"` value".into()),
        n => Err(format!(
            "the envelope template has {n} `\"{{{{payload}}}}\"` values; it needs exactly one"
        )),
    }
}

/// Whether a placeholder in `s` names `payload`.
fn mentions_payload(s: &str) -> bool {
    s.split("{{").skip(1).any(|p| {
        p.split("}}")
            .next()
            .is_some_and(|e| e.trim().trim_start_matches('?').trim() == "payload")
    })
}

fn find_payload(
    v: &Value,
    at: &mut Vec<String>,
    found: &mut Vec<Vec<String>>,
    in_array: bool,
) -> Result<(), String> {
    match v {
        Value::String(s) if mentions_payload(s) => {
            let whole = s
                .strip_prefix("{{")
                .and_then(|s| s.strip_suffix("}}"))
                .is_some_and(|inner| inner.trim() == "payload");
            if !whole {
                return Err(
                    "`{{payload}}` must be a whole string value, not part of a longer string"
                        .into(),
                );
            }
            if in_array {
                return Err("`{{payload}}` cannot be inside an array of the envelope".into());
            }
            found.push(at.clone());
        }
        Value::Object(map) => {
            for (k, item) in map {
                at.push(k.clone());
                find_payload(item, at, found, in_array)?;
                at.pop();
            }
        }
        Value::Array(items) => {
            for item in items {
                find_payload(item, at, found, true)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Takes `$defs` out of a schema object, checks `$schema`.
/// A JSON object (a schema or its `$defs`).
type Object = Map<String, Value>;

fn split_schema(schema: &Value, what: &str) -> Result<(Object, Object), String> {
    let Value::Object(map) = schema else {
        return Err(format!("the {what} schema must be a JSON object"));
    };
    let mut map = map.clone();
    match map.remove("$schema") {
        None => {}
        Some(Value::String(s)) if s == SCHEMA_DIALECT => {}
        Some(other) => {
            return Err(format!(
                "the {what} schema declares `$schema` {other}; only {SCHEMA_DIALECT} is supported"
            ))
        }
    }
    let defs = match map.remove("$defs") {
        None => Map::new(),
        Some(Value::Object(d)) => d,
        Some(_) => return Err(format!("`$defs` of the {what} schema must be an object")),
    };
    Ok((map, defs))
}

fn merge_defs(
    into: &mut Map<String, Value>,
    from: Map<String, Value>,
    what: &str,
) -> Result<(), String> {
    for (k, v) in from {
        if into.get(&k).is_some_and(|old| *old != v) {
            return Err(format!(
                "`$defs/{k}` of the {what} schema conflicts with a definition of the same name"
            ));
        }
        into.insert(k, v);
    }
    Ok(())
}

/// The inputs of one event's complete schema.
pub(crate) struct Parts<'a> {
    pub event_schema: &'a Value,
    /// (envelope template, envelope schema)
    pub envelope: Option<(&'a Value, &'a Value)>,
    pub defs: &'a Map<String, Value>,
    pub detect_field: Option<&'a str>,
    pub event_id: &'a str,
}

/// Builds the complete schema of an event body.
pub(crate) fn compose(parts: &Parts) -> Result<Value, String> {
    let (event, event_defs) = split_schema(parts.event_schema, "event")?;
    let mut defs = parts.defs.clone();
    merge_defs(&mut defs, event_defs, "event")?;
    let mut root = match parts.envelope {
        None => Value::Object(event),
        Some((template, schema)) => {
            let (env, env_defs) = split_schema(schema, "envelope")?;
            merge_defs(&mut defs, env_defs, "envelope")?;
            let mut root = Value::Object(env);
            let slot = payload_slot(template)?;
            let mut node = &mut root;
            for key in &slot {
                node = node
                    .get_mut("properties")
                    .and_then(|p| p.get_mut(key))
                    .ok_or_else(|| {
                        format!(
                            "the envelope schema has no `properties/{key}` for the payload at /{}",
                            slot.join("/")
                        )
                    })?;
            }
            *node = Value::Object(event);
            root
        }
    };
    if let Some(field) = parts.detect_field {
        if let Some(Value::Object(prop)) = property_at(&mut root, field) {
            prop.insert("const".into(), Value::String(parts.event_id.to_string()));
        }
    }
    // Only what the event reaches: the validator is built once per event, and a generated
    // profile's shared definitions are many times what one event uses (Stripe: 4x).
    let defs = reachable(&root, defs);
    let mut out = Map::new();
    out.insert("$schema".into(), Value::String(SCHEMA_DIALECT.into()));
    if let Value::Object(map) = root {
        out.extend(map);
    }
    if !defs.is_empty() {
        out.insert("$defs".into(), Value::Object(defs));
    }
    Ok(Value::Object(out))
}

/// The definitions `root` reaches through `#/$defs/NAME...` references, transitively.
fn reachable(root: &Value, mut defs: Map<String, Value>) -> Map<String, Value> {
    fn names(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    match (k.as_str(), child) {
                        ("$ref", Value::String(r)) => {
                            if let Some(rest) = r.strip_prefix("#/$defs/") {
                                let name = rest.split('/').next().unwrap_or_default();
                                out.push(name.replace("~1", "/").replace("~0", "~"));
                            }
                        }
                        _ => names(child, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| names(i, out)),
            _ => {}
        }
    }
    let mut todo = Vec::new();
    names(root, &mut todo);
    let mut kept = Map::new();
    while let Some(name) = todo.pop() {
        if let Some(def) = defs.remove(&name) {
            names(&def, &mut todo);
            kept.insert(name, def);
        }
    }
    kept
}

/// The subschema describing the value at a JSON pointer, following `properties` only.
fn property_at<'v>(schema: &'v mut Value, pointer: &str) -> Option<&'v mut Value> {
    let mut node = schema;
    for raw in pointer.strip_prefix('/')?.split('/') {
        let key = raw.replace("~1", "/").replace("~0", "~");
        node = node.get_mut("properties")?.get_mut(&key)?;
    }
    Some(node)
}

/// Compiles a complete schema.
pub(crate) fn compile(schema: &Value) -> Result<Arc<jsonschema::Validator>, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map(Arc::new)
        .map_err(|e| e.to_string())
}

/// Validates a payload against an event's schema: at most [`MAX_VIOLATIONS`] violations, each with
/// the JSON pointer of the offending value (`""` is the whole body). Empty means valid.
pub fn validate_payload(event: &Event, payload: &Value) -> Vec<Violation> {
    let validator = match event.validator() {
        Ok(v) => v,
        Err(message) => {
            return vec![Violation {
                path: String::new(),
                message: format!("Hookbench's schema of this event does not compile: {message}"),
            }]
        }
    };
    validator
        .iter_errors(payload)
        .take(MAX_VIOLATIONS)
        .map(|e| Violation {
            path: e.instance_path().as_str().to_string(),
            message: e.to_string(),
        })
        .collect()
}

/// Notes on a payload of this event: values outside the open enums (`x-extensible-enum`) of its
/// schema, which providers extend over time. Never violations; at most
/// [`MAX_NOTES`](super::MAX_NOTES).
pub fn payload_notes(
    provider: &super::Provider,
    event: &Event,
    payload: &Value,
) -> Vec<super::Note> {
    event.open_enums().notes(payload, &provider.name)
}
