//! Exports of captures: HAR 1.2 for other HTTP tools, and Hookbench's own JSON.
//!
//! HAR follows the W3C draft "HTTP Archive (HAR) format" (version 1.2). Hookbench is the server
//! side of these exchanges, so a few fields mean what a server can know:
//!
//! - `time` is 0 and `timings` is `{send: 0, wait: 0, receive: 0}`: Hookbench does not time the
//!   sender (it sees the request only once fully received), and says so in `timings.comment`.
//! - `headersSize` is -1 (the raw header block is not kept); `bodySize` is the exact body size.
//! - Bodies that are not UTF-8 are given as base64 with `"encoding": "base64"` (in `content`, as
//!   the spec defines, and in `postData`, where it is an extension tools ignore if unaware).
//! - `redirectURL` is the `Location` header Hookbench answered with, or `""` (the spec's
//!   meaning; Hookbench's default answer has none). Response `cookies` are always `[]`.
//! - Each entry carries the custom fields `_id`, `_inbox` and `_remoteAddress` (the spec allows
//!   custom fields whose names start with `_`); a header whose bytes were not UTF-8 carries
//!   `_rawBase64` with its exact bytes.

use serde_json::{json, Map, Value};

use crate::base::clock::iso_millis;
use crate::model::{Body, BodyEncoding, Capture, Header};
use crate::services::capture::content;

/// How much a `Content-Encoding`d form body may inflate to when its `postData.params` are
/// computed; beyond this the params are left out (the text is still there).
const FORM_DECODE_LIMIT: usize = 16 * 1024 * 1024;

/// HAR 1.2 (W3C "HTTP Archive (HAR) format") of captured requests with the responses Hookbench
/// answered, one entry per capture in the order given. `receiver_base_url` is what the sender
/// called (e.g. `http://127.0.0.1:8787`); each request URL is it + path + `?query`.
pub fn har(captures: &[Capture], receiver_base_url: &str) -> Value {
    let entries: Vec<Value> = captures
        .iter()
        .map(|capture| har_entry(capture, receiver_base_url))
        .collect();
    json!({
        "log": {
            "version": "1.2",
            "creator": { "name": "Hookbench", "version": crate::base::VERSION },
            "entries": entries,
        }
    })
}

/// Hookbench's own JSON export: `{ "hookbench": VERSION, "exported_at": ISO 8601, "captures":
/// [Capture...] }`, each capture exactly as the API gives it (bodies as UTF-8 text or base64).
pub fn json(captures: &[Capture]) -> Value {
    json!({
        "hookbench": crate::base::VERSION,
        "exported_at": iso_millis(crate::base::clock::now_millis()),
        "captures": captures,
    })
}

/// One capture as a HAR entry: what `har` puts in `log.entries` (a writer that streams an
/// export builds the entries one at a time with this).
pub fn har_entry(capture: &Capture, receiver_base_url: &str) -> Value {
    let summary = &capture.summary;
    let mut request = Map::new();
    request.insert("method".into(), json!(summary.method));
    request.insert("url".into(), json!(request_url(capture, receiver_base_url)));
    request.insert("httpVersion".into(), json!(capture.http_version));
    request.insert("cookies".into(), Value::Array(cookies(&capture.headers)));
    request.insert("headers".into(), headers(&capture.headers));
    request.insert(
        "queryString".into(),
        Value::Array(name_values(
            summary
                .query
                .as_deref()
                .map(|query| content::parse_urlencoded(query.as_bytes()))
                .unwrap_or_default(),
        )),
    );
    let body = content::body_bytes(&capture.body);
    if !body.is_empty() {
        request.insert("postData".into(), post_data(capture, &body));
    }
    request.insert("headersSize".into(), json!(-1));
    request.insert("bodySize".into(), json!(summary.body_size));

    let response = &capture.response;
    let response_body = content::body_bytes(&response.body);
    let mut content = Map::new();
    content.insert("size".into(), json!(response_body.len()));
    content.insert(
        "mimeType".into(),
        json!(header_value(&response.headers, "content-type").unwrap_or("")),
    );
    insert_text(&mut content, &response.body);

    json!({
        "startedDateTime": iso_millis(summary.received_at),
        "time": 0,
        "request": request,
        "response": {
            "status": response.status,
            "statusText": status_text(response.status),
            "httpVersion": capture.http_version,
            "cookies": [],
            "headers": headers(&response.headers),
            "content": content,
            "redirectURL": header_value(&response.headers, "location").unwrap_or(""),
            "headersSize": -1,
            "bodySize": response_body.len(),
        },
        "cache": {},
        "timings": {
            "send": 0,
            "wait": 0,
            "receive": 0,
            "comment": "Hookbench receives webhooks and does not time the sender",
        },
        "_id": summary.id,
        "_inbox": summary.inbox,
        "_remoteAddress": capture.remote_addr,
    })
}

