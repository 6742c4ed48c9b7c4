//! `hookbench keys`: a Standard Webhooks ed25519 pair made on the command line signs a
//! `hookbench send` that `captures check` verifies with the public key.

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use crate::cli::{hookbench, run, Serve};
use crate::cli_support::{failure, json, text};

#[test]
fn a_generated_pair_signs_a_send_that_captures_check_verifies_with_the_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let pair = json(&["keys", "generate", "--json"], data);
    let (secret_key, public_key) = (
        pair["secret_key"].as_str().unwrap(),
        pair["public_key"].as_str().unwrap(),
    );
    let shown = text(&["keys", "generate"], data);
    assert!(
        shown.starts_with("secret key  whsk_") && shown.contains("\npublic key  whpk_"),
        "{shown}"
    );

    // The public key of a secret key read from standard input (out of the shell history).
    let mut child = hookbench()
        .args(["keys", "public", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{secret_key}").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), public_key);
    let (code, stderr) = failure(&["keys", "public", public_key], data);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("whpk_ public key"), "{stderr}");

    let serve = Serve::start(data, &[]);
    let url = format!("{}/default/sw", serve.receiver);
    let attempt = json(
        &[
            "send",
            "--provider",
            "standard-webhooks",
            "--event",
            "user.created",
            "--url",
            &url,
            "--secret",
            secret_key,
            "--json",
        ],
        data,
    );
    let answer: Value =
        serde_json::from_str(attempt["response"]["body"]["data"].as_str().unwrap()).unwrap();
    let id = answer["captured"].as_str().unwrap();
    let check = |secret: &str| {
        run(
            &[
                "captures",
                "check",
                id,
                "--provider",
                "standard-webhooks",
                "--secret",
                secret,
            ],
            data,
        )
    };
    let valid = check(public_key);
    assert!(valid.status.success(), "{valid:?}");
    assert!(String::from_utf8_lossy(&valid.stdout).contains("signature   valid"));
    let hmac = check("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assert_eq!(hmac.status.code(), Some(1), "{hmac:?}");
    let shown = String::from_utf8_lossy(&hmac.stdout);
    assert!(shown.contains("carries only v1a"), "{shown}");
}
