//! Behaviour of `hookbench::signing`: published vectors, round trips,
//! rejections, diagnosis, rotation, header handling, serde, robustness.

use hmac::{Hmac, Mac};
use hookbench::signing::{
    sign, verify, Algorithm, Content, Encoding, HmacScheme, InvalidReason, LikelyCause, Message,
    Scheme, SigningError, TimestampFormat, Verification, DEFAULT_TOLERANCE_SECS,
};

type Headers = Vec<(String, String)>;

const NOW: i64 = 1_700_000_000;
const TOL: i64 = DEFAULT_TOLERANCE_SECS;
const SW_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const JSON_BODY: &[u8] = br#"{"id":"evt_1","object":"event","type":"payment_intent.succeeded"}"#;

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn hdrs(pairs: &[(&str, &str)]) -> Headers {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

fn get<'a>(headers: &'a Headers, name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} header in {headers:?}"))
}

fn msg(body: &[u8]) -> Message<'_> {
    Message {
        id: "msg_2Lk3example",
        timestamp: NOW,
        body,
    }
}

fn reason(v: &Verification) -> Option<InvalidReason> {
    match v {
        Verification::Invalid { reason, .. } => Some(*reason),
        _ => None,
    }
}

fn cause(v: &Verification) -> Option<LikelyCause> {
    match v {
        Verification::Invalid { likely_cause, .. } => *likely_cause,
        _ => None,
    }
}

