//! Open enums: the values a provider documents for a field it extends over time (actions,
//! types, statuses), written `"x-extensible-enum": [...]` in a schema (the convention of
//! Zalando's API guidelines). JSON Schema ignores the keyword, so a new value is never a
//! violation; [`notes`] reports it as a note instead, so the user still learns that Hookbench's
//! profile does not know it yet.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::Note;

pub const KEYWORD: &str = "x-extensible-enum";
/// How many notes one payload gets at most.
pub const MAX_NOTES: usize = 10;
/// Schemas deeper than this (through `$ref`s) are not searched for open enums.
const MAX_DEPTH: usize = 48;

/// One step from a value to a value inside it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    /// Any array item or any object member.
    Any,
}

/// Where a schema has open enums (paths from the payload's root) and the values it documents.
#[derive(Debug, Clone, Default)]
pub struct OpenEnums {
    fields: Vec<(Vec<Step>, Vec<Value>)>,
}

impl OpenEnums {
    /// Collects every open enum a complete event schema can reach, following `properties`,
    /// `items`, `additionalProperties`, `$ref`s into `$defs` and every branch of `allOf`, `anyOf`,
    /// `oneOf` and `if`/`then`/`else`. Where branches document different values for one place,
    /// their union is known.
    pub fn of(schema: &Value) -> OpenEnums {
        let mut found: BTreeMap<Vec<Step>, Vec<Value>> = BTreeMap::new();
        let mut walk = Walk {
            root: schema,
            found: &mut found,
            refs: Vec::new(),
        };
        walk.visit(schema, &mut Vec::new());
        OpenEnums {
            fields: found.into_iter().collect(),
        }
    }

    /// A note for each value of the payload that stands where an open enum is and is not one of
    /// its documented values (null never is a note: nullability is the schema's business).
    pub fn notes(&self, payload: &Value, provider: &str) -> Vec<Note> {
        let mut notes = Vec::new();
        for (path, known) in &self.fields {
            let mut pointer = String::new();
            visit(payload, path, &mut pointer, &mut |at, value| {
                if notes.len() < MAX_NOTES && !value.is_null() && !known.contains(value) {
                    notes.push(Note {
                        path: at.to_owned(),
                        message: message(value, known, provider),
                    });
                }
            });
        }
        notes
    }
}

fn message(value: &Value, known: &[Value], provider: &str) -> String {
    const SHOWN: usize = 8;
    let mut listed: Vec<String> = known.iter().take(SHOWN).map(Value::to_string).collect();
    if known.len() > SHOWN {
        listed.push(format!("and {} more", known.len() - SHOWN));
    }
    format!(
        "{value} is not among the values Hookbench's {provider} profile knows here ({}); \
         providers add values over time, so this is a note, not a violation",
        listed.join(", ")
    )
}

/// Calls `found` with the pointer and value of everything `path` leads to in `value`.
fn visit(value: &Value, path: &[Step], pointer: &mut String, found: &mut dyn FnMut(&str, &Value)) {
    let Some((step, rest)) = path.split_first() else {
        found(pointer, value);
        return;
    };
    let len = pointer.len();
    match (step, value) {
        (Step::Key(key), Value::Object(map)) => {
            if let Some(inner) = map.get(key) {
                push_segment(pointer, key);
                visit(inner, rest, pointer, found);
            }
        }
        (Step::Any, Value::Object(map)) => {
            for (key, inner) in map {
                push_segment(pointer, key);
                visit(inner, rest, pointer, found);
                pointer.truncate(len);
            }
        }
        (Step::Any, Value::Array(items)) => {
            for (index, inner) in items.iter().enumerate() {
                pointer.push('/');
                pointer.push_str(&index.to_string());
                visit(inner, rest, pointer, found);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
    pointer.truncate(len);
}

fn push_segment(pointer: &mut String, key: &str) {
    pointer.push('/');
    pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
}

struct Walk<'a> {
    root: &'a Value,
    found: &'a mut BTreeMap<Vec<Step>, Vec<Value>>,
    /// The `$ref`s followed to get here: a schema that refers to itself stops at its second visit.
    refs: Vec<&'a str>,
}

impl<'a> Walk<'a> {
    fn visit(&mut self, schema: &'a Value, path: &mut Vec<Step>) {
        let Value::Object(map) = schema else { return };
        if self.refs.len() > MAX_DEPTH || path.len() > MAX_DEPTH {
            return;
        }
        if let Some(Value::Array(values)) = map.get(KEYWORD) {
            let known = self.found.entry(path.clone()).or_default();
            for value in values {
                if !known.contains(value) {
                    known.push(value.clone());
                }
            }
        }
        if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
            if !self.refs.contains(&reference) {
                if let Some(target) = reference
                    .strip_prefix('#')
                    .and_then(|pointer| self.root.pointer(pointer))
                {
                    self.refs.push(reference);
                    self.visit(target, path);
                    self.refs.pop();
                }
            }
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = map.get(keyword) {
                for branch in branches {
                    self.visit(branch, path);
                }
            }
        }
        for keyword in ["then", "else"] {
            if let Some(branch) = map.get(keyword) {
                self.visit(branch, path);
            }
        }
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (key, property) in properties {
                path.push(Step::Key(key.clone()));
                self.visit(property, path);
                path.pop();
            }
        }
        for keyword in ["items", "additionalProperties"] {
            if let Some(inner @ Value::Object(_)) = map.get(keyword) {
                path.push(Step::Any);
                self.visit(inner, path);
                path.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_new_value_is_a_note_with_its_pointer_and_a_known_one_is_not() {
        let schema = json!({
            "properties": {
                "action": {"type": "string", "x-extensible-enum": ["opened", "closed"]},
                "labels": {"items": {"$ref": "#/$defs/label"}}
            },
            "$defs": {"label": {"properties": {"color": {"x-extensible-enum": ["red"]}}}}
        });
        let open = OpenEnums::of(&schema);
        let notes = open.notes(
            &json!({"action": "locked", "labels": [{"color": "red"}, {"color": "blue"}]}),
            "GitHub",
        );
        let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(paths, ["/action", "/labels/1/color"]);
        assert!(
            notes[0].message.contains("\"locked\""),
            "{}",
            notes[0].message
        );
        assert!(open
            .notes(&json!({"action": "closed"}), "GitHub")
            .is_empty());
    }

    #[test]
    fn branches_add_up_and_a_recursive_schema_ends() {
        let schema = json!({
            "allOf": [
                {"if": {"properties": {"action": {"const": "a"}}},
                 "then": {"properties": {"action": {"x-extensible-enum": ["a"]}}}},
                {"if": {"properties": {"action": {"const": "b"}}},
                 "then": {"properties": {"action": {"x-extensible-enum": ["b"]}}}}
            ],
            "properties": {"parent": {"$ref": "#"}}
        });
        let open = OpenEnums::of(&schema);
        assert!(open.notes(&json!({"action": "b"}), "X").is_empty());
        assert_eq!(open.notes(&json!({"action": "c"}), "X").len(), 1);
    }
}
