//! End to end on loopback: 1,000 sequential `list_providers` calls through
//! each typed client (tryterra-ureq, tryterra-reqwest) against the same calls
//! made with a raw `ureq::Agent` / `reqwest::Client` (same headers, same
//! timeouts, the body decoded into an equivalent struct), all against the
//! same small axum server answering `GET /v2/integrations`.
//!
//! Criterion measures each client in its own time window, and on a shared
//! VM the speed of loopback round trips drifts between windows by more than
//! the few percent the SDK adds. So the bench also runs eight short rounds
//! (`e2e_rounds/NN`) in which each SDK client and its raw counterpart are
//! measured back to back, and the `e2e_paired` example alternates single
//! blocks of calls.
//!
//! `cargo bench -p tryterra-bench --bench e2e`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

#[path = "support/e2e_setup.rs"]
mod e2e_setup;

use e2e_setup::{CALLS, Setup};

fn e2e(c: &mut Criterion) {
    let setup = Setup::new();
    let mut group = c.benchmark_group("e2e_1000_list_providers");
    group.sampling_mode(SamplingMode::Flat);
    // One sample is 1,000 loopback round trips, whose time on a shared
    // 2-core VM wanders by several percent from sample to sample: take
    // enough samples that the intervals are narrower than the 5 % the
    // comparison is about.
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(15));
    group.throughput(Throughput::Elements(CALLS));
    group.bench_function("tryterra_ureq", |b| b.iter(|| setup.tryterra_ureq(CALLS)));
    group.bench_function("raw_ureq", |b| b.iter(|| setup.raw_ureq(CALLS)));
    group.bench_function("tryterra_reqwest", |b| {
        b.iter(|| setup.tryterra_reqwest(CALLS))
    });
    group.bench_function("raw_reqwest", |b| b.iter(|| setup.raw_reqwest(CALLS)));
    group.finish();

    // The same comparison in short adjacent windows: each round measures an
    // SDK client and its raw counterpart one right after the other (the
    // order alternates between rounds), so the drift between windows that
    // dominates the figures above mostly cancels within a round.
    // bench-report takes the median of the per-round ratios.
    type Block = fn(&Setup, u64);
    let pairs: [(&str, Block, &str, Block); 2] = [
        (
            "tryterra_ureq",
            Setup::tryterra_ureq,
            "raw_ureq",
            Setup::raw_ureq,
        ),
        (
            "tryterra_reqwest",
            Setup::tryterra_reqwest,
            "raw_reqwest",
            Setup::raw_reqwest,
        ),
    ];
    for round in 0..ROUNDS {
        let mut group = c.benchmark_group(format!("e2e_rounds/{round:02}"));
        group.sampling_mode(SamplingMode::Flat);
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(3));
        group.throughput(Throughput::Elements(CALLS));
        for (sdk_name, sdk, raw_name, raw) in pairs {
            let mut both = [(sdk_name, sdk), (raw_name, raw)];
            if round % 2 == 1 {
                both.reverse();
            }
            for (name, block) in both {
                group.bench_function(name, |b| b.iter(|| block(&setup, CALLS)));
            }
        }
        group.finish();
    }
}

/// Rounds of adjacent SDK/raw windows.
const ROUNDS: usize = 8;

criterion_group!(benches, e2e);
criterion_main!(benches);
