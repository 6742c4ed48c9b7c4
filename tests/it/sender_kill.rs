//! Pending deliveries across a kill -9: none lost, and a second send only for those in flight at
//! the moment of the kill, with the same delivery id.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use hookbench::sender::model::{DeliveryFilter, DeliveryStatus, TriggerRequest, WebhookConfig};
use hookbench::sender::outbox::{DEFAULT_TOTAL_IN_FLIGHT, RECORDING_FACTOR};
use hookbench::{Config, Engine};
use serde_json::json;

use crate::target::{Reply, Target};

const PENDING: usize = 300;
const MAX_IN_FLIGHT: usize = 8;

/// A `hookbench serve` process, killed (SIGKILL) when dropped, also when a test fails.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(data: &std::path::Path) -> Serving {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hookbench"))
        .args([
            "serve",
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "127.0.0.1:0",
            "--data",
        ])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let first = BufReader::new(child.stdout.take().unwrap()).lines().next();
    let serving = Serving(child);
    assert!(
        first.unwrap().unwrap().starts_with("receiver "),
        "serve started"
    );
    serving
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_with_pending_deliveries_loses_none() {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::start(|_| Reply::Status(200)).await;
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let config: WebhookConfig = serde_json::from_value(json!({
        "name": "sink", "provider": "standard-webhooks", "url": target.url("/"),
        "max_in_flight": MAX_IN_FLIGHT, "retry": {"preset": "fast"},
    }))
    .unwrap();
    engine.create_webhook(config).await.unwrap();
    for _ in 0..PENDING {
        engine
            .trigger(TriggerRequest {
                provider: "standard-webhooks".into(),
                event: "user.created".into(),
                body: None,
                variant: None,
                webhook: None,
            })
            .await
            .unwrap();
    }
    engine.close();

    let first = serve(dir.path());
    target.wait_for(PENDING / 3).await;
    drop(first); // kill -9
                 // Sent but not recorded as delivered when the process died: the only ones that may go twice.
    let sent = counts(&target).len();
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let recorded = engine
        .deliveries(DeliveryFilter {
            status: Some(DeliveryStatus::Succeeded),
            limit: Some(1000),
            ..DeliveryFilter::default()
        })
        .await
        .unwrap()
        .deliveries
        .len();
    engine.close();
    let in_flight = sent - recorded;
    let cap = DEFAULT_TOTAL_IN_FLIGHT * RECORDING_FACTOR;
    assert!(
        in_flight <= cap,
        "at most {cap} are in flight at once, {in_flight} were"
    );

    let second = serve(dir.path());
    let outcome = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        loop {
            let counts = counts(&target);
            if counts.len() >= PENDING {
                return counts;
            }
            target.wait_for(target.received().len() + 1).await;
        }
    })
    .await;
    drop(second);
    let counts = outcome.expect("every delivery arrives after the restart");
    assert_eq!(counts.len(), PENDING, "none lost");
    let twice: usize = counts.values().map(|n| n - 1).sum();
    assert!(
        twice <= in_flight,
        "{twice} deliveries were sent twice; at most the {in_flight} in flight may be"
    );
}

fn counts(target: &Target) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for request in target.received() {
        let id = request
            .headers
            .iter()
            .find(|(n, _)| n == "webhook-id")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        *counts.entry(id).or_insert(0) += 1;
    }
    counts
}
