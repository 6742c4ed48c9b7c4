//! Private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) are reached only when
//! the webhook, forward or replay allows them, or Settings allow them for every target; a
//! blocked attempt says why and both ways to allow it.
//!
//! The target listens on this machine's own private address when it has one (traffic stays in
//! the kernel); otherwise an unroutable private literal stands in, and "allowed" means the
//! attempt was made (it times out) instead of being blocked.

use std::net::{IpAddr, UdpSocket};

use hookbench::model::{DeliveryDetail, DeliveryStatus, TransportErrorKind};
use hookbench::services::delivery::http::{reach, Class};
use serde_json::{json, Value};

use crate::relay_support::newest_capture;
use crate::sender_support::{config, SOON};
use crate::support::{self, Instance};
use crate::target::{Reply, Target};

/// A private address of this machine: the source address the OS picks towards a private
/// destination (a UDP connect sends nothing), when that source is itself private.
fn own_private_address() -> Option<IpAddr> {
    let probes: [(&str, &str); 4] = [
        ("0.0.0.0:0", "10.255.255.1:9"),
        ("0.0.0.0:0", "172.31.255.1:9"),
        ("0.0.0.0:0", "192.168.255.1:9"),
        ("[::]:0", "[fd12:3456::1]:9"),
    ];
    probes.into_iter().find_map(|(local, remote)| {
        let socket = UdpSocket::bind(local).ok()?;
        socket.connect(remote).ok()?;
        let ip = socket.local_addr().ok()?.ip();
        matches!(reach::classify(ip), Class::Private(_)).then_some(ip)
    })
}

enum PrivateTarget {
    Local(Target),
    /// No private address here: nothing listens, the attempt can only time out.
    Unroutable,
}

impl PrivateTarget {
    async fn start() -> PrivateTarget {
        match own_private_address() {
            Some(ip) => PrivateTarget::Local(Target::start_on(ip, |_| Reply::Status(204)).await),
            None => {
                eprintln!("no private address on this machine: using 10.255.255.1 instead");
                PrivateTarget::Unroutable
            }
        }
    }

    fn url(&self, path: &str) -> String {
        match self {
            PrivateTarget::Local(target) => target.url(path),
            PrivateTarget::Unroutable => format!("http://10.255.255.1:9{path}"),
        }
    }

    fn host(&self) -> String {
        match self {
            PrivateTarget::Local(target) => target.addr.ip().to_string(),
            PrivateTarget::Unroutable => "10.255.255.1".to_owned(),
        }
    }
}

/// Short, so an unroutable target times out quickly.
const TIMEOUT_MS: u32 = 1000;

