//! Resolving the target's host, judging every address by the reach policy, and connecting.

use std::io::ErrorKind;
use std::net::{IpAddr, SocketAddr};

use tokio::net::TcpStream;
use url::Host;

use super::reach::{self, Reach};
use super::target::Target;
use crate::model::{TransportError, TransportErrorKind};

/// The addresses the attempt may connect to, in resolver order. Blocked ones are left out; when
/// none is left, the error names the first one and why.
pub async fn resolve(target: &Target, reach: &Reach) -> Result<Vec<SocketAddr>, TransportError> {
    let resolved: Vec<SocketAddr> = match &target.host {
        Host::Ipv4(ip) => vec![SocketAddr::new(IpAddr::V4(*ip), target.port)],
        Host::Ipv6(ip) => vec![SocketAddr::new(IpAddr::V6(*ip), target.port)],
        Host::Domain(domain) => tokio::net::lookup_host((domain.as_str(), target.port))
            .await
            .map_err(|e| TransportError {
                kind: TransportErrorKind::Dns,
                message: format!("the host name `{domain}` could not be resolved: {e}"),
            })?
            .collect(),
    };
    let mut refusal = None;
    let mut allowed = Vec::new();
    for addr in resolved {
        match reach::check(addr, reach) {
            Ok(()) => allowed.push(addr),
            Err(why) => {
                refusal.get_or_insert(why);
            }
        }
    }
    if !allowed.is_empty() {
        return Ok(allowed);
    }
    Err(match (refusal, &target.host) {
        (Some(why), Host::Domain(domain)) => TransportError {
            kind: TransportErrorKind::Blocked,
            message: format!("`{domain}` resolves to {why}"),
        },
        (Some(why), _) => TransportError {
            kind: TransportErrorKind::Blocked,
            message: why,
        },
        (None, _) => TransportError {
            kind: TransportErrorKind::Dns,
            message: format!("the host name `{}` resolves to no address", target.host),
        },
    })
}

/// Connects to the first address that accepts. The error lists every address tried.
pub async fn connect(addrs: &[SocketAddr]) -> Result<(TcpStream, SocketAddr), TransportError> {
    let mut failures = Vec::new();
    let mut all_refused = true;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(stream) => {
                // The request goes out in one write; never hold a small last segment back.
                let _ = stream.set_nodelay(true);
                return Ok((stream, *addr));
            }
            Err(e) => {
                let refused = e.kind() == ErrorKind::ConnectionRefused;
                all_refused &= refused;
                failures.push(if refused {
                    format!(
                        "{addr} refused the connection (nothing listens on port {})",
                        addr.port()
                    )
                } else {
                    format!("connecting to {addr} failed: {e}")
                });
            }
        }
    }
    Err(TransportError {
        kind: if all_refused {
            TransportErrorKind::ConnectionRefused
        } else {
            TransportErrorKind::Connect
        },
        message: failures.join("; "),
    })
}
