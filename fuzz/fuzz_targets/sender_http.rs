//! What the sender parses from servers and users: the target URL (`Target::parse`), the
//! `Retry-After` header (seconds or HTTP-date), the response head recorded from the connection's
//! bytes in an arbitrary split, and the reach policy on arbitrary addresses. Nothing may panic;
//! the recorded head must not depend on the split, and IPv4-mapped and NAT64 IPv6 addresses
//! must be judged as the IPv4 address they carry, as documented.
#![no_main]

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::{Duration, SystemTime};

use arbitrary::Arbitrary;
use hookbench::services::delivery::http::fuzzing::{record_reads, retry_after, Target};
use hookbench::services::delivery::http::reach::{
    check, classify, Class, OwnAddress, OwnServer, Reach,
};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    url: String,
    retry_after: Vec<u8>,
    now_secs: u64,
    response: Vec<u8>,
    split: Vec<u8>,
    ip: IpAddr,
    port: u16,
    allow_private_network: bool,
    refused: Vec<SocketAddr>,
}

fuzz_target!(|input: Input| {
    if let Ok(target) = Target::parse(&input.url) {
        let _ = target.host_text();
        assert!(
            !target.url.contains('#'),
            "the fragment is never sent: {target:?}"
        );
    }

    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(input.now_secs % (1 << 40));
    let _ = retry_after(&input.retry_after, now);

    let (whole, first) = record_reads(&[&input.response], 64);
    let mut reads = Vec::new();
    let mut rest = &input.response[..];
    for &size in &input.split {
        let (read, tail) = rest.split_at(usize::from(size).min(rest.len()));
        reads.push(read);
        rest = tail;
    }
    reads.push(rest);
    let (split, _) = record_reads(&reads, 64);
    assert_eq!(
        whole, split,
        "the response head depends on how the bytes were split"
    );
    assert!(first.len() <= 64);

    let class = classify(input.ip);
    if let IpAddr::V4(v4) = input.ip {
        assert_eq!(
            class,
            classify(IpAddr::V6(v4.to_ipv6_mapped())),
            "{v4} mapped"
        );
        let [a, b, c, d] = v4.octets();
        let nat64 = Ipv6Addr::new(
            0x64,
            0xff9b,
            0,
            0,
            0,
            0,
            u16::from_be_bytes([a, b]),
            u16::from_be_bytes([c, d]),
        );
        assert_eq!(class, classify(IpAddr::V6(nat64)), "{v4} through NAT64");
    }
    let reach = Reach {
        allow_private_network: input.allow_private_network,
        refused: input
            .refused
            .into_iter()
            .map(|addr| OwnAddress {
                server: OwnServer::Api,
                addr,
            })
            .collect(),
    };
    let verdict = check(SocketAddr::new(input.ip, input.port), &reach);
    match class {
        Class::Forbidden(_) => assert!(verdict.is_err()),
        Class::Private(_) if !input.allow_private_network => assert!(verdict.is_err()),
        _ => {}
    }
});
