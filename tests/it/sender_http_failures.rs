//! The HTTP executor when there is no usable answer: each failure has its kind and a message
//! that says what happened to what. Every server is local; blocked addresses are never dialled.

use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use hookbench::model::TransportErrorKind;
use hookbench::services::delivery::http::reach::{OwnAddress, OwnServer};
use hookbench::services::delivery::http::{self, Reach, SendOptions};
use tokio::io::AsyncWriteExt;

use crate::scripted::{self, response};
use crate::sender_http::{post, send};

fn quick(timeout_ms: u64) -> SendOptions {
    SendOptions {
        timeout: Duration::from_millis(timeout_ms),
        ..SendOptions::default()
    }
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_at_the_deadline() {
    let server = scripted::answer_then_hang(Vec::new()).await;
    let exchange = http::send(post(server.url("/"), b"{}"), &quick(300)).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Timeout);
    assert!(
        error.message.contains("no answer within 300 ms")
            && error.message.contains("waiting for the response head"),
        "{}",
        error.message
    );
    assert_eq!(exchange.remote_addr, Some(server.addr));
    assert!(exchange.timings.connect_ms.is_some());
    assert_eq!(exchange.timings.first_byte_ms, None);
    let total = exchange.timings.total_ms;
    assert!((300.0..3000.0).contains(&total), "{total}");
}

#[tokio::test]
async fn a_body_that_stops_arriving_times_out_with_what_came() {
    let server =
        scripted::answer_then_hang(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc".to_vec())
            .await;
    let exchange = http::send(post(server.url("/"), b"{}"), &quick(300)).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Timeout);
    assert!(error.message.contains("answered 200"), "{}", error.message);
    assert!(
        error.message.contains("3 bytes so far"),
        "{}",
        error.message
    );
    assert!(exchange.timings.first_byte_ms.is_some());
}

#[tokio::test]
async fn a_closed_port_is_connection_refused() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let exchange = send(post(format!("http://{addr}/hook"), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::ConnectionRefused);
    assert!(
        error.message.contains(&addr.to_string()),
        "{}",
        error.message
    );
    assert_eq!(exchange.remote_addr, None);
    assert_eq!(exchange.timings.connect_ms, None);
    // What would have been written is still recorded.
    assert_eq!(exchange.request.headers[0].name, "host");
}

