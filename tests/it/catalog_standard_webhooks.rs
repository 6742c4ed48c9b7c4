//! The Standard Webhooks profile is generated from the specification's payload section and its
//! example payloads (`catalog/sources/standard-webhooks/`): it stays what its sources give, the
//! specification's examples validate, and every sample has the payload structure, every field
//! its schema requires, and new ids for each seed.

use hookbench::catalog::{payload_notes, render_sample, validate_payload};
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::catalog_sources::{
    as_published, assert_generated_from_sources, ctx, fields, provider, source,
};

const ID: &str = "standard-webhooks";

#[test]
fn the_profile_is_what_the_specification_and_the_overlay_give() {
    assert_generated_from_sources(ID);
}

#[test]
fn every_example_payload_of_the_specification_for_an_offered_event_validates() {
    let sw = provider(ID);
    let doc = source(ID, "openapi.json");
    let mut checked = 0;
    for (key, webhook) in doc["webhooks"].as_object().unwrap() {
        let examples = &webhook["post"]["requestBody"]["content"]["application/json"]["examples"];
        let Some(examples) = examples.as_object() else {
            continue;
        };
        for (name, example) in examples {
            let value = &example["value"];
            // Every example has the structure the profile relies on.
            for field in ["type", "timestamp", "data"] {
                assert!(value.get(field).is_some(), "{key} {name}: no {field}");
            }
            let Ok(event) = sw.event(key) else { continue };
            assert_eq!(validate_payload(event, value), [], "{key} {name}");
            checked += 1;
        }
    }
    // contact.created: the full and the thin payload.
    assert_eq!(checked, 2);
}

#[test]
fn every_sample_has_the_structure_every_required_field_and_new_values_per_seed() {
    let sw = provider(ID);
    let published = as_published(ID);
    let published = published.provider(ID).unwrap();
    let ids: Vec<&str> = sw.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "user.created",
            "user.updated",
            "user.deleted",
            "invoice.paid",
            "invoice.payment_failed",
            "contact.created"
        ]
    );
    for event in &sw.events {
        for sample in &event.samples {
            let label = format!("{}/{}", event.id, sample.name);
            let one = render_sample(sw, event, Some(&sample.name), &ctx(1)).unwrap();
            let two = render_sample(sw, event, Some(&sample.name), &ctx(2)).unwrap();
            assert_eq!(validate_payload(event, &one), [], "{label}");
            let strict = published.event(&event.id).unwrap();
            assert_eq!(validate_payload(strict, &one), [], "{label}");
            assert_eq!(one["type"], event.id, "{label}");
            let at = OffsetDateTime::parse(one["timestamp"].as_str().unwrap(), &Rfc3339).unwrap();
            assert!(
                (at - ctx(1).now).abs() < time::Duration::seconds(1),
                "{label}"
            );
            assert_ne!(one["data"]["id"], two["data"]["id"], "{label}");
            assert!(fields(&one) >= 3, "{label}");
        }
    }
}

#[test]
fn a_body_without_the_structure_is_a_violation_and_an_unknown_status_a_note() {
    let sw = provider(ID);
    let paid = sw.event("invoice.paid").unwrap();
    let mut body = render_sample(sw, paid, None, &ctx(3)).unwrap();
    body["data"]["status"] = json!("uncollectible");
    assert_eq!(validate_payload(paid, &body), []);
    let notes = payload_notes(sw, paid, &body);
    assert!(notes.iter().any(|n| n.path == "/data/status"), "{notes:?}");
    let mut bare: Value = body.clone();
    bare.as_object_mut().unwrap().remove("timestamp");
    assert!(validate_payload(paid, &bare)
        .iter()
        .any(|v| v.message.contains("timestamp")));
    // A `user.created` body is not a valid `invoice.paid`.
    body["type"] = json!("user.created");
    assert!(!validate_payload(paid, &body).is_empty());
}
