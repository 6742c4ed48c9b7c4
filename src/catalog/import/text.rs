//! Atoms inside longer strings: where a value stands alone as a word (a login between `/`s, a
//! number after `/pulls/`), it is replaced by its binding; elsewhere text is copied, `{{` escaped.

use super::atoms::is_sha;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Needle {
    Text,
    /// A small number: only as a path segment or after `#` (`/pulls/2`, `#2`).
    Number,
    /// An id: also at the start (`21031067+octocat@users.noreply.github.com`).
    Id,
    Hex,
}

/// `s` as template text: atoms replaced where they stand alone, the rest escaped.
pub(super) fn substitute(s: &str, needles: &[(String, String, Needle)]) -> String {
    let bytes = s.as_bytes();
    let protected = hosts(s);
    let mut out = String::with_capacity(s.len());
    let mut literal_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let free = !protected.iter().any(|(a, b)| (*a..*b).contains(&i));
        let found = free
            .then(|| {
                needles.iter().find(|(needle, _, kind)| {
                    s[i..].starts_with(needle.as_str())
                        && stands_alone(bytes, i, needle.len(), *kind)
                })
            })
            .flatten();
        match found {
            Some((needle, replacement, _)) => {
                out.push_str(&escape(&s[literal_from..i]));
                out.push_str(replacement);
                i += needle.len();
                literal_from = i;
            }
            None => i += 1,
        }
        while i < bytes.len() && !s.is_char_boundary(i) {
            i += 1;
        }
    }
    out.push_str(&escape(&s[literal_from..]));
    out
}

/// Whether the `len` bytes at `i` are a whole word of their kind, not part of a longer one.
fn stands_alone(bytes: &[u8], i: usize, len: usize, kind: Needle) -> bool {
    let before = i.checked_sub(1).map(|j| bytes[j]);
    let after = bytes.get(i + len).copied();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    match kind {
        Needle::Text => {
            before.is_none_or(|b| !(word(b) || b == b'.')) && after.is_none_or(|b| !word(b))
        }
        Needle::Number => {
            before.is_some_and(|b| b"/#=".contains(&b))
                && after.is_none_or(|b| !b.is_ascii_alphanumeric())
        }
        Needle::Id => {
            before.is_none_or(|b| b"/#=".contains(&b))
                && after.is_none_or(|b| !b.is_ascii_alphanumeric())
        }
        Needle::Hex => {
            before.is_none_or(|b| !b.is_ascii_alphanumeric())
                && after.is_none_or(|b| !b.is_ascii_alphanumeric())
        }
    }
}

/// Byte ranges of URL hosts (`https://HOST/`, `git@HOST:`), where no atom is replaced: a login
/// `github` must not turn `github.com` into a variable.
fn hosts(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, _) in s.match_indices("://") {
        let from = start + 3;
        let to = s[from..].find('/').map_or(s.len(), |j| from + j);
        out.push((from, to));
    }
    for (at, _) in s.match_indices('@') {
        let rest = &s[at + 1..];
        if let Some(colon) = rest.find(':') {
            if !rest[..colon].contains('/') {
                out.push((at + 1, at + 1 + colon));
            }
        }
    }
    out
}

/// Maximal runs of lowercase hex digits.
pub(super) fn hex_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_ascii_digit() || ('a'..='f').contains(&c)))
        .filter(|r| !r.is_empty() && !is_sha(r))
}

/// Literal text in a template: `{{` would open a placeholder.
fn escape(text: &str) -> String {
    text.replace("{{", "{{lit {{}}")
}