fn message(v: &Verification) -> String {
    match v {
        Verification::Invalid { message, .. } => message.clone(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn hmac256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(key).expect("any key length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn connectgain() -> Scheme {
    Scheme::Hmac(HmacScheme::connectgain())
}

fn generic(alg: Algorithm, enc: Encoding, content: Content) -> HmacScheme {
    HmacScheme {
        algorithm: alg,
        encoding: enc,
        header: "X-Signature".into(),
        prefix: "sig=".into(),
        content,
        timestamp_header: (content != Content::Body).then(|| "X-Timestamp".into()),
        timestamp_format: TimestampFormat::Unix,
        id_header: (content == Content::IdTimestampBody).then(|| "X-Id".into()),
    }
}

fn named_schemes() -> Vec<Scheme> {
    vec![
        Scheme::StandardWebhooks,
        Scheme::Stripe,
        Scheme::Github,
        Scheme::Shopify,
        Scheme::Slack,
        connectgain(),
    ]
}

/// A secret each scheme accepts (Standard Webhooks needs base64 after whsec_).
fn secret_for(scheme: &Scheme) -> &'static str {
    match scheme {
        Scheme::StandardWebhooks => SW_SECRET,
        Scheme::Stripe => "whsec_5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a",
        _ => "s3cr3t-for-tests",
    }
}

// ---------------------------------------------------------------- vectors

// Standard Webhooks spec test vector (standardwebhooks.com spec / Svix libraries).
#[test]
fn standard_webhooks_spec_vector_is_reproduced_by_sign_and_accepted_by_verify() {
    let body = br#"{"test": 2432232314}"#;
    let m = Message {
        id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
        timestamp: 1614265330,
        body,
    };
    let headers = sign(&Scheme::StandardWebhooks, &owned(&[SW_SECRET]), &m).unwrap();
    assert_eq!(
        headers,
        hdrs(&[
            ("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
            ("webhook-timestamp", "1614265330"),
            (
                "webhook-signature",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
            ),
        ])
    );
    let v = verify(
        &Scheme::StandardWebhooks,
        &owned(&[SW_SECRET]),
        &headers,
        body,
        1614265330,
        TOL,
    );
    assert_eq!(v, Verification::Valid { secret_index: 0 });
}

// GitHub docs: Validating webhook deliveries (test values section).
#[test]
fn github_docs_vector_is_reproduced_by_sign_and_accepted_by_verify() {
    let secret = owned(&["It's a Secret to Everybody"]);
    let headers = sign(&Scheme::Github, &secret, &msg(b"Hello, World!")).unwrap();
    let expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    assert_eq!(headers, hdrs(&[("X-Hub-Signature-256", expected)]));
    let v = verify(
        &Scheme::Github,
        &secret,
        &headers,
        b"Hello, World!",
        NOW,
        TOL,
    );
    assert_eq!(v, Verification::Valid { secret_index: 0 });
}

// Slack docs: Verifying requests from Slack (worked example). Reproduced
// independently: python3 -c 'import hmac,hashlib;print(hmac.new(b"8f742231b10e8888abcd99yyyzzz85a5", b"v0:1531420618:"+BODY, hashlib.sha256).hexdigest())'
#[test]
fn slack_docs_vector_is_reproduced_by_sign_and_accepted_by_verify() {
    let body = b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    let secret = owned(&["8f742231b10e8888abcd99yyyzzz85a5"]);
    let m = Message {
        id: "",
        timestamp: 1531420618,
        body,
    };
    let headers = sign(&Scheme::Slack, &secret, &m).unwrap();
    let expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    assert_eq!(
        headers,
        hdrs(&[
            ("X-Slack-Request-Timestamp", "1531420618"),
            ("X-Slack-Signature", expected),
        ])
    );
    let v = verify(&Scheme::Slack, &secret, &headers, body, 1531420618, TOL);
    assert_eq!(v, Verification::Valid { secret_index: 0 });
}

// No published Stripe vector. Independent recomputation (key = whole whsec_ string):
// python3 -c 'import hmac,hashlib;print(hmac.new(b"whsec_5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a", b"1700000000.{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}", hashlib.sha256).hexdigest())'
#[test]
fn stripe_signature_matches_independent_python_recomputation() {
    let secret = owned(&["whsec_5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a"]);
    let headers = sign(&Scheme::Stripe, &secret, &msg(JSON_BODY)).unwrap();
    assert_eq!(
        headers,
        hdrs(&[(
            "Stripe-Signature",
            "t=1700000000,v1=44f38eb1e53c63dda0af9524f927ae62174472c8a1416194725c0dcd7cfb0557"
        )])
    );
}

// No published Shopify vector. Independent recomputation:
// python3 -c 'import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b"shpss_0123456789abcdef", b"{\"id\":820982911946154508,\"email\":\"jon@example.com\"}", hashlib.sha256).digest()).decode())'
#[test]
fn shopify_signature_matches_independent_python_recomputation() {
    let body = br#"{"id":820982911946154508,"email":"jon@example.com"}"#;
    let headers = sign(
        &Scheme::Shopify,
        &owned(&["shpss_0123456789abcdef"]),
        &msg(body),
    )
    .unwrap();
    assert_eq!(
        headers,
        hdrs(&[(
            "X-Shopify-Hmac-Sha256",
            "ne+Twf3BMrJ3AMcsdK/cwASHZl8vw1iJXvr4ORLXiaU="
        )])
    );
}

// ConnectGain (our scheme). Independent recomputation:
// python3 -c 'import hmac,hashlib;print(hmac.new(b"cg_secret_2024", b"{\"event\":\"lead.created\",\"id\":\"ld_42\"}", hashlib.sha256).hexdigest())'
// python3 -c 'import datetime;print(datetime.datetime.fromtimestamp(1700000000, datetime.timezone.utc).isoformat())'
#[test]
fn connectgain_signature_and_iso_timestamp_match_independent_python_recomputation() {
    let body = br#"{"event":"lead.created","id":"ld_42"}"#;
    let headers = sign(&connectgain(), &owned(&["cg_secret_2024"]), &msg(body)).unwrap();
    assert_eq!(
        headers,
        hdrs(&[
            ("X-Webhook-Timestamp", "2023-11-14T22:13:20Z"),
            (
                "X-Webhook-Signature",
                "9c468068e52d6fe7b9650473f80bf66ab9e7fd4ab75e2c5fa943d61700e55397"
            ),
        ])
    );
}

// python3 -c 'import datetime as d;[print(d.datetime.fromtimestamp(t, d.timezone.utc).isoformat()) for t in (951782400, -1)]'
// -> 2000-02-29T00:00:00+00:00, 1969-12-31T23:59:59+00:00
#[test]
fn iso_timestamps_are_written_in_utc_including_leap_days_and_pre_1970() {
    for (ts, iso) in [
        (951_782_400, "2000-02-29T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
    ] {
        let m = Message {
            id: "",
            timestamp: ts,
            body: b"",
        };
        let headers = sign(&connectgain(), &owned(&["k"]), &m).unwrap();
        assert_eq!(get(&headers, "X-Webhook-Timestamp"), iso);
        assert!(verify(&connectgain(), &owned(&["k"]), &headers, b"", ts, TOL).is_valid());
    }
    let far = Message {
        id: "",
        timestamp: i64::MAX,
        body: b"",
    };
    let err = sign(&connectgain(), &owned(&["k"]), &far).unwrap_err();
    assert_eq!(err, SigningError::TimestampOutOfRange(i64::MAX));
}

#[test]
fn connectgain_accepts_iso_timestamps_with_offsets_and_fractions() {
    let secret = owned(&["cg_secret_2024"]);
    let body = b"{}";
    let sig = get(
        &sign(&connectgain(), &secret, &msg(body)).unwrap(),
        "X-Webhook-Signature",
    )
    .to_string();
    for ts in [
        "2023-11-15T00:13:20+02:00",
        "2023-11-14T22:13:20.123Z",
        "2023-11-14 17:13:20-0500",
    ] {
        let h = hdrs(&[("X-Webhook-Signature", &sig), ("X-Webhook-Timestamp", ts)]);
        let v = verify(&connectgain(), &secret, &h, body, NOW, TOL);
        assert_eq!(v, Verification::Valid { secret_index: 0 }, "{ts}");
    }
}

// ------------------------------------------------------------- round trips

#[test]
fn sign_then_verify_round_trips_for_every_named_scheme() {
    for scheme in named_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        let headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
        assert!(!headers.is_empty(), "{scheme:?}");
        let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW, TOL);
        assert_eq!(v, Verification::Valid { secret_index: 0 }, "{scheme:?}");
    }
}

#[test]
fn sign_then_verify_round_trips_for_generic_every_algorithm_encoding_content_and_format() {
    let mut combos = 0;
    for alg in [Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512] {
        for enc in [Encoding::Hex, Encoding::Base64] {
            for content in [
                Content::Body,
                Content::TimestampBody,
                Content::IdTimestampBody,
            ] {
                for format in [TimestampFormat::Unix, TimestampFormat::Iso8601] {
                    let mut cfg = generic(alg, enc, content);
                    cfg.timestamp_format = format;
                    let scheme = Scheme::Hmac(cfg);
                    let secrets = owned(&["generic-secret"]);
                    let headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
                    assert!(get(&headers, "X-Signature").starts_with("sig="));
                    let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW, TOL);
                    assert_eq!(v, Verification::Valid { secret_index: 0 }, "{scheme:?}");
                    let tampered = verify(&scheme, &secrets, &headers, b"{}", NOW, TOL);
                    assert_eq!(reason(&tampered), Some(InvalidReason::SignatureMismatch));
                    combos += 1;
                }
            }
        }
    }
    assert_eq!(combos, 36);
}

#[test]
fn generic_signature_lengths_follow_algorithm_and_encoding() {
    let cases = [
        (Algorithm::Sha1, Encoding::Hex, 40),
        (Algorithm::Sha256, Encoding::Hex, 64),
        (Algorithm::Sha512, Encoding::Hex, 128),
        (Algorithm::Sha1, Encoding::Base64, 28),
        (Algorithm::Sha256, Encoding::Base64, 44),
        (Algorithm::Sha512, Encoding::Base64, 88),
    ];
    for (alg, enc, len) in cases {
        let scheme = Scheme::Hmac(generic(alg, enc, Content::Body));
        let headers = sign(&scheme, &owned(&["k"]), &msg(b"x")).unwrap();
        assert_eq!(
            get(&headers, "X-Signature").len(),
            "sig=".len() + len,
            "{alg:?} {enc:?}"
        );
    }
}

// -------------------------------------------------------------- rejections

#[test]
fn tampered_body_is_rejected_as_signature_mismatch_for_every_scheme() {
    for scheme in named_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        let headers = sign(&scheme, &secrets, &msg(b"amount=100")).unwrap();
        let v = verify(&scheme, &secrets, &headers, b"amount=999", NOW, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::SignatureMismatch),
            "{scheme:?}"
        );
        assert_eq!(cause(&v), Some(LikelyCause::WrongSecret), "{scheme:?}");
    }
}

