//! The Slack profile is generated from Slack's type definitions (`@slack/types`), its wrapper
//! schema and its reference examples (`catalog/sources/slack/`): it stays what its sources give,
//! every example validates, every message kind offers every message type, recognition keeps its
//! rules, and every sample is complete and consistent with itself and its headers.

use std::collections::BTreeSet;

use hookbench::catalog::{
    detect_event, payload_notes, render_headers, render_sample, validate_payload,
};
use serde_json::{json, Value};

use crate::catalog_sources::{
    as_published, assert_generated_from_sources, ctx, fields, provider, source,
};

const ID: &str = "slack";

#[test]
fn the_profile_is_what_slacks_types_and_the_overlay_give() {
    assert_generated_from_sources(ID);
}

#[test]
fn every_example_of_slacks_reference_validates() {
    let slack = provider(ID);
    let mut checked = 0;
    for entry in source(ID, "examples.json").as_array().unwrap() {
        let event = slack.event(entry["name"].as_str().unwrap()).unwrap();
        for example in entry["examples"].as_array().unwrap() {
            assert_eq!(validate_payload(event, example), [], "{}", event.id);
            // Each is recognised as its own event from its body alone.
            let none: [(&str, &str); 0] = [];
            assert_eq!(
                detect_event(slack, &none, example).map(|e| e.id.as_str()),
                Some(event.id.as_str())
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
}

#[test]
fn every_message_kind_offers_every_message_type_and_the_required_events_are_there() {
    let slack = provider(ID);
    let ids: BTreeSet<&str> = slack.events.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "url_verification",
        "message.channels",
        "message.groups",
        "message.im",
        "message.mpim",
        "message.app_home",
        "app_mention",
        "reaction_added",
        "reaction_removed",
        "member_joined_channel",
        "app_home_opened",
        "team_join",
        "channel_created",
        "app_uninstalled",
        "tokens_revoked",
    ] {
        assert!(ids.contains(id), "{id} is offered");
    }
    // @slack/types's AllMessageEvents: the plain message and its 16 subtypes.
    let declared = std::fs::read_to_string(
        crate::catalog_sources::root().join("catalog/sources/slack/types/events/message.d.ts"),
    )
    .unwrap();
    let subtypes: BTreeSet<String> = declared
        .lines()
        .filter_map(|l| l.trim().strip_prefix("subtype: '"))
        .map(|s| s.trim_end_matches("';").to_string())
        .collect();
    assert_eq!(subtypes.len(), 16, "{subtypes:?}");
    for kind in ["message.channels", "message.im", "message.app_home"] {
        let names: BTreeSet<String> = slack
            .event(kind)
            .unwrap()
            .samples
            .iter()
            .map(|s| s.name.clone())
            .collect();
        let mut expected = subtypes.clone();
        expected.insert("default".into());
        assert_eq!(names, expected, "{kind}");
    }
}

#[test]
fn every_sample_is_complete_consistent_and_recognised() {
    let slack = provider(ID);
    let published = as_published(ID);
    let published = published.provider(ID).unwrap();
    let c = ctx(4);
    let now = c.now.unix_timestamp();
    for event in &slack.events {
        for sample in &event.samples {
            let label = format!("{}/{}", event.id, sample.name);
            let body = render_sample(slack, event, Some(&sample.name), &c).unwrap();
            assert_eq!(validate_payload(event, &body), [], "{label}");
            let strict = published.event(&event.id).unwrap();
            assert_eq!(validate_payload(strict, &body), [], "{label}");
            let headers = render_headers(slack, event, &c, "EvTEST").unwrap();
            assert_eq!(
                detect_event(slack, &headers, &body).map(|e| e.id.as_str()),
                Some(event.id.as_str()),
                "{label}"
            );
            if event.id == "url_verification" {
                continue;
            }
            assert_eq!(body["event_time"], json!(now), "{label}");
            let inner = &body["event"];
            if let Some(ts) = inner["event_ts"].as_str() {
                assert!(ts.starts_with(&format!("{now}.")), "{label}: {ts}");
                if inner["ts"].is_string() && inner.get("subtype").is_none() {
                    assert_eq!(inner["ts"], inner["event_ts"], "{label}");
                }
            }
            if let Some(auth) = body["authorizations"].get(0) {
                assert_eq!(auth["team_id"], body["team_id"], "{label}");
            }
            assert!(fields(&body) >= 6, "{label}");
        }
    }
    // Two deliveries are from different workspaces and users.
    let mention = slack.event("app_mention").unwrap();
    let one = render_sample(slack, mention, None, &ctx(1)).unwrap();
    let two = render_sample(slack, mention, None, &ctx(2)).unwrap();
    assert_ne!(one["team_id"], two["team_id"]);
    assert_ne!(one["event"]["user"], two["event"]["user"]);
    let text = one["event"]["text"].as_str().unwrap();
    assert!(
        text.starts_with(&format!(
            "<@{}>",
            one["authorizations"][0]["user_id"].as_str().unwrap()
        )),
        "{text}"
    );
}

#[test]
fn an_unknown_subtype_is_judged_by_what_all_messages_share_and_an_unknown_channel_type_is_a_note() {
    let slack = provider(ID);
    let channels = slack.event("message.channels").unwrap();
    let mut body = render_sample(slack, channels, None, &ctx(5)).unwrap();
    body["event"]["subtype"] = json!("huddle_thread");
    assert_eq!(validate_payload(channels, &body), []);
    // ... and still by the wrapper every event_callback has.
    body.as_object_mut().unwrap().remove("api_app_id");
    assert!(validate_payload(channels, &body)
        .iter()
        .any(|v| v.message.contains("api_app_id")));

    // A known subtype is judged by its own type: `bot_message` requires `bot_id`.
    let mut bot = render_sample(slack, channels, Some("bot_message"), &ctx(5)).unwrap();
    assert_eq!(validate_payload(channels, &bot), []);
    bot["event"].as_object_mut().unwrap().remove("bot_id");
    assert!(validate_payload(channels, &bot)
        .iter()
        .any(|v| v.message.contains("bot_id")));

    let home = slack.event("app_home_opened").unwrap();
    let mut opened: Value = render_sample(slack, home, None, &ctx(5)).unwrap();
    opened["event"]["tab"] = json!("canvas");
    assert_eq!(validate_payload(home, &opened), []);
    assert!(payload_notes(slack, home, &opened)
        .iter()
        .any(|n| n.path == "/event/tab"));
}
