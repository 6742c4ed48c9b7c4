//! Failures of an attempt, worded for a person: what happened, and to what.

use std::error::Error as _;
use std::net::SocketAddr;
use std::time::Duration;

use super::wire::WireLog;
use crate::model::{TransportError, TransportErrorKind};

/// An error and its causes, `a: b: c`.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// hyper failed before a response head arrived.
pub fn exchange(error: &hyper::Error, addr: SocketAddr, wire: &WireLog) -> TransportError {
    let protocol = |message: String| TransportError {
        kind: TransportErrorKind::Protocol,
        message,
    };
    if error.is_parse() || error.is_parse_status() || error.is_parse_too_large() {
        return protocol(format!(
            "the answer from {addr} is not a valid HTTP/1.x response ({}); it starts with {}",
            chain(error),
            preview(&wire.first_bytes_read(48)),
        ));
    }
    let reset = error
        .source()
        .and_then(|e| e.downcast_ref::<std::io::Error>())
        .is_some_and(|e| e.kind() == std::io::ErrorKind::ConnectionReset);
    let read = wire.bytes_read();
    let message = match (reset, read) {
        (true, _) => format!("{addr} reset the connection before answering"),
        (false, 0) if error.is_incomplete_message() || error.is_closed() => {
            format!("{addr} closed the connection without answering")
        }
        (false, _) if error.is_incomplete_message() => format!(
            "{addr} closed the connection in the middle of the response head, after {read} bytes"
        ),
        _ => format!("the exchange with {addr} failed: {}", chain(error)),
    };
    protocol(message)
}

/// The request could not be put into a hyper request (a header name or value, the method).
pub fn unwritable(what: String) -> TransportError {
    TransportError {
        kind: TransportErrorKind::Protocol,
        message: format!("the request cannot be written: {what}"),
    }
}

pub fn timeout(timeout: Duration, stage: &str) -> TransportError {
    TransportError {
        kind: TransportErrorKind::Timeout,
        message: format!("no answer within {} ({stage})", seconds(timeout)),
    }
}

pub fn body_timeout(timeout: Duration, status: u16, received: u64) -> TransportError {
    TransportError {
        kind: TransportErrorKind::Timeout,
        message: format!(
            "no complete answer within {}: the server answered {status} but its body was still \
             arriving ({received} bytes so far)",
            seconds(timeout)
        ),
    }
}

/// `5 s`, `1.5 s`, `300 ms`.
pub fn seconds(duration: Duration) -> String {
    let ms = duration.as_millis();
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms % 1000 == 0 {
        format!("{} s", ms / 1000)
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}

/// Bytes as a short quoted string with anything unprintable escaped.
fn preview(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "nothing".to_owned();
    }
    format!("\"{}\"", bytes.escape_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(seconds(Duration::from_secs(5)), "5 s");
        assert_eq!(seconds(Duration::from_millis(300)), "300 ms");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
        assert_eq!(preview(b"SSH-2.0\r\n\xff"), "\"SSH-2.0\\r\\n\\xff\"");
    }
}