#[test]
fn wrong_secret_is_rejected_with_wrong_secret_cause_for_every_scheme() {
    for scheme in named_schemes() {
        let headers = sign(&scheme, &owned(&[secret_for(&scheme)]), &msg(JSON_BODY)).unwrap();
        let other = match scheme {
            Scheme::StandardWebhooks => "whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB",
            _ => "another-secret",
        };
        let v = verify(&scheme, &owned(&[other]), &headers, JSON_BODY, NOW, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::SignatureMismatch),
            "{scheme:?}"
        );
        assert_eq!(cause(&v), Some(LikelyCause::WrongSecret), "{scheme:?}");
        assert!(message(&v).contains("secret"), "{v:?}");
    }
}

fn timestamped_schemes() -> Vec<Scheme> {
    vec![
        Scheme::StandardWebhooks,
        Scheme::Stripe,
        Scheme::Slack,
        connectgain(),
        Scheme::Hmac(generic(
            Algorithm::Sha256,
            Encoding::Hex,
            Content::TimestampBody,
        )),
    ]
}

#[test]
fn stale_timestamp_is_rejected_even_when_the_signature_is_correct() {
    for scheme in timestamped_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        let headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
        let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW + TOL + 1, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::StaleTimestamp),
            "{scheme:?}"
        );
        assert!(message(&v).contains("old"), "{v:?}");
    }
}

#[test]
fn future_timestamp_is_rejected() {
    for scheme in timestamped_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        let headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
        let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW - TOL - 1, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::FutureTimestamp),
            "{scheme:?}"
        );
        assert!(message(&v).contains("future"), "{v:?}");
    }
}

#[test]
fn timestamps_exactly_at_the_tolerance_edge_are_accepted() {
    for scheme in timestamped_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        let headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
        for now in [NOW - TOL, NOW + TOL] {
            let v = verify(&scheme, &secrets, &headers, JSON_BODY, now, TOL);
            assert!(v.is_valid(), "{scheme:?} {v:?}");
        }
    }
}

#[test]
fn negative_tolerance_disables_the_timestamp_window_for_old_captures() {
    let secrets = owned(&[SW_SECRET]);
    let headers = sign(&Scheme::StandardWebhooks, &secrets, &msg(JSON_BODY)).unwrap();
    let v = verify(
        &Scheme::StandardWebhooks,
        &secrets,
        &headers,
        JSON_BODY,
        NOW + 86_400 * 365,
        -1,
    );
    assert!(v.is_valid());
}

#[test]
fn stale_timestamp_with_wrong_signature_is_a_mismatch_that_also_mentions_the_age() {
    let headers = sign(&Scheme::Stripe, &owned(&["whsec_a"]), &msg(JSON_BODY)).unwrap();
    let v = verify(
        &Scheme::Stripe,
        &owned(&["whsec_b"]),
        &headers,
        JSON_BODY,
        NOW + 3_600,
        TOL,
    );
    assert_eq!(reason(&v), Some(InvalidReason::SignatureMismatch));
    assert!(message(&v).contains("old"), "{v:?}");
}

#[test]
fn absent_signature_header_is_unsigned_for_every_scheme() {
    let unrelated = hdrs(&[
        ("Content-Type", "application/json"),
        ("webhook-id", "msg_1"),
    ]);
    for scheme in named_schemes() {
        let v = verify(
            &scheme,
            &owned(&[secret_for(&scheme)]),
            &unrelated,
            JSON_BODY,
            NOW,
            TOL,
        );
        assert_eq!(v, Verification::Unsigned, "{scheme:?}");
    }
}

#[test]
fn scheme_none_signs_nothing_and_verifies_as_unsigned() {
    let secrets = owned(&["x"]);
    assert_eq!(
        sign(&Scheme::None, &secrets, &msg(JSON_BODY)).unwrap(),
        vec![]
    );
    let h = hdrs(&[("X-Hub-Signature-256", "sha256=00")]);
    assert_eq!(
        verify(&Scheme::None, &secrets, &h, JSON_BODY, NOW, TOL),
        Verification::Unsigned
    );
}

#[test]
fn timestamp_header_missing_while_signature_present_is_missing_header() {
    let cases: Vec<(Scheme, &str)> = vec![
        (Scheme::StandardWebhooks, "webhook-timestamp"),
        (Scheme::StandardWebhooks, "webhook-id"),
        (Scheme::Slack, "X-Slack-Request-Timestamp"),
        (connectgain(), "X-Webhook-Timestamp"),
    ];
    for (scheme, drop) in cases {
        let secrets = owned(&[secret_for(&scheme)]);
        let mut headers = sign(&scheme, &secrets, &msg(JSON_BODY)).unwrap();
        headers.retain(|(n, _)| n != drop);
        let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::MissingHeader),
            "{scheme:?} without {drop}"
        );
        assert!(message(&v).contains(drop), "{v:?}");
    }
}

#[test]
fn malformed_headers_are_rejected_as_malformed_header() {
    let json = JSON_BODY;
    let cases: Vec<(Scheme, Headers)> = vec![
        (Scheme::Stripe, hdrs(&[("Stripe-Signature", "garbage")])),
        (
            Scheme::Stripe,
            hdrs(&[("Stripe-Signature", "t=1700000000")]),
        ),
        (
            Scheme::Stripe,
            hdrs(&[("Stripe-Signature", "t=yesterday,v1=abcd")]),
        ),
        (
            Scheme::StandardWebhooks,
            hdrs(&[
                ("webhook-id", "m"),
                ("webhook-timestamp", "1700000000"),
                ("webhook-signature", "v1"),
            ]),
        ),
        (
            Scheme::StandardWebhooks,
            hdrs(&[
                ("webhook-id", "m"),
                ("webhook-timestamp", "1700000000"),
                ("webhook-signature", "v2,abc"),
            ]),
        ),
        (
            Scheme::StandardWebhooks,
            hdrs(&[
                ("webhook-id", "m"),
                ("webhook-timestamp", "soon"),
                ("webhook-signature", "v1,abc="),
            ]),
        ),
        (
            Scheme::Slack,
            hdrs(&[
                ("X-Slack-Request-Timestamp", "1.7e9"),
                ("X-Slack-Signature", "v0=abcd"),
            ]),
        ),
        (
            Scheme::Slack,
            hdrs(&[
                ("X-Slack-Request-Timestamp", "1700000000"),
                ("X-Slack-Signature", "abcd"),
            ]),
        ),
        (
            Scheme::Github,
            hdrs(&[("X-Hub-Signature-256", "757107ea0eb2509fc2")]),
        ),
        (Scheme::Github, hdrs(&[("X-Hub-Signature-256", "sha256=")])),
        (Scheme::Shopify, hdrs(&[("X-Shopify-Hmac-Sha256", "")])),
        (
            connectgain(),
            hdrs(&[
                ("X-Webhook-Signature", "abcd"),
                ("X-Webhook-Timestamp", "1700000000"),
            ]),
        ),
        (
            connectgain(),
            hdrs(&[
                ("X-Webhook-Signature", "abcd"),
                ("X-Webhook-Timestamp", "2023-11-14T22:13:20"),
            ]),
        ),
        (
            Scheme::Hmac(generic(Algorithm::Sha256, Encoding::Hex, Content::Body)),
            hdrs(&[("X-Signature", "sha256=abcd")]),
        ),
    ];
    for (scheme, headers) in cases {
        let secrets = owned(&[secret_for(&scheme)]);
        let v = verify(&scheme, &secrets, &headers, json, NOW, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::MalformedHeader),
            "{scheme:?} {headers:?} -> {v:?}"
        );
        assert!(!message(&v).is_empty());
    }
}

