//! Which Host (and Origin) values name this API: the loopback names with its port and, when it
//! was exposed (`--expose-api`), its own address with its port. No other name is accepted: a
//! page that rebinds its own name to this machine's address still sends that name.

use std::net::{IpAddr, SocketAddr};

pub struct AllowedHosts {
    port: u16,
    exposed_on: Option<IpAddr>,
}

impl AllowedHosts {
    pub fn new(port: u16, exposed_on: Option<IpAddr>) -> AllowedHosts {
        AllowedHosts { port, exposed_on }
    }

    fn loopback(&self) -> [String; 3] {
        let port = self.port;
        [
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
        ]
    }

    pub fn allows(&self, host: &str) -> bool {
        self.loopback().iter().any(|allowed| allowed == host) || self.names_exposed_address(host)
    }

    /// An Origin is allowed when it is this API's own: `http://` and an allowed host.
    pub fn allows_origin(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|host| self.allows(host))
    }

    /// `IP:port` of the exposed address; for `0.0.0.0` or `[::]`, of any address of this machine.
    fn names_exposed_address(&self, host: &str) -> bool {
        let (Some(bound), Ok(named)) = (self.exposed_on, host.parse::<SocketAddr>()) else {
            return false;
        };
        let ip = named.ip().to_canonical();
        named.port() == self.port
            && if bound.is_unspecified() {
                crate::base::net::has_address(ip)
            } else {
                ip == bound.to_canonical()
            }
    }

    /// The accepted values, for the refusal's message.
    pub fn describe(&self) -> String {
        let loopback = self.loopback().join(", ");
        match self.exposed_on {
            None => loopback,
            Some(ip) if ip.is_unspecified() => {
                format!(
                    "{loopback} or an address of this machine with port {}",
                    self.port
                )
            }
            Some(ip) => format!("{loopback} or {}", SocketAddr::new(ip, self.port)),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_only_unless_exposed() {
        let local = AllowedHosts::new(8788, None);
        assert!(local.allows("127.0.0.1:8788") && local.allows("localhost:8788"));
        assert!(local.allows("[::1]:8788"));
        assert!(!local.allows("127.0.0.1:9999"));
        assert!(!local.allows("192.168.1.5:8788"));
        assert!(local.allows_origin("http://localhost:8788"));
        assert!(!local.allows_origin("https://localhost:8788"));

        let exposed = AllowedHosts::new(8788, Some("192.168.1.5".parse().unwrap()));
        assert!(exposed.allows("192.168.1.5:8788"));
        assert!(exposed.allows_origin("http://192.168.1.5:8788"));
        assert!(!exposed.allows("192.168.1.6:8788"));
        assert!(!exposed.allows("192.168.1.5:80"));
        assert!(!exposed.allows("evil.example:8788"));
        assert!(exposed.describe().contains("192.168.1.5:8788"));
    }

    #[test]
    fn every_interface_accepts_this_machines_addresses_only() {
        let exposed = AllowedHosts::new(8788, Some("0.0.0.0".parse().unwrap()));
        assert!(
            exposed.allows("127.0.0.2:8788"),
            "loopback is this machine's"
        );
        assert!(!exposed.allows("0.0.0.0:8788"));
        assert!(!exposed.allows("224.0.0.1:8788"));
        assert!(!exposed.allows("rebound.example:8788"));
    }
}
