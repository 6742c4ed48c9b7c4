//! `--since WHEN`: a point in time as a duration ago, an RFC 3339 time, or a capture id.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::duration::parse_duration;

pub const SINCE_HELP: &str = "\
Also consider captures that arrived since WHEN, not only new ones; the oldest matching one
is printed. WHEN is a duration ago (10m, 1h), an RFC 3339 time (2026-05-01T12:00:00Z), or a
capture id (the captures after it). Default: only captures that arrive after the wait started";

/// A point in time as unix milliseconds: an RFC 3339 time, or a duration ago (`10m`).
pub fn parse_time(text: &str) -> Result<i64, String> {
    let text = text.trim();
    if let Ok(time) = OffsetDateTime::parse(text, &Rfc3339) {
        let millis = time.unix_timestamp_nanos() / 1_000_000;
        return Ok(i64::try_from(millis).unwrap_or(0));
    }
    match parse_duration(text) {
        Ok(ago) => {
            let ago = i64::try_from(ago.as_millis()).unwrap_or(i64::MAX);
            Ok(hookbench::base::clock::now_millis().saturating_sub(ago))
        }
        Err(_) => Err(format!(
            "`{text}` is not a duration ago (10m) or an RFC 3339 time (2026-05-01T12:00:00Z)"
        )),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// Captures received at or after this unix time in milliseconds.
    Time(i64),
    /// Captures after this one (ids sort by arrival).
    After { id: String, millis: i64 },
}

impl Since {
    pub fn parse(text: &str) -> Result<Since, String> {
        let text = text.trim();
        if let Ok(id) = ulid::Ulid::from_string(text) {
            return Ok(Since::After {
                id: id.to_string(),
                millis: i64::try_from(id.timestamp_ms()).unwrap_or(i64::MAX),
            });
        }
        parse_time(text).map(Since::Time).map_err(|_| {
            format!(
                "`{text}` is not a duration ago (10m), an RFC 3339 time \
                 (2026-05-01T12:00:00Z) or a capture id"
            )
        })
    }

    /// The earliest arrival time it admits.
    pub fn millis(&self) -> i64 {
        match self {
            Since::Time(millis) | Since::After { millis, .. } => *millis,
        }
    }

    /// Whether a capture with this id and arrival time is after the point.
    pub fn admits(&self, id: &str, received_at: i64) -> bool {
        match self {
            Since::Time(millis) => received_at >= *millis,
            Since::After { id: after, .. } => id > after.as_str(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn durations_times_and_ids() {
        let now = hookbench::base::clock::now_millis();
        let Since::Time(at) = Since::parse("10m").unwrap() else {
            panic!("a duration is a time")
        };
        assert!((now - 600_000 - at).abs() < 5_000);
        assert_eq!(
            Since::parse("2026-05-01T12:00:00Z").unwrap(),
            Since::Time(1_777_636_800_000)
        );
        assert_eq!(
            Since::parse("2026-05-01T12:00:00.123Z").unwrap(),
            Since::Time(1_777_636_800_123),
            "what `date -u +%Y-%m-%dT%H:%M:%S.%3NZ` prints"
        );
        let id = hookbench::base::ids::next_id();
        let since = Since::parse(&id).unwrap();
        assert!(!since.admits(&id, now));
        assert!(since.admits(&hookbench::base::ids::next_id(), now));
        assert!(Since::parse("yesterday").is_err());
    }
}
