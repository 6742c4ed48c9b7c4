//! `hookbench captures send ID`: a captured request sent again as a provider event to the
//! webhooks subscribed to it (the capture toolbar's "Send as event").

use crate::cli::Serve;
use crate::cli_support::{capture, failure, json, stripe_event, text};

/// A loopback URL nothing listens on: the deliveries are queued and their attempts refused.
fn refused_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/hooks")
}

#[test]
fn a_recognised_capture_is_queued_to_each_subscribed_webhook() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let url = refused_url();
    let webhook = text(
        &[
            "webhooks",
            "create",
            "--name",
            "shop",
            "--provider",
            "stripe",
            "--url",
            &url,
        ],
        data,
    );
    let other = text(
        &[
            "webhooks",
            "create",
            "--name",
            "charges",
            "--provider",
            "stripe",
            "--url",
            &url,
            "--event",
            "charge.*",
        ],
        data,
    );
    let id = stripe_event(
        &format!("{}/default", serve.receiver),
        "pi_1",
        "whsec_a",
        data,
    );

    let sent = json(&["captures", "send", &id, "--json"], data);
    let deliveries = sent["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 1, "{sent}");
    assert_eq!(deliveries[0]["event"], "payment_intent.succeeded");
    assert_eq!(deliveries[0]["webhook_id"], webhook.trim());
    assert_eq!(sent["skipped"][0]["webhook_id"], other.trim(), "{sent}");

    let lines = text(&["captures", "send", &id], data);
    assert!(
        lines.contains("queued") && lines.contains("payment_intent.succeeded → shop"),
        "{lines}"
    );
    assert!(lines.contains("skipped  charges: "), "{lines}");

    // A body no profile recognises goes out once the provider and event are named.
    let plain = capture(
        &format!("{}/default", serve.receiver),
        r#"{"hello":"world"}"#,
    );
    let (code, stderr) = failure(&["captures", "send", &plain], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("no provider profile recognises this capture")
            && stderr.contains("--provider P and --event E"),
        "{stderr}"
    );
    let sent = json(
        &[
            "captures",
            "send",
            &plain,
            "--provider",
            "stripe",
            "--event",
            "payment_intent.succeeded",
            "--json",
        ],
        data,
    );
    assert_eq!(sent["deliveries"].as_array().unwrap().len(), 1, "{sent}");
}

#[test]
fn an_unknown_capture_is_5_and_an_unknown_provider_or_event_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = Serve::start(data, &[]);
    let (code, stderr) = failure(&["captures", "send", "01NOPE"], data);
    assert_eq!(code, Some(5), "{stderr}");
    assert!(stderr.contains("01NOPE"), "{stderr}");

    let id = capture(&format!("{}/default", serve.receiver), "{}");
    for (provider, event, says) in [
        ("nope", "x", "nope"),
        ("stripe", "no.such.event", "no.such.event"),
    ] {
        let (code, stderr) = failure(
            &[
                "captures",
                "send",
                &id,
                "--provider",
                provider,
                "--event",
                event,
            ],
            data,
        );
        assert_eq!(code, Some(2), "{provider} {event}: {stderr}");
        assert!(stderr.contains(says), "{stderr}");
    }
}