#[test]
fn signature_that_is_neither_hex_nor_base64_is_malformed_and_names_a_stray_prefix() {
    // A GitHub-style "sha256=" value sent to ConnectGain, which has no prefix.
    let gh = sign(&Scheme::Github, &owned(&["k"]), &msg(JSON_BODY)).unwrap();
    let h = hdrs(&[
        ("X-Webhook-Signature", get(&gh, "X-Hub-Signature-256")),
        ("X-Webhook-Timestamp", "2023-11-14T22:13:20Z"),
    ]);
    let v = verify(&connectgain(), &owned(&["k"]), &h, JSON_BODY, NOW, TOL);
    assert_eq!(reason(&v), Some(InvalidReason::MalformedHeader), "{v:?}");
    assert!(message(&v).contains("\"sha256=\""), "{v:?}");
    let empty_v1 = hdrs(&[("Stripe-Signature", &format!("t={NOW},v1="))]);
    let v = verify(
        &Scheme::Stripe,
        &owned(&["whsec_x"]),
        &empty_v1,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(reason(&v), Some(InvalidReason::MalformedHeader), "{v:?}");
}

#[test]
fn impossible_iso_dates_are_malformed_timestamps() {
    for ts in [
        "2023-02-30T00:00:00Z",
        "2023-13-01T00:00:00Z",
        "2023-11-14T24:00:00Z",
        "2023-11-14T22:13:20+25:00",
        "2023-11-14T22:13:20.Z",
        "23-11-14T22:13:20Z",
    ] {
        let h = hdrs(&[("X-Webhook-Signature", "abcd"), ("X-Webhook-Timestamp", ts)]);
        let v = verify(&connectgain(), &owned(&["k"]), &h, JSON_BODY, NOW, TOL);
        assert_eq!(
            reason(&v),
            Some(InvalidReason::MalformedHeader),
            "{ts}: {v:?}"
        );
    }
}

#[test]
fn signed_request_without_any_secret_is_no_secret() {
    let headers = sign(&Scheme::Github, &owned(&["k"]), &msg(JSON_BODY)).unwrap();
    for secrets in [vec![], owned(&[""])] {
        let v = verify(&Scheme::Github, &secrets, &headers, JSON_BODY, NOW, TOL);
        assert_eq!(reason(&v), Some(InvalidReason::NoSecret));
        assert!(message(&v).contains("no secret"), "{v:?}");
    }
}

#[test]
fn sign_without_secret_returns_no_headers_for_every_scheme() {
    for scheme in named_schemes() {
        assert_eq!(
            sign(&scheme, &[], &msg(JSON_BODY)).unwrap(),
            vec![],
            "{scheme:?}"
        );
        assert_eq!(
            sign(&scheme, &owned(&[""]), &msg(JSON_BODY)).unwrap(),
            vec![],
            "{scheme:?}"
        );
    }
}

#[test]
fn undecodable_standard_webhooks_secret_is_a_clear_error_not_a_panic() {
    let bad = owned(&["whsec_not base64!!"]);
    let err = sign(&Scheme::StandardWebhooks, &bad, &msg(JSON_BODY)).unwrap_err();
    assert_eq!(err, SigningError::SecretNotBase64 { index: 0 });
    assert!(err.to_string().contains("base64"), "{err}");

    let headers = sign(
        &Scheme::StandardWebhooks,
        &owned(&[SW_SECRET]),
        &msg(JSON_BODY),
    )
    .unwrap();
    let v = verify(
        &Scheme::StandardWebhooks,
        &bad,
        &headers,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(reason(&v), Some(InvalidReason::InvalidSecret));
    assert!(message(&v).contains("base64"), "{v:?}");

    // A usable secret next to a broken one still verifies.
    let mixed = owned(&["whsec_not base64!!", SW_SECRET]);
    let v = verify(
        &Scheme::StandardWebhooks,
        &mixed,
        &headers,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(v, Verification::Valid { secret_index: 1 });

    let empty_key = owned(&["whsec_"]);
    assert_eq!(
        sign(&Scheme::StandardWebhooks, &empty_key, &msg(JSON_BODY)).unwrap_err(),
        SigningError::EmptyKey { index: 0 }
    );
}

#[test]
fn standard_webhooks_secret_without_whsec_prefix_is_accepted() {
    let headers = sign(
        &Scheme::StandardWebhooks,
        &owned(&[SW_SECRET]),
        &msg(JSON_BODY),
    )
    .unwrap();
    let bare = owned(&["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);
    let v = verify(
        &Scheme::StandardWebhooks,
        &bare,
        &headers,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert!(v.is_valid(), "{v:?}");
}

#[test]
fn misconfigured_generic_scheme_is_reported_by_sign_and_verify() {
    let mut cfg = generic(Algorithm::Sha256, Encoding::Hex, Content::TimestampBody);
    cfg.timestamp_header = None;
    let scheme = Scheme::Hmac(cfg);
    let err = sign(&scheme, &owned(&["k"]), &msg(JSON_BODY)).unwrap_err();
    assert!(matches!(err, SigningError::Config(_)) && err.to_string().contains("timestamp_header"));
    let h = hdrs(&[("X-Signature", "sig=00")]);
    let v = verify(&scheme, &owned(&["k"]), &h, JSON_BODY, NOW, TOL);
    assert_eq!(reason(&v), Some(InvalidReason::MisconfiguredScheme));

    let mut bad_name = generic(Algorithm::Sha256, Encoding::Hex, Content::Body);
    bad_name.header = "X Signature:".into();
    let err = sign(&Scheme::Hmac(bad_name), &owned(&["k"]), &msg(JSON_BODY)).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}

// --------------------------------------------------------------- diagnosis

fn sw_headers(id: &str, ts: i64, sig: &str) -> Headers {
    hdrs(&[
        ("webhook-id", id),
        ("webhook-timestamp", &ts.to_string()),
        ("webhook-signature", &format!("v1,{sig}")),
    ])
}

#[test]
fn standard_webhooks_sender_keyed_with_undecoded_whsec_string_is_secret_prefix_not_stripped() {
    let content = format!("msg_1.{NOW}.{}", std::str::from_utf8(JSON_BODY).unwrap());
    for wrong_key in [SW_SECRET, "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"] {
        let sig = b64(&hmac256(wrong_key.as_bytes(), content.as_bytes()));
        let v = verify(
            &Scheme::StandardWebhooks,
            &owned(&[SW_SECRET]),
            &sw_headers("msg_1", NOW, &sig),
            JSON_BODY,
            NOW,
            TOL,
        );
        assert_eq!(
            reason(&v),
            Some(InvalidReason::SignatureMismatch),
            "{wrong_key}"
        );
        assert_eq!(
            cause(&v),
            Some(LikelyCause::SecretPrefixNotStripped),
            "{wrong_key}: {v:?}"
        );
        assert!(message(&v).contains("base64-decode"), "{v:?}");
    }
}

#[test]
fn stripe_sender_that_base64_decoded_the_whsec_secret_is_secret_prefix_not_stripped() {
    use base64::Engine as _;
    let secret = "whsec_5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a";
    let decoded = base64::engine::general_purpose::STANDARD
        .decode("5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a")
        .unwrap();
    let mut content = format!("{NOW}.").into_bytes();
    content.extend_from_slice(JSON_BODY);
    for key in [decoded, b"5ZbXq8tQYy3bX1mTt8lWcF2cU9y0pR7a".to_vec()] {
        let header = format!("t={NOW},v1={}", hex::encode(hmac256(&key, &content)));
        let v = verify(
            &Scheme::Stripe,
            &owned(&[secret]),
            &hdrs(&[("Stripe-Signature", &header)]),
            JSON_BODY,
            NOW,
            TOL,
        );
        assert_eq!(
            cause(&v),
            Some(LikelyCause::SecretPrefixNotStripped),
            "{v:?}"
        );
        assert!(message(&v).contains("whsec_"), "{v:?}");
    }
}

#[test]
fn github_signature_over_pretty_json_while_compact_body_arrived_is_body_reserialized() {
    // Pretty form = python3 json.dumps(obj, indent=4, ensure_ascii=False) of the compact body.
    let compact = r#"{"zeta":{"tags":[],"meta":{},"note":"say \"hi\", ok: {x}"},"alpha":[1,2.5,{"b":null,"a":true}],"émoji":"✓"}"#;
    let pretty = "{\n    \"zeta\": {\n        \"tags\": [],\n        \"meta\": {},\n        \"note\": \"say \\\"hi\\\", ok: {x}\"\n    },\n    \"alpha\": [\n        1,\n        2.5,\n        {\n            \"b\": null,\n            \"a\": true\n        }\n    ],\n    \"émoji\": \"✓\"\n}";
    let secret = owned(&["gh-secret"]);
    let signed = sign(&Scheme::Github, &secret, &msg(pretty.as_bytes())).unwrap();
    let v = verify(
        &Scheme::Github,
        &secret,
        &signed,
        compact.as_bytes(),
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::BodyReserialized), "{v:?}");
    assert!(message(&v).contains("4-space"), "{v:?}");
    // ...and the other way round: signed compact, delivered pretty.
    let signed = sign(&Scheme::Github, &secret, &msg(compact.as_bytes())).unwrap();
    let v = verify(
        &Scheme::Github,
        &secret,
        &signed,
        pretty.as_bytes(),
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::BodyReserialized), "{v:?}");
}

#[test]
fn standard_webhooks_signature_over_sorted_or_spaced_json_is_body_reserialized() {
    // Sorted form = python3 json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False).
    let compact = r#"{"zeta":{"tags":[],"meta":{},"note":"say \"hi\", ok: {x}"},"alpha":[1,2.5,{"b":null,"a":true}],"émoji":"✓"}"#;
    let sorted = "{\n  \"alpha\": [\n    1,\n    2.5,\n    {\n      \"a\": true,\n      \"b\": null\n    }\n  ],\n  \"zeta\": {\n    \"meta\": {},\n    \"note\": \"say \\\"hi\\\", ok: {x}\",\n    \"tags\": []\n  },\n  \"émoji\": \"✓\"\n}";
    let secrets = owned(&[SW_SECRET]);
    let cases = [
        (sorted, compact),
        (r#"{"test": 2432232314}"#, r#"{"test":2432232314}"#),
    ];
    for (signed_body, sent_body) in cases {
        let signed = sign(
            &Scheme::StandardWebhooks,
            &secrets,
            &msg(signed_body.as_bytes()),
        )
        .unwrap();
        let v = verify(
            &Scheme::StandardWebhooks,
            &secrets,
            &signed,
            sent_body.as_bytes(),
            NOW,
            TOL,
        );
        assert_eq!(
            cause(&v),
            Some(LikelyCause::BodyReserialized),
            "{sent_body}: {v:?}"
        );
    }
}

#[test]
fn github_signature_in_base64_is_hex_base64_confusion() {
    let sig = b64(&hmac256(b"gh-secret", JSON_BODY));
    let h = hdrs(&[("X-Hub-Signature-256", &format!("sha256={sig}"))]);
    let v = verify(
        &Scheme::Github,
        &owned(&["gh-secret"]),
        &h,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::HexBase64Confusion), "{v:?}");
    assert!(
        message(&v).contains("base64") && message(&v).contains("hex"),
        "{v:?}"
    );
}

#[test]
fn shopify_signature_in_hex_is_hex_base64_confusion() {
    let sig = hex::encode(hmac256(b"shp-secret", JSON_BODY));
    let h = hdrs(&[("X-Shopify-Hmac-Sha256", &sig)]);
    let v = verify(
        &Scheme::Shopify,
        &owned(&["shp-secret"]),
        &h,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::HexBase64Confusion), "{v:?}");
}

#[test]
fn signature_over_body_alone_where_timestamp_is_signed_is_timestamp_not_signed() {
    let stripe_sig = hex::encode(hmac256(b"whsec_abc", JSON_BODY));
    let stripe = hdrs(&[("Stripe-Signature", &format!("t={NOW},v1={stripe_sig}"))]);
    let v = verify(
        &Scheme::Stripe,
        &owned(&["whsec_abc"]),
        &stripe,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::TimestampNotSigned), "{v:?}");
    assert!(message(&v).contains("{t}.{body}"), "{v:?}");

    let slack_sig = hex::encode(hmac256(b"slack-secret", JSON_BODY));
    let slack = hdrs(&[
        ("X-Slack-Request-Timestamp", &NOW.to_string()),
        ("X-Slack-Signature", &format!("v0={slack_sig}")),
    ]);
    let v = verify(
        &Scheme::Slack,
        &owned(&["slack-secret"]),
        &slack,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::TimestampNotSigned), "{v:?}");

    let key = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            .unwrap()
    };
    let sw = sw_headers("msg_1", NOW, &b64(&hmac256(&key, JSON_BODY)));
    let v = verify(
        &Scheme::StandardWebhooks,
        &owned(&[SW_SECRET]),
        &sw,
        JSON_BODY,
        NOW,
        TOL,
    );
    assert_eq!(cause(&v), Some(LikelyCause::TimestampNotSigned), "{v:?}");
}

