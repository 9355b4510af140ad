//! One case per accepted and refused form of the `terra-signature` header.

use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use tryterra_core::models::Mismatches as _;
use tryterra_core::webhook::{
    ALT_SIGNATURE_HEADER, MAX_HEADER_LEN, SIGNATURE_HEADER, TRACE_ID_HEADER, Verifier,
    WebhookError, check_terra_signature, compute_signature, sign,
};

const SECRET: &str = "whsec_table_test";
const NOW: i64 = 1_767_225_600;
const BODY: &[u8] = br#"{"type":"healthcheck","status":"success"}"#;

/// The v1 of `body` at `t` under the test secret.
fn v1(t: i64, body: &[u8]) -> String {
    compute_signature(SECRET.as_bytes(), t, body)
}

/// The v1 over an arbitrary `t` text (for leading zeros).
fn v1_text(t: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(t.as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

struct Case {
    name: &'static str,
    header: String,
    body: Vec<u8>,
    now: i64,
    expect: Result<i64, WebhookError>,
}

fn case(name: &'static str, header: String, expect: Result<i64, WebhookError>) -> Case {
    Case {
        name,
        header,
        body: BODY.to_vec(),
        now: NOW,
        expect,
    }
}

fn cases() -> Vec<Case> {
    use WebhookError as E;
    let good = v1(NOW, BODY);
    let other = compute_signature(b"another secret", NOW, BODY);
    let old = NOW - 300;
    let new = NOW + 300;
    let mut list = vec![
        // --- accepted ---
        case("canonical", sign(SECRET.as_bytes(), NOW, BODY), Ok(NOW)),
        case(
            "two v1, the second matches",
            format!("t={NOW},v1={other},v1={good}"),
            Ok(NOW),
        ),
        case(
            "two v1, the first matches",
            format!("t={NOW},v1={good},v1={other}"),
            Ok(NOW),
        ),
        case(
            "keys in another order",
            format!("v1={good},t={NOW}"),
            Ok(NOW),
        ),
        case(
            "v0 present (ignored)",
            format!("t={NOW},v0={other},v1={good}"),
            Ok(NOW),
        ),
        case(
            "v0 with a value that is not hex (ignored)",
            format!("v0=not-hex,t={NOW},v1={good}"),
            Ok(NOW),
        ),
        case(
            "unknown scheme v2 (ignored)",
            format!("t={NOW},v1={good},v2=whatever"),
            Ok(NOW),
        ),
        case(
            "spaces and tabs around items",
            format!("  t={NOW} ,\tv1={good}\t, v0=x "),
            Ok(NOW),
        ),
        case(
            "uppercase hex (accepted: same 32 bytes)",
            format!("t={NOW},v1={}", good.to_uppercase()),
            Ok(NOW),
        ),
        case(
            "mixed-case hex (accepted)",
            format!(
                "t={NOW},v1={}{}",
                good[..32].to_uppercase(),
                good[32..].to_owned()
            ),
            Ok(NOW),
        ),
        case(
            "stale by exactly the tolerance",
            format!("t={old},v1={}", v1(old, BODY)),
            Ok(old),
        ),
        case(
            "ahead by exactly the tolerance",
            format!("t={new},v1={}", v1(new, BODY)),
            Ok(new),
        ),
        case(
            "leading zeros in t (the MAC covers the digits as sent)",
            format!("t=0{NOW},v1={}", v1_text(&format!("0{NOW}"), BODY)),
            Ok(NOW),
        ),
        // --- refused: header shape ---
        case("empty header", String::new(), Err(E::MissingHeader)),
        case("blank header", "  \t ".to_owned(), Err(E::MissingHeader)),
        case(
            "not key=value",
            "garbage".to_owned(),
            Err(E::MalformedHeader {
                reason: "an item is not of the form key=value",
            }),
        ),
        case(
            "semicolon instead of comma",
            format!("t={NOW};v1={good}"),
            Err(E::InvalidTimestamp),
        ),
        case(
            "trailing comma",
            format!("t={NOW},v1={good},"),
            Err(E::MalformedHeader {
                reason: "an item between commas is empty",
            }),
        ),
        case(
            "spaces around '='",
            format!("t = {NOW},v1={good}"),
            Err(E::MalformedHeader {
                reason: "a key contains characters other than letters, digits, '-' and '_'",
            }),
        ),
        case(
            "empty key",
            format!("t={NOW},={good}"),
            Err(E::MalformedHeader {
                reason: "an item has an empty key",
            }),
        ),
        case(
            "non-ASCII",
            format!("t={NOW},v1={good},v0=\u{e9}t\u{e9}"),
            Err(E::MalformedHeader {
                reason: "the value contains characters other than visible ASCII, space and tab",
            }),
        ),
        case(
            "NUL byte",
            format!("t={NOW}\0,v1={good}"),
            Err(E::MalformedHeader {
                reason: "the value contains characters other than visible ASCII, space and tab",
            }),
        ),
        case(
            "100 KB header",
            format!("t={NOW},v1={good},v0={}", "a".repeat(100 * 1024)),
            Err(E::HeaderTooLong {
                len: 100 * 1024 + 84,
                max: MAX_HEADER_LEN,
            }),
        ),
        // --- refused: timestamp ---
        case("no t", format!("v1={good}"), Err(E::MissingTimestamp)),
        case(
            "t spelled T (keys are case-sensitive)",
            format!("T={NOW},v1={good}"),
            Err(E::MissingTimestamp),
        ),
        case(
            "duplicated t, same value",
            format!("t={NOW},v1={good},t={NOW}"),
            Err(E::DuplicateTimestamp),
        ),
        case(
            "duplicated t, different values",
            format!("t={NOW},t={},v1={good}", NOW - 1),
            Err(E::DuplicateTimestamp),
        ),
        case("empty t", format!("t=,v1={good}"), Err(E::InvalidTimestamp)),
        case(
            "negative t",
            format!("t=-{NOW},v1={good}"),
            Err(E::InvalidTimestamp),
        ),
        case(
            "t with a plus sign",
            format!("t=+{NOW},v1={good}"),
            Err(E::InvalidTimestamp),
        ),
        case(
            "t with a fraction",
            format!("t={NOW}.5,v1={good}"),
            Err(E::InvalidTimestamp),
        ),
        case(
            "t beyond i64",
            format!("t=99999999999999999999,v1={good}"),
            Err(E::InvalidTimestamp),
        ),
        case(
            "stale by tolerance + 1 s",
            format!("t={},v1={}", old - 1, v1(old - 1, BODY)),
            Err(E::TimestampTooOld {
                age: Duration::from_secs(301),
            }),
        ),
        case(
            "ahead by tolerance + 1 s",
            format!("t={},v1={}", new + 1, v1(new + 1, BODY)),
            Err(E::TimestampInFuture {
                ahead: Duration::from_secs(301),
            }),
        ),
        case(
            "t = i64::MAX (huge, properly signed)",
            format!("t={},v1={}", i64::MAX, v1(i64::MAX, BODY)),
            Err(E::TimestampInFuture {
                ahead: Duration::from_secs((i64::MAX - NOW) as u64),
            }),
        ),
        // --- refused: signatures ---
        case("no v1", format!("t={NOW}"), Err(E::NoSignature)),
        case("only v0", format!("t={NOW},v0={good}"), Err(E::NoSignature)),
        case(
            "64 hex digits plus trailing junk",
            format!("t={NOW},v1={good}zz"),
            Err(E::InvalidHex),
        ),
        case(
            "65 hex digits",
            format!("t={NOW},v1={good}0"),
            Err(E::InvalidHex),
        ),
        case(
            "63 hex digits",
            format!("t={NOW},v1={}", &good[1..]),
            Err(E::InvalidHex),
        ),
        case(
            "64 characters, one not hex",
            format!("t={NOW},v1={}g", &good[1..]),
            Err(E::InvalidHex),
        ),
        case(
            "a good v1 next to a malformed one (every v1 must be well formed)",
            format!("t={NOW},v1={good},v1=abc"),
            Err(E::InvalidHex),
        ),
        case("empty v1", format!("t={NOW},v1="), Err(E::InvalidHex)),
        case(
            "signed with another secret",
            format!("t={NOW},v1={other}"),
            Err(E::SignatureMismatch),
        ),
        case(
            "timestamp changed after signing",
            format!("t={},v1={good}", NOW + 1),
            Err(E::SignatureMismatch),
        ),
        case(
            "stale and forged: the signature is judged first",
            format!("t={},v1={good}", NOW - 10_000),
            Err(E::SignatureMismatch),
        ),
    ];

    // The body changed after signing.
    list.push(Case {
        name: "body changed after signing",
        header: sign(SECRET.as_bytes(), NOW, BODY),
        body: br#"{"type":"healthcheck","status":"error"}"#.to_vec(),
        now: NOW,
        expect: Err(E::SignatureMismatch),
    });
    // Raw bytes that are not UTF-8 are signed and checked like any others.
    let binary = vec![0xff, 0xfe, 0x00, 0x80, b'{'];
    list.push(Case {
        name: "non-UTF-8 body, signed",
        header: sign(SECRET.as_bytes(), NOW, &binary),
        body: binary.clone(),
        now: NOW,
        expect: Ok(NOW),
    });
    list.push(Case {
        name: "non-UTF-8 body, tampered",
        header: sign(SECRET.as_bytes(), NOW, &binary),
        body: vec![0xff, 0xfe, 0x00, 0x81, b'{'],
        now: NOW,
        expect: Err(E::SignatureMismatch),
    });
    list.push(Case {
        name: "empty body, signed",
        header: sign(SECRET.as_bytes(), NOW, b""),
        body: Vec::new(),
        now: NOW,
        expect: Ok(NOW),
    });
    // Extreme clocks: no overflow in |now - t|.
    list.push(Case {
        name: "t = 0 seen at now = i64::MAX",
        header: format!("t=0,v1={}", v1(0, BODY)),
        body: BODY.to_vec(),
        now: i64::MAX,
        expect: Err(E::TimestampTooOld {
            age: Duration::from_secs(i64::MAX as u64),
        }),
    });
    list.push(Case {
        name: "t = i64::MAX seen at now = i64::MIN",
        header: format!("t={},v1={}", i64::MAX, v1(i64::MAX, BODY)),
        body: BODY.to_vec(),
        now: i64::MIN,
        expect: Err(E::TimestampInFuture {
            ahead: Duration::from_secs(u64::MAX),
        }),
    });
    list.push(Case {
        name: "t = 0 at now = tolerance",
        header: format!("t=0,v1={}", v1(0, BODY)),
        body: BODY.to_vec(),
        now: 300,
        expect: Ok(0),
    });
    list
}

#[test]
fn table() {
    let verifier = Verifier::new(SECRET);
    let mut failures = Vec::new();
    let all = cases();
    for c in &all {
        let got = verifier
            .verify(&c.body, &c.header, c.now)
            .map(|v| v.timestamp);
        if got != c.expect {
            failures.push(format!(
                "{}: expected {:?}, got {:?}",
                c.name, c.expect, got
            ));
        }
        // The yes/no convenience agrees with the verifier.
        assert_eq!(
            check_terra_signature(SECRET.as_bytes(), &c.body, &c.header, c.now),
            c.expect.is_ok(),
            "{}",
            c.name
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(all.len() >= 50, "{} cases", all.len());
}

#[test]
fn header_length_limit_is_inclusive() {
    let verifier = Verifier::new(SECRET);
    let base = sign(SECRET.as_bytes(), NOW, BODY);
    let at_limit = format!("{base}{}", " ".repeat(MAX_HEADER_LEN - base.len()));
    assert_eq!(at_limit.len(), MAX_HEADER_LEN);
    assert_eq!(
        verifier.verify(BODY, &at_limit, NOW).unwrap().timestamp,
        NOW
    );
    let over = format!("{at_limit} ");
    assert_eq!(
        verifier.verify(BODY, &over, NOW).unwrap_err(),
        WebhookError::HeaderTooLong {
            len: MAX_HEADER_LEN + 1,
            max: MAX_HEADER_LEN
        }
    );
}

#[test]
fn seed_known_answer() {
    let header = "t=10,v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b";
    assert_eq!(sign(b"secret", 10, b"b"), header);
    let verifier = Verifier::new("secret");
    assert_eq!(verifier.verify(b"b", header, 10).unwrap().timestamp, 10);
    assert_eq!(
        verifier.verify(b"b", header, 311).unwrap_err(),
        WebhookError::TimestampTooOld {
            age: Duration::from_secs(301)
        }
    );
}

#[test]
fn tolerance_is_configurable() {
    let verifier = Verifier::new(SECRET).with_tolerance(Duration::from_secs(5));
    assert_eq!(verifier.tolerance(), Duration::from_secs(5));
    let header = sign(SECRET.as_bytes(), NOW, BODY);
    assert!(verifier.verify(BODY, &header, NOW + 5).is_ok());
    assert_eq!(
        verifier.verify(BODY, &header, NOW + 6).unwrap_err(),
        WebhookError::TimestampTooOld {
            age: Duration::from_secs(6)
        }
    );
    assert_eq!(
        verifier.verify(BODY, &header, NOW - 6).unwrap_err(),
        WebhookError::TimestampInFuture {
            ahead: Duration::from_secs(6)
        }
    );
    // Zero tolerance: only the exact second.
    let strict = Verifier::new(SECRET).with_tolerance(Duration::ZERO);
    assert!(strict.verify(BODY, &header, NOW).is_ok());
    assert!(strict.verify(BODY, &header, NOW + 1).is_err());
    // A huge tolerance does not overflow either.
    let lax = Verifier::new(SECRET).with_tolerance(Duration::MAX);
    assert!(lax.verify(BODY, &header, i64::MIN).is_ok());
}

#[test]
fn verify_then_parse() {
    let verifier = Verifier::new(SECRET);
    let header = sign(SECRET.as_bytes(), NOW, BODY);
    let event = verifier.verify_and_parse(BODY, &header, NOW).unwrap();
    assert_eq!(
        serde_json::to_value(&event).unwrap(),
        serde_json::json!({"type": "healthcheck", "status": "success"})
    );

    // Authentic but not JSON: a decode error (answer 400).
    let junk = b"<html>not json</html>";
    let err = verifier
        .verify_and_parse(junk, &sign(SECRET.as_bytes(), NOW, junk), NOW)
        .unwrap_err();
    let WebhookError::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert!(decode.message.contains("HTML"), "{}", decode.message);
    assert_eq!(decode.status, None);
    assert_eq!(err.status(), 400);
    assert!(!err.is_signature_error());

    // A mistyped field does not lose the delivery; a strict verifier
    // refuses it, naming the field even when `type` comes last (sorted keys).
    let sorted = br#"{"data":[{"metadata":{"type":"run"}}],"type":"activity"}"#;
    let header = sign(SECRET.as_bytes(), NOW, sorted);
    let event = verifier.verify_and_parse(sorted, &header, NOW).unwrap();
    assert_eq!(event.mismatches()[0].path, "data[0].metadata.type");
    let err = verifier
        .clone()
        .strict()
        .verify_and_parse(sorted, &header, NOW)
        .unwrap_err();
    let WebhookError::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "data[0].metadata.type");

    // Not authentic and not JSON: the signature error wins, the parser never runs.
    let err = verifier
        .verify_and_parse(junk, &sign(b"wrong", NOW, junk), NOW)
        .unwrap_err();
    assert_eq!(err, WebhookError::SignatureMismatch);
    assert_eq!(err.status(), 401);

    // Non-UTF-8 body with a valid signature: decode error, no panic.
    let binary = [0xffu8, 0xfe, 0xfd];
    let err = verifier
        .verify_and_parse(&binary, &sign(SECRET.as_bytes(), NOW, &binary), NOW)
        .unwrap_err();
    assert!(matches!(err, WebhookError::Decode(_)), "{err:?}");
}

/// An authentic activity delivery with one mistyped value in its second
/// record: accepted by default, every record decoded, the odd value kept at
/// its place and reported; refused only by a strict verifier.
#[test]
fn authentic_delivery_with_a_mistyped_field_is_accepted() {
    use tryterra_core::models::{ActivityType, DecodeMode, Event, Mismatches};

    let record = |i: u32, hr: serde_json::Value| {
        serde_json::json!({
            "metadata": {"type": 8, "summary_id": format!("s{i}"), "name": "Run",
                         "start_time": "2022-10-28T10:00:00.000000+01:00"},
            "heart_rate_data": {"summary": {"avg_hr_bpm": hr, "max_hr_bpm": 170.5}},
            "calories_data": {"total_burned_calories": 400.5}
        })
    };
    let data: Vec<serde_json::Value> = (0..3)
        .map(|i| {
            record(
                i,
                if i == 1 {
                    "72".into()
                } else {
                    (140.5 + f64::from(i)).into()
                },
            )
        })
        .collect();
    let body = serde_json::to_vec(&serde_json::json!({
        "type": "activity",
        "user": {"user_id": "u1", "provider": "GARMIN"},
        "data": data,
    }))
    .unwrap();
    let header = sign(SECRET.as_bytes(), NOW, &body);
    let verifier = Verifier::new(SECRET);
    assert_eq!(verifier.decode_mode(), DecodeMode::Tolerant);
    let request = request(&[(SIGNATURE_HEADER, header.as_bytes())], &body);
    let event = verifier.verify_request(&request, NOW).unwrap();
    let Event::Activity(activity) = &event else {
        panic!("{event:?}")
    };
    let records = activity.data.as_ref().unwrap();
    assert_eq!(records.len(), 3);
    assert!(records.raw().is_empty());
    for (i, r) in records.iter().enumerate() {
        let meta = r.metadata.as_ref().unwrap();
        assert_eq!(meta.r#type, Some(ActivityType::Running));
        assert_eq!(meta.summary_id.as_deref(), Some(format!("s{i}").as_str()));
        assert_eq!(
            r.calories_data.as_ref().unwrap().total_burned_calories,
            Some(400.5)
        );
        let hr = r
            .heart_rate_data
            .as_ref()
            .unwrap()
            .summary
            .as_ref()
            .unwrap();
        assert_eq!(hr.max_hr_bpm, Some(170.5));
        if i == 1 {
            assert_eq!(hr.avg_hr_bpm, None);
            assert_eq!(hr.extra["avg_hr_bpm"], "72");
        } else {
            assert_eq!(hr.avg_hr_bpm, Some(140.5 + i as f64));
        }
    }
    let report = event.mismatches();
    assert_eq!(report.len(), 1);
    assert_eq!(
        report[0].to_string(),
        "data[1].heart_rate_data.summary.avg_hr_bpm: expected number, found string"
    );
    // Re-encoding gives back what was sent (the numbers here are floats,
    // which encode as they were written).
    assert_eq!(
        serde_json::to_value(&event).unwrap(),
        serde_json::from_slice::<serde_json::Value>(&body).unwrap()
    );
    // Strict verification refuses the same delivery, naming the field.
    let strict = Verifier::new(SECRET).with_decode_mode(DecodeMode::Strict);
    let WebhookError::Decode(d) = strict.verify_request(&request, NOW).unwrap_err() else {
        panic!()
    };
    assert_eq!(d.path, "data[1].heart_rate_data.summary.avg_hr_bpm");
}

fn request(headers: &[(&str, &[u8])], body: &[u8]) -> http::Request<Vec<u8>> {
    let mut builder = http::Request::post("/webhook");
    for (name, value) in headers {
        builder = builder.header(*name, http::HeaderValue::from_bytes(value).unwrap());
    }
    builder.body(body.to_vec()).unwrap()
}

#[test]
fn verify_request_finds_the_header() {
    let verifier = Verifier::new(SECRET);
    let header = sign(SECRET.as_bytes(), NOW, BODY);
    let expected = serde_json::json!({"type": "healthcheck", "status": "success"});

    for name in [
        SIGNATURE_HEADER,
        ALT_SIGNATURE_HEADER,
        "Terra-Signature",
        "X-Terra-Signature",
        "X-TERRA-SIGNATURE",
    ] {
        let req = request(&[(name, header.as_bytes())], BODY);
        let event = verifier.verify_request(&req, NOW).unwrap();
        assert_eq!(serde_json::to_value(&event).unwrap(), expected, "{name}");
    }

    // Both names with the same value: fine.
    let req = request(
        &[
            (SIGNATURE_HEADER, header.as_bytes()),
            (ALT_SIGNATURE_HEADER, header.as_bytes()),
        ],
        BODY,
    );
    assert!(verifier.verify_request(&req, NOW).is_ok());

    // Two different values: refused, whichever would match.
    let other = sign(SECRET.as_bytes(), NOW - 1, BODY);
    let req = request(
        &[
            (SIGNATURE_HEADER, header.as_bytes()),
            (ALT_SIGNATURE_HEADER, other.as_bytes()),
        ],
        BODY,
    );
    assert!(matches!(
        verifier.verify_request(&req, NOW),
        Err(WebhookError::MalformedHeader { .. })
    ));

    // No header at all.
    let req = request(&[("content-type", b"application/json")], BODY);
    assert_eq!(
        verifier.verify_request(&req, NOW).unwrap_err(),
        WebhookError::MissingHeader
    );

    // Bytes beyond ASCII in the header value.
    let req = request(&[(SIGNATURE_HEADER, b"t=1,v1=\xe9\xe9")], BODY);
    assert!(matches!(
        verifier.verify_request(&req, NOW),
        Err(WebhookError::MalformedHeader { .. })
    ));

    // A 100 KB header.
    let long = format!("{header},v0={}", "0".repeat(100 * 1024));
    let req = request(&[(SIGNATURE_HEADER, long.as_bytes())], BODY);
    assert!(matches!(
        verifier.verify_request(&req, NOW),
        Err(WebhookError::HeaderTooLong { .. })
    ));

    // Tampered body.
    let req = request(&[(SIGNATURE_HEADER, header.as_bytes())], b"{}");
    assert_eq!(
        verifier.verify_request(&req, NOW).unwrap_err(),
        WebhookError::SignatureMismatch
    );
}

#[test]
fn verify_delivery_reports_trace_id_and_signature() {
    let verifier = Verifier::new(SECRET);
    let header = sign(SECRET.as_bytes(), NOW, BODY);
    let req = request(
        &[
            (SIGNATURE_HEADER, header.as_bytes()),
            (TRACE_ID_HEADER, b" 0b6c1f5e-1d5e-4a43-9d55-2c7f3f0d8a11 "),
        ],
        BODY,
    );
    let delivery = verifier.verify_delivery(&req, NOW).unwrap();
    assert_eq!(
        delivery.trace_id.as_deref(),
        Some("0b6c1f5e-1d5e-4a43-9d55-2c7f3f0d8a11")
    );
    assert_eq!(delivery.signature.timestamp, NOW);
    assert_eq!(delivery.signature.signature_hex(), v1(NOW, BODY));

    let req = request(&[(SIGNATURE_HEADER, header.as_bytes())], BODY);
    assert_eq!(verifier.verify_delivery(&req, NOW).unwrap().trace_id, None);
}

#[test]
fn nothing_panics_on_odd_input() {
    let verifier = Verifier::new(SECRET);
    let odd = [
        "",
        ",",
        "=",
        "==",
        "t",
        "t=",
        "v1",
        "t=1,v1",
        "\u{0}",
        "\u{1F600}",
        "t=\u{1F600},v1=\u{1F600}",
        "t=18446744073709551616,v1=0",
        "t=1,v1=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}",
    ];
    for header in odd {
        for now in [i64::MIN, -1, 0, NOW, i64::MAX] {
            assert!(
                verifier.verify(b"\xff\xff", header, now).is_err(),
                "{header:?}"
            );
            assert!(verifier.verify_and_parse(b"", header, now).is_err());
        }
    }
    let huge = "t=1,".repeat(25_000);
    assert!(matches!(
        verifier.verify(BODY, &huge, NOW),
        Err(WebhookError::HeaderTooLong { len: 100_000, .. })
    ));
}
