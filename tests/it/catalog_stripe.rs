//! The Stripe profile is generated from Stripe's vendored TypeScript definitions and object
//! fixtures (`catalog/sources/stripe/`): its OpenAPI document stays what the normalizer writes,
//! the flows a QA engineer walks through are offered, every fixture of an offered event's
//! resource validates as Stripe would send it, and values Stripe adds later are notes.

use std::path::{Path, PathBuf};
use std::process::Command;

use hookbench::catalog::{
    payload_notes, render_sample, validate_payload, Catalog, Provider, RenderContext,
};
use serde_json::{json, Value};
use time::macros::datetime;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn stripe() -> &'static Provider {
    Catalog::embedded().unwrap().provider("stripe").unwrap()
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00 UTC))
}

#[test]
fn the_stripe_openapi_document_is_what_the_normalizer_writes() {
    // catalog/stripe.json is checked against openapi.json by
    // `committed_generated_profiles_are_what_their_sources_give`; this checks openapi.json
    // against the vendored definitions, fixtures and samples.json.
    let output = Command::new("node")
        .arg(root().join("scripts/catalog/normalize-stripe.mjs"))
        .arg("--check")
        .output()
        .unwrap_or_else(|e| panic!("node (run scripts/setup.sh): {e}"));
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_flows_a_qa_engineer_walks_through_are_offered() {
    let offered: Vec<&str> = stripe().events.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "checkout.session.completed",
        "payment_intent.created",
        "payment_intent.succeeded",
        "payment_intent.payment_failed",
        "payment_intent.canceled",
        "charge.succeeded",
        "charge.failed",
        "charge.refunded",
        "charge.captured",
        "charge.dispute.created",
        "refund.created",
        "customer.created",
        "customer.updated",
        "customer.deleted",
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
        "customer.subscription.trial_will_end",
        "customer.subscription.paused",
        "customer.subscription.resumed",
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
        "invoice.payment_failed",
        "invoice.upcoming",
        "product.created",
        "price.created",
        "payment_method.attached",
    ] {
        assert!(offered.contains(&id), "{id} is offered");
    }
    assert_eq!(stripe().test_event, "payment_intent.succeeded");
    let charge = stripe().event("charge.succeeded").unwrap();
    assert_eq!(
        charge.description,
        "Occurs whenever a charge is successful."
    );
}

/// Stripe's fixture of a resource, wrapped in the event envelope as Stripe sends it.
fn wrapped(event: &str, object: &Value) -> Value {
    json!({
        "id": "evt_1QZ0fixtureEvent0000000",
        "object": "event",
        "api_version": "2026-11-18.endive",
        "created": 1_736_937_000,
        "data": {"object": object},
        "livemode": false,
        "pending_webhooks": 1,
        "request": {"id": null, "idempotency_key": null},
        "type": event
    })
}

#[test]
fn every_fixture_of_an_offered_events_resource_validates_as_stripe_sends_it() {
    let path = root().join("catalog/sources/stripe/fixtures.json");
    let fixtures: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for event in &stripe().events {
        let sample = render_sample(stripe(), event, None, &ctx(0)).unwrap();
        let resource = sample["data"]["object"]["object"].as_str().unwrap();
        let fixture = &fixtures["resources"][resource];
        assert!(
            fixture.is_object(),
            "{}: no fixture of {resource}",
            event.id
        );
        for v in validate_payload(event, &wrapped(&event.id, fixture)) {
            failures.push(format!(
                "{} ({resource}): {}: {}",
                event.id, v.path, v.message
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_unknown_event_type_and_an_unknown_status_are_notes_not_violations() {
    let st = stripe();
    let event = st.event("payment_intent.succeeded").unwrap();
    let mut body = render_sample(st, event, None, &ctx(1)).unwrap();
    body["type"] = json!("payment_intent.teleported");
    body["data"]["object"]["status"] = json!("requires_telepathy");
    let violations = validate_payload(event, &body);
    assert!(violations.is_empty(), "{violations:?}");
    let notes = payload_notes(st, event, &body);
    let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
    assert!(paths.contains(&"/type"), "{notes:?}");
    assert!(paths.contains(&"/data/object/status"), "{notes:?}");
    let status = notes
        .iter()
        .find(|n| n.path == "/data/object/status")
        .unwrap();
    assert!(
        status.message.contains("\"requires_telepathy\"")
            && status.message.contains("\"succeeded\""),
        "{}",
        status.message
    );

    // What Stripe guarantees is still checked: a fixed name, a missing field, a wrong type.
    let mut wrong = render_sample(st, event, None, &ctx(1)).unwrap();
    wrong["data"]["object"]["object"] = json!("charge");
    wrong["data"]["object"]
        .as_object_mut()
        .unwrap()
        .remove("amount");
    wrong["livemode"] = json!("no");
    let paths: Vec<String> = validate_payload(event, &wrong)
        .into_iter()
        .map(|v| v.path)
        .collect();
    for expected in ["/data/object/object", "/data/object", "/livemode"] {
        assert!(paths.iter().any(|p| p == expected), "{expected}: {paths:?}");
    }
}

#[test]
fn an_event_schema_carries_only_the_definitions_it_reaches() {
    // The profile shares hundreds of definitions; each event's schema (what the API serves and
    // the validator compiles) holds those its resource reaches, not all of them.
    let count = |id: &str| {
        stripe().event(id).unwrap().schema["$defs"]
            .as_object()
            .map_or(0, |d| d.len())
    };
    assert!(
        count("product.created") < 20,
        "{}",
        count("product.created")
    );
    assert!(count("invoice.paid") > count("product.created"));
    let product =
        serde_json::to_string(&stripe().event("product.created").unwrap().schema).unwrap();
    assert!(
        !product.contains("\"Charge\""),
        "a product event does not describe charges"
    );
}