// ---------------------------------------------------------------- rotation

#[test]
fn rotation_any_secret_verifies_and_reports_its_index() {
    for scheme in named_schemes() {
        let (old, new) = match scheme {
            Scheme::StandardWebhooks => (SW_SECRET, "whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"),
            _ => ("old-secret", "new-secret"),
        };
        let both = owned(&[old, new]);
        let by_old = sign(&scheme, &owned(&[old]), &msg(JSON_BODY)).unwrap();
        let by_new = sign(&scheme, &owned(&[new]), &msg(JSON_BODY)).unwrap();
        let v_old = verify(&scheme, &both, &by_old, JSON_BODY, NOW, TOL);
        let v_new = verify(&scheme, &both, &by_new, JSON_BODY, NOW, TOL);
        assert_eq!(v_old, Verification::Valid { secret_index: 0 }, "{scheme:?}");
        assert_eq!(v_new, Verification::Valid { secret_index: 1 }, "{scheme:?}");
    }
}

#[test]
fn rotation_multi_signature_schemes_sign_with_every_secret_newest_first() {
    let (old, new) = (SW_SECRET, "whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB");
    let sig_of = |secrets: &[&str]| {
        let h = sign(&Scheme::StandardWebhooks, &owned(secrets), &msg(JSON_BODY)).unwrap();
        get(&h, "webhook-signature").to_string()
    };
    assert_eq!(
        sig_of(&[old, new]),
        format!("{} {}", sig_of(&[new]), sig_of(&[old]))
    );

    let stripe_of = |secrets: &[&str]| {
        let h = sign(&Scheme::Stripe, &owned(secrets), &msg(JSON_BODY)).unwrap();
        get(&h, "Stripe-Signature").to_string()
    };
    let new_only = stripe_of(&["whsec_new"]);
    let old_only = stripe_of(&["whsec_old"]);
    let old_v1 = old_only.split_once(',').unwrap().1;
    assert_eq!(
        stripe_of(&["whsec_old", "whsec_new"]),
        format!("{new_only},{old_v1}")
    );
}

