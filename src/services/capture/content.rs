//! Showing bodies decoded: `Content-Encoding` (gzip, deflate, br), URL-encoded forms and
//! multipart bodies. Everything here takes untrusted bytes: it never panics, and inflating is
//! capped so a small compressed body cannot take all memory.

use std::io::Read;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use utoipa::ToSchema;

use crate::model::{Body, Capture, Header};

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct Part {
    /// The `name` of its `Content-Disposition`, if any.
    pub name: Option<String>,
    /// The `filename` (or RFC 5987 `filename*`) of its `Content-Disposition`, if any.
    pub filename: Option<String>,
    pub content_type: Option<String>,
    /// The part's own headers, in order.
    pub headers: Vec<Header>,
    #[ts(type = "number")]
    pub size: u64,
    pub body: Body,
}

/// What a capture's body holds once decoded, beside the exact bytes the capture keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct DecodedBody {
    /// The `Content-Encoding` as sent (repeated headers joined with `, `), if any.
    pub content_encoding: Option<String>,
    /// The body with its content encoding undone; absent when there was none to undo or it
    /// failed (then `decode_error` says why).
    pub decoded: Option<Body>,
    pub decode_error: Option<String>,
    /// The fields of an `application/x-www-form-urlencoded` body, in order.
    #[ts(type = "Array<[string, string]> | null")]
    pub form: Option<Vec<(String, String)>>,
    /// The parts of a `multipart/*` body, in order.
    pub multipart: Option<Vec<Part>>,
    /// Why a `multipart/*` body could not be read.
    pub multipart_error: Option<String>,
}

/// Decodes a body per its `Content-Encoding` header(s): `gzip`, `x-gzip`, `deflate` (zlib as the
/// standard says, and raw deflate as browsers also accept), `br`, and comma-separated chains,
/// undone in reverse order. `Ok(None)` when there is no encoding or only `identity`.
/// `Err(message)` names the encoding and what failed. Each step's output is capped at
/// `max_output` bytes: beyond it this is an `Err` (a zip bomb, or simply too large).
pub fn decode_content_encoding(
    headers: &[Header],
    body: &[u8],
    max_output: usize,
) -> Result<Option<Vec<u8>>, String> {
    let codings: Vec<String> = headers
        .iter()
        .filter(|header| header.name.eq_ignore_ascii_case("content-encoding"))
        .flat_map(|header| header.value.split(','))
        .map(|coding| coding.trim().to_ascii_lowercase())
        .filter(|coding| !coding.is_empty() && coding != "identity")
        .collect();
    if codings.is_empty() {
        return Ok(None);
    }
    if let Some(unknown) = codings
        .iter()
        .find(|coding| !matches!(coding.as_str(), "gzip" | "x-gzip" | "deflate" | "br"))
    {
        return Err(format!(
            "unsupported content encoding \"{unknown}\" (Hookbench decodes gzip, deflate and br)"
        ));
    }
    if body.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let mut data = body.to_vec();
    for coding in codings.iter().rev() {
        data = decode_one(coding, &data, max_output)?;
    }
    Ok(Some(data))
}

enum ReadError {
    TooLarge,
    Io(std::io::Error),
}

fn decode_one(coding: &str, data: &[u8], max_output: usize) -> Result<Vec<u8>, String> {
    use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
    let result = match coding {
        "gzip" | "x-gzip" => read_capped(MultiGzDecoder::new(data), max_output),
        "deflate" if looks_like_zlib(data) => {
            match read_capped(ZlibDecoder::new(data), max_output) {
                // A raw deflate stream can start with two bytes that read as a zlib header.
                Err(ReadError::Io(zlib)) => read_capped(DeflateDecoder::new(data), max_output)
                    .map_err(|raw| match raw {
                        ReadError::TooLarge => ReadError::TooLarge,
                        ReadError::Io(_) => ReadError::Io(zlib),
                    }),
                other => other,
            }
        }
        "deflate" => read_capped(DeflateDecoder::new(data), max_output),
        "br" => read_capped(
            brotli_decompressor::Decompressor::new(data, 4096),
            max_output,
        ),
        other => return Err(format!("unsupported content encoding \"{other}\"")),
    };
    result.map_err(|error| match error {
        ReadError::TooLarge => format!(
            "{coding}: the decoded body is larger than {max_output} bytes, so it is not shown"
        ),
        ReadError::Io(error) => format!("{coding}: the body could not be decoded: {error}"),
    })
}

