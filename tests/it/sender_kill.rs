//! Pending deliveries across a kill -9: none lost, and a second send only for those in flight at
//! the moment of the kill, with the same delivery id.

use std::collections::{HashMap, HashSet};

use hookbench::model::{DeliveryFilter, DeliveryStatus, TriggerRequest, WebhookConfig};
use hookbench::services::delivery::outbox::{DEFAULT_TOTAL_IN_FLIGHT, RECORDING_FACTOR};
use hookbench::{Config, Engine};
use serde_json::json;

use crate::cli::Serve;
use crate::target::{Received, Reply, Target};

const PENDING: usize = 300;
const MAX_IN_FLIGHT: usize = 8;

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
    engine.deliveries().create_webhook(config).await.unwrap();
    for _ in 0..PENDING {
        engine
            .deliveries()
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

    let first = Serve::start(dir.path(), &[]); // killed with SIGKILL when dropped
    target.wait_for(PENDING / 3).await;
    drop(first); // kill -9

    // What the store holds as delivered at the kill; everything else was waiting or in flight.
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let recorded: HashSet<String> = engine
        .deliveries()
        .list(DeliveryFilter {
            status: Some(DeliveryStatus::Succeeded),
            limit: Some(1000),
            ..DeliveryFilter::default()
        })
        .await
        .unwrap()
        .deliveries
        .into_iter()
        .map(|d| d.message_id)
        .collect();
    engine.close();

    let second = Serve::start(dir.path(), &[]);
    let outcome = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        loop {
            // One snapshot for both the check and the wait, so no arrival falls between them.
            let received = target.received();
            let counts = counts(&received);
            if counts.len() >= PENDING {
                return counts;
            }
            target.wait_for(received.len() + 1).await;
        }
    })
    .await;
    drop(second);
    let counts = outcome.expect("every delivery arrives after the restart");
    assert_eq!(counts.len(), PENDING, "none lost");
    // A second send only for a delivery that was not recorded as delivered at the kill, and no
    // more of those than can be in flight at once.
    let twice: Vec<&String> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(id, _)| id)
        .collect();
    assert!(
        twice.iter().all(|id| !recorded.contains(*id)),
        "a delivery recorded as delivered was sent again"
    );
    assert!(
        counts.values().all(|n| *n <= 2),
        "no delivery goes three times"
    );
    let cap = DEFAULT_TOTAL_IN_FLIGHT * RECORDING_FACTOR;
    assert!(
        twice.len() <= cap,
        "{} sent twice, more than the {cap} that can be in flight",
        twice.len()
    );
}

fn counts(received: &[Received]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for request in received {
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
