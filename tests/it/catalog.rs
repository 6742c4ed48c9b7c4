//! The provider catalog: profiles load, samples render realistic valid payloads, errors point at
//! the broken place. Seed facts (event lists, Leadsie enums) are copied from the seed pages in
//! `shared/seeds/`.

use std::collections::BTreeSet;

use hookbench::catalog::{
    detect_event, glob_match, new_delivery_id, render_headers, render_sample, render_template,
    validate_payload, Catalog, CatalogError, Provider, RenderContext, MAX_VIOLATIONS,
};
use serde_json::{json, Value};
use time::macros::datetime;
use time::OffsetDateTime;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const NOW: OffsetDateTime = datetime!(2025-01-15 10:30:00.123456 UTC);

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("the embedded catalog loads")
}

fn provider(id: &str) -> &'static Provider {
    catalog().provider(id).expect("known provider")
}

fn render(p: &str, e: &str, variant: Option<&str>, ctx: &RenderContext) -> Value {
    let provider = provider(p);
    let event = provider.event(e).expect("known event");
    render_sample(provider, event, variant, ctx).expect("renders")
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, NOW)
}

#[test]
fn embedded_catalog_loads_the_eleven_profiles_in_order() {
    let ids: Vec<&str> = catalog()
        .providers()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "connexify",
            "connectgain",
            "leadsie",
            "connectly",
            "workspace",
            "standard-webhooks",
            "stripe",
            "github",
            "shopify",
            "slack",
            "generic"
        ]
    );
    for p in catalog().providers() {
        assert!(!p.docs.is_empty() && !p.description.is_empty(), "{}", p.id);
        assert!(p.test_event().is_ok(), "{} test event", p.id);
        assert_eq!(p.summary().events.len(), p.events.len());
    }
}

