//! The byte-level decoder (`tryterra_core::models::fast`, work in progress)
//! against serde's path: on the bench payloads it must decode everything
//! and give the same models; on mutations of them, whenever it decodes at
//! all, serde must accept the same bytes and give the same models.

use serde::de::DeserializeOwned;
use tryterra_bench::{Kind, Rng, event, with_data_kind, with_event_type};
use tryterra_core::Operation as _;
use tryterra_core::models::Event;
use tryterra_core::models::fast::{Fast, decode};
use tryterra_core::ops::{DataKind, DataResponse, GetData};

fn agree<T: Fast + DeserializeOwned + PartialEq + std::fmt::Debug>(bytes: &[u8]) -> Option<bool> {
    let ours = decode::<T>(bytes)?;
    let theirs: T =
        serde_json::from_slice(bytes).expect("the fast path decoded what serde refuses");
    Some(ours == theirs)
}

/// `Event::from_slice` (which takes the fast path when it can) against
/// serde's own decode of `Event`: the same event, or both refuse.
fn event_agrees(bytes: &[u8]) {
    let ours = Event::from_slice(bytes);
    let theirs = serde_json::from_slice::<Event>(bytes);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(_), Err(_)) => {}
        (a, b) => panic!(
            "from_slice {:?} but serde {:?} for {}",
            a.is_ok(),
            b.is_ok(),
            String::from_utf8_lossy(bytes)
        ),
    }
}

/// The typed client's decode of a data answer (which takes the fast path
/// when it can) against serde's decode of `DataResponse`: the same answer,
/// or both refuse (the client also refuses an answer without `data`).
fn data_agrees<K: DataKind>(bytes: &[u8])
where
    K::Model: PartialEq,
{
    let start = tryterra_core::CalendarDate::new(2026, 1, 1).unwrap();
    let response = http::Response::builder().status(200).body(bytes).unwrap();
    let ours = GetData::<K>::new("u", start).parse_response(response);
    let theirs = serde_json::from_slice::<DataResponse<K::Model>>(bytes);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a.value(), &b),
        (Err(_), _) => {}
        (Ok(_), Err(e)) => panic!(
            "the client decoded what serde refuses ({e}): {}",
            String::from_utf8_lossy(bytes)
        ),
    }
}

fn check(kind: Kind, bytes: &[u8]) -> Option<bool> {
    event_agrees(bytes);
    with_data_kind!(kind, K => data_agrees::<K>(bytes));
    with_event_type!(kind, E => agree::<E>(bytes))
}

#[test]
fn bench_payloads_decode_the_same_both_ways() {
    for kind in Kind::ALL {
        let bytes = event(kind, 200 * 1024);
        assert_eq!(check(kind, &bytes), Some(true), "{}", kind.as_str());
    }
}

#[test]
fn mutated_payloads_either_go_to_serde_or_decode_the_same() {
    // Replacements that keep JSON valid or not, change types, add escapes,
    // nulls, unknown members and repeated ones.
    const PIECES: &[&str] = &[
        "null",
        "\"x\"",
        "\"a\\\"b\"",
        "1",
        "-0",
        "1.5e3",
        "true",
        "[]",
        "{}",
        " ",
        "\"",
        ",",
        ":",
        "}",
        "]",
        "{\"zz\":1,",
        "1e999",
        "01",
        "\u{e9}",
    ];
    let mut rng = Rng::new(7);
    let mut fast = 0;
    for kind in Kind::ALL {
        let base = String::from_utf8(event(kind, 4 * 1024)).unwrap();
        for _ in 0..3000 {
            let mut s = base.clone();
            let at = rng.below(s.len() as u64) as usize;
            let at = (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap();
            let len = (rng.below(4) as usize).min(s.len() - at);
            let end = (at + len..=s.len())
                .find(|&i| s.is_char_boundary(i))
                .unwrap();
            s.replace_range(at..end, PIECES[rng.below(PIECES.len() as u64) as usize]);
            if let Some(same) = check(kind, s.as_bytes()) {
                assert!(same, "different models for {s}");
                fast += 1;
            }
        }
    }
    // Some mutations keep the plain shape (a digit for a digit, say).
    assert!(fast > 100, "only {fast} mutations took the fast path");
}