#[test]
fn rotation_single_signature_schemes_sign_with_the_newest_last_secret() {
    for scheme in [
        Scheme::Github,
        Scheme::Shopify,
        Scheme::Slack,
        connectgain(),
    ] {
        let both = sign(
            &scheme,
            &owned(&["old-secret", "new-secret"]),
            &msg(JSON_BODY),
        )
        .unwrap();
        let newest = sign(&scheme, &owned(&["new-secret"]), &msg(JSON_BODY)).unwrap();
        assert_eq!(both, newest, "{scheme:?}");
    }
}

// ----------------------------------------------------------------- headers

#[test]
fn header_names_are_matched_case_insensitively() {
    for scheme in named_schemes() {
        let secrets = owned(&[secret_for(&scheme)]);
        for shout in [true, false] {
            let headers: Headers = sign(&scheme, &secrets, &msg(JSON_BODY))
                .unwrap()
                .into_iter()
                .map(|(n, v)| {
                    (
                        if shout {
                            n.to_uppercase()
                        } else {
                            n.to_lowercase()
                        },
                        v,
                    )
                })
                .collect();
            let v = verify(&scheme, &secrets, &headers, JSON_BODY, NOW, TOL);
            assert!(v.is_valid(), "{scheme:?} {headers:?} {v:?}");
        }
    }
}

#[test]
fn repeated_signature_header_first_occurrence_wins() {
    let secrets = owned(&["gh-secret"]);
    let good = sign(&Scheme::Github, &secrets, &msg(JSON_BODY)).unwrap();
    let good_value = get(&good, "X-Hub-Signature-256");
    let zeros = format!("sha256={}", "0".repeat(64));
    let first_good = hdrs(&[
        ("X-Hub-Signature-256", good_value),
        ("x-hub-signature-256", &zeros),
    ]);
    let first_bad = hdrs(&[
        ("x-hub-signature-256", &zeros),
        ("X-Hub-Signature-256", good_value),
    ]);
    assert!(verify(&Scheme::Github, &secrets, &first_good, JSON_BODY, NOW, TOL).is_valid());
    let v = verify(&Scheme::Github, &secrets, &first_bad, JSON_BODY, NOW, TOL);
    assert_eq!(reason(&v), Some(InvalidReason::SignatureMismatch));
}

#[test]
fn header_values_with_surrounding_whitespace_still_verify() {
    let secrets = owned(&["whsec_x"]);
    let headers: Headers = sign(&Scheme::Stripe, &secrets, &msg(JSON_BODY))
        .unwrap()
        .into_iter()
        .map(|(n, v)| (n, format!("  {v}\t")))
        .collect();
    assert!(verify(&Scheme::Stripe, &secrets, &headers, JSON_BODY, NOW, TOL).is_valid());
}

