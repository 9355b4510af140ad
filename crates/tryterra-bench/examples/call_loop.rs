//! One client's loopback calls in a loop, for profilers.
//!
//! `call_loop <sdk|raw> <reqwest|ureq> [calls]` makes `calls` (default
//! 10,000) `list_providers` calls with one client of the `e2e` setup and
//! nothing else, so that a profiler run on it (`perf record`, or
//! `valgrind --tool=callgrind` for instruction and `malloc` counts) sees
//! that client alone. Two runs with different call counts, subtracted,
//! give the cost of one call without the start-up.

#[allow(dead_code)]
#[path = "../benches/support/e2e_setup.rs"]
mod e2e_setup;

use e2e_setup::Setup;

fn main() {
    let mut args = std::env::args().skip(1);
    let side = args.next().unwrap_or_else(|| "sdk".to_owned());
    let transport = args.next().unwrap_or_else(|| "reqwest".to_owned());
    let calls: u64 = args
        .next()
        .map(|s| s.parse().expect("the call count must be a number"))
        .unwrap_or(10_000);
    let run: fn(&Setup, u64) = match (side.as_str(), transport.as_str()) {
        ("sdk", "reqwest") => Setup::tryterra_reqwest,
        ("raw", "reqwest") => Setup::raw_reqwest,
        ("sdk", "ureq") => Setup::tryterra_ureq,
        ("raw", "ureq") => Setup::raw_ureq,
        _ => panic!("usage: call_loop <sdk|raw> <reqwest|ureq> [calls]"),
    };
    let setup = Setup::new();
    run(&setup, calls);
}
