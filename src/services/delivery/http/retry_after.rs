//! `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).

use std::time::{Duration, SystemTime};

/// How long the server asks to wait, from `now`. A date in the past means "now" (zero); a value
/// that is neither form is ignored.
pub fn parse(value: &[u8], now: SystemTime) -> Option<Duration> {
    let text = std::str::from_utf8(value).ok()?.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        // More digits than a u64 holds is still "a very long time".
        return Some(Duration::from_secs(text.parse().unwrap_or(u64::MAX)));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn seconds_and_dates() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(parse(b"2", now), Some(Duration::from_secs(2)));
        assert_eq!(parse(b" 120 ", now), Some(Duration::from_secs(120)));
        assert_eq!(
            parse(b"Sun, 06 Nov 1994 08:50:07 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse(b"Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse(b"99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        for junk in [&b""[..], b"-1", b"1.5", b"soon", b"\xff"] {
            assert_eq!(parse(junk, now), None, "{junk:?}");
        }
    }
}