#[test]
fn uppercase_hex_and_unpadded_base64_signatures_still_verify() {
    let secrets = owned(&["k"]);
    let gh = sign(&Scheme::Github, &secrets, &msg(JSON_BODY)).unwrap();
    let upper = format!(
        "sha256={}",
        get(&gh, "X-Hub-Signature-256")["sha256=".len()..].to_uppercase()
    );
    let h = hdrs(&[("X-Hub-Signature-256", &upper)]);
    assert!(verify(&Scheme::Github, &secrets, &h, JSON_BODY, NOW, TOL).is_valid());
    let shop = sign(&Scheme::Shopify, &secrets, &msg(JSON_BODY)).unwrap();
    let unpadded = get(&shop, "X-Shopify-Hmac-Sha256")
        .trim_end_matches('=')
        .to_string();
    let h = hdrs(&[("X-Shopify-Hmac-Sha256", &unpadded)]);
    assert!(verify(&Scheme::Shopify, &secrets, &h, JSON_BODY, NOW, TOL).is_valid());
}

#[test]
fn svix_prefixed_header_names_are_accepted_as_standard_webhooks() {
    let secrets = owned(&[SW_SECRET]);
    let headers: Headers = sign(&Scheme::StandardWebhooks, &secrets, &msg(JSON_BODY))
        .unwrap()
        .into_iter()
        .map(|(n, v)| (n.replace("webhook-", "svix-"), v))
        .collect();
    assert!(verify(
        &Scheme::StandardWebhooks,
        &secrets,
        &headers,
        JSON_BODY,
        NOW,
        TOL
    )
    .is_valid());
}

#[test]
fn unknown_signature_versions_next_to_a_valid_one_are_ignored() {
    let secrets = owned(&[SW_SECRET]);
    let sw = sign(&Scheme::StandardWebhooks, &secrets, &msg(JSON_BODY)).unwrap();
    let mut with_v1a = sw.clone();
    with_v1a[2].1 = format!("v1a,c29tZQ== v1,AAAA {}", with_v1a[2].1);
    assert!(verify(
        &Scheme::StandardWebhooks,
        &secrets,
        &with_v1a,
        JSON_BODY,
        NOW,
        TOL
    )
    .is_valid());

    let secrets = owned(&["whsec_x"]);
    let st = sign(&Scheme::Stripe, &secrets, &msg(JSON_BODY)).unwrap();
    let value = format!("{},v0=deadbeef,scheme=unknown", st[0].1);
    let h = hdrs(&[("Stripe-Signature", &value)]);
    assert!(verify(&Scheme::Stripe, &secrets, &h, JSON_BODY, NOW, TOL).is_valid());
}

// ------------------------------------------------------------------- serde

