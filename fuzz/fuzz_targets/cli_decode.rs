//! The decode path of `terra decode <kind>`: the CLI is a binary crate, so
//! this target runs the same calls as its `decode_all` (a streaming
//! `serde_json` deserializer over concatenated documents, each document
//! re-encoded as one compact line) for every model kind it offers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;
use terra_core::models;

fn decode_all<T: DeserializeOwned + Serialize>(input: &[u8]) {
    let mut out = Vec::new();
    let mut stream = serde_json::Deserializer::from_slice(input).into_iter::<T>();
    loop {
        let offset = stream.byte_offset();
        match stream.next() {
            None => break,
            Some(Ok(value)) => {
                serde_json::to_writer(&mut out, &value).expect("a decoded document encodes");
                out.push(b'\n');
            }
            Some(Err(err)) => {
                // As the CLI's `describe_failure`: decode the failing
                // document again, tracking the JSON path.
                if err.is_data() {
                    let rest = input.get(offset..).unwrap_or_default();
                    let mut de = serde_json::Deserializer::from_slice(rest);
                    if let Err(e) = serde_path_to_error::deserialize::<_, T>(&mut de) {
                        let _ = e.path().to_string();
                        let _ = e.into_inner().to_string();
                    }
                }
                let _ = err.to_string();
                break;
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
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
});
