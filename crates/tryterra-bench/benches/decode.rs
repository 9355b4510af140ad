//! Decoding webhook payloads of 100 KB, 10 MB and 50 MB: the typed models
//! against `serde_json::Value` and against sonic-rs's untyped `Value` (the
//! fastest untyped parse we know of: the parsing limit the typed decode is
//! measured against) on the same bytes, in the same run; and the tolerant
//! decode (the default, `typed`) against the strict one (`strict`, through
//! `models::Strict`) on the same clean bytes.
//!
//! `cargo bench -p tryterra-bench --bench decode`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use serde::de::DeserializeOwned;
use tryterra_bench::{Kind, event, with_event_type};
use tryterra_core::models::{Event, Strict};

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
    with_event_type!(kind, E => decode_as(bytes, |e: E| e.data.map_or(0, |d| d.len())))
}

fn strict(kind: Kind, bytes: &[u8]) -> usize {
    with_event_type!(kind, E => decode_as(bytes, |e: Strict<E>| e.0.data.map_or(0, |d| d.len())))
}

/// The SDK's own decode of a webhook body (`Event::from_slice`, what
/// `Verifier::verify_and_parse` and `terra decode` use): the byte-level
/// path for plain payloads, serde otherwise. Returns the record count.
fn sdk(bytes: &[u8]) -> usize {
    use tryterra_core::models::Records as _;
    match Event::from_slice(bytes).expect("sdk decode") {
        Event::Activity(e) => e.records().len(),
        Event::Sleep(e) => e.records().len(),
        Event::Daily(e) => e.records().len(),
        Event::Body(e) => e.records().len(),
        other => panic!("not a data event: {:?}", other.type_str()),
    }
}

/// The typed client's decode of an inline data answer of the same bytes
/// (see [`tryterra_bench::data_answer`]). Returns the record count.
fn data(kind: Kind, body: Vec<u8>) -> usize {
    tryterra_bench::data_answer(kind, body).expect("data decode")
}

