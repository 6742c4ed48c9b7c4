//! The Shopify profile is generated from Shopify's webhook reference (each topic's example
//! payload) and the vendored payload schemas (`catalog/sources/shopify/`): it stays what its
//! sources give, Shopify's example of every offered topic validates, and every sample carries
//! every field the schema requires, new ids for each seed, ids that agree with their GraphQL
//! ids, and the shop of its headers.

use std::collections::BTreeSet;

use hookbench::catalog::{payload_notes, render_headers, render_sample, validate_payload};
use serde_json::{json, Value};

use crate::catalog_sources::{
    as_published, assert_generated_from_sources, ctx, fields, provider, source,
};

const ID: &str = "shopify";

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
}

/// Every object of a payload that has both an `id` and an `admin_graphql_api_id`.
fn graphql_ids<'v>(v: &'v Value, out: &mut Vec<(&'v Value, &'v str)>) {
    match v {
        Value::Object(map) => {
            if let (Some(id), Some(gid)) = (
                map.get("id"),
                map.get("admin_graphql_api_id").and_then(Value::as_str),
            ) {
                out.push((id, gid));
            }
            map.values().for_each(|c| graphql_ids(c, out));
        }
        Value::Array(items) => items.iter().for_each(|c| graphql_ids(c, out)),
        _ => {}
    }
}

#[test]
fn the_profile_is_what_shopifys_references_and_the_overlay_give() {
    assert_generated_from_sources(ID);
}

#[test]
fn shopifys_example_of_every_offered_topic_validates() {
    let shop = provider(ID);
    let doc = source(ID, "openapi.json");
    let mut topics = BTreeSet::new();
    for (topic, webhook) in doc["webhooks"].as_object().unwrap() {
        let example = &webhook["post"]["requestBody"]["content"]["application/json"]["examples"]
            ["shopify.dev"]["value"];
        let event = shop.event(topic).unwrap();
        assert_eq!(validate_payload(event, example), [], "{topic}");
        topics.insert(topic.clone());
        // The exact ids were restored: each agrees with its GraphQL id.
        let mut ids = Vec::new();
        graphql_ids(example, &mut ids);
        for (id, gid) in ids {
            assert!(gid.ends_with(&format!("/{id}")), "{topic}: {id} {gid}");
        }
    }
    let offered: BTreeSet<String> = shop.events.iter().map(|e| e.id.clone()).collect();
    assert_eq!(topics, offered);
    for topic in [
        "orders/create",
        "orders/paid",
        "orders/updated",
        "orders/cancelled",
        "orders/fulfilled",
        "products/create",
        "products/update",
        "products/delete",
        "customers/create",
        "customers/update",
        "refunds/create",
        "checkouts/create",
        "app/uninstalled",
    ] {
        assert!(offered.contains(topic), "{topic} is offered");
    }
}

#[test]
fn every_sample_is_complete_consistent_and_new_for_each_seed() {
    let shop = provider(ID);
    let published = as_published(ID);
    let published = published.provider(ID).unwrap();
    for event in &shop.events {
        for sample in &event.samples {
            let label = format!("{}/{}", event.id, sample.name);
            let one = render_sample(shop, event, Some(&sample.name), &ctx(1)).unwrap();
            let two = render_sample(shop, event, Some(&sample.name), &ctx(2)).unwrap();
            assert_eq!(validate_payload(event, &one), [], "{label}");
            let strict = published.event(&event.id).unwrap();
            assert_eq!(validate_payload(strict, &one), [], "{label}");
            assert_ne!(one, two, "{label}");
            let mut ids = Vec::new();
            graphql_ids(&one, &mut ids);
            for (id, gid) in ids {
                assert!(gid.ends_with(&format!("/{id}")), "{label}: {id} {gid}");
            }
            let headers = render_headers(shop, event, &ctx(1), "wh-1").unwrap();
            let domain = header(&headers, "X-Shopify-Shop-Domain").unwrap();
            if let Some(url) = one.get("order_status_url").and_then(Value::as_str) {
                assert!(
                    url.starts_with(&format!("https://{domain}/")),
                    "{label}: {url}"
                );
            }
            assert_eq!(header(&headers, "X-Shopify-Topic"), Some(event.id.clone()));
            assert_eq!(
                header(&headers, "X-Shopify-API-Version").as_deref(),
                Some("2026-07")
            );
            if event.id != "products/delete" {
                assert!(fields(&one) >= 20, "{label}: {} fields", fields(&one));
            }
        }
    }
    let uninstalled = shop.event("app/uninstalled").unwrap();
    let body = render_sample(shop, uninstalled, None, &ctx(6)).unwrap();
    let headers = render_headers(shop, uninstalled, &ctx(6), "wh-1").unwrap();
    assert_eq!(
        header(&headers, "X-Shopify-Shop-Domain").as_deref(),
        body["myshopify_domain"].as_str()
    );
}

/// Shopify's reference lists no set of statuses (its schemas type them as strings), so a status
/// Shopify adds tomorrow is neither a violation nor a note; a missing id is a violation.
#[test]
fn an_unknown_financial_status_is_accepted_and_a_missing_id_a_violation() {
    let shop = provider(ID);
    let paid = shop.event("orders/paid").unwrap();
    let mut body = render_sample(shop, paid, None, &ctx(3)).unwrap();
    assert_eq!(validate_payload(paid, &body), []);
    body["financial_status"] = json!("pending_review");
    assert_eq!(validate_payload(paid, &body), []);
    assert_eq!(payload_notes(shop, paid, &body), []);
    body.as_object_mut().unwrap().remove("id");
    assert!(validate_payload(paid, &body)
        .iter()
        .any(|v| v.message.contains("id")));
}
