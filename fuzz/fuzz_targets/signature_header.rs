//! The signature header parser and verifier: any header against any body
//! must give `Ok` or a `WebhookError`, never a panic; an accepted header
//! must be within the tolerance; and whatever the secret, timestamp and
//! body, a header made by `sign` is accepted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use terra_core::webhook::{Verifier, WebhookError, check_terra_signature, sign};

const NOW: i64 = 1_767_225_600;

fuzz_target!(|data: &[u8]| {
    // Layout: [split: u16][header bytes .. split][body ..]
    if data.len() < 2 {
        return;
    }
    let split = usize::from(u16::from_le_bytes([data[0], data[1]])) % (data.len() - 1);
    let (header, body) = data[2..].split_at(split.min(data.len() - 2));
    let header = String::from_utf8_lossy(header);
    let verifier = Verifier::new("fuzz-secret");
    match verifier.verify(body, &header, NOW) {
        Ok(v) => assert!(v.timestamp.abs_diff(NOW) <= 300, "accepted out of tolerance"),
        Err(e) => {
            let _ = e.to_string();
            let _ = e.status();
        }
    }
    let _ = check_terra_signature(b"fuzz-secret", body, &header, NOW);

    // Sign then verify with a secret and timestamp taken from the input.
    let secret = String::from_utf8_lossy(&header.as_bytes()[..header.len().min(32)]).into_owned();
    let t = NOW - i64::from(data[0] % 200);
    let signed = sign(secret.as_bytes(), t, body);
    let result = Verifier::new(secret.as_str()).verify(body, &signed, NOW);
    assert!(result.is_ok(), "own signature refused: {result:?}");
    // And a flipped body byte is refused.
    if !body.is_empty() {
        let mut flipped = body.to_vec();
        flipped[0] ^= 1;
        assert_eq!(
            Verifier::new(secret.as_str()).verify(&flipped, &signed, NOW).unwrap_err(),
            WebhookError::SignatureMismatch
        );
    }
});
