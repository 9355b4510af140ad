//! End to end on loopback: 1,000 sequential `list_providers` calls through
//! each typed client (terra-ureq, terra-reqwest) against the same calls
//! made with a raw `ureq::Agent` / `reqwest::Client` (same headers, same
//! timeouts, the body decoded into an equivalent struct), all against the
//! same small axum server answering `GET /v2/integrations`.
//!
//! Criterion measures each client in its own time window, and on a shared
//! VM the speed of loopback round trips drifts between windows by more than
//! the few percent the SDK adds. The `e2e_paired` example measures the same
//! four clients in alternating blocks, so that each SDK block is compared
//! with a raw block run right next to it.
//!
//! `cargo bench -p terra-bench --bench e2e`

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
    group.bench_function("terra_ureq", |b| b.iter(|| setup.terra_ureq()));
    group.bench_function("raw_ureq", |b| b.iter(|| setup.raw_ureq()));
    group.bench_function("terra_reqwest", |b| b.iter(|| setup.terra_reqwest()));
    group.bench_function("raw_reqwest", |b| b.iter(|| setup.raw_reqwest()));
    group.finish();
}

criterion_group!(benches, e2e);
criterion_main!(benches);
