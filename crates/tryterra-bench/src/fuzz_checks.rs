//! The checks behind the fuzz targets in `fuzz/`, as plain functions so the
//! committed seeds and any input that once found a bug also run as unit
//! tests (`crates/tryterra-bench/tests/fuzz_regressions.rs`).
//!
//! Each function panics only when it finds a bug (a panic inside the SDK,
//! or a broken invariant); any input is otherwise fine.

use serde::Serialize;
use serde::de::DeserializeOwned;
use tryterra_core::models::{self, Checked, DecodeMode, Event, Mismatch, Mismatches, Strict};
use tryterra_core::webhook::{Verifier, WebhookError, check_terra_signature, sign};

use crate::ops::AnyOperation;

const NOW: i64 = 1_767_225_600;
const SECRET: &str = "fuzz-secret";

/// The signature header parser and verifier. Layout of `data`: two bytes
/// giving the header length (little endian, modulo the input length), the
/// header, then the body.
///
/// Any header against any body gives `Ok` or a `WebhookError`; an accepted
/// header is within the tolerance; a header made by `sign` (with a secret
/// and timestamp taken from the input) is accepted, and refused once a body
/// byte is flipped.
pub fn signature_header(data: &[u8]) {
    if data.len() < 2 {
        return;
    }
    let split = usize::from(u16::from_le_bytes([data[0], data[1]])) % (data.len() - 1);
    let (header, body) = data[2..].split_at(split.min(data.len() - 2));
    let header = String::from_utf8_lossy(header);
    let verifier = Verifier::new(SECRET);
    match verifier.verify(body, &header, NOW) {
        Ok(v) => assert!(
            v.timestamp.abs_diff(NOW) <= 300,
            "accepted out of tolerance"
        ),
        Err(e) => {
            let _ = e.to_string();
            let _ = e.status();
        }
    }
    let _ = check_terra_signature(SECRET.as_bytes(), body, &header, NOW);

    let cut = header
        .char_indices()
        .nth(32)
        .map_or(header.len(), |(i, _)| i);
    let secret = header[..cut].to_owned();
    let t = NOW - i64::from(data[0] % 200);
    let signed = sign(secret.as_bytes(), t, body);
    let own = Verifier::new(secret.as_str());
    let result = own.verify(body, &signed, NOW);
    assert!(result.is_ok(), "own signature refused: {result:?}");
    if !body.is_empty() {
        let mut flipped = body.to_vec();
        flipped[0] ^= 1;
        assert_eq!(
            own.verify(&flipped, &signed, NOW),
            Err(WebhookError::SignatureMismatch)
        );
    }
}

/// `Verifier::verify_and_parse` on `data` as the body with a valid
/// signature (so the JSON decoder is reached), and with the input's first
/// line as the header and the rest as the body.
pub fn verify_and_parse(data: &[u8]) {
    let verifier = Verifier::new(SECRET);
    let header = sign(SECRET.as_bytes(), NOW - 1, data);
    match verifier.verify_and_parse(data, &header, NOW) {
        Ok(event) => {
            serde_json::to_vec(&event).expect("a decoded event encodes");
        }
        Err(e) => {
            assert!(!e.is_signature_error(), "valid signature refused: {e}");
            let _ = e.to_string();
        }
    }
    if let Some(pos) = data.iter().position(|&b| b == b'\n') {
        let (h, body) = data.split_at(pos);
        let h = String::from_utf8_lossy(h);
        let _ = verifier.verify_and_parse(&body[1..], &h, NOW);
    }
}

/// The byte-level decoder (`models::fast`) against serde's: the SDK's
/// webhook decode (`Event::from_slice`, which tries the fast path first)
/// gives the same event as serde's decode of `Event`, or both refuse; and
/// the typed client's decode of a data answer of each kind
/// (`GetData::parse_response`) gives the same answer as serde's decode of
/// `DataResponse`, and accepts nothing serde refuses.
pub fn fast_decode(data: &[u8]) {
    event_agrees(data);
    for kind in crate::Kind::ALL {
        crate::with_data_kind!(kind, K => data_answer_agrees::<K>(data));
    }
}

