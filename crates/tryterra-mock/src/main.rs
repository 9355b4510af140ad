//! `tryterra-mock`: runs the Terra API v2 emulator until Ctrl-C.

#![forbid(unsafe_code)]

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = tryterra_mock::cli::Args::parse();
    match tryterra_mock::cli::run_cli(args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tryterra-mock: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
