//! Relaxations: where the overlay says the provider's schema claims more than the provider sends
//! (a field listed as required that a real delivery lacks, a type that real deliveries break).
//! They are applied to the document before anything else, and each one must still be needed:
//! a pattern that matches nothing, or a name that is required nowhere, is an error, so a new
//! version of the provider's document cannot leave stale relaxations behind. In `set`, `null`
//! removes the keyword (`"format": null`).

use serde_json::Value;

use super::overlay::Relaxation;
use super::pointer::{expand, push};
use super::Failure;

pub(super) fn apply(doc: &mut Value, relaxations: &[Relaxation]) -> Result<(), Failure> {
    for relaxation in relaxations {
        let mut places = Vec::new();
        for (i, pattern) in relaxation.at.iter().enumerate() {
            let found = expand(doc, pattern);
            if found.is_empty() {
                return Err(Failure::overlay(
                    &push(&push(&relaxation.overlay_at, "at"), &i.to_string()),
                    format!("`{pattern}` matches nothing in the document"),
                ));
            }
            places.extend(found);
        }
        for name in &relaxation.not_required {
            let mut used = false;
            for place in &places {
                if let Some(Value::Array(required)) =
                    doc.pointer_mut(place).and_then(|s| s.get_mut("required"))
                {
                    let before = required.len();
                    required.retain(|r| r.as_str() != Some(name));
                    used |= required.len() != before;
                }
            }
            if !used {
                return Err(Failure::overlay(
                    &push(&relaxation.overlay_at, "not_required"),
                    format!("`{name}` is not required at any place `at` matches: remove it"),
                ));
            }
        }
        for place in &places {
            match doc.pointer_mut(place) {
                Some(Value::Object(schema)) => {
                    for (k, v) in &relaxation.set {
                        if v.is_null() {
                            schema.remove(k);
                        } else {
                            schema.insert(k.clone(), v.clone());
                        }
                    }
                }
                _ if relaxation.set.is_empty() => {}
                _ => {
                    return Err(Failure::overlay(
                        &push(&relaxation.overlay_at, "set"),
                        format!("{place} is not a schema object"),
                    ))
                }
            }
        }
    }
    Ok(())
}
