//! A kill -9 under load loses no acknowledged capture: a 2xx is sent only after the row is
//! durable.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hookbench::model::CaptureFilter;
use hookbench::{Config, Engine};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_under_load_loses_no_acknowledged_capture() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hookbench"))
        .args([
            "serve",
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "127.0.0.1:0",
            "--emulator",
            "127.0.0.1:0",
            "--data",
        ])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let first = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    let receiver = first.strip_prefix("receiver ").unwrap().to_owned();

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let (enough_tx, enough_rx) = tokio::sync::oneshot::channel::<()>();
    let enough_tx = Arc::new(Mutex::new(Some(enough_tx)));
    let http = reqwest::Client::new();
    // 16 senders, each at most 500 requests: bounded whatever happens.
    let senders: Vec<_> = (0..16)
        .map(|sender| {
            let (http, receiver) = (http.clone(), receiver.clone());
            let (acknowledged, enough_tx) = (acknowledged.clone(), enough_tx.clone());
            tokio::spawn(async move {
                for n in 0..500 {
                    let sent = http
                        .post(format!("{receiver}/load/{sender}/{n}"))
                        .body(format!("{{\"sender\":{sender},\"n\":{n}}}"))
                        .timeout(Duration::from_secs(5))
                        .send()
                        .await;
                    let Ok(response) = sent else { return };
                    if response.status() != 200 {
                        return;
                    }
                    let Ok(answer) = response.json::<serde_json::Value>().await else {
                        return;
                    };
                    let id = answer["captured"].as_str().unwrap().to_owned();
                    let mut acked = acknowledged.lock().unwrap();
                    acked.push(id);
                    if acked.len() == 1000 {
                        if let Some(tx) = enough_tx.lock().unwrap().take() {
                            let _ = tx.send(());
                        }
                    }
                }
            })
        })
        .collect();
    tokio::time::timeout(Duration::from_secs(60), enough_rx)
        .await
        .expect("1000 captures acknowledged within 60 s")
        .unwrap();
    // SIGKILL while the senders are still sending.
    child.kill().unwrap();
    child.wait().unwrap();
    for sender in senders {
        let _ = sender.await;
    }

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 1000);
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let mut stored = std::collections::HashSet::new();
    let mut before = None;
    loop {
        let page = engine
            .captures()
            .list(CaptureFilter {
                before,
                limit: Some(1000),
                ..CaptureFilter::default()
            })
            .await
            .unwrap();
        stored.extend(page.captures.into_iter().map(|c| c.id));
        match page.next_before {
            Some(next) => before = Some(next),
            None => break,
        }
    }
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|id| !stored.contains(*id))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged captures were lost after kill -9",
        lost.len(),
        acknowledged.len()
    );
    engine.close();
}
