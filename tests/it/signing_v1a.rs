//! Standard Webhooks asymmetric signatures (`v1a`, ed25519, `whsk_`/`whpk_` keys) through
//! `hookbench::signing`: a reference implementation's vector, round trips, rotation, headers
//! mixing `v1` and `v1a`, and keys that cannot be used.

use hookbench::signing::{
    generate_key_pair, key_pair_of, sign, verify, InvalidReason, LikelyCause, Message, Scheme,
    SigningError, Verification,
};

const TOL: i64 = 300;

// Svix's server (the implementation the Standard Webhooks spec comes from), repository
// svix/svix-webhooks at commit 4fc0cfb8b426c87ef7e2b937e7d896a71d456a47:
// - server/svix-server/src/worker.rs, test `test_asymmetric_key_signing`: this secret key, id,
//   timestamp and body sign to `SVIX_V1A` (ed25519 is deterministic);
// - server/svix-server/tests/it/e2e_endpoint.rs, test `test_custom_endpoint_secret`: the secret
//   key's public key is `SVIX_PUBLIC`;
// - server/svix-server/src/core/types/mod.rs, test `test_endpoint_secret_validation`: the secret
//   key with its public half altered (`SVIX_DAMAGED`) is refused.
// The v1a entry of the spec's example header (spec/standard-webhooks.md, "Webhook headers", in
// standard-webhooks/standard-webhooks at b2fa7b8719fb75d326b591077f5d1b385cfcdfae) is this same
// signature.
const SVIX_SECRET: &str =
    "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlX0dRqSKJp4AJ6p9lMicMFs6Kvg==";
const SVIX_PUBLIC: &str = "whpk_1SiA4o9hyqTCpIqC5V9HUakiiaeACeqfZTInDBbOir4=";
const SVIX_DAMAGED: &str =
    "whsk_6Xb/dCcHpPea21PS1N9VY/NZW723CEc77N4rJCubMbfVKIDij2HKpMKkioLlaaaaaaaaaaAJ6p9lMicMFs6Kvg==";
const SVIX_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const SVIX_TS: i64 = 1_614_265_330;
const SVIX_BODY: &[u8] = br#"{"test": 2432232314}"#;
const SVIX_V1A: &str =
    "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==";
// The spec's symmetric vector (REFERENCES.md): this secret signs the same message to `SPEC_V1`.
const SPEC_WHSEC: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SPEC_V1: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn svix_message() -> Message<'static> {
    Message {
        id: SVIX_ID,
        timestamp: SVIX_TS,
        body: SVIX_BODY,
    }
}

fn headers(signature: &str) -> Vec<(String, String)> {
    vec![
        ("webhook-id".into(), SVIX_ID.into()),
        ("webhook-timestamp".into(), SVIX_TS.to_string()),
        ("webhook-signature".into(), signature.into()),
    ]
}

fn signature_of(signed: &[(String, String)]) -> &str {
    &signed
        .iter()
        .find(|(name, _)| name == "webhook-signature")
        .expect("a signature header")
        .1
}

fn check(keys: &[&str], signature: &str) -> Verification {
    check_body(keys, signature, SVIX_BODY)
}

fn check_body(keys: &[&str], signature: &str, body: &[u8]) -> Verification {
    verify(
        &Scheme::StandardWebhooks,
        &owned(keys),
        &headers(signature),
        body,
        SVIX_TS,
        TOL,
    )
}

fn invalid(v: &Verification) -> (InvalidReason, String, Option<LikelyCause>) {
    match v {
        Verification::Invalid {
            reason,
            message,
            likely_cause,
        } => (*reason, message.clone(), *likely_cause),
        other => panic!("expected an invalid verdict, got {other:?}"),
    }
}

#[test]
fn svix_vector_is_reproduced_by_sign_and_accepted_with_the_public_key() {
    let signed = sign(
        &Scheme::StandardWebhooks,
        &owned(&[SVIX_SECRET]),
        &svix_message(),
    )
    .unwrap();
    assert_eq!(signature_of(&signed), SVIX_V1A);
    assert_eq!(key_pair_of(SVIX_SECRET).unwrap().public_key, SVIX_PUBLIC);
    for key in [SVIX_PUBLIC, SVIX_SECRET] {
        assert_eq!(
            check(&[key], SVIX_V1A),
            Verification::Valid { secret_index: 0 },
            "{key}"
        );
    }
}

