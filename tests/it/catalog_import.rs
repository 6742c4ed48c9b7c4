//! The catalog importer on small OpenAPI documents written for the test: what it makes of
//! webhooks, variants, `$ref`s, enums, formats and relaxations, and how it refuses bad input.

use hookbench::catalog::import::{import_openapi, ImportSources, Input};
use hookbench::catalog::{render_sample, validate_payload, Catalog, CatalogError, RenderContext};
use serde_json::{json, Value};
use time::macros::datetime;

fn doc() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Acme", "version": "1"},
        "webhooks": {
            "ticket-opened": {"post": {
                "summary": "Activity on a ticket. More text.",
                "description": "A ticket was opened",
                "x-group": "ticket",
                "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ticket-opened"},
                    "examples": {"one": {"value": {
                        "action": "opened",
                        "ticket": {"id": 48213907, "number": 12, "status": "new",
                                   "url": "https://api.acme.test/tickets/12",
                                   "created_at": "2024-03-01T09:00:00Z", "updated_at": "2024-03-01T09:05:00Z",
                                   "author": {"login": "mona", "id": 583231}},
                        "tree": {"name": "root", "children": [{"name": "leaf", "children": []}]}
                    }}}
                }}}
            }},
            "ticket-closed": {"post": {
                "x-group": "ticket",
                "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ticket-closed"}
                }}}
            }}
        },
        "components": {"schemas": {
            "ticket-opened": {"type": "object", "required": ["action", "ticket"], "properties": {
                "action": {"type": "string", "enum": ["opened"]},
                "ticket": {"$ref": "#/components/schemas/ticket"},
                "tree": {"$ref": "#/components/schemas/node"}}},
            "ticket-closed": {"type": "object", "required": ["action", "ticket", "closed_at"], "properties": {
                "action": {"type": "string", "enum": ["closed"]},
                "ticket": {"$ref": "#/components/schemas/ticket"},
                "closed_at": {"type": "string", "format": "date-time"}}},
            "ticket": {"type": "object", "required": ["id", "number", "status", "url", "author"], "properties": {
                "id": {"type": "integer"}, "number": {"type": "integer"},
                "status": {"type": "string", "enum": ["new", "open"], "description": "dropped"},
                "url": {"type": "string", "format": "uri"},
                "created_at": {"type": "string", "format": "date-time"},
                "updated_at": {"type": "string", "format": "date-time"},
                "author": {"type": "object", "required": ["login", "id", "site_admin"], "properties": {
                    "login": {"type": "string"}, "id": {"type": "integer"}, "site_admin": {"type": "boolean"}}}}},
            "node": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/node"}}}}
        }}
    })
}

fn overlay() -> Value {
    json!({
        "id": "acme", "name": "Acme", "description": "Acme tickets.", "docs": "# Acme\n",
        "signing": {"scheme": "none"},
        "headers": [{"name": "X-Acme-Event", "value": "{{event}}"}],
        "detect": {"header": "X-Acme-Event"},
        "test_event": "ticket",
        "event_id": "/x-group",
        "discriminator": "/action",
        "keep_formats": ["date-time"],
        "relax": [{"at": "/components/schemas/ticket/properties/author", "not_required": ["site_admin"],
                   "why": "Tickets opened by email have an author without `site_admin`."}]
    })
}

#[allow(clippy::result_large_err)] // the catalog's own error type, as the library returns it
fn import(doc: &Value, overlay: &Value) -> Result<Value, CatalogError> {
    import_openapi(&ImportSources {
        document: Input {
            name: "acme.openapi.json",
            value: doc,
        },
        overlay: Input {
            name: "acme.overlay.json",
            value: overlay,
        },
        examples: None,
    })
    .map(|i| i.profile)
}

fn load(profile: &Value) -> Catalog {
    let text = serde_json::to_string_pretty(profile).unwrap();
    Catalog::from_sources(&[("acme.json", &text)]).unwrap_or_else(|e| panic!("{e}"))
}

/// A definition of the profile: shared ones are in `defs`, the others in their event's `$defs`.
fn def<'p>(profile: &'p Value, name: &str) -> &'p Value {
    let shared = profile.get("defs").and_then(|d| d.get(name));
    let own = || {
        profile["events"]
            .as_array()
            .into_iter()
            .flatten()
            .find_map(|e| e["schema"]["$defs"].get(name))
    };
    shared.or_else(own).unwrap_or(&Value::Null)
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00 UTC))
}

