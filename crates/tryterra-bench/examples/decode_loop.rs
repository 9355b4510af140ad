//! Decodes one generated event many times, for profilers.
//!
//! `cargo run --release -p tryterra-bench --example decode_loop -- <kind> <bytes> <times> [typed|fast|data|sonic|sonic-typed]`
//!
//! *typed* (also any other word): serde_json into the event model; *fast*:
//! the byte-level decoder (`tryterra_core::models::fast`); *data*: the
//! typed client's decode of the same bytes as a data answer
//! (`tryterra_bench::data_answer` on a copy of them, the copy included in
//! the time); *sonic*:
//! sonic-rs's untyped parse; *sonic-typed*: the event model through
//! sonic-rs's serde deserializer.

use std::hint::black_box;
use std::time::Instant;

use tryterra_bench::{Kind, event, with_event_type};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = Kind::parse(args.get(1).map_or("activity", String::as_str)).expect("kind");
    let size: usize = args.get(2).map_or(10 << 20, |s| s.parse().expect("size"));
    let times: usize = args.get(3).map_or(20, |s| s.parse().expect("times"));
    let mode = args.get(4).map_or("typed", String::as_str);
    let bytes = event(kind, size);
    let start = Instant::now();
    for _ in 0..times {
        match mode {
            "sonic" => {
                let v: sonic_rs::Value = sonic_rs::from_slice(black_box(&bytes)).expect("sonic");
                black_box(v);
            }
            "fast" => with_event_type!(kind, E => {
                black_box(tryterra_core::models::fast::decode::<E>(&bytes).expect("fast"));
            }),
            "data" => {
                black_box(tryterra_bench::data_answer(kind, bytes.clone()).expect("data"));
            }
            "sonic-typed" => with_event_type!(kind, E => {
                black_box(sonic_rs::from_slice::<E>(&bytes).expect("decode"));
            }),
            _ => with_event_type!(kind, E => {
                black_box(serde_json::from_slice::<E>(&bytes).expect("decode"));
            }),
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} {mode}: {:.0} MB/s",
        kind.as_str(),
        (bytes.len() * times) as f64 / secs / 1e6
    );
}