#[test]
fn a_bare_32_byte_seed_signs_as_the_full_secret_key_does() {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let pair = b64.decode(&SVIX_SECRET["whsk_".len()..]).unwrap();
    let seed = format!("whsk_{}", b64.encode(&pair[..32]));
    let signed = sign(&Scheme::StandardWebhooks, &owned(&[&seed]), &svix_message()).unwrap();
    assert_eq!(signature_of(&signed), SVIX_V1A);
    assert_eq!(key_pair_of(&seed).unwrap().secret_key, SVIX_SECRET);
}

#[test]
fn generated_pairs_sign_and_verify_and_differ_each_time() {
    let first = generate_key_pair().unwrap();
    let second = generate_key_pair().unwrap();
    assert_ne!(first.secret_key, second.secret_key);
    assert!(first.secret_key.starts_with("whsk_") && first.public_key.starts_with("whpk_"));
    assert_eq!(key_pair_of(&first.secret_key).unwrap(), first);
    let body = br#"{"type":"user.created"}"#;
    let message = Message {
        id: SVIX_ID,
        timestamp: SVIX_TS,
        body,
    };
    let signed = sign(
        &Scheme::StandardWebhooks,
        &owned(&[&first.secret_key]),
        &message,
    )
    .unwrap();
    let signature = signature_of(&signed);
    assert!(signature.starts_with("v1a,"), "{signature}");
    assert!(check_body(&[&first.public_key], signature, body).is_valid());
    let (reason, message, cause) = invalid(&check_body(&[&second.public_key], signature, body));
    assert_eq!(reason, InvalidReason::SignatureMismatch);
    assert_eq!(cause, Some(LikelyCause::WrongSecret));
    assert!(message.contains("whpk_"), "{message}");
}

#[test]
fn rotation_every_key_signs_newest_first_and_either_public_key_verifies() {
    let (old, new) = (generate_key_pair().unwrap(), generate_key_pair().unwrap());
    let signed = sign(
        &Scheme::StandardWebhooks,
        &owned(&[&old.secret_key, &new.secret_key]),
        &svix_message(),
    )
    .unwrap();
    let signature = signature_of(&signed);
    let entries: Vec<&str> = signature.split(' ').collect();
    assert_eq!(entries.len(), 2, "{signature}");
    assert!(
        check(&[&new.public_key], entries[0]).is_valid(),
        "newest first"
    );
    assert!(check(&[&old.public_key], entries[1]).is_valid());
    for (keys, index) in [
        (vec![old.public_key.as_str()], 0),
        (vec![new.public_key.as_str()], 0),
        (vec![SVIX_PUBLIC, old.public_key.as_str()], 1),
    ] {
        assert_eq!(
            check(&keys, signature),
            Verification::Valid {
                secret_index: index
            },
            "{keys:?}"
        );
    }
}

#[test]
fn rotation_from_a_whsec_secret_to_a_whsk_key_sends_both_kinds() {
    let signed = sign(
        &Scheme::StandardWebhooks,
        &owned(&[SPEC_WHSEC, SVIX_SECRET]),
        &svix_message(),
    )
    .unwrap();
    assert_eq!(signature_of(&signed), format!("{SVIX_V1A} {SPEC_V1}"));
    assert!(check(&[SPEC_WHSEC], signature_of(&signed)).is_valid());
    assert!(check(&[SVIX_PUBLIC], signature_of(&signed)).is_valid());
}

