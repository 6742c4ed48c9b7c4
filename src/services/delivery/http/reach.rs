//! Which addresses an attempt may connect to (the SSRF policy), checked on every resolved
//! address before connecting, so a name that resolves to a metadata service is refused too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The reach of one attempt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    /// Allow private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7).
    pub allow_private_network: bool,
    /// Hookbench's own listening addresses that this attempt must not reach.
    pub refused: Vec<OwnAddress>,
}

/// One of Hookbench's own servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OwnServer {
    Api,
    Emulator,
    Receiver,
}

impl OwnServer {
    /// Why sending there is refused, for a person.
    fn refusal(self) -> &'static str {
        match self {
            OwnServer::Api => "Hookbench's own API (its control port)",
            OwnServer::Emulator => {
                "Hookbench's own provider emulator, where a request could trigger events that \
                 are sent again (a loop)"
            }
            OwnServer::Receiver => {
                "Hookbench's own receiver: a forward there would forward to itself (a loop)"
            }
        }
    }
}

/// Where one of Hookbench's own servers listens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnAddress {
    pub server: OwnServer,
    /// As bound: `0.0.0.0:P` or `[::]:P` stands for every address of this machine on port P.
    pub addr: SocketAddr,
}

impl OwnAddress {
    /// Whether connecting to `target` reaches this server.
    fn covers(&self, target: SocketAddr) -> bool {
        let bound = self.addr.ip().to_canonical();
        let target_ip = target.ip().to_canonical();
        self.addr.port() == target.port()
            && (bound == target_ip
                || (bound.is_unspecified()
                    && (classify(target_ip) == Class::Loopback
                        || crate::base::net::has_address(target_ip))))
    }
}

/// What kind of address an IP is, as far as sending is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Loopback,
    Public,
    /// In a private range (named, e.g. `10.0.0.0/8`): allowed only when asked for.
    Private(&'static str),
    /// Never a target; says why.
    Forbidden(&'static str),
}

/// Classifies an address. IPv4-mapped (`::ffff:a.b.c.d`) and NAT64 (`64:ff9b::a.b.c.d`) IPv6
/// addresses are judged by the IPv4 address they carry.
pub fn classify(ip: IpAddr) -> Class {
    match ip.to_canonical() {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => match nat64_embedded(v6) {
            Some(v4) => classify_v4(v4),
            None => classify_v6(v6),
        },
    }
}

fn classify_v4(ip: Ipv4Addr) -> Class {
    let [a, b, ..] = ip.octets();
    if a == 0 {
        Class::Forbidden("in 0.0.0.0/8, which means \"this host\" and is not a destination")
    } else if ip.is_loopback() {
        Class::Loopback
    } else if ip.is_link_local() {
        Class::Forbidden(
            "link-local (169.254.0.0/16), where cloud metadata services answer (169.254.169.254)",
        )
    } else if ip.is_broadcast() {
        Class::Forbidden("the broadcast address")
    } else if ip.is_multicast() {
        Class::Forbidden("a multicast address (224.0.0.0/4)")
    } else if a >= 240 {
        Class::Forbidden("reserved (240.0.0.0/4) and not routable")
    } else if a == 10 {
        Class::Private("10.0.0.0/8")
    } else if a == 172 && (16..=31).contains(&b) {
        Class::Private("172.16.0.0/12")
    } else if a == 192 && b == 168 {
        Class::Private("192.168.0.0/16")
    } else if a == 100 && (64..=127).contains(&b) {
        Class::Private("100.64.0.0/10, carrier-grade NAT")
    } else {
        Class::Public
    }
}

/// AWS's IPv6 instance metadata service (inside fc00::/7, so checked before it).
const AWS_METADATA_V6: Ipv6Addr = Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254);

fn classify_v6(ip: Ipv6Addr) -> Class {
    let first = ip.segments()[0];
    if ip.is_unspecified() {
        Class::Forbidden("the unspecified address (::), which is not a destination")
    } else if ip.is_loopback() {
        Class::Loopback
    } else if ip == AWS_METADATA_V6 {
        Class::Forbidden("the cloud metadata service's IPv6 address (fd00:ec2::254)")
    } else if first & 0xffc0 == 0xfe80 {
        Class::Forbidden("link-local (fe80::/10)")
    } else if ip.is_multicast() {
        Class::Forbidden("a multicast address (ff00::/8)")
    } else if first & 0xfe00 == 0xfc00 {
        Class::Private("fc00::/7, unique local addresses")
    } else {
        Class::Public
    }
}

/// The IPv4 address inside a NAT64 well-known-prefix address (64:ff9b::/96).
fn nat64_embedded(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [.., a, b, c, d] = ip.octets();
        Some(Ipv4Addr::new(a, b, c, d))
    } else {
        None
    }
}

