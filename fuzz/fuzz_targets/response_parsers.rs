//! Fuzz target: see `tryterra_bench::fuzz_checks::response_parsers` for what it
//! checks (every operation's `parse_response`, any status, any body).
#![no_main]

use tryterra_bench::ops::{AnyOperation, all};

thread_local! {
    static OPS: Vec<(&'static str, Box<dyn AnyOperation>)> = all();
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    OPS.with(|ops| tryterra_bench::fuzz_checks::response_parsers(ops, data));
});
