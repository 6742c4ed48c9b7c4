//! The `hookbench` binary: help, version, serve's output, and commands against a running serve.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

pub fn hookbench() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hookbench"));
    command.env_remove("HOOKBENCH_DATA");
    command
}

pub fn run(args: &[&str], data: &Path) -> Output {
    hookbench()
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap()
}

/// `hookbench serve` on free ports; stopped with SIGTERM on drop.
pub struct Serve {
    child: Child,
    pub receiver: String,
    ui: String,
    data: String,
}

impl Serve {
    pub fn start(data: &Path, extra: &[&str]) -> Serve {
        let mut child = hookbench()
            .args(["serve", "--receiver", "127.0.0.1:0", "--api", "127.0.0.1:0"])
            .args(["--emulator", "127.0.0.1:0"])
            .args(extra)
            .arg("--data")
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut next = |prefix: &str| {
            let line = lines.next().expect("serve printed a line").unwrap();
            line.strip_prefix(prefix)
                .unwrap_or_else(|| panic!("expected `{prefix}...`, got {line:?}"))
                .to_owned()
        };
        let receiver = next("receiver ");
        let ui = next("ui ");
        let data = next("data ");
        Serve {
            child,
            receiver,
            ui,
            data,
        }
    }

    fn stop(mut self) -> std::process::ExitStatus {
        terminate(&self.child);
        wait_bounded(&mut self.child)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn terminate(child: &Child) {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
}

fn wait_bounded(child: &mut Child) -> std::process::ExitStatus {
    for _ in 0..100 {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("hookbench serve did not stop within 10 s of SIGTERM");
}

fn post(url: &str, body: &str) -> String {
    let output = Command::new("curl")
        .args([
            "-sS",
            "-X",
            "POST",
            "-H",
            "content-type: application/json",
            "-d",
            body,
            url,
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

#[test]
fn help_and_version_work() {
    let help = hookbench().arg("--help").output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    for word in ["serve", "captures", "--data"] {
        assert!(text.contains(word), "--help lacks {word}: {text}");
    }
    let version = hookbench().arg("--version").output().unwrap();
    assert!(version.status.success());
    assert_eq!(
        String::from_utf8(version.stdout).unwrap().trim(),
        format!("hookbench {}", env!("CARGO_PKG_VERSION"))
    );
    let serve_help = hookbench().args(["serve", "--help"]).output().unwrap();
    let text = String::from_utf8(serve_help.stdout).unwrap();
    for word in ["--receiver", "--api", "--data"] {
        assert!(text.contains(word), "serve --help lacks {word}");
    }
}

#[test]
fn serve_prints_its_addresses_and_the_cli_reaches_it() {
    let dir = tempfile::tempdir().unwrap();
    let serve = Serve::start(dir.path(), &[]);
    assert!(serve.receiver.starts_with("http://127.0.0.1:"));
    assert!(
        !serve.receiver.ends_with(":0"),
        "the chosen port is printed"
    );
    assert!(serve.ui.starts_with("http://127.0.0.1:") && serve.ui.contains("/#token="));
    assert_eq!(serve.data, dir.path().display().to_string());

    let id = post(
        &format!("{}/cli/path?q=1", serve.receiver),
        r#"{"via":"curl"}"#,
    );
    let list = run(&["captures", "list", "--json"], dir.path());
    assert!(list.status.success(), "{list:?}");
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(list["captures"][0]["id"], id.as_str());
    assert_eq!(list["captures"][0]["path"], "/cli/path");

    let table = run(&["captures", "list"], dir.path());
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains(&id) && table.contains("/cli/path?q=1"),
        "{table}"
    );

    let show = run(&["captures", "show", &id], dir.path());
    let show = String::from_utf8(show.stdout).unwrap();
    assert!(show.starts_with("POST /cli/path?q=1 HTTP/1.1"), "{show}");
    assert!(show.contains(r#"{"via":"curl"}"#));

    let har_file = dir.path().join("out.har");
    let export = run(
        &[
            "captures",
            "export",
            "--format",
            "har",
            "-o",
            har_file.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(export.status.success(), "{export:?}");
    let har: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&har_file).unwrap()).unwrap();
    assert_eq!(har["log"]["version"], "1.2");
    assert_eq!(har["log"]["entries"][0]["_id"], id.as_str());
    let json_export = run(&["captures", "export", "--format", "json"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&json_export.stdout).unwrap();
    assert_eq!(json["captures"][0]["id"], id.as_str());
    let other_inbox = run(
        &["captures", "list", "--inbox", "nope", "--json"],
        dir.path(),
    );
    let other: serde_json::Value = serde_json::from_slice(&other_inbox.stdout).unwrap();
    assert!(other["captures"].as_array().unwrap().is_empty());
    let searched = run(
        &["captures", "list", "--search", "curl", "--json"],
        dir.path(),
    );
    let searched: serde_json::Value = serde_json::from_slice(&searched.stdout).unwrap();
    assert_eq!(searched["captures"][0]["id"], id.as_str());
    let bad_format = run(&["captures", "export", "--format", "xml"], dir.path());
    assert_eq!(bad_format.status.code(), Some(2));

    let missing = run(&["captures", "show", "01NOPE"], dir.path());
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no capture has the id 01NOPE"));

    let status = serve.stop();
    assert!(
        status.success(),
        "serve exits cleanly on SIGTERM: {status:?}"
    );
    assert!(
        !dir.path().join("instance.json").exists(),
        "the instance file is removed at shutdown"
    );
}

#[test]
fn serve_uses_hookbench_data_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = hookbench()
        .args(["serve", "--receiver", "127.0.0.1:0", "--api", "127.0.0.1:0"])
        .args(["--emulator", "127.0.0.1:0"])
        .env("HOOKBENCH_DATA", dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .take(3)
        .map(Result::unwrap)
        .collect();
    assert_eq!(lines[2], format!("data {}", dir.path().display()));
    assert!(dir.path().join("hookbench.db").exists());
    terminate(&child);
    wait_bounded(&mut child);
}

#[test]
fn serve_on_a_busy_port_says_which_port_and_which_flag() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let output = hookbench()
        .args(["serve", "--receiver", &format!("127.0.0.1:{port}")])
        .args(["--api", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("127.0.0.1:{port}")), "{stderr}");
    assert!(
        stderr.contains("already in use") && stderr.contains("--receiver"),
        "{stderr}"
    );
}

#[test]
fn serve_refuses_a_non_loopback_api_address() {
    let dir = tempfile::tempdir().unwrap();
    let output = hookbench()
        .args([
            "serve",
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "0.0.0.0:0",
            "--data",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("loopback"));
}

#[test]
fn cli_without_a_running_instance_says_how_to_start_one() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["captures", "list"], dir.path());
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("hookbench serve"), "{stderr}");
}

#[test]
fn a_bad_address_is_a_usage_error() {
    let output = hookbench()
        .args(["serve", "--receiver", "not-an-address"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--receiver"));
}
