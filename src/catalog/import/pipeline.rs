//! The import, step by step (see the module docs of `import`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::super::schema::{compile, compose, Parts};
use super::dedupe::dedupe;
use super::defs::resolve;
use super::describe::event_json;
use super::document::operations;
use super::event_samples::{check_skips, event_samples, skipped};
use super::examples::{external, Example};
use super::group::{group, Group};
use super::overlay::{parse, Overlay};
use super::profile::assemble;
use super::relax;
use super::samples::EventContext;
use super::split::split_defs;
use super::variants::{absent_at, event_schema, fixed_value};
use super::{Failure, ImportSources, Imported};

/// One event on its way: its variants' discriminator values and schemas.
pub(super) struct Draft<'g, 'a> {
    pub group: &'g Group<'a>,
    pub values: Vec<Option<Value>>,
    /// The variants' schemas without relaxations, for complete samples.
    pub strict: Vec<Value>,
    pub schema: Value,
}

pub(super) fn build(src: &ImportSources) -> Result<Imported, Failure> {
    let overlay = parse(src.overlay.value)?;
    let doc = src.document.value;
    let groups = group(operations(doc)?, &overlay)?;
    let mut relaxed_doc = doc.clone();
    relax::apply(&mut relaxed_doc, &overlay.relax)?;

    let places: Vec<String> = groups
        .iter()
        .flat_map(|g| g.variants.iter().map(|op| op.schema_at.clone()))
        .collect();
    let relaxed = resolve_at(&relaxed_doc, &places, &overlay.keep_formats)?;
    let strict = resolve_at(doc, &places, &overlay.keep_formats)?;
    let mut defs = relaxed.defs;
    dedupe(&mut defs);

    let drafts = drafts(&overlay, &groups, &defs, &relaxed.roots, &strict.roots)?;

    let (profile_defs, own) = split_defs(&defs, drafts.iter().map(|d| &d.schema));
    let examples = match src.examples {
        Some(e) => external(e.name, e.value)?,
        None => Vec::new(),
    };
    check_skips(&overlay, &examples)?;
    let profile_names: Vec<String> = overlay
        .profile
        .get("let")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let detect_field = overlay
        .profile
        .get("detect")
        .and_then(|d| d.get("field"))
        .and_then(Value::as_str);

    let mut notes = Vec::new();
    let mut events = Vec::new();
    for (draft, own_defs) in drafts.iter().zip(own) {
        let id = &draft.group.id;
        let mut schema = draft.schema.clone();
        if !own_defs.is_empty() {
            if let Value::Object(map) = &mut schema {
                map.insert(
                    "$defs".into(),
                    Value::Object(own_defs.into_iter().collect()),
                );
            }
        }
        let composed = compose(&Parts {
            event_schema: &schema,
            envelope: None,
            defs: &profile_defs,
            detect_field,
            event_id: id,
        })
        .and_then(|s| compile(&s))
        .map_err(|m| Failure::document(&draft.group.variants[0].schema_at, m))?;
        let published: Vec<Example> = examples
            .iter()
            .filter(|(name, _)| name == id)
            .flat_map(|(_, list)| list.iter().cloned())
            .filter(|e| {
                !overlay
                    .skip_examples
                    .iter()
                    .any(|s| s.event == *id && skipped(s, e))
            })
            .collect();
        let ctx = EventContext {
            event: id,
            strict_defs: &strict.defs,
            validator: &composed,
            discriminator: overlay.discriminator.as_deref(),
            binds: &overlay.bind,
            profile_names: &profile_names,
        };
        let samples = event_samples(&ctx, src, draft, &published, &overlay, &mut notes)?;
        events.push(event_json(&overlay, draft, schema, samples));
    }

    Ok(Imported {
        profile: assemble(&overlay, profile_defs, events),
        notes,
    })
}

/// Each event's variants (discriminator values, strict schemas) and its schema.
fn drafts<'g, 'a>(
    overlay: &Overlay,
    groups: &'g [Group<'a>],
    defs: &BTreeMap<String, Value>,
    relaxed_roots: &[Value],
    strict_roots: &[Value],
) -> Result<Vec<Draft<'g, 'a>>, Failure> {
    let mut drafts = Vec::new();
    let mut next = 0;
    for g in groups {
        let n = g.variants.len();
        let roots = &relaxed_roots[next..next + n];
        let values = discriminator_values(overlay, g, defs, roots)?;
        let pairs: Vec<(Option<Value>, Value)> = values
            .iter()
            .zip(roots)
            .map(|(v, s)| (v.clone(), s.clone()))
            .collect();
        let discriminator = overlay.discriminator.as_deref().unwrap_or("/action");
        drafts.push(Draft {
            group: g,
            values,
            strict: strict_roots[next..next + n].to_vec(),
            schema: event_schema(defs, discriminator, &pairs),
        });
        next += n;
    }

    Ok(drafts)
}

/// Resolves the schemas at `places` in `doc`.
fn resolve_at(
    doc: &Value,
    places: &[String],
    keep_formats: &[String],
) -> Result<super::defs::Resolved, Failure> {
    let mut roots = Vec::new();
    for at in places {
        let schema = doc
            .pointer(at)
            .ok_or_else(|| Failure::document(at, "the schema is gone after the relaxations"))?;
        roots.push((at.clone(), schema));
    }
    resolve(doc, &roots, keep_formats)
}

/// Each variant's discriminator value (none for an event of one variant).
fn discriminator_values(
    overlay: &Overlay,
    g: &Group,
    defs: &BTreeMap<String, Value>,
    roots: &[Value],
) -> Result<Vec<Option<Value>>, Failure> {
    if let ([_], [root]) = (g.variants.as_slice(), roots) {
        // One variant: its sample is named after its discriminator value, if it fixes one.
        let value = overlay
            .discriminator
            .as_deref()
            .and_then(|pointer| fixed_value(defs, root, pointer));
        return Ok(vec![value]);
    }
    let keys: Vec<&str> = g.variants.iter().map(|v| v.key.as_str()).collect();
    let Some(pointer) = overlay.discriminator.as_deref() else {
        return Err(Failure::overlay(
            "/discriminator",
            format!(
                "event `{}` is made of {} webhooks ({}); name the payload field that tells them \
                 apart, e.g. \"discriminator\": \"/action\"",
                g.id,
                keys.len(),
                keys.join(", ")
            ),
        ));
    };
    let mut values: Vec<Option<Value>> = Vec::new();
    for (op, root) in g.variants.iter().zip(roots) {
        // One variant may be the one whose payloads have nothing there (`{"not": {}}`).
        if fixed_value(defs, root, pointer).is_none()
            && absent_at(defs, root, pointer)
            && !values.iter().any(Option::is_none)
        {
            values.push(None);
            continue;
        }
        let value = fixed_value(defs, root, pointer).ok_or_else(|| {
            Failure::document(
                &op.schema_at,
                format!(
                    "this variant of event `{}` fixes no single value at `{pointer}` (a `const` or \
                     a one-value `enum`; or, for one variant, `{{\"not\": {{}}}}`: nothing there), \
                     so payloads cannot be told apart",
                    g.id
                ),
            )
        })?;
        if values.iter().any(|v| v.as_ref() == Some(&value)) {
            return Err(Failure::document(
                &op.schema_at,
                format!(
                    "two variants of event `{}` have `{pointer}` = {value}",
                    g.id
                ),
            ));
        }
        values.push(Some(value));
    }
    Ok(values)
}
