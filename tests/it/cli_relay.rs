//! `hookbench forward` and `hookbench replay` against a running `hookbench serve`, with a local
//! target server.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use hookbench::signing::{self, Scheme, Verification};

use crate::cli::{hookbench, run, Serve};
use crate::target::{Reply, Target};

fn curl(args: &[&str]) -> String {
    let output = Command::new("curl").arg("-sS").args(args).output().unwrap();
    assert!(output.status.success(), "curl {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn inbox_config(data: &std::path::Path, slug: &str) -> serde_json::Value {
    let instance = hookbench::base::instance::read(data).unwrap();
    let text = curl(&[
        "-H",
        &format!("Authorization: Bearer {}", instance.token),
        &format!("{}/api/inboxes/{slug}", instance.api_url),
    ]);
    serde_json::from_str::<serde_json::Value>(&text).unwrap()["config"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forward_prints_both_statuses_per_request_and_puts_the_inbox_back_on_ctrl_c() {
    let target = Target::start(|_| Reply::Status(201)).await;
    let to = target.url("/app");
    let result = tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_owned();
        let serve = Serve::start(&data, &[]);
        let mut forward = hookbench()
            .args([
                "forward",
                "--inbox",
                "shop",
                "--to",
                &to,
                "--respond-with",
                "target",
                "--data",
            ])
            .arg(&data)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(forward.stdout.take().unwrap()).lines();
        let mut next = || lines.next().expect("forward printed a line").unwrap();
        assert_eq!(next(), "created inbox shop");
        let banner = next();
        assert!(
            banner.starts_with("forwarding ") && banner.contains(" → "),
            "{banner}"
        );
        assert_eq!(
            inbox_config(&data, "shop")["forward"]["respond_with"],
            "target"
        );

        let status = curl(&[
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "POST",
            "-d",
            "{}",
            &format!("{}/shop/orders?x=1", serve.receiver),
        ]);
        assert_eq!(status, "201", "the sender gets the target's answer");
        let line = next();
        assert!(line.contains("POST /shop/orders"), "{line}");
        assert!(line.contains("sender 201"), "{line}");
        assert!(line.contains("target 201"), "{line}");

        Command::new("kill")
            .args(["-INT", &forward.id().to_string()])
            .status()
            .unwrap();
        assert_eq!(
            next(),
            "stopped forwarding http://".to_owned() + &serve.receiver["http://".len()..] + "/shop"
        );
        let exit = forward.wait().unwrap();
        assert!(exit.success(), "{exit:?}");
        assert!(
            inbox_config(&data, "shop").get("forward").is_none(),
            "forwarding is off again"
        );
        drop(serve);
    });
    result.await.unwrap();
    assert_eq!(target.received()[0].target, "/app/orders?x=1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replay_resigns_prints_each_attempt_and_exits_by_the_outcome() {
    let target = Target::start(|n| Reply::Status(if n == 0 { 200 } else { 500 })).await;
    let to = target.url("/hooks");
    let secret = "It's a Secret to Everybody";
    let output = tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_owned();
        let serve = Serve::start(&data, &[]);
        let answer = curl(&[
            "-X",
            "POST",
            "-H",
            "X-Hub-Signature-256: sha256=stale",
            "-d",
            "Hello, World!",
            &format!("{}/default", serve.receiver),
        ]);
        let id = serde_json::from_str::<serde_json::Value>(&answer).unwrap()["captured"]
            .as_str()
            .unwrap()
            .to_owned();
        let first = run(
            &[
                "replay",
                &id,
                "--to",
                &to,
                "--exact-url",
                "--resign",
                "--profile",
                "github",
                "--secret",
                secret,
            ],
            &data,
        );
        // The second replay meets the target's 500 (no retries by default): exit 1.
        let second = run(&["replay", &id, "--to", &to, "--exact-url"], &data);
        let missing = run(&["replay", &id, "--to", &to, "--resign"], &data);
        let listed = run(
            &[
                "deliveries",
                "list",
                "--source",
                "replay",
                "--capture",
                &id,
                "--json",
            ],
            &data,
        );
        drop(serve);
        let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
        assert_eq!(
            listed["deliveries"].as_array().unwrap().len(),
            2,
            "{listed}"
        );
        (first, second, missing)
    })
    .await
    .unwrap();
    let (first, second, missing) = output;
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{first:?}");
    assert!(stdout.contains("POST /default  target 200"), "{stdout}");
    assert!(
        stdout.contains("1 succeeded, 0 failed, 0 cancelled"),
        "{stdout}"
    );
    let received = target.wait_for(2).await;
    assert_eq!(received[0].target, "/hooks");
    let verdict = signing::verify(
        &Scheme::Github,
        &[secret.to_owned()],
        &received[0].headers,
        &received[0].body,
        0,
        300,
    );
    assert!(matches!(verdict, Verification::Valid { .. }), "{verdict:?}");

    assert_eq!(second.status.code(), Some(1), "{second:?}");
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(stdout.contains("target 500"), "{stdout}");
    assert!(stdout.contains("0 succeeded, 1 failed"), "{stdout}");

    assert!(!missing.status.success());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("--profile"), "{stderr}");
}
