//! Decoding webhook payloads of 100 KB, 10 MB and 50 MB: the typed models
//! against `serde_json::Value` on the same bytes, in the same run.
//!
//! `cargo bench -p tryterra-bench --bench decode`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use tryterra_bench::{Kind, event};
use tryterra_core::models::{ActivityEvent, BodyEvent, DailyEvent, Event, SleepEvent};

const SIZES: [(usize, &str); 3] = [
    (100 * 1024, "100KB"),
    (10 * 1024 * 1024, "10MB"),
    (50 * 1024 * 1024, "50MB"),
];

fn typed(kind: Kind, bytes: &[u8]) -> usize {
    match kind {
        Kind::Activity => {
            serde_json::from_slice::<ActivityEvent>(bytes).map(|e| e.data.map_or(0, |d| d.len()))
        }
        Kind::Sleep => {
            serde_json::from_slice::<SleepEvent>(bytes).map(|e| e.data.map_or(0, |d| d.len()))
        }
        Kind::Daily => {
            serde_json::from_slice::<DailyEvent>(bytes).map(|e| e.data.map_or(0, |d| d.len()))
        }
        Kind::Body => {
            serde_json::from_slice::<BodyEvent>(bytes).map(|e| e.data.map_or(0, |d| d.len()))
        }
    }
    .expect("typed decode")
}

fn decode(c: &mut Criterion) {
    let only: Option<String> = std::env::var("TERRA_BENCH_SIZES").ok();
    for kind in Kind::ALL {
        let mut group = c.benchmark_group(format!("decode/{}", kind.as_str()));
        for (size, label) in SIZES {
            if let Some(only) = &only
                && !only.split(',').any(|s| s == label)
            {
                continue;
            }
            let bytes = event(kind, size);
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            if size >= 10 * 1024 * 1024 {
                group.sampling_mode(SamplingMode::Flat);
                group.sample_size(10);
                group.warm_up_time(Duration::from_millis(500));
                group.measurement_time(Duration::from_secs(if size >= 50 * 1024 * 1024 {
                    8
                } else {
                    4
                }));
            } else {
                group.sampling_mode(SamplingMode::Auto);
                group.sample_size(30);
                group.warm_up_time(Duration::from_millis(500));
                group.measurement_time(Duration::from_secs(2));
            }
            group.bench_with_input(BenchmarkId::new("typed", label), &bytes, |b, bytes| {
                b.iter(|| typed(kind, black_box(bytes)))
            });
            group.bench_with_input(BenchmarkId::new("value", label), &bytes, |b, bytes| {
                b.iter(|| {
                    serde_json::from_slice::<serde_json::Value>(black_box(bytes))
                        .expect("value decode")
                })
            });
            if kind == Kind::Activity {
                group.bench_with_input(
                    BenchmarkId::new("event_enum", label),
                    &bytes,
                    |b, bytes| {
                        b.iter(|| {
                            serde_json::from_slice::<Event>(black_box(bytes)).expect("event decode")
                        })
                    },
                );
            }
        }
        group.finish();
    }
}

criterion_group!(benches, decode);
criterion_main!(benches);
