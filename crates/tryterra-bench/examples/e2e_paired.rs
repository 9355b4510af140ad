//! The SDK's overhead on loopback calls, measured in pairs.
//!
//! Runs blocks of 1,000 `list_providers` calls, alternating a typed client
//! (tryterra-ureq or tryterra-reqwest) with the raw `ureq` / `reqwest` client
//! configured alike, against the same server as `benches/e2e.rs`. Each SDK
//! block is compared with the raw block run right next to it (the order
//! inside a pair alternates), so drift in the machine's speed, which on a
//! shared VM is larger than the difference being measured, cancels out.
//! Prints, per transport, the median of the per-pair ratios and its
//! interquartile range, as one JSON line each.
//!
//! Then the same comparison one call at a time: single SDK calls and single
//! raw calls alternate (raw first in even pairs, SDK first in odd ones), so
//! the two sides of a pair run a fraction of a millisecond apart and drift
//! cannot come between them. Every call is timed; printed per transport are
//! the median call of each client and the overhead of the SDK's median
//! over the raw median, one more JSON line each (`"mode":"calls"`).
//!
//! `cargo run --release -p tryterra-bench --example e2e_paired [pairs] [call-pairs]`
//! (default 30 block pairs and 20,000 call pairs per transport).

use std::time::Instant;

#[path = "../benches/support/e2e_setup.rs"]
mod e2e_setup;

use e2e_setup::Setup;

fn timed(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

/// Times `pairs` pairs of `n` SDK calls and `n` raw calls, raw first in
/// even pairs and SDK first in odd ones: (SDK times, raw times) in seconds,
/// in pair order.
fn alternate(
    setup: &Setup,
    sdk: fn(&Setup, u64),
    raw: fn(&Setup, u64),
    pairs: usize,
    n: u64,
) -> (Vec<f64>, Vec<f64>) {
    // Warm both up: connections, pools, caches.
    sdk(setup, 1_000);
    raw(setup, 1_000);
    let mut sdk_times = Vec::with_capacity(pairs);
    let mut raw_times = Vec::with_capacity(pairs);
    for i in 0..pairs {
        if i % 2 == 0 {
            raw_times.push(timed(|| raw(setup, n)));
            sdk_times.push(timed(|| sdk(setup, n)));
        } else {
            sdk_times.push(timed(|| sdk(setup, n)));
            raw_times.push(timed(|| raw(setup, n)));
        }
    }
    (sdk_times, raw_times)
}

fn main() {
    let arg = |i: usize, default: usize| {
        std::env::args()
            .nth(i)
            .map(|s| s.parse().expect("pair counts must be numbers"))
            .unwrap_or(default)
            .max(3)
    };
    let pairs = arg(1, 30);
    let call_pairs = arg(2, 20_000);
    let setup = Setup::new();
    type Calls = fn(&Setup, u64);
    let transports: [(&str, Calls, Calls); 2] = [
        ("ureq", Setup::tryterra_ureq, Setup::raw_ureq),
        ("reqwest", Setup::tryterra_reqwest, Setup::raw_reqwest),
    ];
    for (name, sdk, raw) in transports {
        let (sdk_times, raw_times) = alternate(&setup, sdk, raw, pairs, e2e_setup::CALLS);
        let mut ratios: Vec<f64> = sdk_times
            .iter()
            .zip(&raw_times)
            .map(|(s, r)| s / r)
            .collect();
        ratios.sort_by(f64::total_cmp);
        println!(
            "{{\"transport\":\"{name}\",\"pairs\":{pairs},\"median_overhead_pct\":{:.2},\
             \"q1_pct\":{:.2},\"q3_pct\":{:.2},\"sdk_ms_per_1000\":{:.2},\"raw_ms_per_1000\":{:.2}}}",
            (quantile(&ratios, 0.5) - 1.0) * 100.0,
            (quantile(&ratios, 0.25) - 1.0) * 100.0,
            (quantile(&ratios, 0.75) - 1.0) * 100.0,
            sdk_times.iter().sum::<f64>() / pairs as f64 * 1e3,
            raw_times.iter().sum::<f64>() / pairs as f64 * 1e3,
        );
    }
    for (name, sdk, raw) in transports {
        let (mut sdk_times, mut raw_times) = alternate(&setup, sdk, raw, call_pairs, 1);
        sdk_times.sort_by(f64::total_cmp);
        raw_times.sort_by(f64::total_cmp);
        let (s, r) = (quantile(&sdk_times, 0.5), quantile(&raw_times, 0.5));
        let (s1, r1) = (quantile(&sdk_times, 0.25), quantile(&raw_times, 0.25));
        let (s3, r3) = (quantile(&sdk_times, 0.75), quantile(&raw_times, 0.75));
        println!(
            "{{\"transport\":\"{name}\",\"mode\":\"calls\",\"pairs\":{call_pairs},\
             \"sdk_median_us\":{:.2},\"raw_median_us\":{:.2},\"median_overhead_pct\":{:.2},\
             \"q1_overhead_pct\":{:.2},\"q3_overhead_pct\":{:.2}}}",
            s * 1e6,
            r * 1e6,
            (s / r - 1.0) * 100.0,
            (s1 / r1 - 1.0) * 100.0,
            (s3 / r3 - 1.0) * 100.0,
        );
    }
}
