//! Other serializations of a JSON body, as a sender may have signed them.
//!
//! Key order is kept by re-formatting the received tokens; sorted-key variants
//! sort a parsed `Value` explicitly (the crate enables serde_json's
//! `preserve_order`, so `Value` alone would keep the arrival order).

#[derive(Clone, Copy)]
enum Style {
    Compact,
    Spaced,
    Indent(usize),
}

const STYLES: [(Style, &str); 4] = [
    (Style::Compact, "compactly"),
    (Style::Spaced, "with spaces after ',' and ':'"),
    (Style::Indent(2), "pretty-printed (2-space indent)"),
    (Style::Indent(4), "pretty-printed (4-space indent)"),
];

enum Token<'a> {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    Scalar(&'a [u8]),
}

/// `(description, bytes)` of every re-serialization of `body` that differs
/// from it; empty when `body` is not JSON.
pub(super) fn variants(body: &[u8]) -> Vec<(String, Vec<u8>)> {
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Vec::new();
    };
    value.sort_all_objects();
    let sorted = serde_json::to_vec(&value).unwrap_or_default();
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for (source, suffix) in [(body, ""), (sorted.as_slice(), " with sorted keys")] {
        let tokens = tokenize(source);
        if tokens.is_empty() {
            continue;
        }
        for (style, label) in STYLES {
            let bytes = render(&tokens, style);
            let mut newline = bytes.clone();
            newline.push(b'\n');
            out.push((format!("{label}{suffix}"), bytes));
            out.push((format!("{label}{suffix} plus a trailing newline"), newline));
        }
    }
    let mut seen: Vec<Vec<u8>> = vec![body.to_vec()];
    out.retain(|(_, bytes)| {
        if seen.contains(bytes) {
            false
        } else {
            seen.push(bytes.clone());
            true
        }
    });
    out
}

/// Splits valid JSON into tokens, dropping insignificant whitespace.
fn tokenize(json: &[u8]) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = json.get(i) {
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'{' | b'[' => {
                tokens.push(Token::Open(c));
                i += 1;
            }
            b'}' | b']' => {
                tokens.push(Token::Close(c));
                i += 1;
            }
            b',' => {
                tokens.push(Token::Comma);
                i += 1;
            }
            b':' => {
                tokens.push(Token::Colon);
                i += 1;
            }
            b'"' => {
                let mut j = i + 1;
                while let Some(&d) = json.get(j) {
                    j += if d == b'\\' { 2 } else { 1 };
                    if d == b'"' {
                        break;
                    }
                }
                let end = j.min(json.len());
                tokens.push(Token::Scalar(json.get(i..end).unwrap_or_default()));
                i = end;
            }
            _ => {
                let start = i;
                while let Some(&d) = json.get(i) {
                    if matches!(d, b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'}' | b']') {
                        break;
                    }
                    i += 1;
                }
                tokens.push(Token::Scalar(json.get(start..i).unwrap_or_default()));
            }
        }
    }
    tokens
}

fn render(tokens: &[Token], style: Style) -> Vec<u8> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        if let Style::Indent(width) = style {
            out.push(b'\n');
            out.extend(std::iter::repeat_n(b' ', width * depth));
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Open(c) => {
                out.push(*c);
                depth += 1;
                if !matches!(tokens.get(i + 1), Some(Token::Close(_))) {
                    newline(&mut out, depth);
                }
            }
            Token::Close(c) => {
                depth = depth.saturating_sub(1);
                let empty = i > 0 && matches!(tokens.get(i - 1), Some(Token::Open(_)));
                if !empty {
                    newline(&mut out, depth);
                }
                out.push(*c);
            }
            Token::Comma => {
                out.push(b',');
                match style {
                    Style::Compact => {}
                    Style::Spaced => out.push(b' '),
                    Style::Indent(_) => newline(&mut out, depth),
                }
            }
            Token::Colon => {
                out.push(b':');
                if !matches!(style, Style::Compact) {
                    out.push(b' ');
                }
            }
            Token::Scalar(s) => out.extend_from_slice(s),
        }
    }
    out
}
