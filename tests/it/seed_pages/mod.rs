//! Every JSON example the five seed pages print validates against its profile, and is judged the
//! same way when it arrives at the receiver.
//!
//! The examples are copied verbatim from the pages (`shared/seeds/`) into `fixtures/seeds/`; each
//! test names the page and the lines. Where a page's text is not JSON as printed, the test applies
//! the reading the profile's `docs` document (Connexify's missing comma, ConnectGain's `...`,
//! Workspace's pseudo-code), and pins that the verbatim text needs it.

mod connectgain;
mod connectly;
mod connexify;
mod leadsie;
mod pseudo_code;
mod workspace;

use std::collections::BTreeSet;

use hookbench::catalog::{detect_event, validate_payload, Catalog, Provider};
use serde_json::{json, Value};

use crate::support::Instance;

pub fn provider(id: &str) -> &'static Provider {
    Catalog::embedded()
        .expect("the embedded catalog loads")
        .provider(id)
        .expect("known provider")
}

/// The event the profile recognises in this request; panics unless the body also validates.
pub fn recognised_and_valid(provider_id: &str, headers: &[(&str, &str)], body: &Value) -> String {
    let p = provider(provider_id);
    let event = detect_event(p, headers, body)
        .unwrap_or_else(|| panic!("{provider_id} recognises no event in {body}"));
    let violations = validate_payload(event, body);
    assert!(
        violations.is_empty(),
        "{provider_id}/{}: {violations:?}",
        event.id
    );
    event.id.clone()
}

/// POSTs `body` to the receiver with `headers`, then checks the capture against the provider
/// through the API; returns the check (event recognised, no violations asserted).
pub async fn captured_and_checked(
    instance: &Instance,
    provider_id: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Value {
    let mut request = instance
        .http
        .post(instance.receiver(&format!("/{provider_id}")));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let answer: Value = request
        .body(body.to_owned())
        .send()
        .await
        .expect("the receiver answers")
        .json()
        .await
        .expect("a JSON answer");
    let id = answer["captured"].as_str().expect("a capture id");
    let check: Value = instance
        .http
        .post(instance.api(&format!("/api/captures/{id}/check")))
        .bearer_auth(instance.running.token())
        .json(&json!({"provider": provider_id}))
        .send()
        .await
        .expect("the API answers")
        .json()
        .await
        .expect("a JSON check");
    assert!(check["json_error"].is_null(), "{check}");
    assert_eq!(check["violations"], json!([]), "{check}");
    check
}

/// Every key path of a document (`client.permissions.meta.pages.account.*.label`), array
/// indices as `*`, to compare what a page's example carries with what a sample carries.
pub fn key_paths(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, at: &str, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                for (k, item) in map {
                    let path = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    out.insert(path.clone());
                    walk(item, &path, out);
                }
            }
            Value::Array(items) => {
                for item in items {
                    walk(item, &format!("{at}.*"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(v, "", &mut out);
    out
}

/// The key paths of `page` that `sample` lacks.
pub fn missing_from(sample: &Value, page: &Value) -> Vec<String> {
    let have = key_paths(sample);
    key_paths(page)
        .into_iter()
        .filter(|p| !have.contains(p))
        .collect()
}

/// Validates `instance` against a JSON Schema kept in a profile's `registration` data.
pub fn registration_violations(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .expect("the registration schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path().as_str()))
        .collect()
}
