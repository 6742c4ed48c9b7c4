//! The GitHub profile is generated from GitHub's vendored webhooks description and examples
//! (`catalog/sources/github/`): it stays what its sources give, every published example of an
//! offered event validates, every action is offered, and every sample is complete, consistent
//! within itself and with its headers, and new for each seed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use hookbench::catalog::import::{import_openapi, regenerate_all, ImportSources, Input};
use hookbench::catalog::{render_sample, validate_payload, Catalog, Provider, RenderContext};
use serde_json::Value;
use time::macros::datetime;

fn catalog_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog")
}

fn source(name: &str) -> Value {
    let path = catalog_dir().join("sources/github").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn github() -> &'static Provider {
    Catalog::embedded().unwrap().provider("github").unwrap()
}

fn ctx(seed: u64) -> RenderContext<'static> {
    RenderContext::new(seed, datetime!(2025-01-15 10:30:00.123 UTC))
}

/// The first JSON pointer where two values differ, and both values there.
fn first_difference(a: &Value, b: &Value, at: &str) -> Option<(String, String, String)> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => first_difference(p, q, &here),
                    (p, q) => Some((here, short(p), short(q))),
                }
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}/{i}"))),
        _ if a == b => None,
        _ => Some((at.to_string(), short(Some(a)), short(Some(b)))),
    }
}

fn short(v: Option<&Value>) -> String {
    let text = v.map_or_else(|| "nothing".to_string(), Value::to_string);
    text.chars().take(120).collect()
}

#[test]
fn committed_generated_profiles_are_what_their_sources_give() {
    let generated = regenerate_all(&catalog_dir()).unwrap_or_else(|e| panic!("{e}"));
    assert!(generated.iter().any(|g| g.file.ends_with("github.json")));
    for g in generated {
        let shown = g.file.display();
        let committed = std::fs::read_to_string(&g.file).unwrap_or_default();
        let committed_json: Value = serde_json::from_str(&committed).unwrap_or(Value::Null);
        let fresh: Value = serde_json::from_str(&g.text).unwrap();
        if let Some((at, was, now)) = first_difference(&committed_json, &fresh, "") {
            panic!("{shown} differs from its sources at {at}: committed {was}, generated {now}; run `make catalog`");
        }
        assert!(
            committed == g.text,
            "{shown}: same JSON, different layout; run `make catalog`"
        );
    }
}

#[test]
fn every_published_example_of_an_offered_event_validates() {
    let examples = source("examples.json");
    let gh = github();
    let mut checked = BTreeMap::new();
    let mut failures = Vec::new();
    for (i, entry) in examples.as_array().unwrap().iter().enumerate() {
        let name = entry["name"].as_str().unwrap();
        let Ok(event) = gh.event(name) else { continue };
        for (j, example) in entry["examples"].as_array().unwrap().iter().enumerate() {
            *checked.entry(name.to_string()).or_insert(0) += 1;
            let violations = validate_payload(event, example);
            if let Some(v) = violations.first() {
                let action = example["action"].as_str().unwrap_or("-");
                let message: String = v.message.chars().take(200).collect();
                failures.push(format!(
                    "examples.json#/{i}/examples/{j} ({name} {action}): {}: {message}",
                    v.path
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Every offered event has published examples, and all of them were checked.
    let offered: BTreeSet<String> = gh.events.iter().map(|e| e.id.clone()).collect();
    assert_eq!(checked.keys().cloned().collect::<BTreeSet<_>>(), offered);
    assert!(checked.values().sum::<usize>() >= 150, "{checked:?}");
}

#[test]
fn every_offered_event_has_one_sample_per_action_of_the_description() {
    let doc = source("openapi.json");
    let mut actions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for op in doc["webhooks"].as_object().unwrap().values() {
        let event = op["post"]["x-github"]["subcategory"].as_str().unwrap();
        let operation = op["post"]["operationId"].as_str().unwrap();
        let action = operation
            .split_once('/')
            .map_or("default", |(_, a)| a)
            .replace('-', "_");
        actions.entry(event.to_string()).or_default().insert(action);
    }
    let gh = github();
    for event in &gh.events {
        let samples: BTreeSet<String> = event.samples.iter().map(|s| s.name.clone()).collect();
        assert_eq!(Some(&samples), actions.get(&event.id), "{}", event.id);
    }
    let count = |id: &str| gh.event(id).map(|e| e.samples.len()).unwrap_or(0);
    assert_eq!(count("pull_request"), 21);
    assert_eq!(count("issues"), 18);
    let ids: BTreeSet<&str> = gh.events.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "push",
        "pull_request",
        "issues",
        "issue_comment",
        "pull_request_review",
        "pull_request_review_comment",
        "release",
        "create",
        "delete",
        "workflow_run",
        "workflow_job",
        "check_run",
        "check_suite",
        "star",
        "fork",
        "installation",
        "ping",
    ] {
        assert!(ids.contains(id), "{id} is offered");
    }
    for (id, default) in [
        ("pull_request", "opened"),
        ("issues", "opened"),
        ("release", "published"),
    ] {
        assert_eq!(gh.event(id).unwrap().samples[0].name, default, "{id}");
    }
}

#[test]
fn every_sample_carries_every_field_github_marks_required() {
    // The same import without the overlay's relaxations: GitHub's schemas as published.
    let mut overlay = source("overlay.json");
    overlay["relax"] = Value::Array(Vec::new());
    let doc = source("openapi.json");
    let examples = source("examples.json");
    let strict = import_openapi(&ImportSources {
        document: Input {
            name: "openapi.json",
            value: &doc,
        },
        overlay: Input {
            name: "overlay.json",
            value: &overlay,
        },
        examples: Some(Input {
            name: "examples.json",
            value: &examples,
        }),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let text = serde_json::to_string(&strict.profile).unwrap();
    let strict = Catalog::from_sources(&[("github-as-published.json", &text)])
        .unwrap_or_else(|e| panic!("{e}"));
    let strict = strict.provider("github").unwrap();
    let gh = github();
    for event in &gh.events {
        let published = strict.event(&event.id).unwrap();
        for sample in &event.samples {
            for seed in [0, 7] {
                let body = render_sample(gh, event, Some(&sample.name), &ctx(seed)).unwrap();
                let missing = validate_payload(published, &body);
                assert!(
                    missing.is_empty(),
                    "{}/{} seed {seed}: {missing:?}",
                    event.id,
                    sample.name
                );
            }
        }
    }
}
