//! Field filters: a delivery is made only when every filter's glob matches the payload field.

use serde_json::Value;

use crate::catalog::glob_match;
use crate::model::FieldFilter;

/// Why the payload does not pass the filters, or None when it does.
pub fn rejection(filters: &[FieldFilter], payload: Option<&Value>) -> Option<String> {
    if filters.is_empty() {
        return None;
    }
    let Some(payload) = payload else {
        return Some("the payload is not JSON, so its field filters cannot match".into());
    };
    filters.iter().find_map(|filter| {
        let pointer = pointer(&filter.field);
        match payload.pointer(&pointer) {
            None => Some(format!(
                "filter {}: the payload has no such field",
                filter.field
            )),
            Some(value) => {
                let text = match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (!glob_match(&filter.pattern, &text)).then(|| {
                    format!(
                        "filter {}: `{text}` does not match `{}`",
                        filter.field, filter.pattern
                    )
                })
            }
        }
    })
}

/// A JSON pointer from a pointer (`/data/channel`) or a dotted path (`data.channel`).
pub fn pointer(field: &str) -> String {
    if field.starts_with('/') {
        return field.to_owned();
    }
    field
        .split('.')
        .map(|part| format!("/{}", part.replace('~', "~0").replace('/', "~1")))
        .collect()
}