fn request_url(capture: &Capture, base: &str) -> String {
    let path = &capture.summary.path;
    let base = match base.strip_suffix('/') {
        Some(trimmed) if path.starts_with('/') => trimmed,
        _ => base,
    };
    let mut url = format!("{base}{path}");
    if let Some(query) = &capture.summary.query {
        url.push('?');
        url.push_str(query);
    }
    url
}

fn post_data(capture: &Capture, body: &[u8]) -> Value {
    let mime_type = header_value(&capture.headers, "content-type").unwrap_or("");
    let mut post = Map::new();
    post.insert("mimeType".into(), json!(mime_type));
    insert_text(&mut post, &capture.body);
    if content::mime_essence(mime_type) == "application/x-www-form-urlencoded" {
        // Params are of the form itself: inflate a Content-Encoding first, and leave them out
        // when that fails.
        let params =
            match content::decode_content_encoding(&capture.headers, body, FORM_DECODE_LIMIT) {
                Ok(None) => Some(content::parse_urlencoded(body)),
                Ok(Some(decoded)) => Some(content::parse_urlencoded(&decoded)),
                Err(_) => None,
            };
        if let Some(params) = params {
            post.insert("params".into(), Value::Array(name_values(params)));
        }
    }
    Value::Object(post)
}

/// `text`, plus `"encoding": "base64"` when the body is not UTF-8.
fn insert_text(object: &mut Map<String, Value>, body: &Body) {
    object.insert("text".into(), json!(body.data));
    if body.encoding == BodyEncoding::Base64 {
        object.insert("encoding".into(), json!("base64"));
    }
}

fn headers(headers: &[Header]) -> Value {
    Value::Array(
        headers
            .iter()
            .map(|header| {
                let mut object = Map::new();
                object.insert("name".into(), json!(header.name));
                object.insert("value".into(), json!(header.value));
                if let Some(raw) = &header.raw_base64 {
                    object.insert("_rawBase64".into(), json!(raw));
                }
                Value::Object(object)
            })
            .collect(),
    )
}

fn name_values(pairs: Vec<(String, String)>) -> Vec<Value> {
    pairs
        .into_iter()
        .map(|(name, value)| json!({ "name": name, "value": value }))
        .collect()
}

/// Name/value pairs of every `Cookie` header, in order. Values are kept as sent (cookie values
/// have no standard escaping); a piece without `=` is a value with an empty name, as browsers
/// read it (RFC 6265bis).
fn cookies(headers: &[Header]) -> Vec<Value> {
    headers
        .iter()
        .filter(|header| header.name.eq_ignore_ascii_case("cookie"))
        .flat_map(|header| header.value.split(';'))
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (name, value) = piece.split_once('=').unwrap_or(("", piece));
            json!({ "name": name.trim(), "value": value.trim() })
        })
        .collect()
}

fn header_value<'a>(headers: &'a [Header], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|header| header.name.eq_ignore_ascii_case(name))
        .map(|header| header.value.as_str())
}

fn status_text(status: u16) -> &'static str {
    axum::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("")
}
