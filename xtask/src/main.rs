//! `cargo run -p xtask -- codegen [--spec PATH] [--check]`: regenerates the
//! typed models of `tryterra-core` from the Terra v2 OpenAPI spec.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(task) = args.next() else {
        eprintln!("usage: cargo run -p xtask -- codegen [--spec PATH] [--check]");
        return ExitCode::FAILURE;
    };
    if task != "codegen" {
        eprintln!("unknown task `{task}`; available: codegen");
        return ExitCode::FAILURE;
    }
    let mut spec = xtask::default_spec_path();
    let mut check = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--spec" => match args.next() {
                Some(p) => spec = PathBuf::from(p),
                None => {
                    eprintln!("--spec needs a path");
                    return ExitCode::FAILURE;
                }
            },
            "--check" => check = true,
            other => {
                eprintln!("unknown argument `{other}`");
                return ExitCode::FAILURE;
            }
        }
    }
    match run(&spec, check) {
        Ok(msg) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(spec: &std::path::Path, check: bool) -> Result<String, String> {
    let text = std::fs::read_to_string(spec)
        .map_err(|e| format!("cannot read spec {}: {e}", spec.display()))?;
    let mut report = Vec::new();
    for (path, code) in xtask::generate_all(&text)? {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == code {
            report.push(format!("{} is up to date", path.display()));
        } else if check {
            return Err(format!(
                "{} is stale; run `cargo run -p xtask -- codegen`",
                path.display()
            ));
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&path, code)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            report.push(format!("wrote {}", path.display()));
        }
    }
    Ok(report.join("\n"))
}
