//! `hookbench captures check` and `hookbench status` against a running `hookbench serve`.

use serde_json::Value;

use crate::cli::{run, Serve};
use crate::cli_support::{failure, json, stripe_event, text};

/// A fresh Stripe sample sent signed with `secret`; the capture's id.
fn stripe_sample(url: &str, secret: &str, dir: &std::path::Path) -> String {
    let attempt = json(
        &[
            "send",
            "--provider",
            "stripe",
            "--event",
            "payment_intent.succeeded",
            "--url",
            url,
            "--secret",
            secret,
            "--json",
        ],
        dir,
    );
    let answer: Value =
        serde_json::from_str(attempt["response"]["body"]["data"].as_str().unwrap()).unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

#[test]
fn check_judges_a_capture_as_the_providers_consumer_would() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let url = format!("{}/default/stripe", serve.receiver);
    let id = stripe_sample(&url, "whsec_right", data);

    let check = json(
        &[
            "captures",
            "check",
            &id,
            "--provider",
            "stripe",
            "--secret",
            "whsec_right",
            "--json",
        ],
        data,
    );
    assert_eq!(check["signature"]["status"], "valid");
    assert_eq!(check["event"], "payment_intent.succeeded");
    assert_eq!(check["violations"], serde_json::json!([]));

    let wrong = run(
        &[
            "captures",
            "check",
            &id,
            "--provider",
            "stripe",
            "--secret",
            "whsec_wrong",
        ],
        data,
    );
    assert_eq!(wrong.status.code(), Some(1), "{wrong:?}");
    let shown = String::from_utf8(wrong.stdout).unwrap();
    assert!(shown.contains("signature   invalid: "), "{shown}");
    assert!(
        shown.contains("event       payment_intent.succeeded"),
        "{shown}"
    );

    let partial = stripe_event(&url, "pi_1", "whsec_right", data);
    let unfit = run(
        &[
            "captures",
            "check",
            &partial,
            "--provider",
            "stripe",
            "--secret",
            "whsec_right",
        ],
        data,
    );
    assert_eq!(
        unfit.status.code(),
        Some(1),
        "a body that misses the schema: {unfit:?}"
    );
    let shown = String::from_utf8(unfit.stdout).unwrap();
    assert!(shown.contains("signature   valid"), "{shown}");
    assert!(shown.contains("is a required property"), "{shown}");

    let (code, stderr) = failure(&["captures", "check", &id, "--provider", "nope"], data);
    assert_eq!(code, Some(2), "{stderr}");
}

#[test]
fn status_says_where_the_instance_listens_or_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (code, stderr) = failure(&["status"], data);
    assert_eq!(code, Some(4), "{stderr}");
    let serve = Serve::start(data, &[]);
    let status = json(&["status", "--json"], data);
    assert_eq!(status["receiver_url"], serve.receiver.as_str());
    assert!(text(&["status"], data).starts_with("running     hookbench "));
}