#[test]
fn a_mixed_header_verifies_when_any_entry_matches_a_key_of_its_kind() {
    // The spec's example header shape: a v1 entry then a v1a entry.
    let mixed = format!("v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= {SVIX_V1A}");
    assert_eq!(
        check(&[SVIX_PUBLIC], &mixed),
        Verification::Valid { secret_index: 0 }
    );
    let both = format!("{SPEC_V1} v1a,{}", "A".repeat(86) + "==");
    assert_eq!(
        check(&["whsec_c2Vjb25k", SPEC_WHSEC], &both),
        Verification::Valid { secret_index: 1 }
    );
    // Keys of both kinds, each at its own index.
    assert_eq!(
        check(&[SPEC_WHSEC, SVIX_PUBLIC], &mixed),
        Verification::Valid { secret_index: 1 }
    );
    // Neither verifies: one mismatch that speaks of both versions.
    let other = generate_key_pair().unwrap();
    let (reason, message, _) = invalid(&check(&[SPEC_WHSEC, &other.public_key], &mixed));
    assert_eq!(reason, InvalidReason::SignatureMismatch);
    assert!(
        message.contains("v1 (HMAC)") && message.contains("v1a (ed25519)"),
        "{message}"
    );
}

#[test]
fn a_header_without_an_entry_of_the_keys_kind_is_a_version_mismatch() {
    let (reason, message, _) = invalid(&check(&[SPEC_WHSEC], SVIX_V1A));
    assert_eq!(reason, InvalidReason::VersionMismatch);
    assert!(
        message.contains("only v1a") && message.contains("whpk_"),
        "{message}"
    );

    let (reason, message, _) = invalid(&check(&[SVIX_PUBLIC], SPEC_V1));
    assert_eq!(reason, InvalidReason::VersionMismatch);
    assert!(
        message.contains("only v1 ") && message.contains("whsec_"),
        "{message}"
    );
}

#[test]
fn a_correct_v1a_signature_outside_the_tolerance_is_stale_or_future() {
    let at = |now: i64| {
        verify(
            &Scheme::StandardWebhooks,
            &owned(&[SVIX_PUBLIC]),
            &headers(SVIX_V1A),
            SVIX_BODY,
            now,
            TOL,
        )
    };
    assert_eq!(invalid(&at(SVIX_TS + 301)).0, InvalidReason::StaleTimestamp);
    assert_eq!(
        invalid(&at(SVIX_TS - 301)).0,
        InvalidReason::FutureTimestamp
    );
    assert!(at(SVIX_TS + 300).is_valid());
    // A wrong key with a stale timestamp is a mismatch that also mentions the age.
    let other = generate_key_pair().unwrap().public_key;
    let stale_mismatch = verify(
        &Scheme::StandardWebhooks,
        &owned(&[&other]),
        &headers(SVIX_V1A),
        SVIX_BODY,
        SVIX_TS + 3_600,
        TOL,
    );
    let (reason, message, _) = invalid(&stale_mismatch);
    assert_eq!(reason, InvalidReason::SignatureMismatch);
    assert!(message.contains("old"), "{message}");
}

