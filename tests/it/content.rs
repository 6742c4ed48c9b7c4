//! Bodies shown decoded: Content-Encoding, URL-encoded forms and multipart, on any input.

use std::io::Write;

use hookbench::model::{Body, BodyEncoding, Capture, Header};
use hookbench::services::capture::content::{
    self, decode_content_encoding, parse_multipart, parse_urlencoded,
};

use crate::support::start;

const MAX: usize = 1024 * 1024;

fn encoded(value: &str) -> Vec<Header> {
    vec![
        Header::from_bytes("content-type", b"application/json"),
        Header::from_bytes("Content-Encoding", value.as_bytes()),
    ]
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn raw_deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        encoder.write_all(data).unwrap();
    }
    out
}

fn original() -> Vec<u8> {
    let mut data = br#"{"event":"invoice.paid","lines":["#.to_vec();
    for i in 0..200 {
        data.extend_from_slice(
            format!("{{\"n\":{i},\"text\":\"caf\u{e9} \u{1f980}\"}},").as_bytes(),
        );
    }
    data.extend_from_slice(b"{}]}");
    data
}

#[test]
fn gzip_deflate_br_and_chains_decode_to_the_original() {
    let data = original();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("gzip", gzip(&data)),
        ("x-gzip", gzip(&data)),
        ("GZIP", gzip(&data)),
        ("deflate", zlib(&data)),
        ("deflate", raw_deflate(&data)),
        ("br", brotli(&data)),
        // Applied gzip first, then br: undone in reverse order.
        ("gzip, br", brotli(&gzip(&data))),
        ("deflate,gzip", gzip(&zlib(&data))),
        ("identity, gzip", gzip(&data)),
    ];
    for (coding, body) in cases {
        let decoded = decode_content_encoding(&encoded(coding), &body, MAX);
        assert_eq!(decoded, Ok(Some(data.clone())), "{coding}");
    }
    // A chain split over two header lines is the same chain.
    let headers = vec![
        Header::from_bytes("content-encoding", b"gzip"),
        Header::from_bytes("content-encoding", b"br"),
    ];
    assert_eq!(
        decode_content_encoding(&headers, &brotli(&gzip(&data)), MAX),
        Ok(Some(data.clone()))
    );
    // Concatenated gzip members decode as one body.
    let mut members = gzip(b"first ");
    members.extend(gzip(b"second"));
    assert_eq!(
        decode_content_encoding(&encoded("gzip"), &members, MAX),
        Ok(Some(b"first second".to_vec()))
    );
}

#[test]
fn no_content_encoding_or_identity_is_not_decoded() {
    let data = original();
    assert_eq!(decode_content_encoding(&[], &data, MAX), Ok(None));
    assert_eq!(
        decode_content_encoding(&encoded("identity"), &data, MAX),
        Ok(None)
    );
    assert_eq!(decode_content_encoding(&encoded(" "), &data, MAX), Ok(None));
    // An encoded empty body (e.g. a HEAD) is empty.
    assert_eq!(
        decode_content_encoding(&encoded("gzip"), b"", MAX),
        Ok(Some(Vec::new()))
    );
}

#[test]
fn unknown_encoding_and_corrupt_bodies_are_errors_naming_the_encoding() {
    let data = original();
    let error = decode_content_encoding(&encoded("zstd"), &data, MAX).unwrap_err();
    assert!(error.contains("zstd"), "{error}");
    let error = decode_content_encoding(&encoded("gzip, compress"), &gzip(&data), MAX).unwrap_err();
    assert!(error.contains("compress"), "{error}");

    let error = decode_content_encoding(&encoded("gzip"), b"this is not gzip", MAX).unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");
    let mut corrupt = gzip(&data);
    let middle = corrupt.len() / 2;
    corrupt[middle] ^= 0x55;
    corrupt[middle + 1] ^= 0xaa;
    let error = decode_content_encoding(&encoded("gzip"), &corrupt, MAX).unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");
    let truncated = &gzip(&data)[..middle];
    let error = decode_content_encoding(&encoded("gzip"), truncated, MAX).unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");

    for (coding, body) in [
        ("deflate", zlib(&data)),
        ("deflate", raw_deflate(&data)),
        ("br", brotli(&data)),
    ] {
        let truncated = &body[..body.len() / 2];
        let error = decode_content_encoding(&encoded(coding), truncated, MAX).unwrap_err();
        assert!(error.starts_with(coding), "{error}");
    }

    let error =
        decode_content_encoding(&encoded("br"), b"\xff\xff\xff not brotli", MAX).unwrap_err();
    assert!(error.starts_with("br"), "{error}");
    // The failing step of a chain is the one named.
    let error = decode_content_encoding(&encoded("gzip, br"), &brotli(b"not gzip inside"), MAX)
        .unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");
}