/// [`fast_decode`] with the data answer of `kind` only (for tests that
/// know what the bytes hold).
pub fn fast_decode_as(kind: crate::Kind, data: &[u8]) {
    event_agrees(data);
    crate::with_data_kind!(kind, K => data_answer_agrees::<K>(data));
}

fn event_agrees(data: &[u8]) {
    let ours = Event::from_slice(data);
    let theirs = serde_json::from_slice::<Event>(data);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the fast path and serde disagree"),
        (Err(_), Err(_)) => {}
        _ => panic!(
            "Event::from_slice {:?}, serde {:?}",
            ours.map(|_| ()),
            theirs.map(|_| ())
        ),
    }
}

fn data_answer_agrees<K: tryterra_core::ops::DataKind>(data: &[u8])
where
    K::Model: PartialEq,
{
    use tryterra_core::Operation as _;
    let start = tryterra_core::CalendarDate::new(2026, 1, 1).expect("a valid date");
    let response = http::Response::builder()
        .status(200)
        .body(data)
        .expect("a valid response");
    let ours = tryterra_core::ops::GetData::<K>::new("u", start).parse_response(response);
    let theirs = serde_json::from_slice::<tryterra_core::ops::DataResponse<K::Model>>(data);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a.value(), &b, "the fast path and serde disagree"),
        // The client also refuses answers without `data`.
        (Err(_), _) => {}
        (Ok(_), Err(e)) => panic!("the client accepted what serde refuses: {e}"),
    }
}

