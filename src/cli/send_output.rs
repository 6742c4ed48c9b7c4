//! How `hookbench send` shows an attempt: the response like a raw HTTP answer (status line,
//! headers, blank line, body) on standard output, or the transport error on standard error.

use super::output::outln;
use hookbench::services::delivery::http::{Exchange, RawResponse};

pub fn print(exchange: &Exchange) {
    match &exchange.response {
        Ok(response) => print_response(response),
        Err(error) => {
            let kind = serde_json::to_value(error.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            eprintln!("error ({kind}): {}", error.message);
        }
    }
}

fn print_response(response: &RawResponse) {
    match &response.reason {
        Some(reason) => outln!("{} {} {reason}", response.version, response.status),
        None => outln!("{} {}", response.version, response.status),
    }
    for header in &response.headers {
        outln!("{}: {}", header.name, header.value);
    }
    outln!();
    if !response.body.is_empty() {
        match printable(&response.body) {
            Some(text) => outln!("{}", text.strip_suffix('\n').unwrap_or(text)),
            None => outln!("<{} bytes of binary data>", response.body.len()),
        }
    }
    if response.truncated {
        eprintln!(
            "note: the body was cut at {} bytes (the server sent {} or more)",
            response.body.len(),
            response.body_size
        );
    }
}

/// The body as text, unless it is not UTF-8 or has control characters that a terminal would
/// act on (escape sequences): such bodies are summarised instead of dumped.
fn printable(body: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(body).ok()?;
    let safe = text
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'));
    safe.then_some(text)
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn only_plain_text_is_printed() {
        assert_eq!(printable(b"{\"ok\":true}\n"), Some("{\"ok\":true}\n"));
        assert_eq!(printable("é\tà\r\n".as_bytes()), Some("é\tà\r\n"));
        assert_eq!(printable(b"\x1b[31mred"), None);
        assert_eq!(printable(b"\xff\xfe"), None);
        assert_eq!(printable(b"nul\0"), None);
    }
}
