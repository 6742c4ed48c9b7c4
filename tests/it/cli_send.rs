//! `hookbench send`: one signed provider event from the binary to a real receiver (or a local
//! scripted server), with its exit status for each kind of outcome.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use hookbench::model::{Body, BodyEncoding, Header};
use hookbench::services::provider::request;
use hookbench::signing::{self, Verification};

use crate::scripted::{self, response};
use crate::support::{start, Instance};

/// Runs `hookbench send ARGS` off the runtime (the receiver under test shares it), feeding
/// `stdin` when given. HOOKBENCH_DATA points nowhere usable: `send` needs no data directory,
/// and the variable must not leak into its options.
async fn send(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let stdin = stdin.map(<[u8]>::to_vec);
    tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hookbench"))
            .arg("send")
            .args(&args)
            .env(
                "HOOKBENCH_DATA",
                "/nonexistent/hookbench-send-must-not-use-this",
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            input.write_all(&bytes).unwrap();
        }
        drop(input);
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The newest capture's headers (as name/value pairs) and body bytes.
async fn newest_capture(
    instance: &Instance,
) -> (Vec<(String, String)>, Vec<u8>, serde_json::Value) {
    let list = instance.get_json("/api/captures?limit=1").await;
    let id = list["captures"][0]["id"].as_str().unwrap().to_owned();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    let headers: Vec<Header> = serde_json::from_value(capture["headers"].clone()).unwrap();
    let body: Body = serde_json::from_value(capture["body"].clone()).unwrap();
    let bytes = match body.encoding {
        BodyEncoding::Utf8 => body.data.into_bytes(),
        BodyEncoding::Base64 => hookbench::base::encoding::base64_decode(&body.data).unwrap(),
    };
    let pairs = headers.into_iter().map(|h| (h.name, h.value)).collect();
    (pairs, bytes, capture)
}

#[tokio::test]
async fn signed_events_arrive_and_verify_with_the_providers_scheme() {
    let instance = start().await;
    let catalog = request::catalog().unwrap();
    for (provider, secret) in [
        ("stripe", "whsec_cli_send_test"),
        ("github", "it's a secret to everybody"),
        (
            "standard-webhooks",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        ),
    ] {
        let profile = catalog.provider(provider).unwrap();
        let url = instance.receiver(&format!("/{provider}"));
        let event = profile.test_event.as_str();
        let output = send(
            &[
                "--provider",
                provider,
                "--event",
                event,
                "--url",
                &url,
                "--secret",
                secret,
            ],
            None,
        )
        .await;
        let stdout = text(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{provider}: {output:?}");
        assert!(stdout.starts_with("HTTP/1.1 200 OK\n"), "{stdout}");
        assert!(
            stdout.contains("\n\n{"),
            "headers, blank line, JSON body: {stdout}"
        );

        let (headers, body, capture) = newest_capture(&instance).await;
        assert_eq!(capture["path"], format!("/{provider}"));
        let scheme = request::scheme(profile).unwrap();
        let verdict = signing::verify(
            &scheme,
            &[secret.to_owned()],
            &headers,
            &body,
            hookbench::base::clock::now_millis() / 1000,
            signing::DEFAULT_TOLERANCE_SECS,
        );
        assert!(
            matches!(verdict, Verification::Valid { .. }),
            "{provider}: {verdict:?}"
        );
        let payload: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(payload.is_object(), "{provider}");
    }
}

#[tokio::test]
async fn the_body_comes_from_a_file_or_stdin_byte_for_byte() {
    let instance = start().await;
    let url = instance.receiver("/data");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payload.json");
    let from_file = b"{\"from\": \"file\",\n  \"n\": 1}\n";
    std::fs::write(&file, from_file).unwrap();
    let args = ["--provider", "github", "--event", "ping", "--url", &url];
    let output = send(
        &[&args[..], &["--body", file.to_str().unwrap()]].concat(),
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(newest_capture(&instance).await.1, from_file);

    let from_stdin = b"{\"from\":\"stdin\",\"unicode\":\"\xc3\xa9\"}";
    let output = send(&[&args[..], &["--body", "-"]].concat(), Some(from_stdin)).await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(newest_capture(&instance).await.1, from_stdin);

    let output = send(&[&args[..], &["--body", "-"]].concat(), Some(b"{not json")).await;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text(&output.stderr).contains("not valid JSON"),
        "{output:?}"
    );

    let missing = dir.path().join("missing.json");
    let output = send(
        &[&args[..], &["--body", missing.to_str().unwrap()]].concat(),
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text(&output.stderr).contains("could not read the payload"),
        "{output:?}"
    );
}

#[tokio::test]
async fn extra_headers_follow_the_profiles_and_replace_same_names() {
    let instance = start().await;
    let url = instance.receiver("/headers?customUserId=user-42");
    let output = send(
        &[
            "--provider",
            "leadsie",
            "--event",
            "connection.created",
            "--url",
            &url,
            "--header",
            "X-Env: staging",
            "--header",
            "user-agent: MyTest/1",
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let (headers, body, _) = newest_capture(&instance).await;
    let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "host",
            "content-type",
            "user-agent",
            "x-env",
            "content-length"
        ]
    );
    assert_eq!(headers[2].1, "MyTest/1");
    assert_eq!(headers[3].1, "staging");
    // The target URL reaches the payload: Leadsie's `user` is its customUserId.
    let payload: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(payload["user"], "user-42");

    let bad = send(
        &[
            "--provider",
            "leadsie",
            "--event",
            "connection.created",
            "--url",
            &url,
            "--header",
            "nocolon",
        ],
        None,
    )
    .await;
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
}

#[tokio::test]
async fn a_non_2xx_answer_exits_1_and_is_printed() {
    let server = scripted::answer(response(
        "500 Internal Server Error",
        &[("Content-Type", "text/plain")],
        b"database down\n",
    ))
    .await;
    let url = server.url("/hook");
    let output = send(
        &[
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
            "--url",
            &url,
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        text(&output.stdout),
        "HTTP/1.1 500 Internal Server Error\nContent-Type: text/plain\nContent-Length: 14\n\n\
         database down\n"
    );
}

#[tokio::test]
async fn connectlys_204_is_not_delivered_as_its_reference_counts_only_200() {
    let server = scripted::answer(response("204 No Content", &[], b"")).await;
    let url = server.url("/hook");
    let args = [
        "--provider",
        "connectly",
        "--event",
        "delivery_status",
        "--url",
        url.as_str(),
        "--json",
    ];
    let output = send(&args, None).await;
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let attempt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(attempt["response"]["status"], 204);
    assert_eq!(attempt["succeeded"], false);
}

#[tokio::test]
async fn binary_answers_are_summarised_not_dumped() {
    let server = scripted::answer(response("200 OK", &[], b"\x1b[2J\xff\x00")).await;
    let url = server.url("/");
    let output = send(
        &["--provider", "github", "--event", "ping", "--url", &url],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        text(&output.stdout).ends_with("\n\n<6 bytes of binary data>\n"),
        "{output:?}"
    );
}

#[tokio::test]
async fn no_answer_exits_3_with_the_kind_on_stderr_or_in_json() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let url = format!("http://{addr}/hook");
    let args = ["--provider", "github", "--event", "ping", "--url", &url];
    let output = send(&args, None).await;
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(output.stdout.is_empty());
    assert!(
        text(&output.stderr).contains("connection_refused"),
        "{output:?}"
    );

    let output = send(&[&args[..], &["--json"]].concat(), None).await;
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let attempt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(attempt["error"]["kind"], "connection_refused");
    assert_eq!(attempt["response"], serde_json::Value::Null);
    assert_eq!(attempt["request"]["method"], "POST");
}

#[tokio::test]
async fn json_output_is_the_whole_attempt() {
    let instance = start().await;
    let url = instance.receiver("/json");
    let output = send(
        &[
            "--provider",
            "standard-webhooks",
            "--event",
            "user.created",
            "--url",
            &url,
            "--json",
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let attempt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(attempt["succeeded"], true);
    assert_eq!(attempt["number"], 1);
    assert_eq!(attempt["delivery_id"], serde_json::Value::Null);
    assert_eq!(attempt["request"]["url"], url);
    assert_eq!(attempt["request"]["headers"][0]["name"], "host");
    assert_eq!(attempt["response"]["status"], 200);
    assert!(attempt["timings"]["total_ms"].as_f64().unwrap() > 0.0);
    let (headers, _, _) = newest_capture(&instance).await;
    let sent: Vec<Header> = serde_json::from_value(attempt["request"]["headers"].clone()).unwrap();
    let sent: Vec<(String, String)> = sent.into_iter().map(|h| (h.name, h.value)).collect();
    assert_eq!(sent, headers);
}

#[tokio::test]
async fn bad_input_exits_2_before_anything_is_sent() {
    // ConnectGain requires HTTPS: refused before any name is resolved.
    let output = send(
        &[
            "--provider",
            "connectgain",
            "--event",
            "contact.created",
            "--url",
            "http://example.com/hook",
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text(&output.stderr).contains("requires HTTPS"),
        "{output:?}"
    );

    for (args, expected) in [
        (["--provider", "nope", "--event", "x"], "unknown provider"),
        (["--provider", "stripe", "--event", "nope"], "has no event"),
    ] {
        let output = send(
            &[&args[..], &["--url", "http://127.0.0.1:9/"]].concat(),
            None,
        )
        .await;
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert!(text(&output.stderr).contains(expected), "{output:?}");
    }
    let output = send(
        &[
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
            "--url",
            "http://127.0.0.1:9/",
            "--variant",
            "nope",
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(text(&output.stderr).contains("has no sample"), "{output:?}");
}

#[tokio::test]
async fn help_documents_the_exit_statuses() {
    let output = send(&["--help"], None).await;
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let help = text(&output.stdout);
    for line in [
        "0  the target answered 2xx",
        "1  the target answered",
        "2  bad usage",
        "3  no answer",
    ] {
        assert!(help.contains(line), "--help lacks {line:?}: {help}");
    }
}
