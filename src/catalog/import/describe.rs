//! Names and descriptions: an event's from the overlay's `event_info` or the first operation's
//! summary, a sample's from its operation's description.

use serde_json::{json, Value};

use super::document::Operation;
use super::overlay::Overlay;
use super::pipeline::Draft;
use super::samples::VariantSource;

/// A sample's description: the operation's `description`, else its summary's first sentence.
pub(super) fn describe(s: &VariantSource, op: Option<&Operation>) -> String {
    let text = |key: &str| {
        op.and_then(|o| o.op.get(key))
            .and_then(Value::as_str)
            .map(first_sentence)
    };
    text("description")
        .or_else(|| text("summary"))
        .unwrap_or_else(|| format!("The `{}` variant.", s.name))
}

pub(super) fn event_json(
    overlay: &Overlay,
    draft: &Draft,
    schema: Value,
    samples: Vec<Value>,
) -> Value {
    let id = &draft.group.id;
    let info = overlay.event_info.get(id);
    let first = draft.group.variants.first().map(|op| op.op);
    let name = info
        .and_then(|i| i.get("name"))
        .and_then(Value::as_str)
        .map_or_else(|| humanize(id), str::to_string);
    let description = info
        .and_then(|i| i.get("description"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            first
                .and_then(|op| op.get("summary"))
                .and_then(Value::as_str)
                .map(first_sentence)
        })
        .unwrap_or_else(|| format!("The `{id}` webhook."));
    let mut event = json!({"id": id, "name": name, "description": description});
    // Recognition rules a normalizer knows (Slack: `/type` and `/event/type`), from the first
    // variant that has them: the variants of one event share them.
    if let Some(rules) = draft
        .group
        .variants
        .iter()
        .find_map(|op| op.op.get("x-hookbench-match"))
    {
        event["match"] = rules.clone();
    }
    event["schema"] = schema;
    event["samples"] = Value::Array(samples);
    event
}

/// `pull_request` → `Pull request`.
fn humanize(id: &str) -> String {
    let spaced = id.replace(['_', '-', '.'], " ");
    let mut chars = spaced.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first sentence of a text, on one line.
fn first_sentence(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    match line.find(". ") {
        Some(end) => line[..=end].to_string(),
        None => line.to_string(),
    }
}
