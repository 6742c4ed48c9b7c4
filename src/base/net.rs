//! This machine's addresses: whether an IP is one of its own, and a server's URL.

use std::net::{IpAddr, SocketAddr, UdpSocket};

/// True when `ip` is assigned to one of this machine's interfaces (or is loopback). Asks the OS
/// by binding a UDP socket to it, which only succeeds for a local address and sends nothing.
pub fn has_address(ip: IpAddr) -> bool {
    let ip = ip.to_canonical();
    !ip.is_unspecified() && !ip.is_multicast() && UdpSocket::bind(SocketAddr::new(ip, 0)).is_ok()
}

/// The base URL of a server listening on `addr`.
pub fn url_of(addr: SocketAddr) -> String {
    format!("http://{addr}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_ours_and_unspecified_or_multicast_never_are() {
        assert!(has_address(IpAddr::from([127, 0, 0, 1])));
        assert!(!has_address(IpAddr::from([0, 0, 0, 0])));
        assert!(!has_address(IpAddr::from([224, 0, 0, 1])));
    }
}