async fn set_global(instance: &Instance, allowed: bool) {
    let (status, body) = instance
        .send_json(
            reqwest::Method::PUT,
            "/api/settings",
            json!({"outgoing": {"allow_private_network": allowed}}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["outgoing"]["allow_private_network"], allowed);
}

/// Sends the webhook's test event and waits until its one attempt is recorded.
async fn attempt(instance: &Instance, webhook: &str) -> DeliveryDetail {
    let (status, body) = instance
        .post(&format!("/api/webhooks/{webhook}/test"), json!({}))
        .await;
    assert_eq!(status, 202, "{body}");
    let id = body["deliveries"][0]["id"].as_str().unwrap();
    instance.await_finished(id).await
}

impl Instance {
    /// Waits until the delivery succeeded or failed for good.
    async fn await_finished(&self, id: &str) -> DeliveryDetail {
        let mut events = self.running.engine().bus().subscribe();
        let done = |status: DeliveryStatus| {
            matches!(status, DeliveryStatus::Succeeded | DeliveryStatus::Failed)
        };
        let current = self.delivery(id).await;
        if done(current.delivery.status) {
            return current;
        }
        tokio::time::timeout(SOON, async {
            loop {
                match events.recv().await {
                    Ok(hookbench::model::EngineEvent::DeliveryUpdated { delivery })
                        if delivery.id == id && done(delivery.status) =>
                    {
                        return;
                    }
                    Ok(_) => {}
                    Err(e) => panic!("the bus: {e}"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("delivery {id} did not finish within {SOON:?}"));
        self.delivery(id).await
    }
}

fn assert_blocked(detail: &DeliveryDetail, host: &str) {
    assert_eq!(detail.delivery.status, DeliveryStatus::Failed);
    let error = detail.attempts[0]
        .error
        .as_ref()
        .expect("blocked, no answer");
    assert_eq!(error.kind, TransportErrorKind::Blocked, "{error:?}");
    let message = &error.message;
    assert!(message.contains(host), "{message}");
    assert!(message.contains("private network"), "{message}");
    assert!(message.contains("LAN"), "the risk: {message}");
    assert!(
        message.contains("\"allow private network targets\" option"),
        "the target's own option: {message}"
    );
    assert!(
        message.contains("Settings → Outgoing requests"),
        "the global setting: {message}"
    );
    assert!(detail.attempts[0].remote_addr.is_none(), "never connected");
}

/// The attempt went out: answered by the local target, or (unroutable) not blocked.
fn assert_reached(detail: &DeliveryDetail, target: &PrivateTarget) {
    let attempt = &detail.attempts[detail.attempts.len() - 1];
    match target {
        PrivateTarget::Local(_) => {
            assert_eq!(
                detail.delivery.status,
                DeliveryStatus::Succeeded,
                "{attempt:?}"
            );
        }
        PrivateTarget::Unroutable => {
            let kind = attempt.error.as_ref().map(|e| e.kind);
            assert_ne!(kind, Some(TransportErrorKind::Blocked), "{attempt:?}");
        }
    }
}

fn webhook_config(name: &str, url: &str, allowed: bool) -> Value {
    config(
        name,
        "generic",
        url,
        json!({
            "allow_private_network": allowed,
            "timeout_ms": TIMEOUT_MS,
            "retry": {"preset": "none"},
        }),
    )
}

#[tokio::test]
async fn a_delivery_to_a_private_address_needs_the_webhooks_option_or_the_global_setting() {
    let target = PrivateTarget::start().await;
    let instance = support::start().await;
    let url = target.url("/hook");
    let plain = instance.webhook(webhook_config("plain", &url, false)).await;
    let opted_in = instance.webhook(webhook_config("opted", &url, true)).await;

    assert_blocked(&attempt(&instance, &plain.id).await, &target.host());
    assert_reached(&attempt(&instance, &opted_in.id).await, &target);

    set_global(&instance, true).await;
    assert_reached(&attempt(&instance, &plain.id).await, &target);
    assert_eq!(
        instance.get_json("/api/settings").await["outgoing"]["allow_private_network"],
        true,
        "kept in the settings store"
    );

    set_global(&instance, false).await;
    assert_blocked(&attempt(&instance, &plain.id).await, &target.host());
}

#[tokio::test]
async fn the_global_setting_is_applied_again_after_a_restart() {
    let target = PrivateTarget::start().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = hookbench::Engine::open(hookbench::Config::new(dir.path())).unwrap();
    let instance = support::start_with(engine, None).await;
    set_global(&instance, true).await;
    let Instance { running, .. } = instance;
    running.shutdown().await;

    let engine = hookbench::Engine::open(hookbench::Config::new(dir.path())).unwrap();
    let instance = support::start_with(engine, Some(dir)).await;
    let plain = instance
        .webhook(webhook_config("plain", &target.url("/hook"), false))
        .await;
    assert_reached(&attempt(&instance, &plain.id).await, &target);
}

#[tokio::test]
async fn forwards_and_replays_to_a_private_address_honour_the_global_setting() {
    let target = PrivateTarget::start().await;
    let instance = support::start().await;
    let url = target.url("/relay");
    instance
        .forwarding_inbox(
            "lan",
            json!({"url": url, "respond_with": "own", "timeout_ms": TIMEOUT_MS,
                   "retry": {"preset": "none"}}),
        )
        .await;
    let (capture, blocked) = forward(&instance).await;
    assert_blocked(&blocked, &target.host());
    assert_blocked(&replay(&instance, &capture, &url).await, &target.host());

    set_global(&instance, true).await;
    let (capture, forwarded) = forward(&instance).await;
    assert_reached(&forwarded, &target);
    assert_reached(&replay(&instance, &capture, &url).await, &target);
}

/// A capture on inbox `lan` (which forwards), and its forward once finished.
async fn forward(instance: &Instance) -> (String, DeliveryDetail) {
    instance.post_capture("/lan/event", "{}").await;
    let capture = newest_capture(instance, "lan").await;
    let done = |d: &hookbench::model::Delivery| {
        matches!(d.status, DeliveryStatus::Succeeded | DeliveryStatus::Failed)
    };
    let detail = instance.await_forward(&capture, done).await;
    (capture, detail)
}

/// Replays `capture` to `url` and returns its delivery once finished.
async fn replay(instance: &Instance, capture: &str, url: &str) -> DeliveryDetail {
    let replay = instance
        .replay(
            json!({"captures": [capture], "url": url, "keep_path": false,
                       "timeout_ms": TIMEOUT_MS}),
        )
        .await;
    let progress = instance.await_replay(&replay.id).await;
    let delivery = instance
        .relays_of(capture)
        .await
        .into_iter()
        .find(|d| d.webhook_id == progress.deliveries_filter)
        .unwrap();
    instance.delivery(&delivery.id).await
}
