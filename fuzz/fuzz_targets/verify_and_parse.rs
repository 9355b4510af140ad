//! `Verifier::verify_and_parse` on any body: with a valid signature (so the
//! body reaches the JSON decoder) and with the input's own header. Only
//! `Ok(Event)` or a `WebhookError`; an accepted event re-encodes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use terra_core::webhook::{Verifier, sign};

const NOW: i64 = 1_767_225_600;
const SECRET: &str = "fuzz-secret";

fuzz_target!(|data: &[u8]| {
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
    // The first line of the input as a header, the rest as the body.
    if let Some(pos) = data.iter().position(|&b| b == b'\n') {
        let (h, body) = data.split_at(pos);
        let h = String::from_utf8_lossy(h);
        let _ = verifier.verify_and_parse(&body[1..], &h, NOW);
    }
});
