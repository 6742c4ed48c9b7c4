//! TLS for https:// targets: rustls with the ring provider, trusting the public web PKI roots
//! compiled into the binary (webpki-roots: nothing is read from the system or downloaded).

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{CertificateError, ClientConfig};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;
use url::Host;

use crate::model::{TransportError, TransportErrorKind};

/// None: the web PKI roots. Tests pass a configuration that also trusts their own root.
pub type Trust = Option<Arc<ClientConfig>>;

/// One configuration per process: building the root store costs a few milliseconds.
fn web_pki() -> Result<Arc<ClientConfig>, String> {
    static CONFIG: OnceLock<Result<Arc<ClientConfig>, String>> = OnceLock::new();
    CONFIG.get_or_init(|| config(None)).clone()
}

pub fn config(extra_root: Option<CertificateDer<'static>>) -> Result<Arc<ClientConfig>, String> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if let Some(root) = extra_root {
        roots
            .add(root)
            .map_err(|e| format!("the extra root certificate is not usable: {e}"))?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS could not be set up: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    // Attempts speak HTTP/1.1 only; say so, so a server never picks h2.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

pub async fn handshake(
    tcp: TcpStream,
    host: &Host<String>,
    addr: SocketAddr,
    trust: &Trust,
) -> Result<TlsStream<TcpStream>, TransportError> {
    let fail = |message: String| TransportError {
        kind: TransportErrorKind::Tls,
        message,
    };
    let config = match trust {
        Some(config) => config.clone(),
        None => web_pki().map_err(fail)?,
    };
    let name = match host {
        Host::Domain(domain) => ServerName::try_from(domain.clone()).map_err(|e| {
            fail(format!(
                "`{domain}` cannot be checked against a certificate: {e}"
            ))
        })?,
        Host::Ipv4(ip) => ServerName::from(std::net::IpAddr::V4(*ip)),
        Host::Ipv6(ip) => ServerName::from(std::net::IpAddr::V6(*ip)),
    };
    TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| fail(describe(&e, host, addr)))
}

fn describe(error: &std::io::Error, host: &Host<String>, addr: SocketAddr) -> String {
    let Some(tls) = error
        .get_ref()
        .and_then(|e| e.downcast_ref::<rustls::Error>())
    else {
        return match error.kind() {
            std::io::ErrorKind::UnexpectedEof => format!(
                "{addr} closed the connection during the TLS handshake: it may not speak TLS \
                 on this port (try http:// instead of https://)"
            ),
            _ => format!("the TLS handshake with {addr} failed: {error}"),
        };
    };
    match tls {
        rustls::Error::InvalidCertificate(cert) => {
            let why = match cert {
                CertificateError::UnknownIssuer => {
                    "is not signed by a trusted certificate authority (self-signed, or from a \
                     private CA); Hookbench trusts the public web PKI only"
                        .to_owned()
                }
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    format!("has expired ({cert})")
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    format!("is not valid yet ({cert})")
                }
                CertificateError::NotValidForName
                | CertificateError::NotValidForNameContext { .. } => {
                    format!("is not valid for {host} ({cert})")
                }
                other => format!("was rejected ({other})"),
            };
            format!("the certificate of {host} ({addr}) {why}")
        }
        rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. } => format!(
            "{addr} did not answer with TLS ({tls}): it probably speaks plain HTTP on this port \
             (try http:// instead of https://)"
        ),
        rustls::Error::AlertReceived(alert) => {
            format!("{host} ({addr}) refused the TLS handshake with the alert `{alert:?}`")
        }
        other => format!("the TLS handshake with {host} ({addr}) failed: {other}"),
    }
}
