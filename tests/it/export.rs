//! Exports: HAR 1.2 that other tools can open, and Hookbench's own JSON that round-trips.

use base64::Engine as _;
use hookbench::model::{Body, BodyEncoding, Capture, CaptureSummary, CapturedResponse, Header};
use hookbench::services::capture::export;
use serde_json::Value;

use crate::support::{start, Instance};

/// Sends a request to the receiver and returns the stored capture, as the API gives it.
async fn capture(
    instance: &Instance,
    path_and_query: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Capture {
    let mut request = instance.http.post(instance.receiver(path_and_query));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.body(body).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.unwrap();
    let id = answer["captured"].as_str().unwrap();
    serde_json::from_value(instance.get_json(&format!("/api/captures/{id}")).await).unwrap()
}

fn binary_body() -> Vec<u8> {
    vec![0x00, 0xff, 0x10, 0x00, 0xfe, 0xff, b'a', 0x80, 0x00]
}

/// JSON with a query and repeated headers, a binary body, and a URL-encoded form.
async fn three_captures(instance: &Instance) -> Vec<Capture> {
    let json = capture(
        instance,
        "/hooks/json?q=a+b&x=%7Bx%7D&q=caf%C3%A9&flag",
        &[
            ("content-type", "application/json"),
            ("x-repeat", "one"),
            ("cookie", "session=abc123; theme=dark"),
            ("x-repeat", "two"),
        ],
        br#"{"hello":"world"}"#.to_vec(),
    )
    .await;
    let binary = capture(
        instance,
        "/hooks/binary",
        &[("content-type", "application/octet-stream")],
        binary_body(),
    )
    .await;
    let form = capture(
        instance,
        "/hooks/form",
        &[("content-type", "application/x-www-form-urlencoded")],
        b"name=J+Doe&tag=a&tag=b%26c&empty=".to_vec(),
    )
    .await;
    vec![json, binary, form]
}

// ---------------------------------------------------------------------------------------------
// A small HAR 1.2 validator: every field the spec marks required, with its type. Section names
// are those of the W3C draft "HTTP Archive (HAR) format", version 1.2.

struct Validator {
    problems: Vec<String>,
}

#[derive(Clone, Copy)]
enum Kind {
    String,
    Number,
    Integer,
    Object,
    Array,
}

impl Validator {
    fn field<'a>(&mut self, section: &str, object: &'a Value, name: &str, kind: Kind) -> &'a Value {
        let value = &object[name];
        let ok = match kind {
            Kind::String => value.is_string(),
            Kind::Number => value.is_number(),
            Kind::Integer => value.is_i64() || value.is_u64(),
            Kind::Object => value.is_object(),
            Kind::Array => value.is_array(),
        };
        if !ok {
            self.problems
                .push(format!("{section}: `{name}` is {value}"));
        }
        value
    }

    fn optional(&mut self, section: &str, object: &Value, name: &str, kind: Kind) {
        if object.get(name).is_some() {
            self.field(section, object, name, kind);
        }
    }

    fn name_values(&mut self, section: &str, list: &Value) {
        for item in list.as_array().into_iter().flatten() {
            self.field(section, item, "name", Kind::String);
            self.field(section, item, "value", Kind::String);
        }
    }

    /// "log"
    fn log(&mut self, har: &Value) {
        let log = self.field("log", har, "log", Kind::Object);
        let version = self.field("log", log, "version", Kind::String);
        if version != "1.2" {
            self.problems.push(format!("log: version is {version}"));
        }
        // "creator"
        let creator = self.field("log", log, "creator", Kind::Object);
        self.field("creator", creator, "name", Kind::String);
        self.field("creator", creator, "version", Kind::String);
        // "entries"
        let entries = self.field("log", log, "entries", Kind::Array);
        for entry in entries.as_array().into_iter().flatten() {
            self.entry(entry);
        }
    }

    /// "entries"
    fn entry(&mut self, entry: &Value) {
        let started = self.field("entries", entry, "startedDateTime", Kind::String);
        if !is_iso_8601_millis_utc(started.as_str().unwrap_or_default()) {
            self.problems.push(format!(
                "entries: startedDateTime {started} is not ISO 8601"
            ));
        }
        self.field("entries", entry, "time", Kind::Number);
        let request = self.field("entries", entry, "request", Kind::Object);
        self.request(request);
        let response = self.field("entries", entry, "response", Kind::Object);
        self.response(response);
        // "cache": required object, its members optional.
        self.field("entries", entry, "cache", Kind::Object);
        // "timings": send, wait and receive are required numbers.
        let timings = self.field("entries", entry, "timings", Kind::Object);
        for name in ["send", "wait", "receive"] {
            self.field("timings", timings, name, Kind::Number);
        }
        for (name, value) in entry.as_object().into_iter().flatten() {
            let known = [
                "pageref",
                "startedDateTime",
                "time",
                "request",
                "response",
                "cache",
                "timings",
                "serverIPAddress",
                "connection",
                "comment",
            ];
            if !known.contains(&name.as_str()) && !name.starts_with('_') {
                self.problems
                    .push(format!("entries: unknown field `{name}` ({value})"));
            }
        }
    }

    /// "request"
    fn request(&mut self, request: &Value) {
        self.field("request", request, "method", Kind::String);
        self.field("request", request, "url", Kind::String);
        self.field("request", request, "httpVersion", Kind::String);
        let cookies = self.field("request", request, "cookies", Kind::Array);
        self.name_values("cookies", cookies);
        let headers = self.field("request", request, "headers", Kind::Array);
        self.name_values("headers", headers);
        let query = self.field("request", request, "queryString", Kind::Array);
        self.name_values("queryString", query);
        if let Some(post) = request.get("postData") {
            // "postData"
            self.field("postData", post, "mimeType", Kind::String);
            self.optional("postData", post, "text", Kind::String);
            self.optional("postData", post, "params", Kind::Array);
            for param in post["params"].as_array().into_iter().flatten() {
                // "params"
                self.field("params", param, "name", Kind::String);
                self.optional("params", param, "value", Kind::String);
            }
        }
        self.field("request", request, "headersSize", Kind::Integer);
        self.field("request", request, "bodySize", Kind::Integer);
    }

    /// "response"
    fn response(&mut self, response: &Value) {
        self.field("response", response, "status", Kind::Integer);
        self.field("response", response, "statusText", Kind::String);
        self.field("response", response, "httpVersion", Kind::String);
        let cookies = self.field("response", response, "cookies", Kind::Array);
        self.name_values("cookies", cookies);
        let headers = self.field("response", response, "headers", Kind::Array);
        self.name_values("headers", headers);
        // "content"
        let content = self.field("response", response, "content", Kind::Object);
        self.field("content", content, "size", Kind::Integer);
        self.field("content", content, "mimeType", Kind::String);
        self.optional("content", content, "text", Kind::String);
        self.optional("content", content, "encoding", Kind::String);
        self.field("response", response, "redirectURL", Kind::String);
        self.field("response", response, "headersSize", Kind::Integer);
        self.field("response", response, "bodySize", Kind::Integer);
    }
}

