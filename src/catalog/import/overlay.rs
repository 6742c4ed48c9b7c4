//! The overlay: the hand-written parts of a generated profile (copied as they are) and the rules
//! that steer the generation. Its keys are documented in `catalog/sources/README.md`.

use serde_json::{Map, Value};

use super::pointer::push;
use super::Failure;

/// Profile keys the overlay writes itself; the loader checks them like any profile's.
pub(super) const PROFILE_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "docs",
    "signing",
    "url",
    "delivery",
    "values",
    "delivery_id",
    "id_header",
    "timestamp_header",
    "headers",
    "detect",
    "test_event",
    "let",
    "envelope",
    "registration",
];
const RULE_KEYS: &[&str] = &[
    "$comment",
    "events",
    "event_id",
    "discriminator",
    "event_info",
    "default_samples",
    "keep_formats",
    "relax",
    "bind",
    "set",
    "skip_examples",
];

#[derive(Debug, Default)]
pub(super) struct Overlay {
    /// The profile keys, in the overlay's order.
    pub profile: Map<String, Value>,
    /// The events to offer, in order; `None`: every event of the document.
    pub events: Option<Vec<String>>,
    /// Pointer into an operation giving its event id (`/x-github/subcategory`).
    pub event_id: Option<String>,
    /// Pointer into a payload telling the variants of an event apart (`/action`).
    pub discriminator: Option<String>,
    /// Event id → (name, description) replacing the derived ones.
    pub event_info: Map<String, Value>,
    /// Variant names that become the default sample, in order of preference.
    pub default_samples: Vec<String>,
    pub keep_formats: Vec<String>,
    pub relax: Vec<Relaxation>,
    /// Payload pointer → profile `let` name: the value there is that binding in every sample.
    pub bind: Vec<(String, String)>,
    pub set: Vec<SampleSet>,
    pub skip_examples: Vec<SkipExample>,
}

/// Published examples of an event that no sample is made from (they are still examples that
/// must validate): those whose values at the given pointers are the given ones.
#[derive(Debug, Clone)]
pub(super) struct SkipExample {
    pub event: String,
    pub matching: Map<String, Value>,
    pub overlay_at: String,
}

/// One relaxation of the provider's schemas, explained in the profile's docs.
#[derive(Debug, Clone)]
pub(super) struct Relaxation {
    /// Pointer patterns into the document; `*` in a segment matches any key.
    pub at: Vec<String>,
    pub not_required: Vec<String>,
    /// Keywords set on (replacing those of) every matched schema; `null` removes one.
    pub set: Map<String, Value>,
    pub why: String,
    /// Where the relaxation is in the overlay, for errors.
    pub overlay_at: String,
}

/// A value forced into samples: `template` replaces what is at `at`.
#[derive(Debug, Clone)]
pub(super) struct SampleSet {
    /// An event id, or `*`: every event's samples that have a value at `at`.
    pub event: String,
    pub sample: Option<String>,
    pub at: String,
    pub template: Value,
    /// Where the rule is in the overlay, for errors.
    pub overlay_at: String,
    /// Given for several events (a list, or `*`): samples with nothing at `at` are passed over.
    pub lenient: bool,
}

pub(super) fn parse(overlay: &Value) -> Result<Overlay, Failure> {
    let Value::Object(map) = overlay else {
        return Err(Failure::overlay("", "the overlay must be a JSON object"));
    };
    let mut out = Overlay::default();
    for (key, value) in map {
        let at = push("", key);
        if PROFILE_KEYS.contains(&key.as_str()) {
            out.profile.insert(key.clone(), value.clone());
            continue;
        }
        match key.as_str() {
            "$comment" => {}
            "events" => out.events = Some(strings(value, &at)?),
            "event_id" => out.event_id = Some(pointer(value, &at)?),
            "discriminator" => out.discriminator = Some(pointer(value, &at)?),
            "event_info" => out.event_info = object(value, &at)?.clone(),
            "default_samples" => out.default_samples = strings(value, &at)?,
            "keep_formats" => out.keep_formats = strings(value, &at)?,
            "relax" => out.relax = relaxations(value, &at)?,
            "bind" => {
                for (ptr, name) in object(value, &at)? {
                    let name_at = push(&at, ptr);
                    if !ptr.starts_with('/') {
                        return Err(Failure::overlay(&name_at, "the key must be a JSON pointer"));
                    }
                    out.bind.push((ptr.clone(), string(name, &name_at)?));
                }
            }
            "set" => out.set = sets(value, &at)?,
            "skip_examples" => out.skip_examples = skips(value, &at)?,
            _ => {
                return Err(Failure::overlay(
                    &at,
                    format!(
                        "unknown key `{key}`; allowed: {}, {}",
                        PROFILE_KEYS.join(", "),
                        RULE_KEYS.join(", ")
                    ),
                ))
            }
        }
    }
    for key in ["id", "test_event"] {
        if !out.profile.contains_key(key) {
            return Err(Failure::overlay(
                "",
                format!("missing required key `{key}`"),
            ));
        }
    }
    Ok(out)
}