#[test]
fn a_small_gzip_that_inflates_past_max_output_is_refused() {
    let bomb = gzip(&vec![0u8; 1024 * 1024]);
    assert!(bomb.len() <= 1024 + 100, "about 1 KiB: {}", bomb.len());
    let max = 64 * 1024;
    let error = decode_content_encoding(&encoded("gzip"), &bomb, max).unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");
    assert!(error.contains(&max.to_string()), "{error}");
    // The same guard holds for every step of a chain and every coding.
    let nested = brotli(&bomb);
    let error = decode_content_encoding(&encoded("gzip, br"), &nested, max).unwrap_err();
    assert!(error.starts_with("gzip"), "{error}");
    let error =
        decode_content_encoding(&encoded("br"), &brotli(&vec![0u8; 1024 * 1024]), max).unwrap_err();
    assert!(error.starts_with("br"), "{error}");
    let error = decode_content_encoding(&encoded("deflate"), &zlib(&vec![0u8; 1024 * 1024]), max)
        .unwrap_err();
    assert!(error.starts_with("deflate"), "{error}");
    // Exactly at the limit is fine.
    let exact = gzip(&vec![7u8; max]);
    assert_eq!(
        decode_content_encoding(&encoded("gzip"), &exact, max)
            .unwrap()
            .unwrap()
            .len(),
        max
    );
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

#[test]
fn urlencoded_keeps_order_repeats_plus_and_invalid_escapes() {
    assert_eq!(
        parse_urlencoded(b"b=2&a=1&a=x+y%2By&c&=v&d=%zz%4&e=caf%C3%A9&f=%FF&&g=a=b"),
        pairs(&[
            ("b", "2"),
            ("a", "1"),
            ("a", "x y+y"),
            ("c", ""),
            ("", "v"),
            ("d", "%zz%4"),
            ("e", "café"),
            ("f", "\u{fffd}"),
            ("g", "a=b"),
        ])
    );
    assert!(parse_urlencoded(b"").is_empty());
}

const FILE_BYTES: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x00, 0xff, b'\r', b'\n', 0x1a, b'\n', 0x00,
];

fn multipart_body(boundary: &str, newline: &str) -> Vec<u8> {
    let mut body = Vec::new();
    let mut line = |text: &str| {
        body.extend_from_slice(text.as_bytes());
        body.extend_from_slice(newline.as_bytes());
    };
    line("This is the preamble; it is ignored.");
    line(&format!("--{boundary}"));
    line("Content-Disposition: form-data; name=\"title\"");
    line("");
    line("Hello, world");
    line(&format!("--{boundary}"));
    line("content-disposition: form-data; name=\"note\"");
    line("");
    body.extend_from_slice(format!("two{newline}lines{newline}").as_bytes());
    body.extend_from_slice(format!("--{boundary}{newline}").as_bytes());
    body.extend_from_slice(
        format!(
            "Content-Disposition: form-data; name=\"upload\"; filename=\"a \\\"b\\\".png\"{newline}"
        )
        .as_bytes(),
    );
    body.extend_from_slice(format!("Content-Type: image/png{newline}{newline}").as_bytes());
    body.extend_from_slice(FILE_BYTES);
    body.extend_from_slice(format!("{newline}--{boundary}--{newline}").as_bytes());
    body.extend_from_slice(b"This is the epilogue, also ignored.");
    body
}

