//! GitHub samples as a consumer sees them: one repository, owner and sender per delivery, URLs
//! built from them, the headers' ids equal to the body's, and new values for each seed.

use hookbench::catalog::{
    render_headers, render_sample, validate_payload, Catalog, Provider, RenderContext,
};
use serde_json::{json, Value};
use time::macros::datetime;

fn github() -> &'static Provider {
    Catalog::embedded().unwrap().provider("github").unwrap()
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00.123 UTC))
}

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
}

/// Every string in a value.
fn strings<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        Value::Object(map) => map.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

#[test]
fn every_sample_is_consistent_with_itself_and_its_headers() {
    let gh = github();
    for event in &gh.events {
        for sample in &event.samples {
            for seed in [3, 8] {
                let label = format!("{}/{} seed {seed}", event.id, sample.name);
                let body = render_sample(gh, event, Some(&sample.name), &ctx(seed)).unwrap();
                let headers = render_headers(gh, event, &ctx(seed), "d-1").unwrap();
                if let Some(repo) = body.get("repository").filter(|r| r.is_object()) {
                    let full_name = repo["full_name"].as_str().unwrap();
                    assert_eq!(
                        full_name,
                        format!(
                            "{}/{}",
                            repo["owner"]["login"].as_str().unwrap(),
                            repo["name"].as_str().unwrap()
                        ),
                        "{label}"
                    );
                    assert_eq!(
                        repo["html_url"],
                        format!("https://github.com/{full_name}"),
                        "{label}"
                    );
                    let mut urls = Vec::new();
                    strings(repo, &mut urls);
                    for url in urls
                        .iter()
                        .filter(|u| u.starts_with("https://api.github.com/repos/"))
                    {
                        assert!(
                            url.starts_with(&format!("https://api.github.com/repos/{full_name}")),
                            "{label}: {url}"
                        );
                    }
                    assert_eq!(
                        header(&headers, "X-GitHub-Hook-Installation-Target-ID"),
                        Some(repo["id"].to_string()),
                        "{label}"
                    );
                }
                let sender = &body["sender"];
                // A bot's page is `https://github.com/apps/NAME`.
                if let (Some(login), Some("User")) =
                    (sender["login"].as_str(), sender["type"].as_str())
                {
                    assert_eq!(
                        sender["html_url"],
                        format!("https://github.com/{login}"),
                        "{label}"
                    );
                }
                for (object, path) in [("pull_request", "pulls"), ("issue", "issues")] {
                    let Some(item) = body.get(object).filter(|o| o.is_object()) else {
                        continue;
                    };
                    let number = item["number"].to_string();
                    let url = item["url"].as_str().unwrap();
                    assert!(
                        url.ends_with(&format!("/{path}/{number}")),
                        "{label}: {url}"
                    );
                    if object == "pull_request" && body.get("number").is_some() {
                        assert_eq!(body["number"], item["number"], "{label}");
                    }
                }
            }
        }
    }
}

#[test]
fn ping_carries_the_hook_of_its_headers_and_push_its_head_commit() {
    let gh = github();
    let ping = gh.event("ping").unwrap();
    let c = RenderContext {
        target_url: Some("https://hooks.example.com/gh"),
        ..ctx(5)
    };
    let body = render_sample(gh, ping, None, &c).unwrap();
    let headers = render_headers(gh, ping, &c, "d-1").unwrap();
    assert_eq!(
        header(&headers, "X-GitHub-Hook-ID"),
        Some(body["hook_id"].to_string())
    );
    assert_eq!(body["hook"]["id"], body["hook_id"]);
    assert_eq!(
        body["hook"]["config"]["url"],
        "https://hooks.example.com/gh"
    );
    let without_target = render_sample(gh, ping, None, &ctx(5)).unwrap();
    assert!(without_target["hook"]["config"].get("url").is_none());

    let push = render_sample(gh, gh.event("push").unwrap(), None, &ctx(5)).unwrap();
    assert_eq!(push["after"], push["head_commit"]["id"]);
    assert!(push["commits"].as_array().is_some_and(|c| !c.is_empty()));
}

#[test]
fn samples_change_with_the_seed_and_keep_their_timestamps_in_order() {
    let gh = github();
    for event in &gh.events {
        for sample in &event.samples {
            let one = render_sample(gh, event, Some(&sample.name), &ctx(1)).unwrap();
            let two = render_sample(gh, event, Some(&sample.name), &ctx(2)).unwrap();
            assert_ne!(one, two, "{}/{}", event.id, sample.name);
            if let Some(repo) = one.get("repository").filter(|r| r.is_object()) {
                assert_ne!(
                    repo["id"], two["repository"]["id"],
                    "{}/{}",
                    event.id, sample.name
                );
            }
            // A pull request or issue is created before it is updated or closed.
            for object in ["pull_request", "issue"] {
                let Some(item) = one.get(object).filter(|o| o.is_object()) else {
                    continue;
                };
                let Some(created) = item["created_at"].as_str() else {
                    continue;
                };
                for later in ["updated_at", "closed_at"] {
                    if let Some(t) = item[later].as_str() {
                        assert!(
                            created <= t,
                            "{}/{}: created {created}, {later} {t}",
                            event.id,
                            sample.name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn an_action_github_adds_later_is_judged_by_what_all_actions_share() {
    let gh = github();
    let event = gh.event("pull_request").unwrap();
    let mut body = render_sample(gh, event, Some("opened"), &ctx(4)).unwrap();
    body["action"] = json!("frobnicated");
    assert_eq!(validate_payload(event, &body), []);
    body.as_object_mut().unwrap().remove("repository");
    let violations = validate_payload(event, &body);
    assert!(
        violations.iter().any(|v| v.message.contains("repository")),
        "{violations:?}"
    );

    // A known action is judged by its own variant: `assigned` requires what others do not.
    let mut assigned = render_sample(gh, event, Some("assigned"), &ctx(4)).unwrap();
    assert_eq!(validate_payload(event, &assigned), []);
    assigned.as_object_mut().unwrap().remove("assignee");
    let violations = validate_payload(event, &assigned);
    assert!(
        violations.iter().any(|v| v.message.contains("assignee")),
        "{violations:?}"
    );
    assigned["action"] = json!("frobnicated");
    assert_eq!(validate_payload(event, &assigned), []);

    // A push whose compare URL is not a valid URI is still a valid push.
    let mut push = render_sample(gh, gh.event("push").unwrap(), None, &ctx(4)).unwrap();
    push["compare"] = json!("https://github.com/o/r/compare/d70c5c6fa638^...000000000000");
    assert_eq!(validate_payload(gh.event("push").unwrap(), &push), []);
}