#[test]
fn provider_profile_json_deserializes_into_schemes() {
    let cases = [
        (r#"{"scheme":"none"}"#, Scheme::None),
        (
            r#"{"scheme":"standard-webhooks"}"#,
            Scheme::StandardWebhooks,
        ),
        (r#"{"scheme":"stripe"}"#, Scheme::Stripe),
        (r#"{"scheme":"github"}"#, Scheme::Github),
        (r#"{"scheme":"shopify"}"#, Scheme::Shopify),
        (r#"{"scheme":"slack"}"#, Scheme::Slack),
    ];
    for (json, expected) in cases {
        assert_eq!(
            serde_json::from_str::<Scheme>(json).unwrap(),
            expected,
            "{json}"
        );
        assert_eq!(serde_json::to_string(&expected).unwrap(), json);
    }
    let hmac: Scheme = serde_json::from_str(
        r#"{"scheme":"hmac","algorithm":"sha256","encoding":"hex","header":"X-Webhook-Signature","content":"body"}"#,
    )
    .unwrap();
    let mut expected = HmacScheme::connectgain();
    expected.timestamp_header = None;
    expected.timestamp_format = TimestampFormat::Unix;
    assert_eq!(hmac, Scheme::Hmac(expected));
}

#[test]
fn generic_scheme_json_round_trips_with_all_fields() {
    let json = r#"{"scheme":"hmac","algorithm":"sha512","encoding":"base64","header":"X-Sig","prefix":"v1=","content":"id.timestamp.body","timestamp_header":"X-Ts","timestamp_format":"iso8601","id_header":"X-Id"}"#;
    let scheme: Scheme = serde_json::from_str(json).unwrap();
    let Scheme::Hmac(cfg) = &scheme else {
        panic!("{scheme:?}")
    };
    assert_eq!(cfg.algorithm, Algorithm::Sha512);
    assert_eq!(cfg.content, Content::IdTimestampBody);
    assert_eq!(cfg.timestamp_format, TimestampFormat::Iso8601);
    assert_eq!(serde_json::to_string(&scheme).unwrap(), json);
    let cg = Scheme::Hmac(HmacScheme::connectgain());
    let back: Scheme = serde_json::from_str(&serde_json::to_string(&cg).unwrap()).unwrap();
    assert_eq!(back, cg);
    let ts_body: Content = serde_json::from_str(r#""timestamp.body""#).unwrap();
    assert_eq!(ts_body, Content::TimestampBody);
}

#[test]
fn unknown_scheme_or_field_gives_a_clear_serde_error() {
    let err = serde_json::from_str::<Scheme>(r#"{"scheme":"paypal"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("unknown variant `paypal`") && err.contains("stripe"),
        "{err}"
    );
    let err = serde_json::from_str::<Scheme>(
        r#"{"scheme":"hmac","algorithm":"sha256","encoding":"hex","header":"X","content":"body","colour":"red"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("unknown field `colour`"), "{err}");
    let err = serde_json::from_str::<Scheme>(
        r#"{"scheme":"hmac","algorithm":"md5","encoding":"hex","header":"X","content":"body"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("unknown variant `md5`"), "{err}");
    let err = serde_json::from_str::<Scheme>(r#"{"scheme":"stripe","header":"X-Stripe"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("unknown field `header`") && err.contains("stripe"),
        "{err}"
    );
    let err = serde_json::from_str::<Scheme>(r#"{"scheme":42}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("must be a string"), "{err}");
    let err = serde_json::from_str::<Scheme>(r#"{"algorithm":"sha256"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing field `scheme`"), "{err}");
    let err = serde_json::from_str::<Scheme>(r#"{"scheme":"hmac","algorithm":"sha256"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing field"), "{err}");
}

#[test]
fn verification_serializes_with_status_tag_and_snake_case_values() {
    let valid = serde_json::to_value(Verification::Valid { secret_index: 1 }).unwrap();
    assert_eq!(
        valid,
        serde_json::json!({"status": "valid", "secret_index": 1})
    );
    let unsigned = serde_json::to_value(Verification::Unsigned).unwrap();
    assert_eq!(unsigned, serde_json::json!({"status": "unsigned"}));
    let invalid = Verification::Invalid {
        reason: InvalidReason::SignatureMismatch,
        message: "m".into(),
        likely_cause: Some(LikelyCause::SecretPrefixNotStripped),
    };
    assert_eq!(
        serde_json::to_value(&invalid).unwrap(),
        serde_json::json!({"status": "invalid", "reason": "signature_mismatch", "message": "m", "likely_cause": "secret_prefix_not_stripped"})
    );
}

#[test]
fn typescript_declarations_follow_the_serde_shape() {
    use ts_rs::{Config, TS};
    let cfg = Config::default();
    let scheme = Scheme::decl(&cfg);
    assert!(
        scheme.contains(r#""scheme": "standard-webhooks""#),
        "{scheme}"
    );
    assert!(scheme.contains("HmacScheme"), "{scheme}");
    let hmac = HmacScheme::decl(&cfg);
    assert!(hmac.contains("timestamp_header?: string"), "{hmac}");
    let verification = Verification::decl(&cfg);
    assert!(
        verification.contains(r#""status": "valid""#)
            && verification.contains("secret_index: number"),
        "{verification}"
    );
}

// -------------------------------------------------------------- robustness

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
    fn bytes(&mut self) -> Vec<u8> {
        const SEEDS: [&str; 8] = ["v1,", "t=", "sha256=", "whsec_", "v0=", ",v1=", " ", "="];
        let mut out = Vec::new();
        if self.below(3) == 0 {
            out.extend_from_slice(SEEDS[self.below(SEEDS.len() as u64)].as_bytes());
        }
        let len = self.below(48);
        for _ in 0..len {
            out.push(self.next() as u8);
        }
        out
    }
    fn text(&mut self) -> String {
        String::from_utf8_lossy(&self.bytes()).into_owned()
    }
    fn json_ish(&mut self) -> Vec<u8> {
        const PIECES: [&str; 12] = [
            "{", "}", "[", "]", "\"a\"", ":", ",", "1", "true", " ", "\"\\\"\"", "\n",
        ];
        (0..self.below(20))
            .flat_map(|_| PIECES[self.below(12)].bytes())
            .collect()
    }
    fn instant(&mut self) -> i64 {
        match self.below(4) {
            0 => i64::MIN,
            1 => i64::MAX,
            _ => NOW + self.below(1_000) as i64 - 500,
        }
    }
}

#[test]
fn verify_and_sign_never_panic_on_pseudo_random_garbage_or_corrupted_requests() {
    let mut rng = Lcg(0x5eed_cafe_f00d);
    let mut iso = HmacScheme::connectgain();
    iso.content = Content::IdTimestampBody;
    iso.id_header = Some("X-Webhook-Id".into());
    let mut schemes = named_schemes();
    schemes.push(Scheme::Hmac(iso));
    schemes.push(Scheme::Hmac(generic(
        Algorithm::Sha1,
        Encoding::Base64,
        Content::IdTimestampBody,
    )));
    let names = [
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
        "svix-signature",
        "Stripe-Signature",
        "X-Hub-Signature-256",
        "X-Shopify-Hmac-Sha256",
        "X-Slack-Request-Timestamp",
        "X-Slack-Signature",
        "X-Webhook-Signature",
        "X-Webhook-Timestamp",
        "X-Webhook-Id",
        "X-Signature",
        "X-Timestamp",
        "X-Id",
    ];
    let mut seen = std::collections::BTreeSet::new();
    let mut record = |v: &Verification| {
        seen.insert(match v {
            Verification::Invalid { reason, .. } => format!("{reason:?}"),
            other => format!("{other:?}")
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_string(),
        });
    };
    // Pure garbage: random header values, secrets, bodies, clocks.
    for round in 0..300 {
        let mut headers: Headers = Vec::new();
        for name in names {
            if rng.below(5) != 0 {
                headers.push((name.to_string(), rng.text()));
            }
        }
        let secrets: Vec<String> = (0..rng.below(3)).map(|_| rng.text()).collect();
        let body = if round % 2 == 0 {
            rng.bytes()
        } else {
            rng.json_ish()
        };
        let (now, tolerance) = (rng.instant(), rng.instant());
        for scheme in &schemes {
            record(&verify(scheme, &secrets, &headers, &body, now, tolerance));
            let id = rng.text();
            let m = Message {
                id: &id,
                timestamp: rng.instant(),
                body: &body,
            };
            let _ = sign(scheme, &secrets, &m);
        }
    }
    // Correctly signed requests with one random byte-level corruption, so
    // parsing, comparison and diagnosis all run on near-valid input.
    for round in 0..300 {
        for scheme in &schemes {
            let secrets = owned(&[secret_for(scheme)]);
            let mut body = if round % 3 == 0 {
                br#"{"a": [1, {"b": "c"}], "d": null}"#.to_vec()
            } else {
                rng.json_ish()
            };
            let mut headers = sign(scheme, &secrets, &msg(&body)).unwrap();
            let target = rng.below(headers.len() as u64 + 1);
            let victim = match headers.get_mut(target) {
                Some((_, value)) => std::mem::take(value).into_bytes(),
                None => std::mem::take(&mut body),
            };
            let mut bytes = victim;
            let at = rng.below(bytes.len() as u64 + 1);
            match rng.below(3) {
                0 => bytes.truncate(at),
                1 => bytes.insert(at, rng.next() as u8),
                _ => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = rng.next() as u8;
                    }
                }
            }
            match headers.get_mut(target) {
                Some((_, value)) => *value = String::from_utf8_lossy(&bytes).into_owned(),
                None => body = bytes,
            }
            record(&verify(scheme, &secrets, &headers, &body, NOW, TOL));
        }
    }
    for expected in [
        "Valid",
        "Unsigned",
        "SignatureMismatch",
        "MalformedHeader",
        "MissingHeader",
    ] {
        assert!(
            seen.contains(expected),
            "{expected} never reached: {seen:?}"
        );
    }
}
