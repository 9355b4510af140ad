//! Webhook verification of 1 KB, 1 MB and 10 MB bodies against raw
//! HMAC-SHA256 (the same `hmac` 0.12 + `sha2` 0.10 crates as tryterra-core) of
//! the same bytes, in the same run.
//!
//! `cargo bench -p tryterra-bench --bench webhook`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tryterra_bench::{Kind, event};
use tryterra_core::webhook::{Verifier, sign};

const SECRET: &[u8] = b"bench-webhook-secret";
const NOW: i64 = 1_767_225_600;

fn raw_hmac(body: &[u8], timestamp: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(SECRET).expect("any key length");
    mac.update(timestamp);
    mac.update(b".");
    mac.update(body);
    mac.finalize().into_bytes().into()
}

fn webhook(c: &mut Criterion) {
    let verifier = Verifier::new(std::str::from_utf8(SECRET).expect("ascii"));
    let mut group = c.benchmark_group("webhook");
    group.warm_up_time(Duration::from_millis(500));
    for (size, label) in [
        (1024usize, "1KB"),
        (1024 * 1024, "1MB"),
        (10 * 1024 * 1024, "10MB"),
    ] {
        let mut body = event(Kind::Activity, size.max(4096));
        body.truncate(size);
        let header = sign(SECRET, NOW - 5, &body);
        assert!(verifier.verify(&body, &header, NOW).is_ok());
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.sample_size(if size >= 10 * 1024 * 1024 { 20 } else { 50 });
        group.measurement_time(Duration::from_secs(if size >= 1024 * 1024 { 4 } else { 2 }));
        group.bench_with_input(BenchmarkId::new("verify", label), &body, |b, body| {
            b.iter(|| {
                verifier
                    .verify(black_box(body), black_box(&header), NOW)
                    .expect("valid")
            })
        });
        let t = (NOW - 5).to_string();
        group.bench_with_input(
            BenchmarkId::new("raw_hmac_sha256", label),
            &body,
            |b, body| b.iter(|| raw_hmac(black_box(body), black_box(t.as_bytes()))),
        );
    }
    group.finish();
}

criterion_group!(benches, webhook);
criterion_main!(benches);
