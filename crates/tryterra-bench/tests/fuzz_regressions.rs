//! Runs every fuzz target's checks over the committed seeds
//! (`fuzz/seeds/<target>/`) and over inputs that once found a bug
//! (`crates/tryterra-bench/tests/fuzz-regressions/<target>/`), so they stay
//! fixed under plain `cargo test`.

use std::path::Path;

use tryterra_bench::fuzz_checks;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        root.join("../../fuzz/seeds").join(target),
        root.join("tests/fuzz-regressions").join(target),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_file() {
                let bytes = std::fs::read(&path).expect("readable input");
                out.push((path.display().to_string(), bytes));
            }
        }
    }
    out.sort();
    out
}

fn run(target: &str, check: impl Fn(&[u8])) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no inputs for {target}");
    for (name, bytes) in inputs {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bytes)));
        assert!(result.is_ok(), "{target}: {name} fails");
    }
}

#[test]
fn signature_header() {
    run("signature_header", fuzz_checks::signature_header);
}

#[test]
fn verify_and_parse() {
    run("verify_and_parse", fuzz_checks::verify_and_parse);
}

#[test]
fn response_parsers() {
    let ops = tryterra_bench::ops::all();
    run("response_parsers", |d| {
        fuzz_checks::response_parsers(&ops, d)
    });
}

#[test]
fn event_decode() {
    run("event_decode", fuzz_checks::event_decode);
}

#[test]
fn cli_decode() {
    run("cli_decode", fuzz_checks::cli_decode);
}

#[test]
fn fast_decode() {
    run("fast_decode", fuzz_checks::fast_decode);
}
