//! Nothing secret reaches the logs: `hookbench serve` with every log level on (`RUST_LOG=trace`)
//! receives, verifies, delivers, forwards, replays and exports with known secrets, and neither
//! they nor the API token appear in anything it printed, except the token in the one `ui` line
//! a user opens.

use std::time::Duration;

use crate::cli::run;
use crate::cli_support::{curl, json, text};
use crate::serve_process::ServeProcess;
use crate::target::{Reply, Target};

const WEBHOOK_SECRET: &str = "whsec_logcheckwebhook0123456789";
const INBOX_SECRET: &str = "whsec_logcheckinbox0123456789";
const REPLAY_SECRET: &str = "whsec_logcheckreplay0123456789";
const EMULATOR_KEY: &str = "hbk_logcheckemulatorkey0123456789";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_and_the_token_never_reach_the_logs() {
    let target = Target::start(|_| Reply::Status(200)).await;
    let to = target.url("/app");
    let (stdout, stderr, token) = tokio::task::spawn_blocking(move || exercise(&to))
        .await
        .unwrap();
    assert!(
        target.received().len() >= 2,
        "the forward and the replay arrived"
    );
    assert!(stderr.contains("DEBUG"), "logging was on: {stderr:.2000}");
    for secret in [WEBHOOK_SECRET, INBOX_SECRET, REPLAY_SECRET, EMULATOR_KEY] {
        assert!(!stdout.contains(secret), "{secret} on standard output");
        assert!(!stderr.contains(secret), "{secret} in the log");
    }
    assert!(!stderr.contains(&token), "the API token in the log");
    let with_token: Vec<&str> = stdout.lines().filter(|l| l.contains(&token)).collect();
    assert_eq!(with_token.len(), 1, "{with_token:?}");
    assert!(with_token[0].starts_with("ui http://"), "{with_token:?}");
}

/// Runs everything against a serve with debug logging; what it printed, and its token.
fn exercise(target: &str) -> (String, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let serve = ServeProcess::start(
        &[
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "127.0.0.1:0",
            "--emulator",
            "127.0.0.1:0",
            "--emulator-key",
            EMULATOR_KEY,
            // Idle connections are closed (and logged) soon.
            "--header-timeout",
            "1",
        ],
        data,
        &[("RUST_LOG", "trace")],
    );
    let receiver = serve.printed("receiver").to_owned();
    let emulator = serve.printed("emulator").to_owned();
    let token = serve
        .printed("ui")
        .split_once("#token=")
        .unwrap()
        .1
        .to_owned();

    // Receive and verify.
    text(
        &[
            "inboxes",
            "create",
            "shop",
            "--verify",
            "stripe",
            "--secret",
            INBOX_SECRET,
        ],
        data,
    );
    // Deliver, signed, to the inbox; wait until it arrived.
    let webhook = json(
        &[
            "webhooks",
            "create",
            "--name",
            "shop",
            "--provider",
            "stripe",
            "--url",
            &format!("{receiver}/shop"),
            "--event",
            "*",
            "--secret",
            WEBHOOK_SECRET,
            "--json",
        ],
        data,
    );
    assert!(webhook["id"].is_string(), "{webhook}");
    text(
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "payment_intent.succeeded",
        ],
        data,
    );
    let delivered = json(
        &[
            "captures",
            "wait",
            "--inbox",
            "shop",
            "--since",
            "10m",
            "--timeout",
            "20s",
            "--match",
            "method=POST",
            "--json",
        ],
        data,
    );
    let capture_id = delivered["id"].as_str().unwrap().to_owned();
    // A delivery that fails (a refused port) logs its error.
    let emulator_port = emulator.rsplit(':').next().unwrap();
    let own = json(
        &[
            "webhooks",
            "create",
            "--name",
            "own",
            "--provider",
            "stripe",
            "--url",
            &format!("http://127.0.0.1:{emulator_port}/"),
            "--secret",
            WEBHOOK_SECRET,
            "--json",
        ],
        data,
    );
    text(&["webhooks", "test", own["id"].as_str().unwrap()], data);
    // The emulator, with its key.
    let registrations = curl(&[
        "-H",
        &format!("X-API-Key: {EMULATOR_KEY}"),
        &format!("{emulator}/v1/businesses/acme/webhooks"),
    ]);
    assert!(registrations.contains("webhooks"), "{registrations}");
    // Forward, answering with the target's response.
    text(
        &[
            "inboxes",
            "create",
            "fwd",
            "--forward",
            target,
            "--respond-with",
            "target",
        ],
        data,
    );
    let forwarded = curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-d",
        "{\"n\":1}",
        &format!("{receiver}/fwd/order"),
    ]);
    assert_eq!(forwarded, "200", "the target's answer");
    // Replay, re-signed.
    let replayed = run(
        &[
            "replay",
            &capture_id,
            "--to",
            target,
            "--resign",
            "--profile",
            "stripe",
            "--secret",
            REPLAY_SECRET,
        ],
        data,
    );
    assert!(replayed.status.success(), "{replayed:?}");
    // Export.
    let exported = data.join("shop.har");
    text(
        &[
            "export",
            "--format",
            "har",
            "--inbox",
            "shop",
            "-o",
            exported.to_str().unwrap(),
        ],
        data,
    );
    // A request with a wrong token is refused, and not logged with the one it carried.
    let refused = curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-H",
        &format!("Authorization: Bearer {WEBHOOK_SECRET}"),
        &format!(
            "{}/api/status",
            serve.printed("ui").split("/#").next().unwrap()
        ),
    ]);
    assert_eq!(refused, "401");
    // The outbox's kept-alive connection to the receiver, closed when idle, is logged.
    serve.await_stderr("receiver connection from", Duration::from_secs(10));
    let (stdout, stderr) = serve.stop();
    (stdout, stderr, token)
}
