//! Helpers for the CLI tests: run a command and read its JSON or text, talk to the receiver
//! and the API with curl, and run a command that is waited on while other things happen.

use std::io::{BufRead, BufReader, Lines, Read};
use std::path::Path;
use std::process::{Child, ChildStderr, ExitStatus, Stdio};

use serde_json::Value;

use crate::cli::{hookbench, run};

/// The JSON a successful command printed.
pub fn json(args: &[&str], data: &Path) -> Value {
    let output = run(args, data);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The text a successful command printed.
pub fn text(args: &[&str], data: &Path) -> String {
    let output = run(args, data);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// A failed command's exit status and standard error.
pub fn failure(args: &[&str], data: &Path) -> (Option<i32>, String) {
    let output = run(args, data);
    assert!(!output.status.success(), "{args:?} should fail: {output:?}");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

pub fn curl(args: &[&str]) -> String {
    let output = std::process::Command::new("curl")
        .arg("-sS")
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "curl {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// POSTs a JSON body to the receiver; the capture's id (from the default answer).
pub fn capture(url: &str, body: &str) -> String {
    let answer = curl(&["-H", "content-type: application/json", "-d", body, url]);
    let answer: Value = serde_json::from_str(&answer).unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

/// Sends a Stripe event with this payment intent id, signed with `secret`, as Stripe would
/// (`hookbench send`); the capture's id.
pub fn stripe_event(url: &str, intent: &str, secret: &str, dir: &Path) -> String {
    let body = dir.join(format!("{intent}-{secret}.json"));
    let payload = serde_json::json!({
        "id": "evt_1",
        "object": "event",
        "type": "payment_intent.succeeded",
        "data": {"object": {"id": intent, "object": "payment_intent", "amount": 2000}}
    });
    std::fs::write(&body, payload.to_string()).unwrap();
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
            "--body",
            body.to_str().unwrap(),
            "--json",
        ],
        dir,
    );
    let answer: Value =
        serde_json::from_str(attempt["response"]["body"]["data"].as_str().unwrap()).unwrap();
    answer["captured"].as_str().unwrap().to_owned()
}

/// GET on the running instance's API, as the CLI finds it.
pub fn api_get(data: &Path, path: &str) -> Vec<u8> {
    let instance = hookbench::base::instance::read(data).unwrap();
    curl(&[
        "-H",
        &format!("Authorization: Bearer {}", instance.token),
        &format!("{}{path}", instance.api_url),
    ])
    .into_bytes()
}

/// A command still running, its standard error read up to a line that says it is ready.
pub struct Running {
    child: Child,
    stderr: Lines<BufReader<ChildStderr>>,
    seen: Vec<String>,
}

impl Running {
    /// Starts `hookbench ARGS --data DATA` and reads standard error until a line starts with
    /// `ready`. The command must end by itself (a timeout of its own), which bounds this read.
    pub fn start(args: &[&str], data: &Path, ready: &str) -> Running {
        let mut child = hookbench()
            .args(args)
            .arg("--data")
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut running = Running {
            child,
            stderr,
            seen: Vec::new(),
        };
        loop {
            match running.stderr.next() {
                Some(line) => {
                    let line = line.unwrap();
                    let found = line.starts_with(ready);
                    running.seen.push(line);
                    if found {
                        return running;
                    }
                }
                None => panic!("{args:?} ended before `{ready}`: {:?}", running.seen),
            }
        }
    }

    /// Waits for the end: exit status, standard output, all of standard error.
    pub fn finish(mut self) -> (ExitStatus, String, String) {
        let mut stdout = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        for line in self.stderr.by_ref() {
            self.seen.push(line.unwrap());
        }
        let status = self.child.wait().unwrap();
        (status, stdout, self.seen.join("\n"))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
