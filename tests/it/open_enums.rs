//! Open enums (`x-extensible-enum`): a value a provider added after the profile was written is a
//! note that says so, never a schema violation.

use hookbench::catalog::{payload_notes, validate_payload, Catalog};
use serde_json::json;

const PROFILE: &str = r##"{
  "id": "acme", "name": "Acme", "description": "d", "docs": "d",
  "signing": {"scheme": "none"}, "headers": [], "test_event": "order",
  "detect": {"header": null, "field": null, "action": "/action"},
  "defs": {"item": {"type": "object", "properties": {
      "kind": {"type": ["string", "null"], "x-extensible-enum": ["book", "pen"]}}}},
  "events": [{"id": "order", "name": "Order", "description": "d",
    "schema": {"type": "object", "required": ["action"], "properties": {
      "action": {"type": "string", "x-extensible-enum": ["created", "paid"]},
      "status": {"enum": ["open", "closed"]},
      "items": {"type": "array", "items": {"$ref": "#/$defs/item"}}}},
    "samples": [{"name": "default", "template": {"action": "created", "status": "open",
                                                 "items": [{"kind": "book"}]}}]}]
}"##;

#[test]
fn a_new_value_of_an_open_enum_is_a_note_and_a_closed_enum_still_a_violation() {
    let catalog = Catalog::from_sources(&[("acme.json", PROFILE)]).expect("profile loads");
    let provider = catalog.provider("acme").unwrap();
    let event = provider.event("order").unwrap();
    let payload = json!({
        "action": "refunded",
        "status": "open",
        "items": [{"kind": "book"}, {"kind": "lamp"}, {"kind": null}]
    });
    assert!(validate_payload(event, &payload).is_empty(), "no violation");
    let notes = payload_notes(provider, event, &payload);
    let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths, ["/action", "/items/1/kind"]);
    assert!(
        notes[0].message.contains("\"refunded\"")
            && notes[0].message.contains("Acme")
            && notes[0].message.contains("\"created\""),
        "{}",
        notes[0].message
    );
    let closed = json!({"action": "paid", "status": "archived"});
    assert!(payload_notes(provider, event, &closed).is_empty());
    let violations = validate_payload(event, &closed);
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].path, "/status");
}
