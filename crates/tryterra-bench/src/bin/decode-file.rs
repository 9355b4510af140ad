//! Decodes one JSON file into the typed webhook `Event`, for peak-memory
//! measurements with `/usr/bin/time -v`.
//!
//! `decode-file <slice|reader|value|heap|sdk|sdk-heap> <file.json>`,
//! `decode-file data <file.json> <activity|sleep|daily|body>`
//!
//! - `slice`: reads the whole file into memory, then `serde_json::from_slice`
//!   (the input buffer and the decoded value coexist);
//! - `reader`: streams the file through a `BufReader` with
//!   `serde_json::from_reader` (only the decoded value is held);
//! - `value`: the `slice` path into `serde_json::Value`, as a baseline;
//! - `heap`: the `slice` path, printing what decoding allocated at its peak
//!   (a counting allocator wraps the system one; the file's bytes, read
//!   before, are not counted);
//! - `sdk`, `sdk-heap`: `slice` and `heap` through the SDK's own decode,
//!   `Event::from_slice` (the byte-level path for plain payloads);
//! - `data`: the file read into memory and handed, as a data answer of the
//!   given kind, to the typed client's decode (`tryterra_bench::data_answer`:
//!   the answer keeps the buffer).

use std::io::BufReader;
use std::process::ExitCode;

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use tryterra_core::models::Event;

#[global_allocator]
static GLOBAL: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: decode-file <slice|reader|value|heap|sdk|sdk-heap> <file.json>");
        return ExitCode::from(2);
    };
    let result: Result<String, String> = match mode.as_str() {
        "slice" => std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice::<Event>(&b).map_err(|e| e.to_string()))
            .map(|e| describe(&e)),
        "reader" => std::fs::File::open(path)
            .map_err(|e| e.to_string())
            .and_then(|f| {
                serde_json::from_reader::<_, Event>(BufReader::with_capacity(1 << 16, f))
                    .map_err(|e| e.to_string())
            })
            .map(|e| describe(&e)),
        "data" => match args.get(3).and_then(|k| tryterra_bench::Kind::parse(k)) {
            None => Err("data needs a kind: activity, sleep, daily or body".to_owned()),
            Some(kind) => std::fs::read(path)
                .map_err(|e| e.to_string())
                .and_then(|body| tryterra_bench::data_answer(kind, body).map_err(|e| e.to_string()))
                .map(|n| format!("{n} {} records", kind.as_str())),
        },
        "sdk" => std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| Event::from_slice(&b).map_err(|e| e.to_string()))
            .map(|e| describe(&e)),
        "heap" | "sdk-heap" => std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                GLOBAL.reset_peak_memory();
                let event = if mode == "heap" {
                    serde_json::from_slice::<Event>(&b).map_err(|e| e.to_string())?
                } else {
                    Event::from_slice(&b).map_err(|e| e.to_string())?
                };
                let peak = GLOBAL.get_peak_memory();
                Ok(format!(
                    "{}; input {} bytes; decode heap peak {peak} bytes",
                    describe(&event),
                    b.len()
                ))
            }),
        "value" => std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                serde_json::from_slice::<serde_json::Value>(&b).map_err(|e| e.to_string())
            })
            .map(|v| {
                format!(
                    "value with {} items",
                    v["data"].as_array().map_or(0, Vec::len)
                )
            }),
        _ => Err(format!("unknown mode {mode}")),
    };
    match result {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn describe(event: &Event) -> String {
    format!("{} event", event.type_str().unwrap_or("untyped"))
}
