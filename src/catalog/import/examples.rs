//! The provider's published examples, assigned to the variants of each event.
//!
//! They come from the operations themselves (a media type's `example` / `examples`) and from an
//! optional examples file in the format of `@octokit/webhooks-examples`:
//! `[{"name": "<event id>", "examples": [<payload>, ...]}, ...]` (other keys are ignored).
//! An example goes to the variant whose discriminator value it carries.

use serde_json::Value;

use super::pointer::push;
use super::Failure;

/// One published example and where it is.
#[derive(Debug, Clone)]
pub(super) struct Example<'a> {
    /// `openapi.json#/webhooks/...` or `examples.json#/3/examples/0`: for notes.
    pub place: String,
    pub value: &'a Value,
}

/// The examples file, by event id, in file order.
pub(super) fn external<'a>(
    file: &str,
    examples: &'a Value,
) -> Result<Vec<(String, Vec<Example<'a>>)>, Failure> {
    let Value::Array(events) = examples else {
        return Err(Failure::examples(
            "",
            "expected an array of {\"name\": event, \"examples\": [payloads]}",
        ));
    };
    let mut out: Vec<(String, Vec<Example<'a>>)> = Vec::new();
    for (i, event) in events.iter().enumerate() {
        let at = push("", &i.to_string());
        let Some(name) = event.get("name").and_then(Value::as_str) else {
            return Err(Failure::examples(
                &at,
                "each entry needs a string `name`: the event id",
            ));
        };
        let Some(Value::Array(payloads)) = event.get("examples") else {
            return Err(Failure::examples(
                &at,
                "each entry needs an `examples` array",
            ));
        };
        let list = payloads.iter().enumerate().map(|(j, value)| Example {
            place: format!("{file}#{}", push(&push(&at, "examples"), &j.to_string())),
            value,
        });
        match out.iter_mut().find(|(n, _)| n == name) {
            Some((_, existing)) => existing.extend(list),
            None => out.push((name.to_string(), list.collect())),
        }
    }
    Ok(out)
}