/// A zlib stream starts with CMF/FLG: compression method 8 and a header checksum.
fn looks_like_zlib(data: &[u8]) -> bool {
    match data {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

fn read_capped(reader: impl Read, max_output: usize) -> Result<Vec<u8>, ReadError> {
    let limit = u64::try_from(max_output)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut out = Vec::new();
    reader
        .take(limit)
        .read_to_end(&mut out)
        .map_err(ReadError::Io)?;
    if out.len() > max_output {
        return Err(ReadError::TooLarge);
    }
    Ok(out)
}

/// `application/x-www-form-urlencoded` → (name, value) pairs in order, decoded (`+` is a space;
/// an invalid `%` escape stays as written; bytes that are not UTF-8 become U+FFFD).
pub fn parse_urlencoded(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

/// `multipart/form-data` (or any `multipart/*`), with the boundary taken from the content-type
/// header value → its parts in order. Lines may end in CRLF or a bare LF; the preamble and the
/// epilogue are ignored. A body without its closing boundary is an `Err`.
pub fn parse_multipart(content_type: &str, body: &[u8]) -> Result<Vec<Part>, String> {
    let (essence, params) = split_header_value(content_type);
    if !essence.starts_with("multipart/") {
        return Err(format!(
            "multipart: \"{content_type}\" is not a multipart content type"
        ));
    }
    let boundary = params
        .iter()
        .find(|(name, _)| name == "boundary")
        .map(|(_, value)| value.as_str())
        .ok_or_else(|| "multipart: the content type has no boundary parameter".to_owned())?;
    if boundary.is_empty() {
        return Err("multipart: the boundary is empty".to_owned());
    }
    let delimiter = format!("--{boundary}").into_bytes();
    let missing_close = |inside: usize| {
        format!(
            "multipart: missing closing boundary \"--{boundary}--\" (the body ends inside part {inside})"
        )
    };

    let first = next_delimiter(body, 0, &delimiter)
        .ok_or_else(|| format!("multipart: the boundary \"{boundary}\" is not in the body"))?;
    let mut cursor = match first.next {
        Next::Close => return Ok(Vec::new()),
        Next::End => return Err(missing_close(1)),
        Next::Part(start) => start,
    };
    let mut parts = Vec::new();
    loop {
        let number = parts.len() + 1;
        let (headers, content_start) = part_headers(body, cursor)
            .map_err(|error| format!("multipart: part {number}: {error}"))?;
        let found =
            next_delimiter(body, content_start, &delimiter).ok_or_else(|| missing_close(number))?;
        let content = body
            .get(content_start..found.content_end.max(content_start))
            .unwrap_or_default();
        parts.push(part(headers, content));
        cursor = match found.next {
            Next::Close => return Ok(parts),
            Next::End => return Err(missing_close(number + 1)),
            Next::Part(start) => start,
        };
    }
}

struct Delimiter {
    /// Where the content before this delimiter ends (before the line break that belongs to it).
    content_end: usize,
    next: Next,
}

enum Next {
    /// The closing delimiter (`--boundary--`).
    Close,
    /// A delimiter at the very end of the body: a part should start but the body is over.
    End,
    /// A part starts at this offset.
    Part(usize),
}

/// The next `--boundary` at the start of a line, from `from` on, and what follows it.
fn next_delimiter(body: &[u8], from: usize, delimiter: &[u8]) -> Option<Delimiter> {
    let mut search = from;
    loop {
        let at = search + find(body.get(search..)?, delimiter)?;
        search = at + 1;
        let line_start = at == 0 || body.get(at - 1) == Some(&b'\n');
        if !line_start {
            continue;
        }
        let content_end = if at == 0 {
            0
        } else if at >= 2 && body.get(at - 2) == Some(&b'\r') {
            at - 2
        } else {
            at - 1
        };
        let after = at + delimiter.len();
        let rest = body.get(after..).unwrap_or_default();
        if rest.starts_with(b"--") {
            return Some(Delimiter {
                content_end,
                next: Next::Close,
            });
        }
        // Transport padding may follow a delimiter before its line break.
        let padding = rest
            .iter()
            .take_while(|byte| matches!(byte, b' ' | b'\t'))
            .count();
        let rest = rest.get(padding..).unwrap_or_default();
        let next = if rest.is_empty() {
            Next::End
        } else if rest.starts_with(b"\r\n") {
            Next::Part(after + padding + 2)
        } else if rest.starts_with(b"\n") {
            Next::Part(after + padding + 1)
        } else {
            // `--boundaryX`: a longer line that only starts like the delimiter.
            continue;
        };
        return Some(Delimiter { content_end, next });
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A part's header lines from `start` up to the empty line, and where its content starts.
fn part_headers(body: &[u8], start: usize) -> Result<(Vec<Header>, usize), String> {
    let mut headers: Vec<(String, Vec<u8>)> = Vec::new();
    let mut position = start;
    loop {
        let rest = body.get(position..).unwrap_or_default();
        let Some(newline) = rest.iter().position(|&byte| byte == b'\n') else {
            return Err("its headers do not end with an empty line".to_owned());
        };
        let line = rest.get(..newline).unwrap_or_default();
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        position += newline + 1;
        if line.is_empty() {
            let headers = headers
                .iter()
                .map(|(name, value)| Header::from_bytes(name, value))
                .collect();
            return Ok((headers, position));
        }
        if matches!(line.first(), Some(b' ' | b'\t')) {
            // A folded (obsolete) continuation of the previous header.
            if let Some((_, value)) = headers.last_mut() {
                value.push(b' ');
                value.extend_from_slice(line.trim_ascii());
                continue;
            }
        }
        let Some(colon) = line.iter().position(|&byte| byte == b':') else {
            let shown: String = String::from_utf8_lossy(line).chars().take(80).collect();
            return Err(format!("malformed header line \"{shown}\" (no colon)"));
        };
        let name = String::from_utf8_lossy(line.get(..colon).unwrap_or_default())
            .trim()
            .to_owned();
        let value = line.get(colon + 1..).unwrap_or_default().trim_ascii();
        headers.push((name, value.to_vec()));
    }
}

fn part(headers: Vec<Header>, content: &[u8]) -> Part {
    let header = |name: &str| {
        headers
            .iter()
            .find(|header| header.name.eq_ignore_ascii_case(name))
            .map(|header| header.value.clone())
    };
    let disposition = header("content-disposition")
        .map(|value| split_header_value(&value).1)
        .unwrap_or_default();
    let param = |name: &str| {
        disposition
            .iter()
            .find(|(param, _)| param == name)
            .map(|(_, value)| value.clone())
    };
    let filename = param("filename*")
        .and_then(|value| decode_ext_value(&value))
        .or_else(|| param("filename"));
    Part {
        name: param("name"),
        filename,
        content_type: header("content-type"),
        size: u64::try_from(content.len()).unwrap_or(u64::MAX),
        body: Body::from_bytes(content),
        headers,
    }
}

/// The lowercase type/subtype of a content type, without its parameters.
pub(crate) fn mime_essence(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `type/subtype; name=value; name="quoted \" value"` → (lowercase essence, [(lowercase name,
/// value)]). Lenient: an unterminated quote runs to the end.
fn split_header_value(value: &str) -> (String, Vec<(String, String)>) {
    let essence = mime_essence(value);
    let mut params = Vec::new();
    let Some((_, rest)) = value.split_once(';') else {
        return (essence, params);
    };
    let mut chars = rest.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ';').is_some() {}
        if chars.peek().is_none() {
            return (essence, params);
        }
        let mut name = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && *c != ';') {
            name.push(c);
        }
        let mut param_value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
            if chars.next_if_eq(&'"').is_some() {
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => param_value.extend(chars.next()),
                        c => param_value.push(c),
                    }
                }
                // Anything between the closing quote and the next `;` is dropped.
                while chars.next_if(|c| *c != ';').is_some() {}
            } else {
                while let Some(c) = chars.next_if(|c| *c != ';') {
                    param_value.push(c);
                }
                param_value = param_value.trim().to_owned();
            }
        }
        params.push((name.trim().to_ascii_lowercase(), param_value));
    }
}

/// An RFC 5987 extended value, `charset'language'percent-encoded`, as text.
fn decode_ext_value(value: &str) -> Option<String> {
    let mut pieces = value.splitn(3, '\'');
    let charset = pieces.next()?.to_ascii_lowercase();
    let _language = pieces.next()?;
    let encoded = pieces.next()?.as_bytes();
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut index = 0;
    while let Some(&byte) = encoded.get(index) {
        let escaped = match (byte, encoded.get(index + 1..index + 3)) {
            (b'%', Some(hex)) => std::str::from_utf8(hex)
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok()),
            _ => None,
        };
        match escaped {
            Some(decoded) => {
                bytes.push(decoded);
                index += 3;
            }
            None => {
                bytes.push(byte);
                index += 1;
            }
        }
    }
    match charset.as_str() {
        "iso-8859-1" | "latin1" => Some(bytes.iter().map(|&byte| char::from(byte)).collect()),
        _ => Some(String::from_utf8_lossy(&bytes).into_owned()),
    }
}

/// What a capture's body means: its content encoding undone (each step capped at `max_output`
/// bytes), and the fields of a URL-encoded or multipart body, read from the decoded bytes.
pub fn decoded_view(capture: &Capture, max_output: usize) -> DecodedBody {
    let encodings: Vec<&str> = capture
        .headers
        .iter()
        .filter(|header| header.name.eq_ignore_ascii_case("content-encoding"))
        .map(|header| header.value.as_str())
        .collect();
    let mut view = DecodedBody {
        content_encoding: (!encodings.is_empty()).then(|| encodings.join(", ")),
        decoded: None,
        decode_error: None,
        form: None,
        multipart: None,
        multipart_error: None,
    };
    let raw = body_bytes(&capture.body);
    let bytes = match decode_content_encoding(&capture.headers, &raw, max_output) {
        Ok(None) => raw,
        Ok(Some(decoded)) => {
            view.decoded = Some(Body::from_bytes(&decoded));
            decoded
        }
        Err(error) => {
            // The fields of bytes that could not be decoded would be noise.
            view.decode_error = Some(error);
            return view;
        }
    };
    let content_type = capture
        .headers
        .iter()
        .find(|header| header.name.eq_ignore_ascii_case("content-type"))
        .map(|header| header.value.as_str())
        .or(capture.summary.content_type.as_deref())
        .unwrap_or_default();
    let essence = mime_essence(content_type);
    if essence == "application/x-www-form-urlencoded" {
        view.form = Some(parse_urlencoded(&bytes));
    } else if essence.starts_with("multipart/") {
        match parse_multipart(content_type, &bytes) {
            Ok(parts) => view.multipart = Some(parts),
            Err(error) => view.multipart_error = Some(error),
        }
    }
    view
}

/// The bytes a body stands for; a damaged base64 body is shown as the text it is.
pub(crate) fn body_bytes(body: &Body) -> Vec<u8> {
    body.to_bytes()
        .unwrap_or_else(|_| body.data.as_bytes().to_vec())
}
