//! Durations as people write them on a command line: `500ms`, `30s`, `2m`, `1h`, `1.5s`; a bare
//! number is seconds.

use std::time::Duration;

/// A positive duration of at least a millisecond.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let scale = match unit.trim() {
        "ms" => 0.001,
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        _ => f64::NAN,
    };
    let seconds = number.parse::<f64>().map(|n| n * scale).unwrap_or(f64::NAN);
    // A week bounds it: Duration::from_secs_f64 panics on absurd values.
    if !(0.001..=604_800.0).contains(&seconds) {
        return Err(format!(
            "`{text}` is not a duration: write it like 500ms, 30s, 2m or 1h"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_people_write_them() {
        assert_eq!(parse_duration("5s"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_duration("300ms"), Ok(Duration::from_millis(300)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        for bad in ["", "0s", "fast", "5d", "-1s", "2 hours", "1e9h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