fn relaxations(value: &Value, at: &str) -> Result<Vec<Relaxation>, Failure> {
    let mut out = Vec::new();
    for (i, item) in array(value, at)?.iter().enumerate() {
        let item_at = push(at, &i.to_string());
        let map = object(item, &item_at)?;
        only(map, &item_at, &["at", "not_required", "set", "why"])?;
        let at_value = field(map, &item_at, "at")?;
        let patterns = match at_value {
            Value::String(s) => vec![s.clone()],
            other => strings(other, &push(&item_at, "at"))?,
        };
        let not_required = match map.get("not_required") {
            None => Vec::new(),
            Some(v) => strings(v, &push(&item_at, "not_required"))?,
        };
        let set = match map.get("set") {
            None => Map::new(),
            Some(v) => object(v, &push(&item_at, "set"))?.clone(),
        };
        if not_required.is_empty() && set.is_empty() {
            return Err(Failure::overlay(
                &item_at,
                "a relaxation needs `not_required` or `set`",
            ));
        }
        let why = string(field(map, &item_at, "why")?, &push(&item_at, "why"))?;
        if why.trim().is_empty() {
            return Err(Failure::overlay(
                &push(&item_at, "why"),
                "say why, for the docs",
            ));
        }
        out.push(Relaxation {
            at: patterns,
            not_required,
            set,
            why,
            overlay_at: item_at,
        });
    }
    Ok(out)
}

fn sets(value: &Value, at: &str) -> Result<Vec<SampleSet>, Failure> {
    let mut out = Vec::new();
    for (i, item) in array(value, at)?.iter().enumerate() {
        let item_at = push(at, &i.to_string());
        let map = object(item, &item_at)?;
        only(map, &item_at, &["event", "sample", "at", "template", "why"])?;
        // One event id, a list of them, or `"*"`: every event.
        let event_at = push(&item_at, "event");
        let (events, lenient) = match field(map, &item_at, "event")? {
            Value::Array(_) => (strings(&map["event"], &event_at)?, true),
            other => {
                let one = string(other, &event_at)?;
                let every = one == "*";
                (vec![one], every)
            }
        };
        let sample = match map.get("sample") {
            None => None,
            Some(v) => Some(string(v, &push(&item_at, "sample"))?),
        };
        let at = pointer(field(map, &item_at, "at")?, &push(&item_at, "at"))?;
        for event in events {
            out.push(SampleSet {
                event,
                sample: sample.clone(),
                at: at.clone(),
                template: field(map, &item_at, "template")?.clone(),
                overlay_at: item_at.clone(),
                lenient,
            });
        }
    }
    Ok(out)
}

fn skips(value: &Value, at: &str) -> Result<Vec<SkipExample>, Failure> {
    let mut out = Vec::new();
    for (i, item) in array(value, at)?.iter().enumerate() {
        let item_at = push(at, &i.to_string());
        let map = object(item, &item_at)?;
        only(map, &item_at, &["event", "where", "why"])?;
        let matching = object(field(map, &item_at, "where")?, &push(&item_at, "where"))?.clone();
        if matching.is_empty() || matching.keys().any(|k| !k.starts_with('/')) {
            return Err(Failure::overlay(
                &push(&item_at, "where"),
                "give JSON pointers into the example and the values they must have",
            ));
        }
        string(field(map, &item_at, "why")?, &push(&item_at, "why"))?;
        out.push(SkipExample {
            event: string(field(map, &item_at, "event")?, &push(&item_at, "event"))?,
            matching,
            overlay_at: item_at,
        });
    }
    Ok(out)
}

fn only(map: &Map<String, Value>, at: &str, allowed: &[&str]) -> Result<(), Failure> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(Failure::overlay(
            &push(at, k),
            format!("unknown key `{k}`; allowed: {}", allowed.join(", ")),
        )),
        None => Ok(()),
    }
}

fn field<'v>(map: &'v Map<String, Value>, at: &str, key: &str) -> Result<&'v Value, Failure> {
    map.get(key)
        .ok_or_else(|| Failure::overlay(at, format!("missing required key `{key}`")))
}

fn object<'v>(value: &'v Value, at: &str) -> Result<&'v Map<String, Value>, Failure> {
    value
        .as_object()
        .ok_or_else(|| Failure::overlay(at, "expected an object"))
}

fn array<'v>(value: &'v Value, at: &str) -> Result<&'v Vec<Value>, Failure> {
    value
        .as_array()
        .ok_or_else(|| Failure::overlay(at, "expected an array"))
}

fn string(value: &Value, at: &str) -> Result<String, Failure> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| Failure::overlay(at, "expected a string"))
}

fn pointer(value: &Value, at: &str) -> Result<String, Failure> {
    let s = string(value, at)?;
    if s.starts_with('/') {
        Ok(s)
    } else {
        Err(Failure::overlay(
            at,
            format!("`{s}` is not a JSON pointer (it must start with `/`)"),
        ))
    }
}

fn strings(value: &Value, at: &str) -> Result<Vec<String>, Failure> {
    array(value, at)?
        .iter()
        .enumerate()
        .map(|(i, v)| string(v, &push(at, &i.to_string())))
        .collect()
}