/// The untyped parse of the same bytes by sonic-rs (SIMD tokenizer, arena
/// `Value`): returns how many records its `data` array holds.
fn sonic(bytes: &[u8]) -> usize {
    use sonic_rs::{JsonContainerTrait as _, JsonValueTrait as _};
    let v: sonic_rs::Value = sonic_rs::from_slice(bytes).expect("sonic-rs parse");
    v.get("data")
        .and_then(|d| d.as_array().map(|a| a.len()))
        .unwrap_or(0)
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
            assert_eq!(typed(kind, &bytes), sonic(&bytes));
            assert_eq!(typed(kind, &bytes), sdk(&bytes));
            assert_eq!(typed(kind, &bytes), data(kind, bytes.clone()));
            group.bench_with_input(BenchmarkId::new("typed", label), &bytes, |b, bytes| {
                b.iter(|| typed(kind, black_box(bytes)))
            });
            group.bench_with_input(BenchmarkId::new("strict", label), &bytes, |b, bytes| {
                b.iter(|| strict(kind, black_box(bytes)))
            });
            group.bench_with_input(BenchmarkId::new("sdk", label), &bytes, |b, bytes| {
                b.iter(|| sdk(black_box(bytes)))
            });
            // The body is the transport's buffer, made before each decode
            // and handed over.
            group.bench_with_input(BenchmarkId::new("data", label), &bytes, |b, bytes| {
                b.iter_batched(
                    || bytes.clone(),
                    |body| data(kind, body),
                    BatchSize::LargeInput,
                )
            });
            group.bench_with_input(BenchmarkId::new("sonic", label), &bytes, |b, bytes| {
                b.iter(|| sonic(black_box(bytes)))
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

/// Rounds of four decodes of the same bytes, `a b b a`, so that both sides
/// see the same moment of a shared machine and whatever the first call of a
/// pair pays (freeing the previous result, fresh pages) falls on both
/// equally. Returns the per-round ratios `time(a) / time(b)`, sorted.
fn alternate(
    bytes: &[u8],
    rounds: usize,
    a: &dyn Fn(&[u8]) -> usize,
    b: &dyn Fn(&[u8]) -> usize,
) -> Vec<f64> {
    alternate_cases(bytes, rounds, Case::Borrowed(a), Case::Borrowed(b))
}

/// A decode that [`alternate_cases`] times: over the shared bytes, or over
/// a copy of them made (untimed) before each call and handed over.
#[derive(Clone, Copy)]
enum Case<'a> {
    Borrowed(&'a dyn Fn(&[u8]) -> usize),
    Owned(&'a dyn Fn(Vec<u8>) -> usize),
}

/// [`alternate`] for cases of either kind.
fn alternate_cases(bytes: &[u8], rounds: usize, a: Case<'_>, b: Case<'_>) -> Vec<f64> {
    use std::time::Instant;
    let run = |f: Case<'_>| match f {
        Case::Borrowed(f) => f(bytes),
        Case::Owned(f) => f(bytes.to_vec()),
    };
    // Warm up both paths.
    for _ in 0..3 {
        black_box(run(a));
        black_box(run(b));
    }
    let time = |f: Case<'_>| match f {
        Case::Borrowed(f) => {
            let t0 = Instant::now();
            black_box(f(black_box(bytes)));
            t0.elapsed().as_secs_f64()
        }
        Case::Owned(f) => {
            let body = bytes.to_vec();
            let t0 = Instant::now();
            black_box(f(black_box(body)));
            t0.elapsed().as_secs_f64()
        }
    };
    let mut ratios = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let a1 = time(a);
        let b1 = time(b);
        let b2 = time(b);
        let a2 = time(a);
        ratios.push((a1 + a2) / (b1 + b2));
    }
    ratios.sort_by(f64::total_cmp);
    ratios
}

/// What [`rounds_of`] runs for one case: kind, size label, the payload and
/// the number of rounds in; one JSON line out.
type RoundsOf = dyn Fn(Kind, &str, &[u8], usize) -> String;

/// Runs `each(kind, label, bytes, rounds)` for every kind and size the run
/// covers, appending the JSON line it returns to
/// `target/criterion/<file>` (for `scripts/bench-report` and
/// `scripts/bench-update.py`) and printing it.
fn rounds_of(file: &str, what: &str, each: &RoundsOf) {
    use std::io::Write as _;
    let only: Option<String> = std::env::var("TERRA_BENCH_SIZES").ok();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let mut out = std::fs::File::create(dir.join(file)).ok();
    for kind in Kind::ALL {
        for (size, label) in SIZES {
            if let Some(only) = &only
                && !only.split(',').any(|s| s == label)
            {
                continue;
            }
            let bytes = event(kind, size);
            let rounds: usize = match size {
                s if s >= 50 * 1024 * 1024 => 5,
                s if s >= 10 * 1024 * 1024 => 15,
                _ => 201,
            };
            let line = each(kind, label, &bytes, rounds);
            println!("{what}: {line}");
            if let Some(f) = out.as_mut() {
                let _ = writeln!(f, "{line}");
            }
        }
    }
}

/// The tolerant decode's extra time over the strict one on the same clean
/// bytes, in alternating rounds (see [`alternate`]): the median of the
/// per-round ratios is robust to the load changing between criterion's
/// sample runs. Written to `target/criterion/decode-strict-pairs.jsonl`.
/// `TERRA_BENCH_STRICT_PAIRS=0` leaves it out.
fn strict_pairs(_: &mut Criterion) {
    if std::env::var("TERRA_BENCH_STRICT_PAIRS").is_ok_and(|v| v == "0") {
        return;
    }
    rounds_of(
        "decode-strict-pairs.jsonl",
        "strict pairs",
        &|kind, label, bytes, rounds| {
            let ratios = alternate(bytes, rounds, &|b| typed(kind, b), &|b| strict(kind, b));
            let median = ratios[ratios.len() / 2];
            format!(
                "{{\"kind\":\"{}\",\"size\":\"{label}\",\"rounds\":{rounds},\"median_overhead_pct\":{:.2}}}",
                kind.as_str(),
                (median - 1.0) * 100.0
            )
        },
    );
}

/// The typed decode's speed as a fraction of sonic-rs's untyped parse of
/// the same bytes, in alternating rounds (see [`alternate`]): the median of
/// the per-round `sonic time / typed time`, with the quartiles. Written to
/// `target/criterion/decode-sonic-pairs.jsonl`.
/// `TERRA_BENCH_SONIC_PAIRS=0` leaves it out.
fn sonic_pairs(_: &mut Criterion) {
    if std::env::var("TERRA_BENCH_SONIC_PAIRS").is_ok_and(|v| v == "0") {
        return;
    }
    rounds_of(
        "decode-sonic-pairs.jsonl",
        "sonic pairs",
        &|kind, label, bytes, rounds| {
            // Ratios of sonic time over the decode's time: its relative
            // speed, sorted from slowest to fastest round; for the serde
            // decode of the event type (`typed`), the SDK's own (`sdk`)
            // and the typed client's data answer (`data`).
            // `"<prefix>median_speed_ratio":…,"<prefix>q1":…,"<prefix>q3":…`
            let fields = |prefix: &str, speed: &[f64]| {
                let q = |p: f64| speed[((speed.len() - 1) as f64 * p).round() as usize];
                format!(
                    "\"{prefix}median_speed_ratio\":{:.3},\"{prefix}q1\":{:.3},\"{prefix}q3\":{:.3}",
                    q(0.5),
                    q(0.25),
                    q(0.75)
                )
            };
            let typed_speed = alternate(bytes, rounds, &sonic, &|b| typed(kind, b));
            let sdk_speed = alternate(bytes, rounds, &sonic, &sdk);
            let data_speed = alternate_cases(
                bytes,
                rounds,
                Case::Borrowed(&sonic),
                Case::Owned(&|body| data(kind, body)),
            );
            format!(
                "{{\"kind\":\"{}\",\"size\":\"{label}\",\"bytes\":{},\"rounds\":{rounds},{},{},{}}}",
                kind.as_str(),
                bytes.len(),
                fields("", &typed_speed),
                fields("sdk_", &sdk_speed),
                fields("data_", &data_speed),
            )
        },
    );
}

criterion_group!(benches, decode, strict_pairs, sonic_pairs);
criterion_main!(benches);
