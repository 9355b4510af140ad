//! Decodes one generated event many times, for profilers.
//!
//! `cargo run --release -p tryterra-bench --example decode_loop -- <kind> <bytes> <times> [typed|sonic|strict]`

use std::hint::black_box;
use std::time::Instant;

use tryterra_bench::{Kind, event};
use tryterra_core::models::{ActivityEvent, BodyEvent, DailyEvent, SleepEvent};

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
            "fast" => match kind {
                Kind::Activity => {
                    black_box(
                        tryterra_core::models::fast::decode::<ActivityEvent>(&bytes).expect("fast"),
                    );
                }
                Kind::Sleep => {
                    black_box(
                        tryterra_core::models::fast::decode::<SleepEvent>(&bytes).expect("fast"),
                    );
                }
                Kind::Daily => {
                    black_box(
                        tryterra_core::models::fast::decode::<DailyEvent>(&bytes).expect("fast"),
                    );
                }
                Kind::Body => {
                    black_box(
                        tryterra_core::models::fast::decode::<BodyEvent>(&bytes).expect("fast"),
                    );
                }
            },
            "sonic-typed" => match kind {
                Kind::Activity => {
                    black_box(sonic_rs::from_slice::<ActivityEvent>(&bytes).expect("decode"));
                }
                Kind::Sleep => {
                    black_box(sonic_rs::from_slice::<SleepEvent>(&bytes).expect("decode"));
                }
                Kind::Daily => {
                    black_box(sonic_rs::from_slice::<DailyEvent>(&bytes).expect("decode"));
                }
                Kind::Body => {
                    black_box(sonic_rs::from_slice::<BodyEvent>(&bytes).expect("decode"));
                }
            },
            _ => match kind {
                Kind::Activity => {
                    black_box(serde_json::from_slice::<ActivityEvent>(&bytes).expect("decode"));
                }
                Kind::Sleep => {
                    black_box(serde_json::from_slice::<SleepEvent>(&bytes).expect("decode"));
                }
                Kind::Daily => {
                    black_box(serde_json::from_slice::<DailyEvent>(&bytes).expect("decode"));
                }
                Kind::Body => {
                    black_box(serde_json::from_slice::<BodyEvent>(&bytes).expect("decode"));
                }
            },
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} {mode}: {:.0} MB/s",
        kind.as_str(),
        (bytes.len() * times) as f64 / secs / 1e6
    );
}
