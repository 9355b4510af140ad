// The crate's documentation is its README (a binary has no API docs, but
// this keeps one text for crates.io and `cargo doc --document-private-items`).
#![doc = include_str!("../README.md")]
#![deny(unsafe_code)]

/// The allocator of the binary (see the `mimalloc` feature): decoding a
/// large payload makes hundreds of thousands of small allocations and
/// touches a lot of fresh memory, which mimalloc serves with fewer page
/// faults than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod api;
mod cli;
mod client;
mod ctx;
mod decode;
mod error;
mod export;
mod input;
mod mock_cmd;
mod out;
mod webhook_cmd;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::error::CliError;

fn main() -> ExitCode {
    // A panic is a bug; report it on one line and exit 1, never 101.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".to_owned());
        out::eline(&format!("terra: internal error: {msg}"));
    }));
    match std::panic::catch_unwind(run) {
        Ok(code) => code,
        Err(_) => ExitCode::from(1),
    }
}

fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with status 0; errors to
            // stderr with status 2.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match dispatch(cli) {
        Ok(()) | Err(CliError::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            out::eline(&format!("terra: {err}"));
            ExitCode::from(err.exit_code())
        }
    }
}

fn dispatch(cli: Cli) -> Result<(), CliError> {
    let timeout = cli.global.timeout.map(Duration::from_secs_f64);
    match cli.command {
        Command::Webhook(cmd) => webhook_cmd::run(cmd, timeout),
        Command::Decode {
            kind,
            check,
            strict,
        } => decode::run(kind, check, strict),
        Command::Mock(args) => mock_cmd::run(&cli.global, &args),
        api_command => {
            let ctx = ctx::Ctx::new(&cli.global)?;
            api::run(&ctx, api_command)
        }
    }
}