/// The built-in profiles' sample check: `Catalog::embedded()` does not render samples at load
/// (`Catalog::from_sources` does), this test does, with more seeds and target URLs.
#[test]
fn every_variant_of_every_event_renders_valid_json_matching_its_schema() -> TestResult {
    let targets = [
        None,
        Some("https://hooks.example.com/in?customUserId=client-42&x=1"),
    ];
    for p in catalog().providers() {
        for e in &p.events {
            for s in &e.samples {
                for target in targets {
                    for seed in [0, 1, 2, 99, u64::MAX] {
                        let ctx = RenderContext {
                            target_url: target,
                            ..ctx(seed)
                        };
                        let body = render_sample(p, e, Some(&s.name), &ctx)?;
                        // What goes on the wire parses back to the same value.
                        let wire = serde_json::to_string(&body)?;
                        assert_eq!(serde_json::from_str::<Value>(&wire)?, body);
                        let violations = validate_payload(e, &body);
                        assert!(
                            violations.is_empty(),
                            "{}/{}/{} seed {seed}: {violations:?}",
                            p.id,
                            e.id,
                            s.name
                        );
                        assert_eq!(
                            detect_event(p, &render_headers(p, e, &ctx, "d-1")?, &body)
                                .map(|d| &d.id),
                            Some(&e.id),
                            "{}/{}/{} is recognised as itself",
                            p.id,
                            e.id,
                            s.name
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

#[test]
fn documented_envelope_fields_are_present() {
    let cg = render("connectgain", "deal.stage.changed", None, &ctx(1));
    assert_eq!(cg["event"], "deal.stage.changed");
    assert!(cg["timestamp"].is_string() && cg["data"].is_object());
    assert_eq!(cg.as_object().map(|m| m.len()), Some(3));

    let ws = render("workspace", "integration_installed", None, &ctx(1));
    let keys: Vec<&str> = ws
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        ["workspace_id", "customer_id", "event", "state", "payload"]
    );
    assert_eq!(ws["event"], "integration_installed");
    assert_eq!(
        ws["payload"]["state"], ws["state"],
        "installed payload state is the connect state"
    );

    let st = render("stripe", "invoice.paid", None, &ctx(1));
    assert_eq!(st["object"], "event");
    assert_eq!(st["type"], "invoice.paid");
    assert!(st["id"].as_str().is_some_and(|id| id.starts_with("evt_")));
    for key in [
        "api_version",
        "created",
        "livemode",
        "pending_webhooks",
        "request",
    ] {
        assert!(st.get(key).is_some(), "stripe envelope has {key}");
    }
    assert_eq!(st["data"]["object"]["object"], "invoice");

    let sw = render("standard-webhooks", "user.created", None, &ctx(1));
    assert_eq!(sw["type"], "user.created");
    assert!(sw["timestamp"].is_string() && sw["data"].is_object());
}

#[test]
fn connectgain_has_exactly_the_17_event_ids_of_the_page() {
    // shared/seeds/001: "2. Available Events".
    let page = [
        "contact.created",
        "contact.updated",
        "contact.assigned",
        "deal.created",
        "deal.updated",
        "deal.stage.changed",
        "deal.assigned",
        "conversation.created",
        "conversation.assigned",
        "conversation.status.changed",
        "message.received",
        "message.sent",
        "message.delivered",
        "message.read",
        "message.failed",
        "broadcast.response",
        "zoom.recording.completed",
    ];
    let p = provider("connectgain");
    let ids: Vec<&str> = p.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, page);
    assert_eq!(p.test_event, "contact.created");
    // The page's config fields are kept for API emulation.
    let reg = p.registration.as_ref().expect("registration");
    let fields: BTreeSet<&str> = reg["config_schema"]["properties"]
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        fields,
        BTreeSet::from([
            "organization_id",
            "name",
            "url",
            "events",
            "secret",
            "is_active"
        ])
    );
}

#[test]
fn connectgain_messages_have_direction_channel_and_status() {
    for (event, direction, status) in [
        ("message.received", "inbound", "received"),
        ("message.sent", "outbound", "sent"),
        ("message.delivered", "outbound", "delivered"),
        ("message.read", "outbound", "read"),
        ("message.failed", "outbound", "failed"),
    ] {
        let data = &render("connectgain", event, None, &ctx(3))["data"];
        assert_eq!(data["direction"], direction, "{event}");
        assert_eq!(data["status"], status, "{event}");
        assert!(data["channel"].is_string(), "{event}");
    }
    let stage = &render("connectgain", "deal.stage.changed", Some("won"), &ctx(3))["data"];
    assert_eq!(stage["stage"]["name"], "Won");
}

#[test]
fn workspace_has_exactly_the_8_events_of_the_page_with_webhook_test_as_test_event() {
    let page = [
        "webhook_test",
        "integration_new_data_model",
        "integration_updated_data_model",
        "integration_deleted_data_model",
        "integration_installed",
        "integration_import_done",
        "integration_cannot_refresh_oauth_token",
        "integration_oauth_token_fixed",
    ];
    let p = provider("workspace");
    let ids: Vec<&str> = p.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, page);
    assert_eq!(p.test_event, "webhook_test");
    assert_eq!(
        render("workspace", "webhook_test", None, &ctx(0))["payload"],
        json!({"test": true})
    );
    let updated = render("workspace", "integration_updated_data_model", None, &ctx(0));
    assert!(updated["payload"]["diff"].is_object() && updated["payload"]["data"].is_object());
}

#[test]
fn connectly_topics_statuses_and_registration_rules_are_kept() {
    let p = provider("connectly");
    let ids: Vec<&str> = p.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["messages", "delivery_status"]);
    let statuses: Vec<Value> = p
        .event("delivery_status")
        .expect("event")
        .samples
        .iter()
        .map(|s| {
            render("connectly", "delivery_status", Some(&s.name), &ctx(5))["statusUpdate"]["status"]
                .clone()
        })
        .collect();
    assert_eq!(
        statuses,
        [
            json!("sent"),
            json!("delivered"),
            json!("read"),
            json!("delivery_failed")
        ]
    );
    let inbound = render("connectly", "messages", None, &ctx(5));
    assert_eq!(inbound["sender"]["channelType"], "whatsapp");
    assert!(inbound["message"]["text"].is_string());

    let reg = p.registration.as_ref().expect("registration");
    let types: Vec<&str> = reg["types"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(types, ["custom", "zapier", "webengage", "integromat_make"]);
    assert_eq!(
        reg["request_schema"]["properties"]["topic"]["enum"],
        json!(["messages", "delivery_status"])
    );
    assert_eq!(reg["one_address_per_topic"], true);
    let config = &reg["request_schema"]["properties"]["configuration"]["properties"];
    for key in ["echo", "channelTypes", "filters", "webengageConfiguration"] {
        assert!(config.get(key).is_some(), "configuration.{key}");
    }
    // The page's filter example.
    assert!(glob_match("summer-promo-*", "summer-promo-2025"));
    assert!(!glob_match("summer-promo-*", "winter-sale"));
}

#[test]
fn glob_filters_match_star_question_mark_and_literals() {
    assert!(glob_match("*", ""));
    assert!(glob_match("a?c", "abc"));
    assert!(!glob_match("a?c", "ac"));
    assert!(glob_match("*promo*2025", "summer-promo-flash-2025"));
    assert!(!glob_match("Summer-*", "summer-promo"));
    assert!(glob_match("a*b*c", "aXXbYYc") && !glob_match("a*b*c", "aXXcYYb"));
}

#[test]
fn leadsie_samples_cover_all_28_asset_types_every_connection_status_and_access_level() {
    // shared/seeds/002: "Asset types", and the `connectionAssets[]` table.
    let types = [
        "Meta Ad Account",
        "Facebook Page",
        "Facebook Catalog",
        "Meta Pixel",
        "Instagram Account",
        "Google Analytics Account",
        "Google My Business Location",
        "Google Search Console",
        "Google Merchant Center",
        "Google Tag Manager",
        "Google Ads Account",
        "TikTok Advertiser Account",
        "LinkedIn Company Page",
        "LinkedIn Ad Account",
        "Shopify Store",
        "WordPress Site",
        "Squarespace Website",
        "Klaviyo Account",
        "YouTube Channel",
        "Microsoft Ads",
        "Mailchimp Account",
        "Pinterest Ad Account",
        "GoDaddy Account",
        "HubSpot Account",
        "Yelp Business Account",
        "X Profile",
        "X Ads",
        "Snapchat Business Account",
    ];
    let statuses = [
        "Connected",
        "In progress",
        "Unknown",
        "Insufficient permissions",
        "Not Connected",
    ];
    let levels = ["Manage", "ViewOnly", "Owner"];
    let table_fields = [
        "type",
        "name",
        "id",
        "connectionStatus",
        "notes",
        "time",
        "wasInitialGrantSuccessful",
        "statusLastCheckedAt",
        "linkToAsset",
        "assignedUsers",
        "connectedAccount",
        "accessLevel",
        "wasInvitedByEmail",
        "wasCreatedByLeadsie",
        "wasGrantedViaAssetType",
        "platformPermissionsGranted",
        "googleBusinessProfileLocationMapsUri",
        "googleBusinessProfileLocationReviewUri",
        "googleBusinessProfileLocationPlaceId",
        "shopifyCollaboratorCode",
        "messageFromUser",
    ];
    let p = provider("leadsie");
    let event = p.event("connection.created").expect("event");
    let (mut seen_types, mut seen_statuses, mut seen_levels, mut seen_fields, mut overall) = (
        BTreeSet::new(),
        BTreeSet::new(),
        BTreeSet::new(),
        BTreeSet::new(),
        BTreeSet::new(),
    );
    for s in &event.samples {
        let body = render("leadsie", &event.id, Some(&s.name), &ctx(11));
        assert_eq!(body["apiVersion"], 2);
        overall.insert(body["status"].as_str().unwrap_or_default().to_string());
        overall.insert(body["accessLevel"].as_str().unwrap_or_default().to_string());
        for a in body["connectionAssets"].as_array().into_iter().flatten() {
            seen_types.insert(a["type"].as_str().unwrap_or_default().to_string());
            seen_statuses.insert(
                a["connectionStatus"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
            seen_levels.insert(a["accessLevel"].as_str().unwrap_or_default().to_string());
            seen_fields.extend(a.as_object().into_iter().flat_map(|m| m.keys().cloned()));
        }
    }
    let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(seen_types, set(&types));
    assert_eq!(seen_statuses, set(&statuses));
    assert_eq!(seen_levels, set(&levels));
    assert_eq!(
        seen_fields,
        set(&table_fields),
        "every field of the page's asset table"
    );
    // Request-level `status` and `accessLevel` values of the page's payload table.
    assert_eq!(
        overall,
        set(&["SUCCESS", "PARTIAL_SUCCESS", "FAILED", "view", "admin"])
    );
}

#[test]
fn leadsie_user_is_the_custom_user_id_of_the_target_url() {
    let with = RenderContext {
        target_url: Some("https://hooks.example.com/leadsie?customUserId=user123456"),
        ..ctx(1)
    };
    let body = render("leadsie", "connection.created", None, &with);
    assert_eq!(body["user"], "user123456");
    let first_key = body.as_object().and_then(|m| m.keys().next().cloned());
    assert_eq!(
        first_key.as_deref(),
        Some("user"),
        "as on the page, `user` comes first"
    );
    let encoded = RenderContext {
        target_url: Some("http://127.0.0.1:9000/in?a=1&customUserId=team%2F7%20b#frag"),
        ..ctx(1)
    };
    assert_eq!(
        render("leadsie", "connection.created", None, &encoded)["user"],
        "team/7 b"
    );
}

#[test]
fn leadsie_user_is_absent_without_or_with_an_empty_custom_user_id() {
    for target in [
        None,
        Some("https://hooks.example.com/leadsie"),
        Some("https://h.example.com/x?customUserId="),
    ] {
        let body = render(
            "leadsie",
            "connection.created",
            None,
            &RenderContext {
                target_url: target,
                ..ctx(1)
            },
        );
        assert!(body.get("user").is_none(), "{target:?}");
        assert!(validate_payload(
            provider("leadsie").event("connection.created").expect("e"),
            &body
        )
        .is_empty());
    }
}

#[test]
fn same_seed_renders_identical_samples_and_headers() -> TestResult {
    for p in catalog().providers() {
        for e in &p.events {
            let a = render_sample(p, e, None, &ctx(1234))?;
            let b = render_sample(p, e, None, &ctx(1234))?;
            assert_eq!(
                serde_json::to_string(&a)?,
                serde_json::to_string(&b)?,
                "{}/{}",
                p.id,
                e.id
            );
            assert_eq!(
                render_headers(p, e, &ctx(1234), "x")?,
                render_headers(p, e, &ctx(1234), "x")?
            );
            assert_eq!(
                new_delivery_id(p, &ctx(1234)),
                new_delivery_id(p, &ctx(1234))
            );
        }
    }
    Ok(())
}

#[test]
fn different_seeds_render_different_ids() {
    let ids = |seed| {
        let body = render("connectgain", "contact.created", None, &ctx(seed));
        (
            body["data"]["id"].clone(),
            new_delivery_id(provider("github"), &ctx(seed)),
        )
    };
    let (a, b) = (ids(1), ids(2));
    assert_ne!(a.0, b.0);
    assert_ne!(a.1, b.1);
    let evt = |seed| {
        render("stripe", "charge.succeeded", None, &ctx(seed))["data"]["object"]["id"].clone()
    };
    assert_ne!(evt(1), evt(2));
}

#[test]
fn now_flows_into_timestamps_of_bodies_and_headers() -> TestResult {
    let now = datetime!(2031-07-04 08:09:10.250 UTC);
    let c = RenderContext::new(1, now);
    let cg = provider("connectgain");
    let event = cg.event("contact.created")?;
    let body = render_sample(cg, event, None, &c)?;
    assert_eq!(body["timestamp"], "2031-07-04T08:09:10Z");
    assert_eq!(body["data"]["created_at"], "2031-07-04T08:09:10Z");
    let headers = render_headers(cg, event, &c, "d")?;
    assert!(headers.contains(&(
        "X-Webhook-Timestamp".to_string(),
        "2031-07-04T08:09:10Z".to_string()
    )));
    assert!(headers.contains(&("X-Webhook-Event".to_string(), "contact.created".to_string())));

    let stripe = render_sample(
        provider("stripe"),
        provider("stripe").event("customer.created")?,
        None,
        &c,
    )?;
    assert_eq!(stripe["created"], now.unix_timestamp());
    let leadsie = render_sample(
        provider("leadsie"),
        provider("leadsie").event("connection.created")?,
        None,
        &c,
    )?;
    assert_eq!(
        leadsie["connectionAssets"][0]["statusLastCheckedAt"],
        "2031-07-04T08:09:10.250Z"
    );
    let sw = provider("standard-webhooks");
    let sw_headers = render_headers(sw, sw.event("user.created")?, &c, "msg_1")?;
    assert!(sw_headers.contains(&(
        "webhook-timestamp".to_string(),
        now.unix_timestamp().to_string()
    )));
    assert!(sw_headers.contains(&("webhook-id".to_string(), "msg_1".to_string())));
    Ok(())
}

const MINIMAL: &str = r#"{
  "id": "mini", "name": "Mini", "description": "d", "docs": "d",
  "signing": {"scheme": "none"}, "headers": [], "test_event": "a.b",
  "events": [{"id": "a.b", "name": "A", "description": "d",
              "schema": {"type": "object", "required": ["id"]},
              "samples": [{"name": "default", "template": {"id": "ID"}}]}]
}"#;

fn load_err(json: &str) -> CatalogError {
    Catalog::from_sources(&[("catalog/mini.json", json)]).expect_err("the profile is rejected")
}

#[test]
fn from_sources_loads_a_minimal_profile() -> TestResult {
    let c = Catalog::from_sources(&[("catalog/mini.json", MINIMAL)])?;
    assert_eq!(c.providers().len(), 1);
    let dup = Catalog::from_sources(&[("a.json", MINIMAL), ("b.json", MINIMAL)])
        .expect_err("duplicate id");
    assert_eq!(dup.code(), "catalog_duplicate_provider");
    Ok(())
}

#[test]
fn malformed_profile_json_is_a_load_error_with_file_line_and_column() {
    let err = load_err(&MINIMAL.replace("\"docs\": \"d\",", "\"docs\": \"d\""));
    match &err {
        CatalogError::Json { file, line, .. } => {
            assert_eq!(file, "catalog/mini.json");
            assert_eq!(*line, 3);
        }
        other => panic!("expected a JSON error, got {other}"),
    }
    assert_eq!(err.code(), "catalog_json");
}

#[test]
fn profile_of_the_wrong_shape_is_a_load_error_with_file_and_json_pointer() {
    let err = load_err(&MINIMAL.replace("\"name\": \"A\", ", ""));
    assert_eq!(
        err,
        CatalogError::Profile {
            file: "catalog/mini.json".into(),
            path: "/events/0".into(),
            message: "missing required key `name`".into()
        }
    );
    let err = load_err(&MINIMAL.replace("\"samples\"", "\"sampels\""));
    assert!(
        err.to_string()
            .contains("/events/0/sampels: unknown key `sampels`"),
        "{err}"
    );
    let err = load_err(&MINIMAL.replace(
        "\"headers\": []",
        "\"headers\": [{\"name\": \"Bad Header\", \"value\": \"x\"}]",
    ));
    assert!(err.to_string().contains("at /headers/0/name"), "{err}");
    let err = load_err(&MINIMAL.replace("\"test_event\": \"a.b\"", "\"test_event\": \"nope\""));
    assert!(err.to_string().contains("/test_event"), "{err}");
}

#[test]
fn unknown_template_function_is_a_load_error_naming_provider_event_and_path() {
    let err = load_err(&MINIMAL.replace(
        "{\"id\": \"ID\"}",
        "{\"id\": \"ID\", \"deep\": [1, {\"x\": \"evt_{{frobnicate 3}}\"}]}",
    ));
    match &err {
        CatalogError::Template {
            file,
            provider,
            event,
            path,
            message,
        } => {
            assert_eq!(file, "catalog/mini.json");
            assert_eq!(provider, "mini");
            assert_eq!(event, "event `a.b`");
            assert_eq!(path, "/events/0/samples/0/template/deep/1/x");
            assert!(
                message.contains("unknown template function `frobnicate`"),
                "{message}"
            );
        }
        other => panic!("expected a template error, got {other}"),
    }
    let shown = err.to_string();
    assert!(
        shown.contains("mini") && shown.contains("a.b") && shown.contains("/template/deep/1/x"),
        "{shown}"
    );
}

#[test]
fn bad_template_arguments_and_undefined_references_are_load_errors() {
    for (template, expect) in [
        ("{{int 9 1}}", "larger than the maximum"),
        ("{{alnum}}", "needs a length"),
        ("{{alnum 0}}", "length must be"),
        ("{{ago_iso 3x}}", "invalid offset"),
        ("{{$nope}}", "`$nope` is not defined"),
        ("{{payload}}", "only allowed in the envelope"),
        ("{{pick a||b}}", "empty choice"),
        ("x {{ulid", "unclosed"),
    ] {
        let err = load_err(&MINIMAL.replace("\"ID\"", &format!("\"{template}\"")));
        assert_eq!(err.code(), "catalog_template", "{template}");
        assert!(err.to_string().contains(expect), "{template}: {err}");
    }
    // A `$let` binding is only visible inside its object.
    let scoped = r#"{"a": {"$let": {"x": "{{uuid}}"}, "y": "{{$x}}"}, "id": "{{$x}}"}"#;
    let err = load_err(&MINIMAL.replace("{\"id\": \"ID\"}", scoped));
    assert!(err.to_string().contains("/template/id"), "{err}");
}

#[test]
fn a_sample_that_violates_its_own_schema_is_a_load_error() {
    let err = load_err(&MINIMAL.replace("{\"id\": \"ID\"}", "{\"other\": 1}"));
    match err {
        CatalogError::SampleMismatch {
            provider,
            event,
            sample,
            path,
            ..
        } => {
            assert_eq!(
                (
                    provider.as_str(),
                    event.as_str(),
                    sample.as_str(),
                    path.as_str()
                ),
                ("mini", "a.b", "default", "")
            );
        }
        other => panic!("expected a sample mismatch, got {other}"),
    }
    let err = load_err(&MINIMAL.replace("\"required\": [\"id\"]", "\"required\": 5"));
    assert_eq!(err.code(), "catalog_schema");
}

#[test]
fn unknown_ids_give_errors_that_list_the_known_ones() {
    let err = catalog().provider("paypal").expect_err("unknown");
    let shown = err.to_string();
    assert!(shown.contains("unknown provider `paypal`"), "{shown}");
    for id in [
        "connexify",
        "connectgain",
        "leadsie",
        "connectly",
        "workspace",
        "stripe",
        "generic",
    ] {
        assert!(shown.contains(id), "{shown}");
    }
    assert!(err.is_user_error());
    assert_eq!(err.code(), "unknown_provider");
    let err = provider("github")
        .event("sponsorship")
        .expect_err("unknown event");
    assert!(
        err.to_string()
            .contains("push, pull_request, issues, issue_comment"),
        "{err}"
    );
    let gh = provider("github");
    let err = render_sample(gh, gh.event("ping").expect("e"), Some("nope"), &ctx(0))
        .expect_err("variant");
    assert_eq!(err.code(), "unknown_sample");
    assert!(err.to_string().contains("default"), "{err}");
}

#[test]
fn validate_payload_reports_the_json_pointer_of_the_first_violation() {
    let event = provider("connectgain")
        .event("deal.stage.changed")
        .expect("event");
    let mut body = render("connectgain", "deal.stage.changed", None, &ctx(2));
    body["data"]["stage"]["name"] = json!(42);
    let violations = validate_payload(event, &body);
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].path, "/data/stage/name");
    assert!(
        violations[0].message.contains("string"),
        "{}",
        violations[0].message
    );

    // The envelope's event field must name this event.
    let mut wrong = render("connectgain", "deal.stage.changed", None, &ctx(2));
    wrong["event"] = json!("deal.created");
    assert_eq!(validate_payload(event, &wrong)[0].path, "/event");

    let leadsie = provider("leadsie")
        .event("connection.created")
        .expect("event");
    let mut body = render("leadsie", "connection.created", Some("failed"), &ctx(2));
    // A status Leadsie may add later is not a violation (its enum is open); a number is.
    body["connectionAssets"][3]["connectionStatus"] = json!("Done");
    assert!(validate_payload(leadsie, &body).is_empty());
    body["connectionAssets"][3]["connectionStatus"] = json!(3);
    assert_eq!(
        validate_payload(leadsie, &body)[0].path,
        "/connectionAssets/3/connectionStatus"
    );

    let many = validate_payload(
        leadsie,
        &json!({"connectionAssets": (0..40).map(|_| json!({})).collect::<Vec<_>>()}),
    );
    assert_eq!(many.len(), MAX_VIOLATIONS);
}

#[test]
fn garbage_templates_give_errors_and_never_panic() {
    use rand::{Rng, SeedableRng};
    let pieces = [
        "{{",
        "}}",
        "{",
        "}",
        "?",
        "$",
        "$x",
        "query.",
        "query.a",
        "int",
        "int 1",
        "int 9 1",
        "int -9223372036854775808 9223372036854775807",
        "alnum 99999999999999999999",
        "hex 4",
        "pick",
        "pick |",
        "pick a|b",
        "pick_int 1|x",
        "ago_iso",
        "ago_iso -",
        "ago_iso 99999999999d",
        "ago_iso 1h..",
        "now_iso zz",
        "str",
        "str str now_unix",
        "str ?event",
        "lit",
        "slug",
        "lower $",
        "payload",
        "delivery_id",
        "event",
        " ",
        "\u{0}",
        "é",
        "\\",
        "\"",
        "..",
        "|",
    ];
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let (mut ok, mut errors) = (0, 0);
    for _ in 0..3000 {
        let n = rng.gen_range(1..8);
        let s: String = (0..n)
            .map(|_| pieces[rng.gen_range(0..pieces.len())])
            .collect();
        match render_template(&json!({"v": s, "a": [s]}), &ctx(1)) {
            Ok(v) => {
                ok += 1;
                assert!(v.is_object());
            }
            Err(e) => {
                errors += 1;
                assert_eq!(e.code(), "invalid_template");
            }
        }
        let profile = MINIMAL.replace("\"ID\"", &serde_json::to_string(&s).expect("string"));
        let _ = Catalog::from_sources(&[("catalog/fuzz.json", &profile)]);
    }
    assert!(ok > 0 && errors > 0, "ok {ok}, errors {errors}");

    // A template built in code can nest deeper than parsed JSON can: refused before recursing on.
    let mut deep = json!("{{uuid}}");
    for _ in 0..300 {
        deep = json!([deep]);
    }
    let err = render_template(&deep, &ctx(1)).expect_err("too deep");
    assert!(err.to_string().contains("nests deeper"), "{err}");
}

#[test]
fn template_language_types_interpolation_omission_and_bindings() -> TestResult {
    let c = RenderContext::new(5, NOW).with_target_url("https://x.example/h?u=abc&n=");
    let out = render_template(
        &json!({
            "$let": {"id": "{{uuid}}", "n": "{{int 5 5}}"},
            "int": "{{int 100 100}}",
            "amount": "{{amount 1999 1999}}",
            "interp": "evt_{{alnum 4}}-{{$n}}",
            "same": ["{{$id}}", "{{$id}}"],
            "bool": "{{bool}}",
            "unix": "{{now_unix}}",
            "unix_str": "{{str now_unix}}",
            "iso": "{{now_iso}}",
            "iso_s": "{{now_iso s +00:00}}",
            "iso_us": "{{now_iso us}}",
            "ago": "{{ago_iso 1h s}}",
            "future": "{{ago_date -1d}}",
            "q": "{{query.u}}",
            "kept_null": "{{query.missing}}",
            "omitted": "{{?query.missing}}",
            "omitted_empty": "{{?query.n}}",
            "list": ["a", "{{?query.missing}}", "b"],
            "lit": "{{lit {{}}",
            "slug": "{{slug São Paulo Coffee Co.}}",
            "pick": "{{pick only one}}",
            "pick_int": "{{pick_int 7}}",
            "money": "{{money 12 12}}",
        }),
        &c,
    )?;
    assert!(out.get("$let").is_none());
    assert_eq!(out["int"], 100);
    assert_eq!(out["amount"], 1999);
    assert!(out["interp"]
        .as_str()
        .is_some_and(|s| s.starts_with("evt_") && s.ends_with("-5") && s.len() == 10));
    assert_eq!(out["same"][0], out["same"][1]);
    assert!(out["bool"].is_boolean());
    assert_eq!(out["unix"], 1_736_937_000);
    assert_eq!(out["unix_str"], "1736937000");
    assert_eq!(out["iso"], "2025-01-15T10:30:00.123Z");
    assert_eq!(out["iso_s"], "2025-01-15T10:30:00+00:00");
    assert_eq!(out["iso_us"], "2025-01-15T10:30:00.123456Z");
    assert_eq!(out["ago"], "2025-01-15T09:30:00Z");
    assert_eq!(out["future"], "2025-01-16");
    assert_eq!(out["q"], "abc");
    assert_eq!(out["kept_null"], Value::Null);
    assert!(out.get("omitted").is_none() && out.get("omitted_empty").is_none());
    assert_eq!(out["list"], json!(["a", "b"]));
    assert_eq!(out["lit"], "{{");
    assert_eq!(out["slug"], "sao-paulo-coffee-co");
    assert_eq!(out["pick"], "only one");
    assert_eq!(out["pick_int"], 7);
    assert_eq!(out["money"], "12.00");
    Ok(())
}

#[test]
fn detect_event_uses_headers_body_fields_and_match_rules() {
    let none: [(&str, &str); 0] = [];
    let gh = provider("github");
    let by_header = detect_event(gh, &[("x-github-event", "issues")], &json!({}));
    assert_eq!(by_header.map(|e| e.id.as_str()), Some("issues"));
    assert!(detect_event(gh, &none, &json!({"zen": "x"})).is_none());

    let stripe = provider("stripe");
    let found = detect_event(stripe, &none, &json!({"type": "invoice.paid"}));
    assert_eq!(found.map(|e| e.id.as_str()), Some("invoice.paid"));
    assert!(detect_event(
        stripe,
        &none,
        &json!({"type": "radar.early_fraud_warning.created"})
    )
    .is_none());

    let slack = provider("slack");
    let mention = json!({"type": "event_callback", "event": {"type": "app_mention"}});
    assert_eq!(
        detect_event(slack, &none, &mention).map(|e| e.id.as_str()),
        Some("app_mention")
    );
    let challenge = json!({"type": "url_verification", "challenge": "c"});
    assert_eq!(
        detect_event(slack, &none, &challenge).map(|e| e.id.as_str()),
        Some("url_verification")
    );

    let connectly = provider("connectly");
    let status = json!({"topic": "delivery_status"});
    assert_eq!(
        detect_event(connectly, &none, &status).map(|e| e.id.as_str()),
        Some("delivery_status")
    );
    let inbound = json!({"timestamp": "1", "message": {"text": "hi"}});
    assert_eq!(
        detect_event(connectly, &none, &inbound).map(|e| e.id.as_str()),
        Some("messages")
    );

    let cg = provider("connectgain");
    let headers = vec![("X-Webhook-Event".to_string(), "message.read".to_string())];
    assert_eq!(
        detect_event(cg, &headers, &Value::Null).map(|e| e.id.as_str()),
        Some("message.read")
    );
    assert_eq!(
        detect_event(cg, &none, &json!({"event": "deal.assigned"})).map(|e| e.id.as_str()),
        Some("deal.assigned")
    );

    let leadsie = provider("leadsie");
    assert_eq!(
        detect_event(leadsie, &none, &json!({})).map(|e| e.id.as_str()),
        Some("connection.created")
    );
}

#[test]
fn https_is_required_where_documented_with_plain_http_allowed_on_loopback() {
    for id in ["connectgain", "connectly"] {
        let p = provider(id);
        assert!(p.url.https_required, "{id}");
        assert!(p.check_url("https://crm.example.com/webhook").is_ok());
        for local in [
            "http://localhost:8080/hook",
            "http://127.0.0.1:9000/x",
            "http://[::1]:3000/",
            "http://127.7.0.1/",
        ] {
            assert!(p.check_url(local).is_ok(), "{id} {local}");
        }
        let err = p
            .check_url("http://crm.example.com/webhook")
            .expect_err("plain http");
        assert_eq!(err.code(), "invalid_url");
        assert!(err.to_string().contains("HTTPS"), "{err}");
        assert!(p.check_url("http://192.168.1.10/hook").is_err());
    }
    let leadsie = provider("leadsie");
    assert!(leadsie
        .check_url("http://hooks.example.com/in?customUserId=1")
        .is_ok());
    assert!(leadsie.check_url("ftp://example.com/").is_err());
    assert!(leadsie.check_url("not a url").is_err());
}

#[test]
fn headers_carry_event_delivery_id_and_provider_identity() -> TestResult {
    let header = |hs: &[(String, String)], name: &str| {
        hs.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let gh = provider("github");
    let id = new_delivery_id(gh, &ctx(4));
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
    let push = gh.event("push")?;
    let hs = render_headers(gh, push, &ctx(4), &id)?;
    assert_eq!(header(&hs, "X-GitHub-Event").as_deref(), Some("push"));
    assert_eq!(header(&hs, "X-GitHub-Delivery"), Some(id.clone()));
    assert_eq!(gh.id_header.as_deref(), Some("X-GitHub-Delivery"));
    assert!(header(&hs, "User-Agent").is_some_and(|ua| ua.starts_with("GitHub-Hookshot/")));
    let body = render_sample(gh, push, None, &ctx(4))?;
    assert_eq!(
        header(&hs, "X-GitHub-Hook-Installation-Target-ID"),
        Some(body["repository"]["id"].to_string())
    );
    assert_eq!(body["after"], body["head_commit"]["id"]);

    let shop = provider("shopify");
    let uninstalled = shop.event("app/uninstalled")?;
    let hs = render_headers(shop, uninstalled, &ctx(4), "wh-1")?;
    let body = render_sample(shop, uninstalled, None, &ctx(4))?;
    assert_eq!(
        header(&hs, "X-Shopify-Topic").as_deref(),
        Some("app/uninstalled")
    );
    assert_eq!(header(&hs, "X-Shopify-Webhook-Id").as_deref(), Some("wh-1"));
    assert_eq!(
        header(&hs, "X-Shopify-Shop-Domain"),
        body["myshopify_domain"].as_str().map(String::from)
    );
    assert!(header(&hs, "X-Shopify-API-Version").is_some());

    let sw = provider("standard-webhooks");
    let id = new_delivery_id(sw, &ctx(4));
    assert!(id.starts_with("msg_") && id.len() == 31, "{id}");
    assert_eq!(sw.id_header.as_deref(), Some("webhook-id"));

    // Stripe's event id is the delivery id when one is given.
    let st = provider("stripe");
    let c = ctx(4).with_delivery_id("evt_1Fixed");
    assert_eq!(
        render_sample(st, st.event("customer.created")?, None, &c)?["id"],
        "evt_1Fixed"
    );

    // No signature headers: the signing module adds them.
    for p in catalog().providers() {
        for (name, _) in render_headers(p, p.test_event()?, &ctx(4), "d")? {
            let lower = name.to_ascii_lowercase();
            assert!(
                !lower.contains("signature") && !lower.contains("hmac"),
                "{}: {name}",
                p.id
            );
        }
    }
    Ok(())
}

#[test]
fn signing_configurations_have_the_agreed_shape() {
    let scheme = |id: &str| provider(id).signing_scheme().to_string();
    for (id, expected) in [
        ("connexify", "none"),
        ("leadsie", "none"),
        ("workspace", "none"),
        ("standard-webhooks", "standard-webhooks"),
        ("stripe", "stripe"),
        ("github", "github"),
        ("shopify", "shopify"),
        ("slack", "slack"),
        ("connectgain", "hmac"),
        ("generic", "hmac"),
    ] {
        assert_eq!(scheme(id), expected, "{id}");
    }
    assert_eq!(
        provider("connectgain").signing,
        json!({"scheme": "hmac", "algorithm": "sha256", "encoding": "hex", "header": "X-Webhook-Signature",
               "prefix": "", "content": "body", "timestamp_header": null, "id_header": null})
    );
    assert_eq!(provider("generic").signing["header"], "X-Signature");
    assert_eq!(provider("connexify").signing, json!({"scheme": "none"}));
}

#[test]
fn test_events_are_the_documented_ones() {
    for (id, test) in [
        ("connexify", "client.onboarded"),
        ("connectgain", "contact.created"),
        ("leadsie", "connection.created"),
        ("connectly", "messages"),
        ("workspace", "webhook_test"),
        ("github", "ping"),
        ("slack", "url_verification"),
        ("generic", "sample.event"),
    ] {
        assert_eq!(provider(id).test_event, test, "{id}");
    }
    let ping = render(
        "github",
        "ping",
        None,
        &RenderContext {
            target_url: Some("https://h.example/gh"),
            ..ctx(1)
        },
    );
    assert_eq!(ping["hook"]["config"]["url"], "https://h.example/gh");
}

#[test]
fn public_types_serialize_for_the_ui_and_have_typescript_declarations() -> TestResult {
    use ts_rs::TS;
    let summary = serde_json::to_value(provider("stripe").summary())?;
    assert_eq!(summary["signing_scheme"], "stripe");
    assert!(summary["events"][0]["variants"].is_array());
    let full = serde_json::to_value(provider("leadsie"))?;
    assert!(full["events"][0]["schema"]["$schema"].is_string());
    assert!(full.get("compiled").is_none());
    let decl = hookbench::catalog::ProviderSummary::decl(&ts_rs::Config::default());
    assert!(decl.contains("signing_scheme: string"), "{decl}");
    assert!(
        hookbench::catalog::Provider::decl(&ts_rs::Config::default())
            .contains("events: Array<Event>")
    );
    Ok(())
}