fn check_parts(parts: &[content::Part], newline: &str) {
    assert_eq!(parts.len(), 3, "{parts:#?}");
    assert_eq!(parts[0].name.as_deref(), Some("title"));
    assert_eq!(parts[0].filename, None);
    assert_eq!(parts[0].content_type, None);
    assert_eq!(parts[0].body.data, "Hello, world");
    assert_eq!(parts[0].size, 12);
    assert_eq!(parts[0].headers.len(), 1);
    assert_eq!(parts[0].headers[0].name, "Content-Disposition");
    assert_eq!(parts[1].name.as_deref(), Some("note"));
    assert_eq!(parts[1].body.data, format!("two{newline}lines"));
    let file = &parts[2];
    assert_eq!(file.name.as_deref(), Some("upload"));
    assert_eq!(file.filename.as_deref(), Some("a \"b\".png"));
    assert_eq!(file.content_type.as_deref(), Some("image/png"));
    assert_eq!(file.size, FILE_BYTES.len() as u64);
    assert_eq!(file.body.encoding, BodyEncoding::Base64);
    assert_eq!(
        hookbench::base::encoding::base64_decode(&file.body.data).unwrap(),
        FILE_BYTES
    );
}

#[test]
fn multipart_with_two_fields_and_a_binary_file_part() {
    let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    let body = multipart_body(boundary, "\r\n");
    let content_type = format!("multipart/form-data; boundary={boundary}");
    check_parts(&parse_multipart(&content_type, &body).unwrap(), "\r\n");
}

#[test]
fn multipart_with_a_quoted_boundary() {
    let boundary = "simple boundary:=?";
    let body = multipart_body(boundary, "\r\n");
    let content_type = format!("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"{boundary}\"");
    check_parts(&parse_multipart(&content_type, &body).unwrap(), "\r\n");
}

#[test]
fn multipart_with_bare_lf_line_endings() {
    let body = multipart_body("xyz", "\n");
    check_parts(
        &parse_multipart("multipart/form-data; boundary=xyz", &body).unwrap(),
        "\n",
    );
}

#[test]
fn multipart_details_filename_star_folded_headers_empty_parts_and_lookalike_lines() {
    let body = b"--b\r\n\
Content-Disposition: form-data; name=\"f\"; filename=\"fallback.txt\";\r\n filename*=UTF-8''%E2%82%AC%20rates.txt\r\n\
\r\n\
--bb is not a delimiter\r\n\
--b\r\n\
\r\n\
\r\n\
--b--";
    let parts = parse_multipart("multipart/form-data; boundary=b", body).unwrap();
    assert_eq!(parts.len(), 2, "{parts:#?}");
    assert_eq!(parts[0].filename.as_deref(), Some("\u{20ac} rates.txt"));
    assert_eq!(parts[0].body.data, "--bb is not a delimiter");
    assert_eq!(parts[1].name, None);
    assert!(parts[1].headers.is_empty());
    assert_eq!(parts[1].size, 0);
    assert_eq!(parts[1].body, Body::from_bytes(b""));

    // Only a closing delimiter: no parts.
    assert_eq!(
        parse_multipart("multipart/form-data; boundary=b", b"--b--\r\n"),
        Ok(vec![])
    );
}

#[test]
fn multipart_errors_say_what_is_wrong() {
    let ct = "multipart/form-data; boundary=xyz";
    // The body ends inside a part: no closing boundary.
    let mut body = multipart_body("xyz", "\r\n");
    let close = body.windows(7).position(|w| w == b"--xyz--").unwrap();
    body.truncate(close - 2);
    let error = parse_multipart(ct, &body).unwrap_err();
    assert!(error.contains("missing closing boundary"), "{error}");
    assert!(error.contains("--xyz--"), "{error}");
    // A delimiter then nothing.
    let error = parse_multipart(ct, b"--xyz\r\nA: b\r\n\r\nx\r\n--xyz").unwrap_err();
    assert!(error.contains("missing closing boundary"), "{error}");
    let error = parse_multipart(ct, b"no boundary in here").unwrap_err();
    assert!(error.contains("not in the body"), "{error}");
    let error = parse_multipart("multipart/form-data", b"--x--").unwrap_err();
    assert!(error.contains("no boundary"), "{error}");
    let error = parse_multipart("multipart/form-data; boundary=\"\"", b"--x--").unwrap_err();
    assert!(error.contains("empty"), "{error}");
    let error = parse_multipart("text/plain; boundary=x", b"--x--").unwrap_err();
    assert!(error.contains("not a multipart"), "{error}");
    let error = parse_multipart(ct, b"--xyz\r\nno colon here\r\n\r\n--xyz--").unwrap_err();
    assert!(
        error.contains("part 1") && error.contains("no colon"),
        "{error}"
    );
    let error = parse_multipart(ct, b"--xyz\r\nA: b").unwrap_err();
    assert!(error.contains("empty line"), "{error}");
}

