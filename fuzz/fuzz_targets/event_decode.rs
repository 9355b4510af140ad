//! Decoding any bytes as a webhook `Event`: `Ok` or a decode error, never a
//! panic; a decoded event encodes, and decoding that encoding gives the
//! same event (the models' round trip).
#![no_main]

use libfuzzer_sys::fuzz_target;
use terra_core::models::Event;

fuzz_target!(|data: &[u8]| {
    if let Ok(event) = serde_json::from_slice::<Event>(data) {
        let encoded = serde_json::to_vec(&event).expect("a decoded event encodes");
        let again: Event = serde_json::from_slice(&encoded).expect("an encoded event decodes");
        assert_eq!(event, again, "round trip changed the event");
    }
});
