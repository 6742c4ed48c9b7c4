//! The samples of one event: each variant's published examples gathered (the operation's own,
//! the examples file's by discriminator value, minus the overlay's `skip_examples`), one sample
//! made per variant (see `samples`), the overlay's `set` applied, the preferred default first.

use serde_json::{json, Value};

use super::describe::describe;
use super::document::Operation;
use super::examples::Example;
use super::overlay::{Overlay, SkipExample};
use super::pipeline::Draft;
use super::pointer::push;
use super::samples::{sample, EventContext, VariantSource};
use super::variants::fixed_value;
use super::{Failure, ImportSources};

pub(super) fn skipped(rule: &SkipExample, example: &Example) -> bool {
    rule.matching
        .iter()
        .all(|(pointer, value)| example.value.pointer(pointer) == Some(value))
}

/// Every `skip_examples` rule must still skip something.
pub(super) fn check_skips(
    overlay: &Overlay,
    examples: &[(String, Vec<Example>)],
) -> Result<(), Failure> {
    for rule in &overlay.skip_examples {
        let found = examples
            .iter()
            .filter(|(name, _)| *name == rule.event)
            .flat_map(|(_, list)| list)
            .any(|e| skipped(rule, e));
        if !found {
            return Err(Failure::overlay(
                &push(&rule.overlay_at, "where"),
                format!(
                    "matches no published example of `{}`: remove the rule",
                    rule.event
                ),
            ));
        }
    }
    Ok(())
}

/// The samples of one event, the overlay's preferred default first.
pub(super) fn event_samples(
    ctx: &EventContext,
    src: &ImportSources,
    draft: &Draft,
    published: &[Example],
    overlay: &Overlay,
    notes: &mut Vec<String>,
) -> Result<Vec<Value>, Failure> {
    let mut sources: Vec<VariantSource> = Vec::new();
    let several = draft.values.len() > 1;
    for (i, op) in draft.group.variants.iter().enumerate() {
        let value = draft.values[i].clone();
        let absent = several && value.is_none();
        let mut own: Vec<Example> = op_examples(src.document.name, op);
        own.extend(
            published
                .iter()
                .filter(|e| match (&value, ctx.discriminator) {
                    (Some(v), Some(pointer)) => e.value.pointer(pointer) == Some(v),
                    (None, Some(pointer)) if absent => e.value.pointer(pointer).is_none(),
                    _ => true,
                })
                .cloned(),
        );
        sources.push(VariantSource {
            name: value.as_ref().map_or_else(
                || "default".to_string(),
                |v| v.as_str().map_or_else(|| v.to_string(), str::to_string),
            ),
            value,
            absent,
            strict: draft.strict[i].clone(),
            schema_at: op.schema_at.clone(),
            examples: own,
            template: op.op.get("x-hookbench-template"),
        });
    }
    for e in published {
        let used = sources
            .iter()
            .any(|s| s.examples.iter().any(|x| x.place == e.place));
        if !used {
            notes.push(format!(
                "{}: matches no variant of `{}`; not used",
                e.place, draft.group.id
            ));
        }
    }
    let all: Vec<&Example> = sources.iter().flat_map(|s| s.examples.iter()).collect();
    let mut out = Vec::new();
    for s in &sources {
        let template = sample(ctx, s, &all, notes)?;
        let mut template = template;
        for set in &overlay.set {
            if !(set.event == "*" || set.event == *ctx.event)
                || set.sample.as_ref().is_some_and(|n| *n != s.name)
            {
                continue;
            }
            // A rule for several events sets the value in each sample that has one there, and
            // that its variant does not fix (Slack's `ekm_access_denied` is always by `UREVOKEDU`).
            if set.lenient
                && (template.pointer(&set.at).is_none()
                    || fixed_value(ctx.strict_defs, &s.strict, &set.at).is_some())
            {
                continue;
            }
            let slot = template.pointer_mut(&set.at).ok_or_else(|| {
                Failure::overlay(
                    &push(&set.overlay_at, "at"),
                    format!(
                        "the `{}` sample `{}` has nothing at `{}`",
                        ctx.event, s.name, set.at
                    ),
                )
            })?;
            *slot = set.template.clone();
        }
        let description = describe(
            s,
            draft
                .group
                .variants
                .iter()
                .find(|op| op.schema_at == s.schema_at),
        );
        out.push(json!({"name": s.name, "description": description, "template": template}));
    }
    if let Some(pos) = overlay
        .default_samples
        .iter()
        .find_map(|d| out.iter().position(|s| s["name"] == *d))
    {
        let first = out.remove(pos);
        out.insert(0, first);
    }
    Ok(out)
}

/// The examples an operation publishes itself, `x-hookbench-sample` first.
fn op_examples<'a>(doc_name: &str, op: &Operation<'a>) -> Vec<Example<'a>> {
    let mut out = Vec::new();
    if let Some(v) = op.op.get("x-hookbench-sample") {
        out.push(Example {
            place: format!("{doc_name}#{}", push(&op.at, "x-hookbench-sample")),
            value: v,
        });
    }
    out.extend(op.examples.iter().map(|(at, v)| Example {
        place: format!("{doc_name}#{at}"),
        value: v,
    }));
    out
}