#[test]
fn a_document_imports_into_a_profile_the_catalog_loads() {
    let profile = import(&doc(), &overlay()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = load(&profile);
    let acme = catalog.provider("acme").unwrap();
    let ticket = acme.event("ticket").unwrap();
    assert_eq!(
        acme.events.len(),
        1,
        "the two webhooks are variants of one event"
    );
    assert_eq!(ticket.variants(), ["opened", "closed"]);
    assert_eq!(ticket.description, "Activity on a ticket.");
    assert_eq!(ticket.samples[0].description, "A ticket was opened");

    // Named definitions stay named; enums are open; only kept formats remain; no annotations.
    let ticket_def = def(&profile, "ticket");
    let status = &ticket_def["properties"]["status"];
    assert_eq!(status["x-extensible-enum"], json!(["new", "open"]));
    assert!(status.get("enum").is_none() && status.get("description").is_none());
    assert!(ticket_def["properties"]["url"].get("format").is_none());
    assert_eq!(
        ticket_def["properties"]["created_at"]["format"],
        "date-time"
    );
    // The recursive schema is still a reference to itself.
    assert_eq!(
        def(&profile, "node")["properties"]["children"]["items"]["$ref"],
        "#/$defs/node"
    );

    for name in ["opened", "closed"] {
        for seed in [0, 1] {
            let body = render_sample(acme, ticket, Some(name), &ctx(seed)).unwrap();
            assert_eq!(validate_payload(ticket, &body), [], "{name} seed {seed}");
            assert_eq!(body["action"], name);
        }
    }
    // The example became a template: same structure, new values per seed, URLs kept in step.
    let one = render_sample(acme, ticket, Some("opened"), &ctx(1)).unwrap();
    let two = render_sample(acme, ticket, Some("opened"), &ctx(2)).unwrap();
    assert_ne!(one["ticket"]["id"], two["ticket"]["id"]);
    assert_eq!(one["tree"]["children"][0]["name"], "leaf");
    let number = one["ticket"]["number"].to_string();
    assert_eq!(
        one["ticket"]["url"],
        format!("https://api.acme.test/tickets/{number}")
    );
    // `closed` had no example: its sample is the sibling's with the action set, made complete.
    let closed = render_sample(acme, ticket, Some("closed"), &ctx(1)).unwrap();
    assert!(closed["closed_at"].is_string() && closed["ticket"]["author"]["site_admin"] == false);
}

#[test]
fn variants_judge_their_own_payloads_and_unknown_actions_by_what_all_share() {
    let catalog = load(&import(&doc(), &overlay()).unwrap());
    let ticket = catalog.provider("acme").unwrap().event("ticket").unwrap();
    let base = json!({"ticket": {"id": 1, "number": 2, "status": "escalated", "url": "not a uri",
                                 "author": {"login": "x", "id": 3}}});
    let with = |action: &str| {
        let mut v = base.clone();
        v["action"] = json!(action);
        v
    };
    assert_eq!(
        validate_payload(ticket, &with("opened")),
        [],
        "open enum, dropped format, relaxed author"
    );
    let closed = validate_payload(ticket, &with("closed"));
    assert!(
        closed.iter().any(|v| v.message.contains("closed_at")),
        "{closed:?}"
    );
    assert_eq!(
        validate_payload(ticket, &with("archived")),
        [],
        "a new action"
    );
    let no_ticket = validate_payload(ticket, &json!({"action": "archived"}));
    assert!(
        no_ticket.iter().any(|v| v.message.contains("ticket")),
        "{no_ticket:?}"
    );
    let mut bad_time = with("opened");
    bad_time["ticket"]["created_at"] = json!("yesterday");
    assert!(
        !validate_payload(ticket, &bad_time).is_empty(),
        "a kept format is checked"
    );
}

#[test]
fn relaxations_are_explained_in_the_docs_and_must_still_apply() {
    let profile = import(&doc(), &overlay()).unwrap();
    let docs = profile["docs"].as_str().unwrap();
    assert!(docs.contains("`site_admin` not required"), "{docs}");
    assert!(docs.contains("Tickets opened by email"), "{docs}");

    let mut stale = overlay();
    stale["relax"][0]["at"] = json!("/components/schemas/nothing-here");
    let err = import(&doc(), &stale).unwrap_err().to_string();
    assert!(
        err.starts_with("acme.overlay.json: at /relax/0/at/0:"),
        "{err}"
    );
    let mut unneeded = overlay();
    unneeded["relax"][0]["not_required"] = json!(["login", "nickname"]);
    let err = import(&doc(), &unneeded).unwrap_err().to_string();
    assert!(err.contains("`nickname` is not required"), "{err}");
}

#[test]
fn openapi_3_0_documents_use_x_webhooks_and_nullable() {
    let mut d = doc();
    d["openapi"] = json!("3.0.3");
    let webhooks = d.as_object_mut().unwrap().remove("webhooks").unwrap();
    d["x-webhooks"] = webhooks;
    d["components"]["schemas"]["ticket"]["properties"]["number"] =
        json!({"type": "integer", "nullable": true});
    let profile = import(&d, &overlay()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        def(&profile, "ticket")["properties"]["number"]["type"],
        json!(["integer", "null"])
    );
    load(&profile);
}

#[test]
fn bad_documents_are_refused_naming_the_place() {
    let err = |d: &Value, o: &Value| import(d, o).unwrap_err();
    let e = err(&json!({"swagger": "2.0"}), &overlay());
    assert!(
        matches!(&e, CatalogError::Import { file, path, .. } if file == "acme.openapi.json" && path == "/swagger"),
        "{e}"
    );
    let e = err(&json!({"title": "not OpenAPI"}), &overlay()).to_string();
    assert!(e.contains("at /openapi: not an OpenAPI document"), "{e}");

    let mut remote = doc();
    remote["components"]["schemas"]["ticket"]["properties"]["watcher"] =
        json!({"$ref": "https://schemas.acme.test/user.json"});
    let e = err(&remote, &overlay()).to_string();
    assert!(
        e.contains("at /components/schemas/ticket/properties/watcher/$ref:"),
        "{e}"
    );
    assert!(e.contains("outside the document"), "{e}");

    let mut unresolved = doc();
    unresolved["components"]["schemas"]["node"]["properties"]["parent"] =
        json!({"$ref": "#/components/schemas/missing"});
    let e = err(&unresolved, &overlay()).to_string();
    assert!(
        e.contains("at /components/schemas/node/properties/parent/$ref:"),
        "{e}"
    );
    assert!(
        e.contains("`#/components/schemas/missing` does not resolve"),
        "{e}"
    );

    let mut undivided = overlay();
    undivided.as_object_mut().unwrap().remove("discriminator");
    let e = err(&doc(), &undivided).to_string();
    assert!(e.contains("ticket-opened, ticket-closed"), "{e}");

    let mut typo = overlay();
    typo["relaxations"] = json!([]);
    let e = err(&doc(), &typo).to_string();
    assert!(
        e.starts_with("acme.overlay.json: at /relaxations: unknown key"),
        "{e}"
    );
    let e = err(&json!({"openapi": "3.1.0", "webhooks": {}}), &overlay()).to_string();
    assert!(e.contains("at /webhooks:"), "{e}");
}

#[test]
fn operations_may_name_their_event_and_bring_a_sample() {
    let mut d = doc();
    d["webhooks"]["ticket-closed"]["post"]["x-hookbench-event"] = json!("ticket.closed");
    let template = json!({"action": "closed", "closed_at": "{{now_iso s}}",
                          "ticket": {"id": "{{int 1 9}}", "number": 1, "status": "open",
                                     "url": "https://api.acme.test/tickets/1", "author": {"login": "bot", "id": 1}}});
    d["webhooks"]["ticket-closed"]["post"]["x-hookbench-template"] = template.clone();
    let profile = import(&d, &overlay()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = load(&profile);
    let acme = catalog.provider("acme").unwrap();
    let ids: Vec<&str> = acme.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["ticket", "ticket.closed"]);
    assert_eq!(
        acme.event("ticket.closed").unwrap().samples[0].template,
        template
    );
}