/// Whether an attempt may connect to `addr`; the error says why not, for a person.
pub fn check(addr: SocketAddr, reach: &Reach) -> Result<(), String> {
    if let Some(own) = reach.refused.iter().find(|own| own.covers(addr)) {
        return Err(format!(
            "{addr} is {}; Hookbench does not send there. Send to your own server",
            own.server.refusal()
        ));
    }
    match classify(addr.ip()) {
        Class::Loopback | Class::Public => Ok(()),
        Class::Private(_) if reach.allow_private_network => Ok(()),
        Class::Private(range) => Err(format!(
            "{} is in a private network ({range}), which Hookbench only sends to when allowed, \
             since a request there can reach machines on your LAN. Allow it for this target (the \
             webhook's, forward's or replay's \"allow private network targets\" option; \
             --allow-private-network with `hookbench send`) or for every target (Settings → \
             Outgoing requests)",
            addr.ip()
        )),
        Class::Forbidden(why) => Err(format!(
            "{} is {why}; Hookbench never sends there",
            addr.ip()
        )),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn class(ip: &str) -> Class {
        classify(ip.parse().unwrap())
    }

    fn forbidden(ip: &str) -> bool {
        matches!(class(ip), Class::Forbidden(_))
    }

    fn private(ip: &str) -> bool {
        matches!(class(ip), Class::Private(_))
    }

    #[test]
    fn loopback_is_always_allowed() {
        for ip in ["127.0.0.1", "127.255.0.9", "::1", "::ffff:127.0.0.1"] {
            assert_eq!(class(ip), Class::Loopback, "{ip}");
        }
    }

    #[test]
    fn metadata_link_local_and_non_destinations_are_forbidden() {
        for ip in [
            "169.254.169.254",
            "169.254.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe",
            "fe80::1",
            "febf::1",
            "fd00:ec2::254",
            "0.0.0.0",
            "0.1.2.3",
            "::ffff:0.0.0.0",
            "::",
            "255.255.255.255",
            "::ffff:255.255.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "::ffff:224.0.0.1",
            "ff02::1",
            "240.0.0.1",
        ] {
            assert!(forbidden(ip), "{ip} should be forbidden: {:?}", class(ip));
        }
    }

    #[test]
    fn private_ranges_need_permission() {
        for ip in [
            "10.0.0.1",
            "10.255.255.255",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "100.127.255.255",
            "::ffff:10.1.2.3",
            "::ffff:192.168.0.1",
            "fc00::1",
            "fd12:3456::1",
        ] {
            assert!(private(ip), "{ip} should be private: {:?}", class(ip));
        }
    }

    #[test]
    fn public_addresses_and_range_edges_are_public() {
        for ip in [
            "8.8.8.8",
            "172.15.255.255",
            "172.32.0.1",
            "100.63.255.255",
            "100.128.0.1",
            "169.253.255.255",
            "192.169.0.1",
            "11.0.0.1",
            "2001:db8::1",
            "2606:4700::1111",
            "fec0::1",
        ] {
            assert_eq!(class(ip), Class::Public, "{ip}");
        }
    }

    #[test]
    fn check_explains_each_refusal() {
        let reach = Reach::default();
        let metadata = check("169.254.169.254:80".parse().unwrap(), &reach).unwrap_err();
        assert!(metadata.contains("169.254.169.254") && metadata.contains("metadata"));
        let mapped = check("[::ffff:169.254.169.254]:80".parse().unwrap(), &reach).unwrap_err();
        assert!(mapped.contains("link-local"), "{mapped}");
        let private = check("192.168.1.20:8080".parse().unwrap(), &reach).unwrap_err();
        assert!(private.contains("192.168.0.0/16") && private.contains("allow private"));
        let allowed = Reach {
            allow_private_network: true,
            ..Reach::default()
        };
        assert!(check("192.168.1.20:8080".parse().unwrap(), &allowed).is_ok());
        assert!(check("169.254.169.254:80".parse().unwrap(), &allowed).is_err());
        assert!(check("127.0.0.1:9".parse().unwrap(), &reach).is_ok());
    }

    #[test]
    fn own_addresses_are_refused_naming_the_server() {
        let reach = Reach {
            allow_private_network: true,
            refused: vec![
                OwnAddress {
                    server: OwnServer::Api,
                    addr: "127.0.0.1:8788".parse().unwrap(),
                },
                OwnAddress {
                    server: OwnServer::Emulator,
                    addr: "0.0.0.0:9000".parse().unwrap(),
                },
            ],
        };
        let own = check("127.0.0.1:8788".parse().unwrap(), &reach).unwrap_err();
        assert!(own.contains("Hookbench's own API"), "{own}");
        let emulator = check("127.0.0.1:9000".parse().unwrap(), &reach).unwrap_err();
        assert!(emulator.contains("provider emulator"), "{emulator}");
        assert!(check("[::ffff:127.0.0.1]:8788".parse().unwrap(), &reach).is_err());
        assert!(check("127.0.0.1:9000".parse().unwrap(), &reach).is_err());
        assert!(check("[::1]:9000".parse().unwrap(), &reach).is_err());
        assert!(check("127.0.0.1:8787".parse().unwrap(), &reach).is_ok());
    }
}
