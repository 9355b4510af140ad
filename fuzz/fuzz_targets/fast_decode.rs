//! Fuzz target: see `tryterra_bench::fuzz_checks::fast_decode` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tryterra_bench::fuzz_checks::fast_decode(data));
