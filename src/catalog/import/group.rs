//! Grouping webhook operations into Hookbench events. By default each webhook key is an event;
//! the overlay's `event_id` takes the id from a JSON pointer into the operation instead (GitHub:
//! `/x-github/subcategory`, so `pull-request-opened` ... `pull-request-unlocked` are the variants
//! of `pull_request`), and an operation's own `x-hookbench-event` wins over both.

use serde_json::Value;

use super::document::Operation;
use super::overlay::Overlay;
use super::pointer::push;
use super::Failure;

/// One Hookbench event: its id and the operations (variants) it is made of, in document order.
pub(super) struct Group<'a> {
    pub id: String,
    pub variants: Vec<Operation<'a>>,
}

/// The events to offer, in the overlay's order (or the document's when it names none).
pub(super) fn group<'a>(
    ops: Vec<Operation<'a>>,
    overlay: &Overlay,
) -> Result<Vec<Group<'a>>, Failure> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for op in ops {
        let id = event_id(&op, overlay.event_id.as_deref());
        match groups.iter_mut().find(|g| g.id == id) {
            Some(g) => g.variants.push(op),
            None => groups.push(Group {
                id,
                variants: vec![op],
            }),
        }
    }
    let Some(wanted) = &overlay.events else {
        return Ok(groups);
    };
    let mut out = Vec::new();
    for (i, id) in wanted.iter().enumerate() {
        let Some(pos) = groups.iter().position(|g| g.id == *id) else {
            let known: Vec<&str> = groups.iter().map(|g| g.id.as_str()).collect();
            return Err(Failure::overlay(
                &push("/events", &i.to_string()),
                format!(
                    "no webhook of the document is event `{id}`; its events: {}",
                    known.join(", ")
                ),
            ));
        };
        out.push(groups.remove(pos));
    }
    Ok(out)
}

fn event_id(op: &Operation, rule: Option<&str>) -> String {
    if let Some(Value::String(id)) = op.op.get("x-hookbench-event") {
        return id.clone();
    }
    rule.and_then(|p| op.op.pointer(p))
        .and_then(Value::as_str)
        .map_or_else(|| op.key.clone(), str::to_string)
}
