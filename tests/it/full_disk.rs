//! A full disk: the receiver and the API answer with a clear error that says what to do, the
//! process keeps running, nothing already stored is lost, and captures work again once space is
//! freed. The disk is a real one: a small tmpfs mounted for the test (which needs root, as the
//! README's `make test` runs; elsewhere it says so and stops).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// A tmpfs of `size` mounted on a fresh directory, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|status| status.success());
        mounted.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

struct Serve {
    child: Child,
    receiver: String,
    api: String,
    token: String,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(data: &Path) -> Serve {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hookbench"))
        .args(["serve", "--receiver", "127.0.0.1:0", "--api", "127.0.0.1:0"])
        .args(["--emulator", "127.0.0.1:0", "--data"])
        .arg(data)
        .env("HOOKBENCH_NO_KEYCHAIN", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let receiver = lines.next().unwrap().unwrap();
    let ui = lines.next().unwrap().unwrap();
    let ui = ui.strip_prefix("ui ").unwrap();
    let (api, token) = ui.split_once("/#token=").unwrap();
    Serve {
        child,
        receiver: receiver.strip_prefix("receiver ").unwrap().to_owned(),
        api: api.to_owned(),
        token: token.to_owned(),
    }
}

/// Fills the disk: `path` gets `bytes` of incompressible data.
fn filler(path: &Path, bytes: usize) -> PathBuf {
    let file = path.join("filler");
    let data: Vec<u8> = (0..bytes).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(&file, data).unwrap();
    file
}

#[tokio::test]
async fn a_full_disk_is_a_clear_error_loses_nothing_stored_and_passes_when_space_is_freed() {
    let Some(disk) = SmallDisk::mount("8m") else {
        // Mounting needs root; `make test` runs as root (see the README).
        eprintln!("full_disk: skipped: mounting a small tmpfs needs root");
        return;
    };
    let data = disk.path().join("data");
    let instance = serve(&data);
    let http = reqwest::Client::new();
    let body = "x".repeat(32 * 1024);

    let mut stored = Vec::new();
    let mut refusal = None;
    // Bounded: 8 MiB hold at most ~250 such captures, so 2,000 is far past full.
    for n in 0..2000 {
        let answer = http
            .post(format!("{}/default/fill/{n}", instance.receiver))
            .body(body.clone())
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .unwrap();
        let status = answer.status().as_u16();
        let text = answer.text().await.unwrap();
        if status == 200 {
            let captured: Value = serde_json::from_str(&text).unwrap();
            stored.push(captured["captured"].as_str().unwrap().to_owned());
            if n == 20 {
                // Most of what is left goes to a file the test removes later.
                let free = free_bytes(disk.path());
                filler(disk.path(), free.saturating_sub(1024 * 1024) as usize);
            }
            continue;
        }
        refusal = Some((status, text));
        break;
    }
    let (status, text) = refusal.expect("the disk never filled up");
    assert_eq!(
        status, 507,
        "a full disk is 507 Insufficient Storage: {text}"
    );
    assert!(text.contains("disk is full"), "{text}");
    assert!(text.contains("free some space"), "{text}");
    assert!(stored.len() > 20, "{} captures stored first", stored.len());

    // The API says the same for a change it cannot store, and still reads.
    let big = format!("{{\"padding\":\"{}\"}}", "p".repeat(900 * 1024));
    let saved = http
        .post(format!("{}/api/providers/stripe/samples", instance.api))
        .bearer_auth(&instance.token)
        .json(&json!({"event": "payment_intent.succeeded", "name": "big", "body": big}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status().as_u16(), 507);
    let error: Value = saved.json().await.unwrap();
    let message = error["error"]["message"].as_str().unwrap();
    assert!(message.contains("disk is full"), "{error}");
    for id in [&stored[0], stored.last().unwrap()] {
        let shown = http
            .get(format!("{}/api/captures/{id}", instance.api))
            .bearer_auth(&instance.token)
            .send()
            .await
            .unwrap();
        assert_eq!(shown.status().as_u16(), 200, "capture {id} is still there");
    }

    // Space freed: captures are stored again, with nothing lost meanwhile.
    std::fs::remove_file(disk.path().join("filler")).unwrap();
    let answer = http
        .post(format!("{}/default/after-freeing", instance.receiver))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    let list: Value = http
        .get(format!("{}/api/captures?limit=1000", instance.api))
        .bearer_auth(&instance.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<&str> = list["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for id in &stored {
        assert!(
            ids.contains(&id.as_str()),
            "acknowledged capture {id} was lost"
        );
    }
    assert_eq!(ids.len(), stored.len() + 1);
}

fn free_bytes(path: &Path) -> u64 {
    let output = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}
