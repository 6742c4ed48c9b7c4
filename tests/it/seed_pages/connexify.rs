//! Connexify's page (shared/seeds/000_b5c29a11d1262de7.txt) prints one example, "Example Request
//! Data", lines 34–178: fixtures/seeds/connexify_example_request_data.txt.

use hookbench::catalog::{render_sample, validate_payload, RenderContext};
use serde_json::{json, Value};

use super::{captured_and_checked, missing_from, provider, recognised_and_valid};
use crate::support::start;

const PAGE: &str = include_str!("../fixtures/seeds/connexify_example_request_data.txt");

/// The one fix the profile documents: the comma missing after the `google.analytics` object.
fn with_the_comma() -> String {
    let fixed = PAGE.replacen("]\n}\n\"ads\"", "]\n},\n\"ads\"", 1);
    assert_ne!(fixed, PAGE, "the fix applies to the page's text");
    fixed
}

/// Every value of a key anywhere in a JSON document.
fn values_of<'v>(v: &'v Value, key: &str, out: &mut Vec<&'v Value>) {
    match v {
        Value::Object(m) => {
            for (k, item) in m {
                if k == key {
                    out.push(item);
                }
                values_of(item, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| values_of(i, key, out)),
        _ => {}
    }
}

#[tokio::test]
async fn connexify_page_example_validates_with_only_its_comma_fixed_and_arrives_as_client_onboarded(
) {
    let err = serde_json::from_str::<Value>(PAGE).expect_err("the page's example is not JSON");
    assert_eq!(err.line(), 77, "the error is at `\"ads\"`: {err}");

    let fixed = with_the_comma();
    let body: Value = serde_json::from_str(&fixed).unwrap();
    let no_headers: [(&str, &str); 0] = [];
    assert_eq!(
        recognised_and_valid("connexify", &no_headers, &body),
        "client.onboarded"
    );
    // What the schema used to refuse: the Google Ads response names no `account`.
    let ads = &body["client"]["permissions"]["google"]["ads"]["response"][0];
    assert!(ads.get("account").is_none() && ads["status"] == 401);

    let instance = start().await;
    let check = captured_and_checked(
        &instance,
        "connexify",
        &[("Content-Type", "application/json")],
        &fixed,
    )
    .await;
    assert_eq!(check["event"], "client.onboarded");

    // The samples still carry everything the page's example does (they name their platforms
    // after real ones, so the page's `pages` / `productCatalog` / `analytics` / `ads` are there).
    let p = provider("connexify");
    let event = p.event("client.onboarded").unwrap();
    let ctx = RenderContext::new(8, time::OffsetDateTime::now_utc());
    let mixed = render_sample(p, event, Some("mixed"), &ctx).unwrap();
    assert_eq!(missing_from(&mixed, &body), Vec::<String>::new());
    for s in &event.samples {
        let sample = render_sample(p, event, Some(&s.name), &ctx).unwrap();
        assert!(validate_payload(event, &sample).is_empty(), "{}", s.name);
        // A realistic delivery names the account of every response entry, though the page's
        // Ads entry does not.
        let mut responses = Vec::new();
        values_of(&sample["client"]["permissions"], "response", &mut responses);
        for entry in responses
            .iter()
            .flat_map(|r| r.as_array().into_iter().flatten())
        {
            assert!(entry["account"].is_string(), "{}: {entry}", s.name);
        }
    }
    let mut statuses = Vec::new();
    values_of(&mixed["client"]["permissions"], "status", &mut statuses);
    for status in [200, 400, 401] {
        assert!(statuses.contains(&&json!(status)), "{status}");
    }
}

#[test]
fn connexify_formats_and_groups_are_what_the_page_guarantees_no_more() {
    let event = provider("connexify").event("client.onboarded").unwrap();
    let mut body: Value = serde_json::from_str(&with_the_comma()).unwrap();
    // The page names no id or time format: other ids and times are not violations.
    body["link"]["id"] = json!("lnk_42");
    body["client"]["createdAt"] = json!("2025-06-06 22:01:16");
    // A client who connected nothing on Google: the group is simply absent.
    body["client"]["permissions"]
        .as_object_mut()
        .unwrap()
        .remove("google");
    assert_eq!(validate_payload(event, &body), vec![]);
    // What the page does show is still checked.
    body["client"].as_object_mut().unwrap().remove("id");
    body["link"]["name"] = json!(7);
    let paths: Vec<String> = validate_payload(event, &body)
        .into_iter()
        .map(|v| v.path)
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths.contains(&"/client".to_owned()) && paths.contains(&"/link/name".to_owned()));
}
