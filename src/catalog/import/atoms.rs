//! Atoms: the values of an example that identify things (logins, repository names, ids, numbers,
//! commit SHAs, node ids) and its timestamps. A sample binds each distinct atom to a variable
//! with a realistic generator, so one login stays one login everywhere it recurs (also inside
//! URLs), and every seed renders other values.

use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// What kind of thing a value names, which decides its generator and how it recurs in text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Atom {
    Login,
    RepoName,
    /// An integer id with this many digits.
    Id(u32),
    /// A small per-repository number (issue, pull request) that its object's URL carries.
    Number,
    Sha,
    /// A GraphQL node id: the kept prefix (its type), how many characters follow, `=` padding.
    NodeId {
        prefix: String,
        rest: usize,
        pad: usize,
    },
}

impl Atom {
    /// Whether the atom is found inside longer strings as text (URLs, emails, refs).
    pub fn in_text(&self) -> bool {
        matches!(
            self,
            Atom::Login | Atom::RepoName | Atom::Sha | Atom::Id(_) | Atom::Number
        )
    }

    /// The template that generates a fresh value of this kind.
    pub fn generator(&self) -> String {
        match self {
            Atom::Login => "{{username}}".into(),
            Atom::RepoName => "{{word}}-{{pick api|app|service|web|cli|docs|infra|sdk}}".into(),
            Atom::Id(digits) => {
                let low = 10i64.pow(digits.saturating_sub(1).min(17));
                format!("{{{{int {low} {}}}}}", low * 10 - 1)
            }
            Atom::Number => "{{int 2 2400}}".into(),
            Atom::Sha => "{{hex 40}}".into(),
            Atom::NodeId { prefix, rest, pad } => {
                format!("{prefix}{{{{alnum {rest}}}}}{}", "=".repeat(*pad))
            }
        }
    }
}

/// The atom a value is, judged by its key and its parent object.
pub(super) fn classify(key: &str, value: &Value, parent: &Map<String, Value>) -> Option<Atom> {
    match value {
        Value::String(s) => {
            if key == "login" && s.len() >= 3 && !s.contains(['[', ' ']) {
                return Some(Atom::Login);
            }
            if key == "name"
                && s.len() >= 3
                && parent
                    .get("full_name")
                    .and_then(Value::as_str)
                    .is_some_and(|f| f.ends_with(&format!("/{s}")))
            {
                return Some(Atom::RepoName);
            }
            if is_sha(s) {
                return Some(Atom::Sha);
            }
            if key == "node_id" && s.len() >= 8 && s.is_ascii() {
                let body = s.trim_end_matches('=');
                let keep = body.len() / 2;
                if body[keep..].chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Some(Atom::NodeId {
                        prefix: body[..keep].to_string(),
                        rest: body.len() - keep,
                        pad: s.len() - body.len(),
                    });
                }
            }
            None
        }
        Value::Number(n) => {
            let n = n.as_i64()?;
            if (key == "id" || key.ends_with("_id")) && n >= 1000 && time_key(key).is_none() {
                return Some(Atom::Id(n.to_string().len() as u32));
            }
            // A number that names its object in the object's own URL (`.../pulls/2`), not a
            // step's position in a job.
            let in_url = |k: &str| {
                parent
                    .get(k)
                    .and_then(Value::as_str)
                    .is_some_and(|u| u.ends_with(&format!("/{n}")) || u.contains(&format!("/{n}/")))
            };
            if key == "number" && n >= 1 && (in_url("url") || in_url("html_url")) {
                return Some(Atom::Number);
            }
            None
        }
        _ => None,
    }
}

/// A full, non-zero commit SHA.
pub(super) fn is_sha(s: &str) -> bool {
    s.len() == 40
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && s.bytes().any(|b| b != b'0')
}

/// How a timestamp is written, so its template writes it the same way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum TimeForm {
    /// RFC 3339; `precision` is `s`, `ms` or `us`; `zulu` chooses `Z` over `+00:00`.
    Iso {
        precision: &'static str,
        zulu: bool,
    },
    Unix,
    Millis,
}

/// A timestamp value: its instant and form.
pub(super) fn timestamp(key: &str, value: &Value) -> Option<(OffsetDateTime, TimeForm)> {
    match value {
        Value::String(s) if s.len() >= 20 && s.as_bytes().get(10) == Some(&b'T') => {
            let t = OffsetDateTime::parse(s, &Rfc3339).ok()?;
            let fraction = s[19..]
                .trim_start_matches('.')
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            let precision = match fraction {
                0 => "s",
                1..=3 => "ms",
                _ => "us",
            };
            Some((
                t,
                TimeForm::Iso {
                    precision,
                    zulu: !s.ends_with("+00:00"),
                },
            ))
        }
        Value::Number(n) if time_key(key).is_some() => {
            let n = n.as_i64()?;
            if (1_000_000_000..4_000_000_000).contains(&n) {
                Some((OffsetDateTime::from_unix_timestamp(n).ok()?, TimeForm::Unix))
            } else if (1_000_000_000_000..4_000_000_000_000).contains(&n) {
                let t =
                    OffsetDateTime::from_unix_timestamp_nanos(i128::from(n) * 1_000_000).ok()?;
                Some((t, TimeForm::Millis))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Whether a key names a moment (`created_at`, `timestamp`); `Some(true)` when that moment is
/// one the delivery follows (not a deadline such as `expires_at` or `due_on`).
pub(super) fn time_key(key: &str) -> Option<bool> {
    if key == "expires_at" || key == "due_on" {
        Some(false)
    } else if key.ends_with("_at") || key == "timestamp" || key == "date" {
        Some(true)
    } else {
        None
    }
}

/// The template of a timestamp `seconds` before the delivery (negative: after it).
pub(super) fn time_template(seconds: i64, form: TimeForm) -> String {
    let seconds = offset(seconds);
    match form {
        TimeForm::Iso { precision, zulu } => {
            let zone = if zulu { "Z" } else { "+00:00" };
            format!("{{{{ago_iso {seconds} {precision} {zone}}}}}")
        }
        TimeForm::Unix => format!("{{{{ago_unix {seconds}}}}}"),
        TimeForm::Millis => format!("{{{{ago_ms {seconds}}}}}"),
    }
}

/// An offset in the largest unit that writes it exactly: `3d` rather than `259200s`.
fn offset(seconds: i64) -> String {
    for (unit, size) in [("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60)] {
        if seconds != 0 && seconds % size == 0 {
            return format!("{}{unit}", seconds / size);
        }
    }
    format!("{seconds}s")
}
