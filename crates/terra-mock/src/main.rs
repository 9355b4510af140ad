//! `terra-mock`: runs the Terra API v2 emulator until Ctrl-C.

#![forbid(unsafe_code)]

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = terra_mock::cli::Args::parse();
    match terra_mock::cli::run_cli(args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("terra-mock: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
