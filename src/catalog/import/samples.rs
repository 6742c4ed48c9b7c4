//! One sample per variant of an event. Its base is, in order: the operation's
//! `x-hookbench-template` (used as written); the variant's own published examples (a valid one:
//! `x-hookbench-sample` if there is one, else a consistent one (each `full_name` is its
//! `owner.login`/`name`), the richest, the one with most values once complete, so `push` shows a
//! commit rather than a deleted tag); a sibling variant's example
//! with the discriminator set; or a value generated from the schema. The base is made
//! to carry every field the provider marks required (`conform`), checked against the event's
//! schema, then turned into a template (`templatize`).

use std::collections::BTreeMap;

use serde_json::Value;
use time::macros::datetime;
use time::OffsetDateTime;

use super::atoms::timestamp;
use super::conform::Conform;
use super::examples::Example;
use super::generate::Generator;
use super::templatize::templatize;
use super::Failure;

/// What a variant's sample is made from.
pub(super) struct VariantSource<'a> {
    pub name: String,
    /// The variant's discriminator value, when the event has several variants.
    pub value: Option<Value>,
    /// The variant of an event of several whose payloads have no discriminator.
    pub absent: bool,
    /// The variant's schema as the provider wrote it (no relaxations).
    pub strict: Value,
    /// Where the variant's schema is in the document, for errors.
    pub schema_at: String,
    pub examples: Vec<Example<'a>>,
    pub template: Option<&'a Value>,
}

/// What every sample of an event shares.
pub(super) struct EventContext<'a> {
    pub event: &'a str,
    pub strict_defs: &'a BTreeMap<String, Value>,
    pub validator: &'a jsonschema::Validator,
    pub discriminator: Option<&'a str>,
    pub binds: &'a [(String, String)],
    pub profile_names: &'a [String],
}

/// The moment generated timestamps use when the example has none.
const DEFAULT_MOMENT: OffsetDateTime = datetime!(2025-01-15 10:30:00 UTC);

pub(super) fn sample(
    ctx: &EventContext,
    variant: &VariantSource,
    siblings: &[&Example],
    notes: &mut Vec<String>,
) -> Result<Value, Failure> {
    if let Some(template) = variant.template {
        return Ok(template.clone());
    }
    let label = format!("`{}` sample `{}`", ctx.event, variant.name);
    let mut best: Option<(Rank, Value)> = None;
    for example in &variant.examples {
        if let Some(v) = first_violation(ctx.validator, example.value) {
            notes.push(format!(
                "{}: not used for {label}: it violates the event schema at {v}",
                example.place
            ));
            continue;
        }
        let preferred = example.place.ends_with("/x-hookbench-sample");
        consider(
            ctx,
            variant,
            example.value.clone(),
            (preferred, true),
            &mut best,
        );
    }
    // No consistent example of its own: a sibling's, with the discriminator set, may be.
    if best
        .as_ref()
        .is_none_or(|((_, consistent, ..), _)| !consistent)
    {
        for example in siblings {
            if first_violation(ctx.validator, example.value).is_some() {
                continue;
            }
            let mut value = example.value.clone();
            if let (Some(pointer), Some(fixed)) = (ctx.discriminator, &variant.value) {
                if let Some(slot) = value.pointer_mut(pointer) {
                    *slot = fixed.clone();
                }
            }
            if let (Some(pointer), true) = (ctx.discriminator, variant.absent) {
                remove_at(&mut value, pointer);
            }
            consider(ctx, variant, value, (false, false), &mut best);
        }
    }
    let mut value = match best {
        Some((_, v)) => v,
        None => generated(ctx, variant, DEFAULT_MOMENT),
    };
    if let Some(v) = first_violation(ctx.validator, &value) {
        notes.push(format!(
            "{label}: the example-based sample violates the event schema at {v}; generated one instead"
        ));
        value = generated(ctx, variant, DEFAULT_MOMENT);
        if let Some(v) = first_violation(ctx.validator, &value) {
            return Err(Failure::document(
                &variant.schema_at,
                format!("cannot make a valid {label}: a value generated from the schema violates it at {v}"),
            ));
        }
    }
    Ok(templatize(&value, ctx.binds, ctx.profile_names))
}

