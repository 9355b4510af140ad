//! The byte-level decoder (`tryterra_core::models::fast`) against serde's
//! path: on the bench payloads it must decode everything
//! and give the same models; on mutations of them, whenever it decodes at
//! all, serde must accept the same bytes and give the same models.

use serde::de::DeserializeOwned;
use tryterra_bench::{Kind, Rng, event, with_event_type};
use tryterra_core::models::fast::{Fast, decode};

fn agree<T: Fast + DeserializeOwned + PartialEq + std::fmt::Debug>(bytes: &[u8]) -> Option<bool> {
    let ours = decode::<T>(bytes)?;
    let theirs: T =
        serde_json::from_slice(bytes).expect("the fast path decoded what serde refuses");
    Some(ours == theirs)
}

/// The fuzz target's comparisons (the event, and the data answer of
/// `kind`, against serde's), then the model of `kind` decoded both ways.
fn check(kind: Kind, bytes: &[u8]) -> Option<bool> {
    tryterra_bench::fuzz_checks::fast_decode_as(kind, bytes);
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
