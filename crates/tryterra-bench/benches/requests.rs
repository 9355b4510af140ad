//! Building the HTTP request of every Terra v2 operation (µs per request).
//!
//! `cargo bench -p tryterra-bench --bench requests`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tryterra_core::{Config, Credentials};

fn requests(c: &mut Criterion) {
    let config = Config::default();
    let credentials = Credentials::new("bench-dev-id", "bench-api-key");
    let mut group = c.benchmark_group("request");
    group.sample_size(30);
    group.warm_up_time(Duration::from_millis(200));
    group.measurement_time(Duration::from_millis(600));
    for (name, op) in tryterra_bench::ops::all() {
        group.bench_function(name, |b| {
            b.iter(|| {
                op.request(black_box(&config), black_box(&credentials))
                    .expect("request")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, requests);
criterion_main!(benches);
