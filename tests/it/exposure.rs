//! Binding beyond loopback is explicit and flagged: the API only with `expose_api`, and then it
//! still needs its token and still refuses Host values that do not name it; Status says which
//! servers other machines can reach; an exposed server is still never a send target.

use std::net::{IpAddr, UdpSocket};

use hookbench::model::{DeliveryStatus, TransportErrorKind};
use hookbench::serve::{self, ServeOptions};
use hookbench::Engine;
use serde_json::json;

use crate::sender_support::{config, SOON};
use crate::support::{start, start_with_options, Instance};

/// This machine's address towards the outside, if it has one (a UDP connect sends nothing).
fn machine_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

async fn exposed() -> Instance {
    let options = ServeOptions {
        api: "0.0.0.0:0".parse().unwrap(),
        expose_api: true,
        emulator: Some("0.0.0.0:0".parse().unwrap()),
        ..ServeOptions::default()
    };
    start_with_options(Engine::open_in_memory().unwrap(), None, options).await
}

/// GET /api/status through 127.0.0.1 with this Host (and Origin), with or without the token.
async fn status_with(instance: &Instance, host: &str, origin: Option<&str>, token: bool) -> u16 {
    let mut request = instance
        .http
        .get(instance.api("/api/status"))
        .header("host", host);
    if let Some(origin) = origin {
        request = request.header("origin", origin);
    }
    if token {
        request = request.bearer_auth(instance.running.token());
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn an_exposed_api_needs_its_token_and_a_host_that_names_this_machine() {
    let instance = exposed().await;
    let api_url = instance.running.api_url();
    assert!(
        api_url.starts_with("http://127.0.0.1:"),
        "clients on this machine use loopback: {api_url}"
    );
    let port = api_url.rsplit(':').next().unwrap().to_owned();
    // 127.0.0.2 is not one of the loopback names; it is accepted only as this machine's address.
    let mut own_hosts = vec![format!("127.0.0.2:{port}")];
    if let Some(ip) = machine_address() {
        own_hosts.push(format!("{ip}:{port}"));
    }
    for host in &own_hosts {
        assert_eq!(
            status_with(&instance, host, None, false).await,
            401,
            "{host}"
        );
        assert_eq!(
            status_with(&instance, host, None, true).await,
            200,
            "{host}"
        );
        let origin = format!("http://{host}");
        assert_eq!(
            status_with(&instance, host, Some(&origin), true).await,
            200,
            "the UI opened at {host}"
        );
        assert_eq!(
            status_with(&instance, host, Some("http://evil.example"), true).await,
            403
        );
    }
    for foreign in [
        format!("evil.example:{port}"),
        format!("203.0.113.9:{port}"),
        "127.0.0.2:1".to_owned(),
    ] {
        assert_eq!(
            status_with(&instance, &foreign, None, true).await,
            403,
            "{foreign}"
        );
    }
    let status = instance.get_json("/api/status").await;
    assert_eq!(status["api_exposed"], true);
    assert_eq!(status["emulator_exposed"], true);
    assert_eq!(status["receiver_exposed"], false);
}

#[tokio::test]
async fn a_loopback_api_refuses_other_addresses_of_this_machine_and_is_not_flagged() {
    let instance = start().await;
    let port = instance
        .running
        .api_url()
        .rsplit(':')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        status_with(&instance, &format!("127.0.0.2:{port}"), None, true).await,
        403
    );
    let status = instance.get_json("/api/status").await;
    assert_eq!(status["api_exposed"], false);
    assert_eq!(status["emulator_exposed"], false);
}

#[tokio::test]
async fn a_non_loopback_api_without_expose_api_is_refused_saying_how() {
    let options = ServeOptions {
        api: "0.0.0.0:0".parse().unwrap(),
        ..ServeOptions::default()
    };
    let Err(error) = serve::start(Engine::open_in_memory().unwrap(), options).await else {
        panic!("a non-loopback API without expose_api started");
    };
    let message = error.to_string();
    assert!(
        message.contains("loopback") && message.contains("--expose-api"),
        "{message}"
    );
}

#[tokio::test]
async fn servers_on_every_interface_are_never_targets_by_any_of_their_addresses() {
    let instance = exposed().await;
    let emulator_port = instance
        .running
        .emulator_url()
        .unwrap()
        .rsplit(':')
        .next()
        .unwrap()
        .to_owned();
    let mut urls = vec![format!("http://127.0.0.1:{emulator_port}/")];
    if let Some(ip) = machine_address() {
        let host = if ip.is_ipv6() {
            format!("[{ip}]")
        } else {
            ip.to_string()
        };
        urls.push(format!("http://{host}:{emulator_port}/"));
    }
    for (n, url) in urls.iter().enumerate() {
        let webhook = instance
            .webhook(config(
                &format!("own{n}"),
                "generic",
                url,
                json!({"retry": {"preset": "none"}, "allow_private_network": true}),
            ))
            .await;
        let (_, body) = instance
            .post(&format!("/api/webhooks/{}/test", webhook.id), json!({}))
            .await;
        let id = body["deliveries"][0]["id"].as_str().unwrap();
        let detail = instance
            .await_status(id, DeliveryStatus::Failed, SOON)
            .await;
        let error = detail.attempts[0].error.as_ref().unwrap();
        assert_eq!(error.kind, TransportErrorKind::Blocked, "{url}: {error:?}");
        assert!(
            error.message.contains("provider emulator"),
            "{url}: {error:?}"
        );
    }
}
