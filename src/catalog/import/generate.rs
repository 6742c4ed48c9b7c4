//! Values generated from a schema, for fields an example lacks (or events without any example).
//! The choice goes by the field's name and format so the value looks like the provider's: an
//! `*_url` next to a `url` extends it, a `*_at` is the example's moment, a `sha` is 40 hex
//! digits, a nullable field is `null` (what a provider sends when it has nothing to say), a
//! count is 0. Values are deterministic: the same document always gives the same profile.
//! Ids, logins and SHAs generated here are then bound like any example's (see `templatize`).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::conform::{fixed, Conform};
use super::variants::deref;

/// Deepest object nesting generated from scratch (recursive schemas stop here).
const MAX_DEPTH: usize = 12;

#[derive(Clone)]
pub(super) struct Generator {
    /// The moment the example describes: generated timestamps use it.
    pub moment: OffsetDateTime,
}

impl Generator {
    /// A value for `key` (whose parent object is `parent`, when known) satisfying `schema`.
    pub fn value(
        &self,
        defs: &BTreeMap<String, Value>,
        schema: &Value,
        key: &str,
        parent: Option<&Map<String, Value>>,
        depth: usize,
    ) -> Value {
        let schema = deref(defs, schema);
        if let Some(v) = fixed(schema) {
            return v;
        }
        if let Some(Value::Array(all)) = schema.get("allOf") {
            let mut out = match all.first() {
                Some(first) => self.value(defs, first, key, parent, depth),
                None => Value::Null,
            };
            let mut conform = Conform {
                defs,
                generator: self.clone(),
                changed: 0,
            };
            for part in all.iter().skip(1) {
                conform.value(&mut out, part, key, depth + 1);
            }
            return out;
        }
        for combinator in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = schema.get(combinator) {
                let nullable = branches
                    .iter()
                    .any(|b| deref(defs, b).get("type") == Some(&json!("null")));
                if nullable {
                    return Value::Null;
                }
                if let Some(first) = branches.first() {
                    return self.value(defs, first, key, parent, depth);
                }
            }
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ if schema.get("properties").is_some() => vec!["object"],
            _ => vec![],
        };
        if types.contains(&"null") || types.is_empty() || depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(Value::Array(values)) = schema.get("x-extensible-enum") {
            if let Some(v) = values.iter().find(|v| !v.is_null()) {
                return v.clone();
            }
        }
        match types[0] {
            "object" => self.object(defs, schema, depth),
            "array" => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                match schema.get("items") {
                    Some(items) if min > 0 => {
                        json!([self.value(defs, items, key, None, depth + 1)])
                    }
                    _ => json!([]),
                }
            }
            "string" => Value::String(self.string(schema, key, parent)),
            "integer" => json!(integer(schema, key)),
            "number" => json!(schema.get("minimum").and_then(Value::as_f64).unwrap_or(0.0)),
            "boolean" => json!(false),
            _ => Value::Null,
        }
    }

    fn object(&self, defs: &BTreeMap<String, Value>, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(required)) = schema.get("required") {
            for name in required.iter().filter_map(Value::as_str) {
                let sub = properties
                    .and_then(|p| p.get(name))
                    .unwrap_or(&Value::Bool(true));
                let v = self.value(defs, sub, name, Some(&out), depth + 1);
                out.insert(name.to_string(), v);
            }
        }
        Value::Object(out)
    }

    fn string(&self, schema: &Value, key: &str, parent: Option<&Map<String, Value>>) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let parent_url = parent.and_then(|p| p.get("url")).and_then(Value::as_str);
        if key.ends_with("_at") || format == "date-time" {
            return self.moment.format(&Rfc3339).unwrap_or_default();
        }
        if format == "date" {
            return self.moment.date().to_string();
        }
        if key == "sha" || key.ends_with("_sha") {
            return format!(
                "{:016x}{:016x}{:08x}",
                seed(key),
                seed(&format!("{key}.")),
                seed(key) as u32
            );
        }
        if key == "node_id" {
            return format!("N_kwDO{:016X}", seed(key));
        }
        if key == "email" || format == "email" {
            return "octocat@example.com".into();
        }
        if key == "login" {
            return "octocat".into();
        }
        if let (Some(base), Some(stem)) = (parent_url, key.strip_suffix("_url")) {
            return format!("{base}/{stem}");
        }
        if key.ends_with("url") || format == "uri" {
            return format!("https://example.com/{}", key.trim_end_matches("_url"));
        }
        format!("example {}", key.replace('_', " "))
    }
}

fn integer(schema: &Value, key: &str) -> i64 {
    if key == "id" || key.ends_with("_id") {
        return 10_000_000 + (seed(key) % 90_000_000) as i64;
    }
    schema.get("minimum").and_then(Value::as_i64).unwrap_or(0)
}

/// A stable number from a name (FNV-1a: the same document gives the same profile on every
/// toolchain, which `std`'s hasher does not promise).
fn seed(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