/// Removes the value at a JSON pointer, if there is one.
fn remove_at(value: &mut Value, pointer: &str) {
    let Some((parent, key)) = pointer.rsplit_once('/') else {
        return;
    };
    let key = key.replace("~1", "/").replace("~0", "~");
    if let Some(Value::Object(map)) = value.pointer_mut(parent) {
        map.remove(&key);
    }
}

/// How good a base is: `x-hookbench-sample` first, then consistent, then the variant's own,
/// then most values, then fewest generated values.
type Rank = (bool, bool, bool, usize, std::cmp::Reverse<usize>);

/// Conforms a candidate and keeps it if it ranks above the best so far.
fn consider(
    ctx: &EventContext,
    variant: &VariantSource,
    mut value: Value,
    (preferred, own): (bool, bool),
    best: &mut Option<(Rank, Value)>,
) {
    let mut conform = Conform {
        defs: ctx.strict_defs,
        generator: Generator {
            moment: latest(&value).unwrap_or(DEFAULT_MOMENT),
        },
        changed: 0,
    };
    conform.value(&mut value, &variant.strict, "", 0);
    let rank = (
        preferred,
        consistent(&value),
        own,
        values(&value),
        std::cmp::Reverse(conform.changed),
    );
    if best.as_ref().is_none_or(|(r, _)| rank > *r) {
        *best = Some((rank, value));
    }
}

/// Whether every object with a `full_name` is named by its `owner.login` and `name`. Some
/// published examples were edited by hand and are not; a sample made from one would not be.
fn consistent(v: &Value) -> bool {
    match v {
        Value::Object(map) => {
            let own = match (
                map.get("full_name").and_then(Value::as_str),
                map.get("name").and_then(Value::as_str),
                map.get("owner")
                    .and_then(|o| o.get("login"))
                    .and_then(Value::as_str),
            ) {
                (Some(full), Some(name), Some(owner)) => full == format!("{owner}/{name}"),
                _ => true,
            };
            own && map.values().all(consistent)
        }
        Value::Array(items) => items.iter().all(consistent),
        _ => true,
    }
}

/// How many non-null scalar values a payload carries.
fn values(v: &Value) -> usize {
    match v {
        Value::Null => 0,
        Value::Array(items) => items.iter().map(values).sum(),
        Value::Object(map) => map.values().map(values).sum(),
        _ => 1,
    }
}

fn generated(ctx: &EventContext, variant: &VariantSource, moment: OffsetDateTime) -> Value {
    let generator = Generator { moment };
    let mut value = generator.value(ctx.strict_defs, &variant.strict, "", None, 0);
    let mut conform = Conform {
        defs: ctx.strict_defs,
        generator,
        changed: 0,
    };
    conform.value(&mut value, &variant.strict, "", 0);
    value
}

/// `"/pointer: message"` of the first violation, if any.
pub(super) fn first_violation(validator: &jsonschema::Validator, value: &Value) -> Option<String> {
    validator.iter_errors(value).next().map(|e| {
        // A `oneOf` error quotes the whole instance: keep the note readable.
        let mut message = e.to_string();
        if message.len() > 160 {
            let cut = (0..=160)
                .rev()
                .find(|i| message.is_char_boundary(*i))
                .unwrap_or(0);
            message.truncate(cut);
            message.push_str("...");
        }
        format!("{}: {message}", display(e.instance_path().as_str()))
    })
}

fn display(pointer: &str) -> &str {
    if pointer.is_empty() {
        "/"
    } else {
        pointer
    }
}

/// The latest timestamp in a value.
fn latest(v: &Value) -> Option<OffsetDateTime> {
    fn walk(v: &Value, key: &str, out: &mut Option<OffsetDateTime>) {
        match v {
            Value::Object(map) => map.iter().for_each(|(k, c)| walk(c, k, out)),
            Value::Array(items) => items.iter().for_each(|i| walk(i, key, out)),
            scalar => {
                if let Some((at, _)) = timestamp(key, scalar) {
                    if out.is_none_or(|o| at > o) {
                        *out = Some(at);
                    }
                }
            }
        }
    }
    let mut out = None;
    walk(v, "", &mut out);
    out
}
