//! Timestamps: unix-seconds parsing, the tolerance window, and minimal
//! RFC 3339 / ISO 8601 (UTC formatting, offset-aware parsing).

use super::{InvalidReason, SigningError, Verification};

const MIN: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
const MAX: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

/// Formats unix seconds as `YYYY-MM-DDTHH:MM:SSZ`.
pub(super) fn format_iso(ts: i64) -> Result<String, SigningError> {
    if !(MIN..=MAX).contains(&ts) {
        return Err(SigningError::TimestampOutOfRange(ts));
    }
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Ok(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3_600,
        secs / 60 % 60,
        secs % 60
    ))
}

/// Parses `YYYY-MM-DD[T ]HH:MM:SS[.fraction](Z|±HH:MM|±HHMM)` into unix
/// seconds (fraction dropped). `None` when the text is not such a timestamp.
pub(super) fn parse_iso(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        part.iter()
            .try_fold(0i64, |acc, d| Some(acc * 10 + i64::from(d - b'0')))
    };
    let sep = |at: usize, allowed: &[u8]| b.get(at).is_some_and(|c| allowed.contains(c));
    if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = b.get(19..)?;
    if let Some((b'.', tail)) = rest.split_first() {
        let digits = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        rest = tail.get(digits..)?;
    }
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] | [sign @ (b'+' | b'-'), h1, h2, m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let v = |i: usize| i64::from(digits.get(i).copied().unwrap_or(b'0') - b'0');
            let (oh, om) = (v(0) * 10 + v(1), v(2) * 10 + v(3));
            if oh > 23 || om > 59 {
                return None;
            }
            let minutes = oh * 60 + om;
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + hour * 3_600 + minute * 60 + second - offset * 60)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm); inputs are bounded
/// (year 0..=9999) so nothing overflows.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Parses a unix-seconds timestamp header.
pub(super) fn parse_unix(name: &str, value: &str) -> Result<i64, Verification> {
    value.parse::<i64>().map_err(|_| {
        Verification::invalid(
            InvalidReason::MalformedHeader,
            format!("The {name} header {value:?} is not a unix timestamp in seconds (like 1614265330); fix the sender's timestamp format."),
        )
    })
}

/// Rejects a timestamp outside `now ± tolerance` (no check when tolerance < 0).
pub(super) fn window(ts: i64, now: i64, tolerance: i64) -> Result<(), Verification> {
    if tolerance < 0 {
        return Ok(());
    }
    let age = now.saturating_sub(ts);
    if age > tolerance {
        return Err(Verification::invalid(
            InvalidReason::StaleTimestamp,
            format!(
                "The timestamp is {} old, beyond the {} tolerance: an old capture being replayed, or the sender's clock is behind. Send a fresh delivery, or widen the tolerance to inspect old captures.",
                duration(age),
                duration(tolerance)
            ),
        ));
    }
    if age < -tolerance {
        return Err(Verification::invalid(
            InvalidReason::FutureTimestamp,
            format!(
                "The timestamp is {} in the future, beyond the {} tolerance: the sender's clock (or this machine's) is ahead. Check that both clocks are synchronized.",
                duration(age.saturating_neg()),
                duration(tolerance)
            ),
        ));
    }
    Ok(())
}

fn duration(secs: i64) -> String {
    match secs {
        s if s < 120 => format!("{s} s"),
        s if s < 7_200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3_600),
        s => format!("{} days", s / 86_400),
    }
}
