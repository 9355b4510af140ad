//! Writes a generated webhook event to a file.
//!
//! `gen-payload <activity|sleep|daily|body> <bytes> <out.json>`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(kind), Some(size), Some(out)) = (
        args.get(1).and_then(|k| tryterra_bench::Kind::parse(k)),
        args.get(2).and_then(|s| s.parse::<usize>().ok()),
        args.get(3),
    ) else {
        eprintln!("usage: gen-payload <activity|sleep|daily|body> <bytes> <out.json>");
        return ExitCode::from(2);
    };
    let bytes = tryterra_bench::event(kind, size);
    match std::fs::write(out, &bytes) {
        Ok(()) => {
            println!("{} bytes written to {out}", bytes.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