#[tokio::test]
async fn https_to_a_plain_http_server_is_a_tls_error() {
    // Like any HTTP/1 server given a TLS ClientHello: it answers 400 and closes.
    let server = scripted::serve(|mut stream| async move {
        let mut hello = [0u8; 1024];
        let _ = tokio::io::AsyncReadExt::read(&mut stream, &mut hello).await;
        let answer = response("400 Bad Request", &[("Connection", "close")], b"");
        let _ = stream.write_all(&answer).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let url = format!("https://{}/hook", server.addr);
    let exchange = send(post(url, b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Tls);
    assert!(error.message.contains("http://"), "{}", error.message);
    assert_eq!(exchange.remote_addr, Some(server.addr));
}

#[tokio::test]
async fn a_self_signed_certificate_is_not_trusted() {
    let (server, _root) = tls_server().await;
    let exchange = send(post(format!("https://{}/hook", server.addr), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Tls);
    assert!(
        error.message.contains("certificate") && error.message.contains("trusted"),
        "{}",
        error.message
    );
}

#[tokio::test]
async fn https_with_a_trusted_certificate_records_the_exchange() {
    let (server, root) = tls_server().await;
    let url = format!("https://{}/secure?x=1", server.addr);
    let exchange =
        http::send_trusting(post(url, b"{\"a\":1}"), &SendOptions::default(), root).await;
    let answer = exchange.response.as_ref().unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body, b"over tls");
    let headers: Vec<&str> = exchange
        .request
        .headers
        .iter()
        .map(|h| h.name.as_str())
        .collect();
    assert_eq!(headers, ["host", "content-type", "content-length"]);
    let t = exchange.timings;
    assert!(t.connect_ms.unwrap() <= t.first_byte_ms.unwrap(), "{t:?}");
}

#[tokio::test]
async fn garbage_answers_are_protocol_errors_that_quote_them() {
    let server = scripted::answer(b"SSH-2.0-OpenSSH_9.6\r\n".to_vec()).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Protocol);
    assert!(error.message.contains("SSH-2.0"), "{}", error.message);
}

#[tokio::test]
async fn a_connection_closed_without_an_answer_is_a_protocol_error() {
    let server = scripted::answer(Vec::new()).await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Protocol);
    assert!(
        error.message.contains("without answering"),
        "{}",
        error.message
    );
}

#[tokio::test]
async fn a_body_cut_short_is_a_protocol_error_naming_the_status() {
    let server =
        scripted::answer(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b".to_vec())
            .await;
    let exchange = send(post(server.url("/"), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Protocol);
    assert!(
        error.message.contains("200 OK") && error.message.contains("after 10 bytes"),
        "{}",
        error.message
    );
}

#[tokio::test]
async fn metadata_and_link_local_addresses_are_blocked_before_connecting() {
    for url in [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://[fe80::1]:8080/",
        "http://0.0.0.0:80/",
        "http://[fd00:ec2::254]/",
    ] {
        let exchange = send(post(url.to_owned(), b"{}")).await;
        let error = exchange.response.as_ref().unwrap_err();
        assert_eq!(error.kind, TransportErrorKind::Blocked, "{url}");
        assert!(
            error.message.contains("never sends there"),
            "{url}: {}",
            error.message
        );
        assert_eq!(exchange.remote_addr, None, "{url}");
        assert_eq!(exchange.timings.connect_ms, None, "{url}");
    }
}

#[tokio::test]
async fn private_networks_are_blocked_unless_allowed() {
    let exchange = send(post("http://10.1.2.3:8080/hook".to_owned(), b"{}")).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Blocked);
    assert!(error.message.contains("10.0.0.0/8"), "{}", error.message);
    assert!(
        error.message.contains("--allow-private-network"),
        "{}",
        error.message
    );
    assert_eq!(exchange.remote_addr, None);
}

#[tokio::test]
async fn hookbench_own_api_is_refused() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = SendOptions {
        reach: Reach {
            allow_private_network: false,
            refused: vec![OwnAddress {
                server: OwnServer::Api,
                addr,
            }],
        },
        ..SendOptions::default()
    };
    let url = format!("http://localhost:{}/api/webhooks", addr.port());
    let exchange = http::send(post(url, b"{}"), &options).await;
    let error = exchange.response.unwrap_err();
    assert_eq!(error.kind, TransportErrorKind::Blocked);
    assert!(
        error.message.contains("Hookbench's own API"),
        "{}",
        error.message
    );
    assert!(
        listener.accept().now_or_never().is_none(),
        "nothing connected"
    );
}

#[tokio::test]
async fn unusable_urls_are_invalid_url() {
    for url in ["ftp://example.com/", "not a url", "http://"] {
        let exchange = send(post(url.to_owned(), b"{}")).await;
        let error = exchange.response.unwrap_err();
        assert_eq!(error.kind, TransportErrorKind::InvalidUrl, "{url}");
        assert_eq!(exchange.remote_addr, None);
    }
}

/// An HTTPS server with a fresh self-signed certificate for 127.0.0.1 that answers every
/// request `200 over tls`; and the certificate, to trust it.
async fn tls_server() -> (scripted::Server, Vec<u8>) {
    let key = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let der = key.cert.der().to_vec();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![der.clone().into()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.signing_key.serialize_der().into()),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let server = scripted::serve(move |stream| {
        let acceptor = acceptor.clone();
        async move {
            let Ok(mut tls) = acceptor.accept(stream).await else {
                return;
            };
            let mut bytes = Vec::new();
            let mut chunk = [0u8; 4096];
            // The request is small: read until its head and body are in.
            while !bytes.ends_with(b"{\"a\":1}") && bytes.len() < 64 * 1024 {
                match tokio::io::AsyncReadExt::read(&mut tls, &mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => bytes.extend_from_slice(&chunk[..n]),
                }
            }
            let _ = tls.write_all(&response("200 OK", &[], b"over tls")).await;
            let _ = tls.shutdown().await;
        }
    })
    .await;
    (server, der)
}
