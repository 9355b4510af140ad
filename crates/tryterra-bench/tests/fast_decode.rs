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

/// The byte offset of the `T` of the first date-time string in `s`.
fn first_date_time(s: &[u8]) -> usize {
    (0..s.len() - 12)
        .find(|&i| {
            let w = &s[i..i + 12];
            w[0] == b'"'
                && w[5] == b'-'
                && w[8] == b'-'
                && w[11] == b'T'
                && [1, 2, 3, 4, 6, 7, 9, 10]
                    .iter()
                    .all(|&j| w[j].is_ascii_digit())
        })
        .expect("a date-time in the payload")
        + 11
}

/// A date-time the packed `Timestamp` cannot hold sends the document to
/// serde, which keeps it as a misfit; the fuzz check's comparison holds.
#[test]
fn unpackable_timestamps_go_to_serde_and_become_misfits() {
    use tryterra_core::models::Mismatches;
    for kind in Kind::ALL {
        let base = event(kind, 4 * 1024);
        let at = first_date_time(&base);
        // A space for the `T`, and (separately) a seventh fractional digit.
        let mut spaced = base.clone();
        spaced[at] = b' ';
        let mut precise = base.clone();
        precise.splice(at + 9..at + 9, *b".1234567");
        for bytes in [spaced, precise] {
            tryterra_bench::fuzz_checks::fast_decode_as(kind, &bytes);
            with_event_type!(kind, E => {
                assert!(decode::<E>(&bytes).is_none(), "{}", kind.as_str());
                let theirs: E = serde_json::from_slice(&bytes).unwrap();
                let report = theirs.mismatches();
                assert_eq!(report.len(), 1, "{}: {report:?}", kind.as_str());
                assert!(
                    report[0].to_string().ends_with(": expected date-time string, found string"),
                    "{}",
                    report[0]
                );
                // Encoding writes the text back where it was.
                let text = &bytes[at - 11..at + 9];
                let out = serde_json::to_vec(&theirs).unwrap();
                assert!(out.windows(text.len()).any(|w| w == text));
            });
        }
    }
}