/// One operation's `parse_response`: byte 0 picks the operation, bytes 1–2
/// the status (100–999), the rest is the body. A typed value or a typed
/// `Error`, never a panic.
pub fn response_parsers(ops: &[(&'static str, Box<dyn AnyOperation>)], data: &[u8]) {
    if data.len() < 3 || ops.is_empty() {
        return;
    }
    let (_, op) = &ops[usize::from(data[0]) % ops.len()];
    let status = 100 + u16::from_le_bytes([data[1], data[2]]) % 900;
    let mut builder = http::Response::builder().status(status);
    if status == 429 {
        builder = builder.header("retry-after", "7");
    }
    builder = builder.header(
        "content-type",
        if data[1] & 1 == 0 {
            "application/json"
        } else {
            "application/problem+json"
        },
    );
    let response = builder
        .body(&data[3..])
        .expect("a status in 100..1000 is valid");
    if let Err(e) = op.parse(response) {
        let _ = e.to_string();
        let _ = format!("{e:?}");
    }
}

/// Any bytes as a webhook `Event`: `Ok` or a decode error, in both
/// modes. The tolerant decode (the default) accepts everything the strict
/// one does, with the same value and no mismatch, and whenever the strict
/// one refuses a document the tolerant one accepts, it reports a mismatch.
/// A decoded event encodes, and decoding the encoding gives the same event
/// with the same mismatches (decode → encode → decode is a fixed point).
///
/// Checking without keeping ([`models::Checked`]) accepts and refuses
/// exactly the same inputs, with the same error and the same mismatches.
pub fn event_decode(data: &[u8]) {
    let decoded = serde_json::from_slice::<Event>(data);
    let checked = serde_json::from_slice::<Checked<Event>>(data);
    assert_eq!(
        decoded.as_ref().err().map(ToString::to_string),
        checked.as_ref().err().map(|e| e.to_string()),
        "checking without keeping disagrees with decoding"
    );
    let strict = serde_json::from_slice::<Strict<Event>>(data);
    match (&decoded, &strict) {
        (Err(_), Ok(_)) => panic!("strict decoding accepts what tolerant decoding refuses"),
        (Ok(d), Ok(s)) => {
            assert_eq!(d, &s.0, "strict and tolerant decodes differ");
            assert!(d.fits(), "a strict decode left a mismatch");
        }
        (Ok(d), Err(_)) => assert!(!d.fits(), "strict refused a document with no mismatch"),
        (Err(_), Err(_)) => {}
    }
    if let Ok(event) = decoded {
        let report = event.mismatches();
        assert_eq!(
            report,
            checked.expect("checked like decoded").mismatches(),
            "checking reports other mismatches"
        );
        for m in &report {
            let _ = m.to_string();
        }
        let encoded = serde_json::to_vec(&event).expect("a decoded event encodes");
        let again: Event = serde_json::from_slice(&encoded).expect("an encoded event decodes");
        assert_eq!(event, again, "round trip changed the event");
        assert_eq!(report, again.mismatches(), "round trip changed the report");
    }
}

/// The decode loop of `terra decode <kind>` (the CLI is a binary crate, so
/// its calls are repeated here): a streaming deserializer over concatenated
/// documents, each re-encoded as a compact line with its mismatches
/// reported; on a data error, the failing document decoded again for its
/// path. Byte 0 picks the model kind. The `--check` pass (lists discarded
/// as they decode) must see the same documents, the same mismatches and
/// the same first error; the `--strict` pass stops at the first document
/// with a mismatch, and each re-encoded document decodes to itself.
pub fn cli_decode(data: &[u8]) {
    let Some((&kind, input)) = data.split_first() else {
        return;
    };
    match kind % 10 {
        0 => decode_all::<models::Activity>(input),
        1 => decode_all::<models::Body>(input),
        2 => decode_all::<models::Daily>(input),
        3 => decode_all::<models::Sleep>(input),
        4 => decode_all::<models::Nutrition>(input),
        5 => decode_all::<models::Menstruation>(input),
        6 => decode_all::<models::Athlete>(input),
        7 => decode_all::<models::PlannedWorkout>(input),
        8 => decode_all::<models::TerraUser>(input),
        _ => decode_all::<models::Event>(input),
    }
}

/// Every document of `input` as `S`: how many decoded, the mismatch
/// reports of each, and the first error.
fn stream<S: DeserializeOwned + Mismatches>(input: &[u8]) -> (Vec<Vec<Mismatch>>, Option<String>) {
    let mut reports = Vec::new();
    for doc in serde_json::Deserializer::from_slice(input).into_iter::<S>() {
        match doc {
            Ok(v) => reports.push(v.mismatches()),
            Err(e) => return (reports, Some(e.to_string())),
        }
    }
    (reports, None)
}

fn decode_all<T: DeserializeOwned + Serialize + Mismatches + PartialEq + std::fmt::Debug>(
    input: &[u8],
) {
    let decoded = stream::<T>(input);
    assert_eq!(
        decoded,
        stream::<Checked<T>>(input),
        "`--check` disagrees with decoding"
    );
    let strict = stream::<Strict<T>>(input);
    // Strict decoding agrees up to the first document with a mismatch (or
    // the first failing one) and fails there. Its error can differ from
    // the tolerant one's in that document: a mismatch before a syntax
    // error stops it sooner.
    let clean = decoded.0.iter().take_while(|r| r.is_empty()).count();
    assert!(strict.0.len() == clean, "`--strict` stopped elsewhere");
    assert!(strict.0.iter().all(Vec::is_empty));
    if clean < decoded.0.len() {
        assert!(strict.1.is_some(), "`--strict` accepted a mismatch");
    } else if decoded.1.is_none() {
        assert_eq!(strict.1, None, "`--strict` refused clean documents");
    } else {
        assert!(
            strict.1.is_some(),
            "`--strict` accepted what decoding refused"
        );
    }
    let mut out = Vec::new();
    let mut stream = serde_json::Deserializer::from_slice(input).into_iter::<T>();
    loop {
        let offset = stream.byte_offset();
        match stream.next() {
            None => break,
            Some(Ok(value)) => {
                let start = out.len();
                serde_json::to_writer(&mut out, &value).expect("a decoded document encodes");
                let again: T =
                    serde_json::from_slice(&out[start..]).expect("a re-encoded document decodes");
                assert_eq!(
                    value, again,
                    "decode -> encode -> decode is not a fixed point"
                );
                out.push(b'\n');
            }
            Some(Err(err)) => {
                if err.is_data() {
                    let rest = input.get(offset..).unwrap_or_default();
                    for mode in [DecodeMode::Tolerant, DecodeMode::Strict] {
                        if let Err(e) = models::decode::<T>(rest, mode) {
                            let _ = e.to_string();
                        }
                    }
                }
                let _ = err.to_string();
                break;
            }
        }
    }
}
