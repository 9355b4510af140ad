//! The SDK's overhead on loopback calls, measured in pairs.
//!
//! Runs blocks of 1,000 `list_providers` calls, alternating a typed client
//! (terra-ureq or terra-reqwest) with the raw `ureq` / `reqwest` client
//! configured alike, against the same server as `benches/e2e.rs`. Each SDK
//! block is compared with the raw block run right next to it (the order
//! inside a pair alternates), so drift in the machine's speed, which on a
//! shared VM is larger than the difference being measured, cancels out.
//! Prints, per transport, the median of the per-pair ratios and its
//! interquartile range, as one JSON line each.
//!
//! `cargo run --release -p terra-bench --example e2e_paired [pairs]`
//! (default 30 pairs per transport).

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

fn main() {
    let pairs: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("pairs must be a number"))
        .unwrap_or(30)
        .max(3);
    let setup = Setup::new();
    type Block = fn(&Setup);
    let transports: [(&str, Block, Block); 2] = [
        ("ureq", Setup::terra_ureq, Setup::raw_ureq),
        ("reqwest", Setup::terra_reqwest, Setup::raw_reqwest),
    ];
    for (name, sdk, raw) in transports {
        // Warm both up: connections, pools, caches.
        sdk(&setup);
        raw(&setup);
        let mut ratios = Vec::with_capacity(pairs);
        let (mut sdk_total, mut raw_total) = (0.0, 0.0);
        for i in 0..pairs {
            let (s, r) = if i % 2 == 0 {
                let r = timed(|| raw(&setup));
                (timed(|| sdk(&setup)), r)
            } else {
                let s = timed(|| sdk(&setup));
                (s, timed(|| raw(&setup)))
            };
            sdk_total += s;
            raw_total += r;
            ratios.push(s / r);
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "{{\"transport\":\"{name}\",\"pairs\":{pairs},\"median_overhead_pct\":{:.2},\
             \"q1_pct\":{:.2},\"q3_pct\":{:.2},\"sdk_ms_per_1000\":{:.2},\"raw_ms_per_1000\":{:.2}}}",
            (quantile(&ratios, 0.5) - 1.0) * 100.0,
            (quantile(&ratios, 0.25) - 1.0) * 100.0,
            (quantile(&ratios, 0.75) - 1.0) * 100.0,
            sdk_total / pairs as f64 * 1e3,
            raw_total / pairs as f64 * 1e3,
        );
    }
}