fn har_problems(har: &Value) -> Vec<String> {
    let mut validator = Validator {
        problems: Vec::new(),
    };
    validator.log(har);
    validator.problems
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`
fn is_iso_8601_millis_utc(text: &str) -> bool {
    let pattern = "0000-00-00T00:00:00.000Z";
    text.len() == pattern.len()
        && text.chars().zip(pattern.chars()).all(|(c, p)| match p {
            '0' => c.is_ascii_digit(),
            p => c == p,
        })
        && time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).is_ok()
}

fn pairs(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["name"].as_str().unwrap().to_owned(),
                item["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

#[tokio::test]
async fn har_of_three_captures_is_valid_har_1_2() {
    let instance = start().await;
    let captures = three_captures(&instance).await;
    let base = instance.running.receiver_url();
    let har = export::har(&captures, &base);
    // What a file holds is text: check the parsed text, not only the in-memory value.
    let har: Value = serde_json::from_str(&serde_json::to_string_pretty(&har).unwrap()).unwrap();

    let problems = har_problems(&har);
    assert!(problems.is_empty(), "not valid HAR 1.2: {problems:#?}");
    assert_eq!(har["log"]["creator"]["name"], "Hookbench");
    assert_eq!(har["log"]["creator"]["version"], hookbench::VERSION);

    let entries = har["log"]["entries"].as_array().unwrap();
    let ids: Vec<&str> = entries.iter().map(|e| e["_id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = captures.iter().map(|c| c.summary.id.as_str()).collect();
    assert_eq!(ids, expected, "entries in the order given");

    for (entry, capture) in entries.iter().zip(&captures) {
        assert_eq!(entry["_inbox"], capture.summary.inbox.as_str());
        assert_eq!(entry["_remoteAddress"], capture.remote_addr.as_str());
        let started = time::OffsetDateTime::parse(
            entry["startedDateTime"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert_eq!(
            started.unix_timestamp_nanos() / 1_000_000,
            i128::from(capture.summary.received_at)
        );
        assert_eq!(entry["time"], 0);
        assert_eq!(entry["timings"]["send"], 0);
        assert_eq!(entry["timings"]["wait"], 0);
        assert_eq!(entry["timings"]["receive"], 0);
        assert_eq!(entry["cache"], serde_json::json!({}));

        let request = &entry["request"];
        assert_eq!(request["method"], "POST");
        assert_eq!(request["httpVersion"], "HTTP/1.1");
        assert_eq!(request["headersSize"], -1);
        assert_eq!(request["bodySize"], capture.summary.body_size);
        // Headers exactly as the capture has them: its order, repeats kept.
        let stored: Vec<(String, String)> = capture
            .headers
            .iter()
            .map(|h| (h.name.clone(), h.value.clone()))
            .collect();
        assert_eq!(pairs(&request["headers"]), stored);

        let response = &entry["response"];
        assert_eq!(response["status"], 200);
        assert_eq!(response["statusText"], "OK");
        assert_eq!(response["httpVersion"], "HTTP/1.1");
        assert_eq!(response["cookies"], serde_json::json!([]));
        assert_eq!(response["redirectURL"], "");
        assert_eq!(response["headersSize"], -1);
        let answered = format!("{{\"captured\":\"{}\"}}", capture.summary.id);
        assert_eq!(response["bodySize"], answered.len());
        assert_eq!(response["content"]["size"], answered.len());
        assert_eq!(response["content"]["mimeType"], "application/json");
        assert_eq!(response["content"]["text"], answered.as_str());
        assert!(response["content"].get("encoding").is_none());
        assert_eq!(
            pairs(&response["headers"]),
            owned(&[("content-type", "application/json")])
        );
    }

    // 1. JSON body, query, repeated headers, cookies.
    let json = &entries[0]["request"];
    assert_eq!(
        json["url"],
        format!("{base}/hooks/json?q=a+b&x=%7Bx%7D&q=caf%C3%A9&flag")
    );
    assert_eq!(
        pairs(&json["queryString"]),
        owned(&[("q", "a b"), ("x", "{x}"), ("q", "café"), ("flag", "")])
    );
    let repeats: Vec<String> = pairs(&json["headers"])
        .into_iter()
        .filter(|(name, _)| name == "x-repeat")
        .map(|(_, value)| value)
        .collect();
    assert_eq!(repeats, ["one", "two"]);
    assert_eq!(
        pairs(&json["cookies"]),
        owned(&[("session", "abc123"), ("theme", "dark")])
    );
    assert_eq!(json["postData"]["mimeType"], "application/json");
    assert_eq!(json["postData"]["text"], r#"{"hello":"world"}"#);
    assert!(json["postData"].get("encoding").is_none());
    assert!(json["postData"].get("params").is_none());

    // 2. Binary body: base64 with its encoding, decoding back to the exact bytes.
    let binary = &entries[1]["request"];
    assert_eq!(binary["url"], format!("{base}/hooks/binary"));
    assert_eq!(binary["queryString"], serde_json::json!([]));
    assert_eq!(binary["cookies"], serde_json::json!([]));
    assert_eq!(binary["bodySize"], binary_body().len());
    assert_eq!(binary["postData"]["mimeType"], "application/octet-stream");
    assert_eq!(binary["postData"]["encoding"], "base64");
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(binary["postData"]["text"].as_str().unwrap())
        .unwrap();
    assert_eq!(decoded, binary_body());

    // 3. Form body: text and decoded params in order.
    let form = &entries[2]["request"];
    assert_eq!(
        form["postData"]["mimeType"],
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        form["postData"]["text"],
        "name=J+Doe&tag=a&tag=b%26c&empty="
    );
    assert_eq!(
        pairs(&form["postData"]["params"]),
        owned(&[
            ("name", "J Doe"),
            ("tag", "a"),
            ("tag", "b&c"),
            ("empty", "")
        ])
    );

    // Entries follow the order given, whatever it is.
    let reversed: Vec<Capture> = captures.iter().rev().cloned().collect();
    let har = export::har(&reversed, &base);
    let ids: Vec<&str> = har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["_id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = reversed.iter().map(|c| c.summary.id.as_str()).collect();
    assert_eq!(ids, expected);
}

fn literal_capture(status: u16, response_headers: Vec<Header>) -> Capture {
    Capture {
        summary: CaptureSummary {
            id: "01J00000000000000000000000".to_owned(),
            inbox: "default".to_owned(),
            received_at: 1_714_564_800_123,
            method: "PUT".to_owned(),
            path: "/p".to_owned(),
            query: None,
            body_size: 0,
            content_type: None,
            response_status: status,
            signature: None,
            provider: None,
            event: None,
        },
        http_version: "HTTP/2.0".to_owned(),
        remote_addr: "127.0.0.1:5000".to_owned(),
        headers: vec![
            Header::from_bytes("x-latin1", b"caf\xe9"),
            Header::from_bytes("cookie", b"a=1;;  b = 2 ; lone"),
        ],
        body: Body {
            encoding: BodyEncoding::Utf8,
            data: String::new(),
        },
        check: None,
        response: CapturedResponse {
            status,
            headers: response_headers,
            body: Body {
                encoding: BodyEncoding::Base64,
                data: "AP8=".to_owned(),
            },
        },
    }
}

#[test]
fn har_edge_cases_empty_body_status_text_redirect_and_raw_header_bytes() {
    let captures = [
        literal_capture(418, vec![]),
        literal_capture(299, vec![]),
        literal_capture(
            302,
            vec![Header::from_bytes("Location", b"https://example.com/next")],
        ),
    ];
    // A trailing slash on the base does not double the path's.
    let har = export::har(&captures, "http://hooks.test:8787/");
    assert!(har_problems(&har).is_empty(), "{:#?}", har_problems(&har));
    let entries = har["log"]["entries"].as_array().unwrap();
    let entry = &entries[0];
    assert_eq!(entry["startedDateTime"], "2024-05-01T12:00:00.123Z");
    let request = &entry["request"];
    assert_eq!(request["url"], "http://hooks.test:8787/p");
    assert!(
        request.get("postData").is_none(),
        "no postData for an empty body"
    );
    assert_eq!(request["bodySize"], 0);
    assert_eq!(request["httpVersion"], "HTTP/2.0");
    assert_eq!(request["headers"][0]["value"], "caf\u{fffd}");
    assert_eq!(request["headers"][0]["_rawBase64"], "Y2Fm6Q==");
    assert_eq!(
        pairs(&request["cookies"]),
        owned(&[("a", "1"), ("b", "2"), ("", "lone")])
    );
    assert_eq!(entry["response"]["statusText"], "I'm a teapot");
    assert_eq!(entry["response"]["content"]["text"], "AP8=");
    assert_eq!(entry["response"]["content"]["encoding"], "base64");
    assert_eq!(entry["response"]["content"]["size"], 2);
    assert_eq!(entry["response"]["content"]["mimeType"], "");
    assert_eq!(entries[1]["response"]["statusText"], "");
    assert_eq!(entries[2]["response"]["statusText"], "Found");
    assert_eq!(
        entries[2]["response"]["redirectURL"],
        "https://example.com/next"
    );

    let empty = export::har(&[], "http://x");
    assert!(har_problems(&empty).is_empty());
    assert_eq!(empty["log"]["entries"], serde_json::json!([]));
}

#[tokio::test]
async fn json_export_round_trips() {
    let instance = start().await;
    let captures = three_captures(&instance).await;
    let exported = export::json(&captures);
    assert_eq!(exported["hookbench"], hookbench::VERSION);
    assert!(is_iso_8601_millis_utc(
        exported["exported_at"].as_str().unwrap()
    ));
    // Bodies as in the API: UTF-8 text, or base64 of the exact bytes.
    assert_eq!(exported["captures"][0]["body"]["encoding"], "utf8");
    assert_eq!(exported["captures"][1]["body"]["encoding"], "base64");
    // Through text, as a file would hold it.
    let text = serde_json::to_string(&exported).unwrap();
    let parsed: Value = serde_json::from_str(&text).unwrap();
    let back: Vec<Capture> = serde_json::from_value(parsed["captures"].clone()).unwrap();
    assert_eq!(back, captures);
    // And the same as the API's own JSON for each capture.
    for capture in &captures {
        let api = instance
            .get_json(&format!("/api/captures/{}", capture.summary.id))
            .await;
        let index = captures.iter().position(|c| c == capture).unwrap();
        assert_eq!(parsed["captures"][index], api);
    }
}

#[tokio::test]
async fn export_api_serves_an_inbox_or_chosen_captures_as_an_attachment() {
    let instance = crate::support::start().await;
    let first = instance.post_capture("/one", "{\"n\":1}").await;
    let second = instance.post_capture("/two", "{\"n\":2}").await;
    let response = instance
        .http
        .get(instance.api(&format!("/api/export?format=json&ids={second},{first}")))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("hookbench.json"));
    let document: serde_json::Value = response.json().await.unwrap();
    let ids: Vec<&str> = document["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [second.as_str(), first.as_str()],
        "the order asked for"
    );
    let har = instance.get_json("/api/export").await;
    let paths: Vec<&str> = har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["request"]["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [instance.receiver("/one"), instance.receiver("/two")],
        "oldest first"
    );
    let bad = instance
        .http
        .get(instance.api("/api/export?format=xml"))
        .bearer_auth(instance.running.token())
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn a_gzipped_capture_is_stored_raw_and_shown_decoded() {
    use std::io::Write;
    let instance = crate::support::start().await;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(b"{\"zipped\":true}").unwrap();
    let gzipped = encoder.finish().unwrap();
    let response = instance
        .http
        .post(instance.receiver("/gz"))
        .header("content-encoding", "gzip")
        .header("content-type", "application/json")
        .body(gzipped.clone())
        .send()
        .await
        .unwrap();
    let id = response.json::<serde_json::Value>().await.unwrap()["captured"]
        .as_str()
        .unwrap()
        .to_owned();
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    assert_eq!(capture["body_size"], gzipped.len(), "stored raw");
    let decoded = instance
        .get_json(&format!("/api/captures/{id}/decoded"))
        .await;
    assert_eq!(decoded["content_encoding"], "gzip");
    assert_eq!(decoded["decoded"]["data"], "{\"zipped\":true}");
}
