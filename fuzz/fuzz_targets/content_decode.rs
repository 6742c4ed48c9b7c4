//! Body decoding (`content`): Content-Encoding chains (gzip, deflate, br), URL-encoded forms and
//! multipart bodies with arbitrary content types and boundaries, through `decoded_view` as the
//! API calls it and through each parser directly. It must never panic, and never hand back more
//! than the cap. Half the runs compress the fuzzer's plaintext first (gzip, zlib or raw deflate)
//! so the decoded bytes reach the form and multipart parsers; those must decode to the plaintext.
#![no_main]

use std::io::Write;

use arbitrary::Arbitrary;
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use flate2::Compression;
use hookbench::model::{Body, Capture, CaptureSummary, CapturedResponse, Header};
use hookbench::services::capture::content::{
    decode_content_encoding, decoded_view, parse_multipart, parse_urlencoded,
};
use libfuzzer_sys::fuzz_target;

const MAX_OUTPUT: usize = 256 * 1024;

#[derive(Arbitrary, Debug)]
enum ContentType {
    Form,
    Multipart {
        subtype: u8,
        boundary: String,
        quoted: bool,
        extra: String,
    },
    Other(String),
}

impl ContentType {
    fn text(&self) -> String {
        match self {
            ContentType::Form => "application/x-www-form-urlencoded; charset=utf-8".to_owned(),
            ContentType::Multipart {
                subtype,
                boundary,
                quoted,
                extra,
            } => {
                let subtype =
                    ["form-data", "mixed", "related", "alternative"][usize::from(*subtype) % 4];
                if *quoted {
                    format!("multipart/{subtype}; boundary=\"{boundary}\"{extra}")
                } else {
                    format!("multipart/{subtype}; boundary={boundary}{extra}")
                }
            }
            ContentType::Other(text) => text.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Compress {
    Gzip,
    Zlib,
    RawDeflate,
}

#[derive(Arbitrary, Debug)]
struct Input {
    content_type: ContentType,
    /// Content-Encoding header values, in order (repeats allowed).
    encodings: Vec<String>,
    /// Compress the body with this and declare it (after any `encodings`).
    compress: Option<Compress>,
    /// Where the content type comes from: a header, or only the capture summary.
    in_summary: bool,
    body: Vec<u8>,
}

fn compress(how: &Compress, data: &[u8]) -> std::io::Result<Vec<u8>> {
    match how {
        Compress::Gzip => {
            let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
            encoder.write_all(data)?;
            encoder.finish()
        }
        Compress::Zlib => {
            let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
            encoder.write_all(data)?;
            encoder.finish()
        }
        Compress::RawDeflate => {
            let mut encoder = DeflateEncoder::new(Vec::new(), Compression::fast());
            encoder.write_all(data)?;
            encoder.finish()
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header {
        name: name.to_owned(),
        value: value.to_owned(),
        raw_base64: None,
    }
}

fuzz_target!(|input: Input| {
    let content_type = input.content_type.text();
    let mut headers: Vec<Header> = input
        .encodings
        .iter()
        .map(|value| header("Content-Encoding", value))
        .collect();
    let mut body = input.body.clone();
    if let Some(how) = &input.compress {
        let Ok(compressed) = compress(how, &input.body) else {
            return;
        };
        body = compressed;
        let name = match how {
            Compress::Gzip => "gzip",
            Compress::Zlib | Compress::RawDeflate => "deflate",
        };
        // Content-Encoding lists codings in the order applied: the last applied comes last.
        headers.push(header("Content-Encoding", name));
        if input.encodings.is_empty() && input.body.len() <= MAX_OUTPUT {
            let decoded = decode_content_encoding(&headers, &body, MAX_OUTPUT);
            assert_eq!(
                decoded,
                Ok(Some(input.body.clone())),
                "{name} did not round-trip"
            );
        }
    }
    if !input.in_summary {
        headers.push(header("Content-Type", &content_type));
    }

    if let Ok(Some(decoded)) = decode_content_encoding(&headers, &body, MAX_OUTPUT) {
        assert!(decoded.len() <= MAX_OUTPUT, "decoded past the cap");
    }
    let _ = parse_urlencoded(&body);
    let _ = parse_multipart(&content_type, &body);

    let capture = Capture {
        summary: CaptureSummary {
            id: "01J00000000000000000000000".to_owned(),
            inbox: "default".to_owned(),
            received_at: 0,
            method: "POST".to_owned(),
            path: "/".to_owned(),
            query: None,
            body_size: body.len() as u64,
            content_type: Some(content_type.clone()),
            response_status: 200,
            signature: None,
            provider: None,
            event: None,
        },
        http_version: "HTTP/1.1".to_owned(),
        remote_addr: "127.0.0.1:1".to_owned(),
        headers,
        body: Body::from_bytes(&body),
        response: CapturedResponse {
            status: 200,
            headers: Vec::new(),
            body: Body::from_bytes(b""),
        },
        check: None,
    };
    let view = decoded_view(&capture, MAX_OUTPUT);
    let _ = serde_json::to_string(&view);
});
