//! Decoding webhook payloads of 100 KB, 10 MB and 50 MB: the typed models
//! against `serde_json::Value` on the same bytes, in the same run; and the
//! tolerant decode (the default, `typed`) against the strict one
//! (`strict`, through `models::Strict`) on the same clean bytes.
//!
//! `cargo bench -p tryterra-bench --bench decode`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use serde::de::DeserializeOwned;
use tryterra_bench::{Kind, event};
use tryterra_core::models::{ActivityEvent, BodyEvent, DailyEvent, Event, SleepEvent, Strict};

const SIZES: [(usize, &str); 3] = [
    (100 * 1024, "100KB"),
    (10 * 1024 * 1024, "10MB"),
    (50 * 1024 * 1024, "50MB"),
];

/// Decodes `bytes` as the event of `kind` (wrapped by `W`: the model
/// itself for the tolerant decode, `Strict<_>` for the strict one) and
/// returns how many records it holds.
fn decode_as<W: DeserializeOwned>(bytes: &[u8], len: impl Fn(W) -> usize) -> usize {
    len(serde_json::from_slice::<W>(bytes).expect("typed decode"))
}

fn typed(kind: Kind, bytes: &[u8]) -> usize {
    match kind {
        Kind::Activity => decode_as(bytes, |e: ActivityEvent| e.data.map_or(0, |d| d.len())),
        Kind::Sleep => decode_as(bytes, |e: SleepEvent| e.data.map_or(0, |d| d.len())),
        Kind::Daily => decode_as(bytes, |e: DailyEvent| e.data.map_or(0, |d| d.len())),
        Kind::Body => decode_as(bytes, |e: BodyEvent| e.data.map_or(0, |d| d.len())),
    }
}

fn strict(kind: Kind, bytes: &[u8]) -> usize {
    match kind {
        Kind::Activity => decode_as(bytes, |e: Strict<ActivityEvent>| {
            e.0.data.map_or(0, |d| d.len())
        }),
        Kind::Sleep => decode_as(bytes, |e: Strict<SleepEvent>| {
            e.0.data.map_or(0, |d| d.len())
        }),
        Kind::Daily => decode_as(bytes, |e: Strict<DailyEvent>| {
            e.0.data.map_or(0, |d| d.len())
        }),
        Kind::Body => decode_as(bytes, |e: Strict<BodyEvent>| {
            e.0.data.map_or(0, |d| d.len())
        }),
    }
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
            assert_eq!(typed(kind, &bytes), strict(kind, &bytes));
            group.bench_with_input(BenchmarkId::new("typed", label), &bytes, |b, bytes| {
                b.iter(|| typed(kind, black_box(bytes)))
            });
            group.bench_with_input(BenchmarkId::new("strict", label), &bytes, |b, bytes| {
                b.iter(|| strict(kind, black_box(bytes)))
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

/// The tolerant decode's extra time over the strict one on the same clean
/// bytes, a few calls at a time: each round runs both twice (in both
/// orders), so both see the same moment of a shared machine, and the
/// median of the per-round ratios is robust to the load changing between
/// criterion's sample runs. Written to
/// `target/criterion/decode-strict-pairs.jsonl` (one JSON object a line)
/// for `scripts/bench-report`, and printed. `TERRA_BENCH_STRICT_PAIRS=0`
/// leaves it out.
fn strict_pairs(_: &mut Criterion) {
    use std::io::Write as _;
    use std::time::Instant;
    if std::env::var("TERRA_BENCH_STRICT_PAIRS").is_ok_and(|v| v == "0") {
        return;
    }
    let only: Option<String> = std::env::var("TERRA_BENCH_SIZES").ok();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let mut file = std::fs::File::create(dir.join("decode-strict-pairs.jsonl")).ok();
    for kind in Kind::ALL {
        for (size, label) in SIZES {
            if let Some(only) = &only
                && !only.split(',').any(|s| s == label)
            {
                continue;
            }
            let bytes = event(kind, size);
            // Rounds of two pairs each.
            let rounds: usize = match size {
                s if s >= 50 * 1024 * 1024 => 5,
                s if s >= 10 * 1024 * 1024 => 15,
                _ => 201,
            };
            // Warm up both paths.
            for _ in 0..3 {
                black_box(typed(kind, &bytes));
                black_box(strict(kind, &bytes));
            }
            // Each round is two pairs, tolerant first then strict first, so
            // that whatever the first call of a pair pays (freeing the
            // previous model, fresh pages) falls on both sides equally.
            let mut ratios = Vec::with_capacity(rounds);
            for _ in 0..rounds {
                let time = |f: fn(Kind, &[u8]) -> usize| {
                    let t0 = Instant::now();
                    black_box(f(kind, black_box(&bytes)));
                    t0.elapsed().as_secs_f64()
                };
                let t1 = time(typed);
                let s1 = time(strict);
                let s2 = time(strict);
                let t2 = time(typed);
                ratios.push((t1 + t2) / (s1 + s2));
            }
            ratios.sort_by(f64::total_cmp);
            let median = ratios[ratios.len() / 2];
            let line = format!(
                "{{\"kind\":\"{}\",\"size\":\"{label}\",\"rounds\":{rounds},\"median_overhead_pct\":{:.2}}}",
                kind.as_str(),
                (median - 1.0) * 100.0
            );
            println!("strict pairs: {line}");
            if let Some(f) = file.as_mut() {
                let _ = writeln!(f, "{line}");
            }
        }
    }
}

criterion_group!(benches, decode, strict_pairs);
criterion_main!(benches);
