// The crate's documentation is its README (a binary has no API docs, but
// this keeps one text for crates.io and `cargo doc --document-private-items`).
#![doc = include_str!("../README.md")]
// Unsafe code is denied; the one exception is mapping stdin into memory
// (src/input.rs).
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
mod config;
mod config_cmd;
mod ctx;
mod decode;
mod error;
mod export;
mod input;
mod listen;
mod mock_cmd;
mod out;
mod render;
mod webhook_cmd;
mod when;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

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
        Ok(()) | Err(CliError::BrokenPipe | CliError::DryRun) => ExitCode::SUCCESS,
        Err(err) => {
            // The prefix is red on a terminal (never with NO_COLOR).
            let colour = out::colour(std::io::IsTerminal::is_terminal(&std::io::stderr()));
            let red = anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Red.into()));
            out::eline(&format!("{}: {err}", out::paint("terra", red, colour)));
            ExitCode::from(err.exit_code())
        }
    }
}

fn dispatch(cli: Cli) -> Result<(), CliError> {
    if let Some(api) = cli.command.api_opts() {
        let ctx = ctx::Ctx::new(&api.merged(&cli.top))?;
        return api::run(&ctx, cli.command);
    }
    match cli.command {
        Command::Webhook(cmd) => webhook_cmd::run(cmd),
        Command::Decode {
            kind,
            check,
            strict,
        } => decode::run(kind, check, strict),
        Command::Mock(args) => mock_cmd::run(&args),
        Command::Listen(args) => listen::run(&args),
        Command::Config(args) => config_cmd::run(args),
        Command::Completions { shell } => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "terra", &mut out);
            std::io::Write::flush(&mut out).map_err(CliError::stdout)
        }
        Command::Man { dir: Some(dir) } => {
            std::fs::create_dir_all(&dir)
                .and_then(|()| clap_mangen::generate_to(Cli::command(), &dir))
                .map_err(|e| {
                    CliError::Failed(format!(
                        "cannot write the man pages to {}: {e}",
                        dir.display()
                    ))
                })?;
            out::eline(&format!("terra: man pages written to {}", dir.display()));
            Ok(())
        }
        Command::Man { dir: None } => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(CliError::stdout)?;
            std::io::Write::flush(&mut out).map_err(CliError::stdout)
        }
        _ => Err(CliError::Failed("not an offline command".to_owned())),
    }
}