/// A deterministic pseudo-random generator (Knuth's MMIX LCG): no extra crate, same run every
/// time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn bytes(&mut self, len: usize, alphabet: &[u8]) -> Vec<u8> {
        (0..len)
            .map(|_| {
                if alphabet.is_empty() {
                    self.next() as u8
                } else {
                    alphabet[self.below(alphabet.len())]
                }
            })
            .collect()
    }

    /// Flips, inserts, deletes and truncates at random places.
    fn mutate(&mut self, data: &[u8], alphabet: &[u8]) -> Vec<u8> {
        let mut out = data.to_vec();
        for _ in 0..=self.below(6) {
            let at = self.below(out.len() + 1);
            match self.below(5) {
                0 if at < out.len() => out[at] ^= 1 << self.below(8),
                1 => {
                    let len = self.below(12);
                    let insert = self.bytes(len, alphabet);
                    out.splice(at..at, insert);
                }
                2 if at < out.len() => {
                    let end = (at + self.below(16)).min(out.len());
                    out.drain(at..end);
                }
                3 => out.truncate(at),
                _ => {
                    if at < out.len() {
                        out[at] = self.next() as u8;
                    }
                }
            }
        }
        out
    }
}

#[test]
fn pseudo_random_input_never_panics_the_multipart_parser_or_the_decoder() {
    let mut rng = Lcg(0x5eed_cafe_f00d_0001);
    let boundaries = [
        "xyz",
        "b",
        "----WebKitFormBoundary7MA4YWxkTrZu0gW",
        "a\"b",
        "é",
    ];
    let multipart_alphabet = b"-\r\n\t :;=\"\\xyzbB";
    // The unmutated samples parse: the loop below starts from the real format.
    for boundary in ["xyz", "b", "é"] {
        for newline in ["\r\n", "\n"] {
            let content_type = format!("multipart/form-data; boundary=\"{boundary}\"");
            let parts = parse_multipart(&content_type, &multipart_body(boundary, newline));
            check_parts(&parts.unwrap(), newline);
        }
    }
    let (mut multipart_ok, mut multipart_err) = (0, 0);
    for _ in 0..3000 {
        let boundary = boundaries[rng.below(boundaries.len())];
        let newline = if rng.below(2) == 0 { "\r\n" } else { "\n" };
        let valid = multipart_body(boundary, newline);
        let body = match rng.below(3) {
            0 => rng.mutate(&valid, multipart_alphabet),
            1 => {
                let len = rng.below(200);
                rng.bytes(len, multipart_alphabet)
            }
            _ => {
                let len = rng.below(200);
                rng.bytes(len, &[])
            }
        };
        let content_type = match rng.below(4) {
            0 => format!("multipart/form-data; boundary={boundary}"),
            1 => format!("multipart/form-data; boundary=\"{boundary}\""),
            2 => String::from_utf8_lossy(&rng.mutate(
                format!("multipart/form-data; boundary=\"{boundary}\"").as_bytes(),
                multipart_alphabet,
            ))
            .into_owned(),
            _ => {
                let len = rng.below(40);
                String::from_utf8_lossy(&rng.bytes(len, &[])).into_owned()
            }
        };
        match parse_multipart(&content_type, &body) {
            Ok(_) => multipart_ok += 1,
            Err(_) => multipart_err += 1,
        }
        let _ = parse_urlencoded(&body);
    }
    // Both outcomes occur: the input is near enough to the format to get deep into the parser.
    assert!(
        multipart_ok > 50 && multipart_err > 50,
        "{multipart_ok} ok, {multipart_err} errors"
    );

    let data = original();
    let samples: Vec<(&str, Vec<u8>)> = vec![
        ("gzip", gzip(&data)),
        ("deflate", zlib(&data)),
        ("deflate", raw_deflate(&data)),
        ("br", brotli(&data)),
        ("gzip, br", brotli(&gzip(&data))),
        ("deflate, deflate", raw_deflate(&zlib(&data))),
    ];
    let max = 64 * 1024;
    let (mut decoded_ok, mut decoded_err) = (0, 0);
    for _ in 0..3000 {
        let (coding, sample) = &samples[rng.below(samples.len())];
        let body = match rng.below(3) {
            0 => rng.mutate(sample, &[]),
            1 => {
                let len = rng.below(300);
                rng.bytes(len, &[])
            }
            _ => {
                // A valid header, then noise.
                let keep = rng.below(12);
                let mut body = sample[..keep.min(sample.len())].to_vec();
                let len = rng.below(300);
                body.extend(rng.bytes(len, &[]));
                body
            }
        };
        match decode_content_encoding(&encoded(coding), &body, max) {
            Ok(Some(decoded)) => {
                assert!(decoded.len() <= max);
                decoded_ok += 1;
            }
            Ok(None) => unreachable!("{coding} is an encoding"),
            Err(error) => {
                assert!(!error.is_empty());
                decoded_err += 1;
            }
        }
    }
    assert!(
        decoded_ok > 20 && decoded_err > 50,
        "{decoded_ok} ok, {decoded_err} errors"
    );
}

