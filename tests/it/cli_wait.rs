//! `hookbench captures wait` against a running `hookbench serve`: a consumer's CI waits for
//! "the webhook arrived, signed, with this field".

use serde_json::Value;

use crate::cli::{run, Serve};
use crate::cli_support::{capture, failure, json, stripe_event, Running};

const SECRET: &str = "whsec_test";

#[test]
fn wait_prints_the_signed_capture_with_the_field_and_passes_over_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    json(
        &[
            "inboxes", "create", "shop", "--verify", "stripe", "--secret", SECRET, "--json",
        ],
        data,
    );
    let waiting = Running::start(
        &[
            "captures",
            "wait",
            "--inbox",
            "shop",
            "--match",
            "json:data.object.id=pi_123",
            "--match",
            "signature=valid",
            "--match",
            "header:Stripe-Signature",
            "--timeout",
            "30s",
            "--json",
        ],
        data,
        "waiting for",
    );
    let shop = format!("{}/shop/webhooks", serve.receiver);
    // Each of these arrives after the wait started and misses one condition.
    stripe_event(&shop, "pi_999", SECRET, data);
    stripe_event(&shop, "pi_123", "whsec_wrong", data);
    stripe_event(
        &format!("{}/default", serve.receiver),
        "pi_123",
        SECRET,
        data,
    );
    let wanted = stripe_event(&shop, "pi_123", SECRET, data);

    let (status, stdout, stderr) = waiting.finish();
    assert_eq!(status.code(), Some(0), "{stderr}");
    let printed: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(printed["id"], wanted.as_str(), "{stdout}");
    assert_eq!(printed["signature"], "valid");
    assert_eq!(printed["inbox"], "shop");
    assert_eq!(printed["check"]["event"], "payment_intent.succeeded");
    assert!(printed["body"]["data"].as_str().unwrap().contains("pi_123"));
}

#[test]
fn wait_times_out_with_why_the_last_capture_missed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let waiting = Running::start(
        &[
            "captures",
            "wait",
            "--match",
            "json:order.total=20",
            "--match",
            "method=POST",
            "--timeout",
            "4s",
        ],
        data,
        "waiting for",
    );
    capture(
        &format!("{}/default", serve.receiver),
        r#"{"order":{"total":19}}"#,
    );
    let (status, stdout, stderr) = waiting.finish();
    assert_eq!(status.code(), Some(6), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("no matching capture arrived within 4s"),
        "{stderr}"
    );
    assert!(
        stderr.contains("one capture did not match")
            && stderr.contains("`json:order.total=20` does not hold: order.total is \"19\""),
        "{stderr}"
    );
}

#[test]
fn only_new_captures_count_unless_since_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let url = format!("{}/default/early", serve.receiver);
    let first = capture(&url, r#"{"n":1}"#);
    let second = capture(&url, r#"{"n":2}"#);
    let wait = |extra: &[&str]| {
        let args = [
            &["captures", "wait", "--match", "path=/default/early"][..],
            extra,
        ]
        .concat();
        run(&args, data)
    };

    let missed = wait(&["--timeout", "1500ms"]);
    assert_eq!(missed.status.code(), Some(6), "{missed:?}");
    assert!(String::from_utf8_lossy(&missed.stderr).contains("no capture arrived"));

    let found = wait(&["--since", "10m"]);
    assert_eq!(found.status.code(), Some(0), "{found:?}");
    let text = String::from_utf8(found.stdout).unwrap();
    assert!(
        text.starts_with(&format!("matched {first} in inbox default\n")),
        "the oldest since the point: {text}"
    );
    assert!(text.contains("POST /default/early HTTP/1.1"), "{text}");

    let after_first = wait(&["--since", &first, "--json"]);
    assert_eq!(after_first.status.code(), Some(0), "{after_first:?}");
    let printed: Value = serde_json::from_slice(&after_first.stdout).unwrap();
    assert_eq!(printed["id"], second.as_str());

    let after_second = wait(&["--since", &second, "--timeout", "500ms"]);
    assert_eq!(after_second.status.code(), Some(6), "{after_second:?}");
}

#[test]
fn a_bad_expression_is_exit_2_saying_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (&["--match", "colour=red"][..], "unknown field `colour`"),
        (&["--match", "method"], "`method` needs a value"),
        (&["--match", "header:"], "needs a header name"),
        (&["--match", "signature=ok"], "valid, invalid or unsigned"),
        (&["--match", "status=abc"], "three digits"),
        (&["--timeout", "soon"], "not a duration"),
        (&["--since", "yesterday"], "not a duration ago"),
    ];
    for (args, why) in cases {
        let (code, stderr) = failure(&[&["captures", "wait"][..], args].concat(), dir.path());
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(why), "{args:?}: {stderr}");
    }
}

#[test]
fn a_wait_that_could_never_match_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    let (code, stderr) = failure(
        &["captures", "wait", "--inbox", "nope", "--timeout", "1m"],
        data,
    );
    assert_eq!(code, Some(5), "{stderr}");
    assert!(stderr.contains("no inbox is called `nope`"), "{stderr}");

    let (code, stderr) = failure(
        &[
            "captures",
            "wait",
            "--inbox",
            "default",
            "--match",
            "signature=valid",
            "--timeout",
            "1m",
        ],
        data,
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("does not verify signatures") && stderr.contains("--verify"),
        "{stderr}"
    );
}
