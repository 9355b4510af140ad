//! Properties of signing and verifying: whatever is signed verifies, and any
//! single-bit change to the body, the timestamp or the signature is refused.

use proptest::prelude::*;
use tryterra_core::webhook::{Verifier, WebhookError, check_terra_signature, sign};

const TOLERANCE: i64 = 300;

/// Secrets, timestamps (including the extremes), skews within the
/// tolerance, and bodies of arbitrary bytes.
fn inputs() -> impl Strategy<Value = (String, i64, i64, Vec<u8>)> {
    (
        ".{0,40}",
        prop_oneof![
            Just(0i64),
            Just(i64::MAX),
            0i64..=i64::MAX,
            1_600_000_000i64..2_000_000_000
        ],
        -TOLERANCE..=TOLERANCE,
        proptest::collection::vec(any::<u8>(), 0..1024),
    )
}

/// Splits `t=<t>,v1=<hex>` as produced by [`sign`].
fn v1_of(header: &str) -> &str {
    header.split_once(",v1=").unwrap().1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn signed_deliveries_verify((secret, t, skew, body) in inputs()) {
        let header = sign(secret.as_bytes(), t, &body);
        let now = t.saturating_add(skew);
        let verifier = Verifier::new(secret.as_str());
        let verified = verifier.verify(&body, &header, now).unwrap();
        prop_assert_eq!(verified.timestamp, t);
        prop_assert_eq!(verified.signature_hex(), v1_of(&header));
        prop_assert!(check_terra_signature(secret.as_bytes(), &body, &header, now));
    }

    #[test]
    fn a_flipped_body_bit_is_refused(
        (secret, t, _skew, body) in inputs(),
        bit in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!body.is_empty());
        let header = sign(secret.as_bytes(), t, &body);
        let mut tampered = body.clone();
        let bit = bit.index(body.len() * 8);
        tampered[bit / 8] ^= 1 << (bit % 8);
        let verifier = Verifier::new(secret.as_str());
        prop_assert_eq!(
            verifier.verify(&tampered, &header, t).unwrap_err(),
            WebhookError::SignatureMismatch
        );
    }

    #[test]
    fn a_flipped_timestamp_bit_is_refused(
        (secret, t, _skew, body) in inputs(),
        bit in 0u32..64,
    ) {
        let header = sign(secret.as_bytes(), t, &body);
        let flipped = t ^ (1i64 << bit);
        let forged = format!("t={flipped},v1={}", v1_of(&header));
        // Judge at the forged time, so the window is not why it fails.
        let err = Verifier::new(secret.as_str())
            .verify(&body, &forged, flipped)
            .unwrap_err();
        if flipped < 0 {
            prop_assert_eq!(err, WebhookError::InvalidTimestamp);
        } else {
            prop_assert_eq!(err, WebhookError::SignatureMismatch);
        }
    }

    #[test]
    fn a_flipped_signature_bit_is_refused(
        (secret, t, _skew, body) in inputs(),
        bit in 0usize..256,
    ) {
        let header = sign(secret.as_bytes(), t, &body);
        let mut mac = hex::decode(v1_of(&header)).unwrap();
        mac[bit / 8] ^= 1 << (bit % 8);
        let forged = format!("t={t},v1={}", hex::encode(&mac));
        prop_assert_eq!(
            Verifier::new(secret.as_str()).verify(&body, &forged, t).unwrap_err(),
            WebhookError::SignatureMismatch
        );
    }

    /// Any single-bit change (in the ASCII range) anywhere in the header text
    /// is refused, with one exception that is not a change of the signature:
    /// switching the case of a hex letter inside `v1`, which encodes the same
    /// bytes (uppercase hex is accepted by design).
    #[test]
    fn a_flipped_header_bit_is_refused(
        (secret, t, _skew, body) in inputs(),
        pos in any::<prop::sample::Index>(),
        bit in 0u8..7,
    ) {
        let header = sign(secret.as_bytes(), t, &body);
        let mut bytes = header.clone().into_bytes();
        let pos = pos.index(bytes.len());
        let before = bytes[pos];
        bytes[pos] ^= 1 << bit;
        let after = bytes[pos];
        let forged = String::from_utf8(bytes).unwrap();
        let v1_start = header.len() - 64;
        let same_value = pos >= v1_start
            && before.is_ascii_hexdigit()
            && before.is_ascii_alphabetic()
            && after == before ^ 0x20;
        let result = Verifier::new(secret.as_str()).verify(&body, &forged, t);
        if same_value {
            prop_assert!(result.is_ok(), "{forged}: {result:?}");
        } else {
            prop_assert!(result.is_err(), "{forged} was accepted");
        }
    }

    /// Timestamps beyond the window are refused whatever the distance, with
    /// the right direction and no overflow.
    #[test]
    fn outside_the_window_is_refused(
        (secret, t, _skew, body) in inputs(),
        now in any::<i64>(),
    ) {
        let header = sign(secret.as_bytes(), t, &body);
        let verifier = Verifier::new(secret.as_str());
        let diff = i128::from(now) - i128::from(t);
        let result = verifier.verify(&body, &header, now);
        match result {
            Ok(v) => prop_assert!(diff.abs() <= i128::from(TOLERANCE) && v.timestamp == t),
            Err(WebhookError::TimestampTooOld { age }) => {
                prop_assert!(diff > i128::from(TOLERANCE));
                prop_assert_eq!(i128::from(age.as_secs()), diff);
            }
            Err(WebhookError::TimestampInFuture { ahead }) => {
                prop_assert!(-diff > i128::from(TOLERANCE));
                prop_assert_eq!(i128::from(ahead.as_secs()), -diff);
            }
            Err(e) => prop_assert!(false, "unexpected {e:?}"),
        }
    }

    /// No header and no body makes the verifier panic.
    #[test]
    fn arbitrary_input_never_panics(
        header in ".{0,200}",
        body in proptest::collection::vec(any::<u8>(), 0..64),
        now in any::<i64>(),
    ) {
        let verifier = Verifier::new("s");
        let _ = verifier.verify(&body, &header, now);
        let _ = verifier.verify_and_parse(&body, &header, now);
    }

    /// Headers built from the grammar's own pieces, shuffled and repeated.
    #[test]
    fn grammar_soup_never_panics(
        items in proptest::collection::vec(
            prop_oneof![
                Just("t=10".to_owned()),
                Just("t=".to_owned()),
                Just("t=-1".to_owned()),
                Just("v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b".to_owned()),
                Just("v1=AD2DA523C6D08E6BA4D8C36D86D5CA1F31F26992AABDE11659556CED1D96509B".to_owned()),
                Just("v1=zz".to_owned()),
                Just("v0=ab".to_owned()),
                Just(" ".to_owned()),
                Just("=".to_owned()),
                "[ -~]{0,8}",
            ],
            0..8,
        ),
        now in 0i64..20,
    ) {
        let header = items.join(",");
        let result = Verifier::new("secret").verify(b"b", &header, now);
        // Only a header holding one t=10 and the right v1 can pass.
        if result.is_ok() {
            prop_assert!(header.contains("t=10"));
            prop_assert!(header.to_lowercase().contains("v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b"));
        }
    }
}
