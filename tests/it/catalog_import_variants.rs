//! The catalog importer on a small chat-like document: a variant whose payloads have no
//! discriminator (a plain message has no `subtype`), recognition rules an operation carries
//! (`x-hookbench-match`), and sample rules for several events (`"event": "*"` or a list).

use hookbench::catalog::import::{import_openapi, ImportSources, Input};
use hookbench::catalog::{detect_event, render_sample, validate_payload, Catalog, RenderContext};
use serde_json::{json, Value};
use time::macros::datetime;

fn message(subtype: Option<&str>, extra_required: &str) -> Value {
    let (subtype, mut required) = match subtype {
        Some(s) => (json!({"const": s}), vec!["subtype"]),
        None => (json!({"not": {}}), vec![]),
    };
    required.extend(["type", "text", extra_required]);
    let event = json!({
        "type": "object", "required": required,
        "properties": {"type": {"const": "message"}, "subtype": subtype, "text": {"type": "string"},
                       "user": {"type": "string"}, "bot_id": {"type": "string"}}
    });
    let schema = json!({
        "type": "object", "required": ["type", "team", "event"],
        "properties": {"type": {"const": "callback"}, "team": {"type": "string"}, "event": event}
    });
    let example = json!({"type": "callback", "team": "T1",
                         "event": {"type": "message", "text": "hi", "user": "U1", "bot_id": "B1"}});
    json!({"post": {
        "x-hookbench-event": "message",
        "x-hookbench-match": {"/type": "callback", "/event/type": "message"},
        "requestBody": {"content": {"application/json": {"schema": schema, "example": example}}}
    }})
}

fn doc() -> Value {
    json!({"openapi": "3.1.0", "info": {"title": "Chat", "version": "1"}, "webhooks": {
        "message/plain": message(None, "user"),
        "message/bot": message(Some("bot_message"), "bot_id"),
        "ping": {"post": {
            "x-hookbench-match": {"/type": "ping"},
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "required": ["type", "team"],
                "properties": {"type": {"const": "ping"}, "team": {"type": "string"}}},
                "example": {"type": "ping", "team": "T1"}}}}}}
    }})
}

fn overlay(set: Value) -> Value {
    json!({"id": "chat", "name": "Chat", "description": "Chat.", "docs": "# Chat\n",
           "signing": {"scheme": "none"}, "test_event": "ping", "headers": [], "detect": {"header": null, "field": null},
           "let": {"team": "T{{alnum_upper 8}}"},
           "discriminator": "/event/subtype", "set": set})
}

fn load(d: &Value, o: &Value) -> Catalog {
    let imported = import_openapi(&ImportSources {
        document: Input {
            name: "chat.openapi.json",
            value: d,
        },
        overlay: Input {
            name: "chat.overlay.json",
            value: o,
        },
        examples: None,
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let text = serde_json::to_string(&imported.profile).unwrap();
    Catalog::from_sources(&[("chat.json", &text)]).unwrap_or_else(|e| panic!("{e}"))
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00 UTC))
}

#[test]
fn a_variant_without_the_discriminator_is_chosen_when_the_payload_has_none() {
    let catalog = load(&doc(), &overlay(json!([])));
    let chat = catalog.provider("chat").unwrap();
    let message = chat.event("message").unwrap();
    let names: Vec<&str> = message.samples.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["default", "bot_message"]);
    let plain = render_sample(chat, message, Some("default"), &ctx(1)).unwrap();
    assert!(plain["event"].get("subtype").is_none(), "{plain}");
    let bot = render_sample(chat, message, Some("bot_message"), &ctx(1)).unwrap();
    assert_eq!(bot["event"]["subtype"], "bot_message");

    // A plain message is judged by the plain variant: it needs a user, a bot message a bot id.
    let mut no_user = plain.clone();
    no_user["event"].as_object_mut().unwrap().remove("user");
    assert!(validate_payload(message, &no_user)
        .iter()
        .any(|v| v.message.contains("user")));
    let mut no_bot = bot.clone();
    no_bot["event"].as_object_mut().unwrap().remove("bot_id");
    assert!(validate_payload(message, &no_bot)
        .iter()
        .any(|v| v.message.contains("bot_id")));
    // A subtype added later is judged by what both share.
    let mut later = plain.clone();
    later["event"]["subtype"] = json!("huddle");
    later["event"].as_object_mut().unwrap().remove("user");
    assert_eq!(validate_payload(message, &later), []);
}

#[test]
fn operations_carry_their_recognition_rules_into_the_event() {
    let catalog = load(&doc(), &overlay(json!([])));
    let chat = catalog.provider("chat").unwrap();
    let none: [(&str, &str); 0] = [];
    let found = |body: Value| detect_event(chat, &none, &body).map(|e| e.id.clone());
    assert_eq!(
        found(
            json!({"type": "callback", "team": "T", "event": {"type": "message", "text": "x", "user": "U"}})
        ),
        Some("message".into())
    );
    assert_eq!(
        found(json!({"type": "ping", "team": "T"})),
        Some("ping".into())
    );
}

#[test]
fn a_sample_rule_for_several_events_sets_each_sample_that_has_the_value() {
    let set = json!([
        {"event": "*", "at": "/team", "template": "{{$team}}", "why": "one workspace"},
        {"event": ["message"], "at": "/event/user", "template": "U{{alnum_upper 8}}", "why": "a user"},
        // The bot variant fixes nothing at /event/text, so it is set there too.
        {"event": "*", "at": "/event/text", "template": "{{sentence}}", "why": "text"}
    ]);
    let catalog = load(&doc(), &overlay(set));
    let chat = catalog.provider("chat").unwrap();
    for (event, sample) in [
        ("ping", "default"),
        ("message", "default"),
        ("message", "bot_message"),
    ] {
        let e = chat.event(event).unwrap();
        let one = render_sample(chat, e, Some(sample), &ctx(1)).unwrap();
        let two = render_sample(chat, e, Some(sample), &ctx(2)).unwrap();
        assert_ne!(one["team"], two["team"], "{event}/{sample}");
        assert_ne!(one["team"], "T1", "{event}/{sample}");
    }

    // A rule for one event still fails when its sample has nothing there.
    let strict = json!([{"event": "ping", "at": "/nothing", "template": 1, "why": "x"}]);
    let err = import_openapi(&ImportSources {
        document: Input {
            name: "chat.openapi.json",
            value: &doc(),
        },
        overlay: Input {
            name: "chat.overlay.json",
            value: &overlay(strict),
        },
        examples: None,
    })
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("/set/0/at") && err.contains("has nothing at"),
        "{err}"
    );
}