#[test]
fn a_v1a_mismatch_names_the_usual_sender_mistakes() {
    let pair = generate_key_pair().unwrap();
    let keys = owned(&[&pair.secret_key]);
    let sign_content = |id: &str, body: &[u8]| {
        let signed = sign(
            &Scheme::StandardWebhooks,
            &keys,
            &Message {
                id,
                timestamp: SVIX_TS,
                body,
            },
        )
        .unwrap();
        signature_of(&signed).to_string()
    };
    let pretty = b"{\n  \"b\": 1,\n  \"a\": 2\n}";
    let compact = br#"{"b":1,"a":2}"#;
    // Signed over a pretty body, a compact one arrived.
    let sig = sign_content(SVIX_ID, pretty);
    let cause = invalid(&check_body(&[&pair.public_key], &sig, compact)).2;
    assert_eq!(cause, Some(LikelyCause::BodyReserialized));
    // Signed over the body alone: sign "" as the id and strip it by signing the raw body.
    let body_alone = {
        use base64::Engine as _;
        use ed25519_dalek::Signer;
        let b64 = base64::engine::general_purpose::STANDARD;
        let bytes: [u8; 64] = b64
            .decode(&pair.secret_key[5..])
            .unwrap()
            .try_into()
            .unwrap();
        let key = ed25519_dalek::SigningKey::from_keypair_bytes(&bytes).unwrap();
        format!("v1a,{}", b64.encode(key.sign(compact).to_bytes()))
    };
    let cause = invalid(&check_body(&[&pair.public_key], &body_alone, compact)).2;
    assert_eq!(cause, Some(LikelyCause::TimestampNotSigned));
    // A changed body.
    let sig = sign_content(SVIX_ID, compact);
    let (reason, _, cause) = invalid(&check_body(&[&pair.public_key], &sig, br#"{"b":1,"a":3}"#));
    assert_eq!(reason, InvalidReason::SignatureMismatch);
    assert_eq!(cause, Some(LikelyCause::WrongSecret));
}

#[test]
fn malformed_keys_are_refused_with_what_is_wrong() {
    let cases = [
        (SVIX_DAMAGED, "not the public key of its first half"),
        (&SVIX_SECRET[..SVIX_SECRET.len() - 3], "not base64"),
        ("whsk_c2hvcnQ=", "decodes to 5 bytes"),
        ("whpk_%%%", "not base64"),
        (
            "whpk_c2hvcnQ=",
            "decodes to 5 bytes, but an ed25519 public key is 32 bytes",
        ),
        // 32 bytes of 0x02 do not decode to a point of the curve.
        (
            "whpk_AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=",
            "not a point of the curve",
        ),
        // The identity point: of small order, anyone can forge for it.
        ("whpk_AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "weak"),
    ];
    for (key, expected) in cases {
        let (reason, message, _) = invalid(&check(&[key], SVIX_V1A));
        assert_eq!(reason, InvalidReason::InvalidSecret, "{key}: {message}");
        assert!(message.contains(expected), "{key}: {message}");
        assert!(message.starts_with("secret 1 "), "{key}: {message}");
        if key.starts_with("whsk_") {
            let error =
                sign(&Scheme::StandardWebhooks, &owned(&[key]), &svix_message()).unwrap_err();
            assert!(matches!(
                error,
                SigningError::InvalidKey { index: Some(0), .. }
            ));
            assert!(error.to_string().contains(expected), "{error}");
        }
    }
    // Unusable keys of both kinds, for a header with both versions: still invalid_secret.
    let mixed = format!("{SPEC_V1} {SVIX_V1A}");
    let (reason, message, _) = invalid(&check(&["whsec_%%%", "whpk_%%%"], &mixed));
    assert_eq!(reason, InvalidReason::InvalidSecret, "{message}");
    assert!(
        message.contains("secret 1") && message.contains("secret 2"),
        "{message}"
    );
    // A usable key next to a malformed one still verifies; a mismatch mentions the bad one.
    assert!(check(&["whpk_%%%", SVIX_PUBLIC], SVIX_V1A).is_valid());
    let other = generate_key_pair().unwrap().public_key;
    let (_, message, _) = invalid(&check(&["whpk_%%%", &other], SVIX_V1A));
    assert!(message.contains("Also: secret 1"), "{message}");
}

#[test]
fn a_public_key_cannot_sign() {
    let error = sign(
        &Scheme::StandardWebhooks,
        &owned(&[SPEC_WHSEC, SVIX_PUBLIC]),
        &svix_message(),
    )
    .unwrap_err();
    assert_eq!(error, SigningError::PublicKeyCannotSign { index: 1 });
    let text = error.to_string();
    assert!(
        text.contains("secret 2") && text.contains("whsk_"),
        "{text}"
    );
}

#[test]
fn key_pair_of_takes_only_a_secret_key() {
    for (key, expected) in [
        (SVIX_PUBLIC, "is a whpk_ public key"),
        (SPEC_WHSEC, "does not start with \"whsk_\""),
        (SVIX_DAMAGED, "the key is damaged"),
    ] {
        let error = key_pair_of(key).unwrap_err().to_string();
        assert!(error.contains(expected), "{key}: {error}");
    }
}

#[test]
fn malformed_v1a_entries_are_a_malformed_header() {
    for entry in ["v1a,%%%", "v1a,c2hvcnQ="] {
        let (reason, message, _) = invalid(&check(&[SVIX_PUBLIC], entry));
        assert_eq!(reason, InvalidReason::MalformedHeader, "{entry}: {message}");
        assert!(message.contains("64-byte signature"), "{message}");
    }
    // A malformed entry next to a good one is skipped, as the spec says to try each.
    assert!(check(&[SVIX_PUBLIC], &format!("v1a,%%% {SVIX_V1A}")).is_valid());
}