/// A capture as the receiver stores it, read back through the API.
async fn capture(headers: &[(&str, &str)], body: Vec<u8>) -> Capture {
    let instance = start().await;
    let mut request = instance.http.post(instance.receiver("/hooks/decoded"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.body(body).send().await.unwrap();
    let answer: serde_json::Value = response.json().await.unwrap();
    let id = answer["captured"].as_str().unwrap();
    serde_json::from_value(instance.get_json(&format!("/api/captures/{id}")).await).unwrap()
}

#[tokio::test]
async fn decoded_view_of_a_gzipped_form_capture() {
    let form = b"name=J+Doe&tag=a&tag=b%26c";
    let captured = capture(
        &[
            ("content-type", "application/x-www-form-urlencoded"),
            ("content-encoding", "gzip"),
        ],
        gzip(form),
    )
    .await;
    assert_eq!(
        captured.body.encoding,
        BodyEncoding::Base64,
        "stored as sent"
    );
    let view = content::decoded_view(&captured, MAX);
    assert_eq!(view.content_encoding.as_deref(), Some("gzip"));
    assert_eq!(view.decoded, Some(Body::from_bytes(form)));
    assert_eq!(view.decode_error, None);
    assert_eq!(
        view.form,
        Some(pairs(&[("name", "J Doe"), ("tag", "a"), ("tag", "b&c")]))
    );
    assert_eq!(view.multipart, None);

    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["form"][0], serde_json::json!(["name", "J Doe"]));

    // A corrupt body says why, and shows no fields.
    let mut broken = captured.clone();
    broken.body = Body::from_bytes(b"not gzip at all");
    let view = content::decoded_view(&broken, MAX);
    assert!(view.decode_error.unwrap().starts_with("gzip"));
    assert_eq!(view.decoded, None);
    assert_eq!(view.form, None);
}

#[tokio::test]
async fn decoded_view_of_a_multipart_capture() {
    let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let captured = capture(
        &[("content-type", &content_type)],
        multipart_body(boundary, "\r\n"),
    )
    .await;
    let view = content::decoded_view(&captured, MAX);
    assert_eq!(view.content_encoding, None);
    assert_eq!(view.decoded, None, "nothing to undo");
    assert_eq!(view.form, None);
    assert_eq!(view.multipart_error, None);
    check_parts(&view.multipart.unwrap(), "\r\n");

    let mut unclosed = captured.clone();
    let mut body = multipart_body(boundary, "\r\n");
    body.truncate(body.len() - 60);
    unclosed.body = Body::from_bytes(&body);
    let view = content::decoded_view(&unclosed, MAX);
    assert_eq!(view.multipart, None);
    assert!(view
        .multipart_error
        .unwrap()
        .contains("missing closing boundary"));
}
