//! Writing to stdout and stderr without ever panicking.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::cli::OutputFormat;
use crate::error::CliError;
use crate::render;

/// Prints one JSON document on stdout: indented when stdout is a terminal,
/// one compact line otherwise.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), CliError> {
    let stdout = io::stdout();
    let pretty = stdout.is_terminal();
    let mut out = stdout.lock();
    let res = if pretty {
        serde_json::to_writer_pretty(&mut out, value)
    } else {
        serde_json::to_writer(&mut out, value)
    };
    res.map_err(|e| match e.io_error_kind() {
        Some(kind) => CliError::stdout(io::Error::from(kind)),
        None => CliError::Failed(format!("cannot encode the output as JSON: {e}")),
    })?;
    out.write_all(b"\n").map_err(CliError::stdout)?;
    out.flush().map_err(CliError::stdout)
}

/// Prints a line of text on stdout.
pub fn print_text(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).map_err(CliError::stdout)?;
    if !text.ends_with('\n') {
        out.write_all(b"\n").map_err(CliError::stdout)?;
    }
    out.flush().map_err(CliError::stdout)
}

/// Writes one line on stderr, ignoring failures (stderr is the last resort).
pub fn eline(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

/// The output format: the one asked for, or a table on a terminal and JSON
/// in pipes.
pub fn format(asked: Option<OutputFormat>) -> OutputFormat {
    asked.unwrap_or(if io::stdout().is_terminal() {
        OutputFormat::Table
    } else {
        OutputFormat::Json
    })
}

/// Whether to colour what goes to a stream that `is_terminal` describes:
/// only on a terminal, never with `NO_COLOR` set (to anything but empty) or
/// with `TERM=dumb`.
pub fn colour(is_terminal: bool) -> bool {
    is_terminal
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// Whether stdout gets colours.
pub fn colour_stdout() -> bool {
    colour(io::stdout().is_terminal())
}

/// Prints a JSON document in `format`: as JSON (see [`print_json`]), or cut
/// into records as NDJSON, CSV or a table.
pub fn print_value(format: OutputFormat, value: &serde_json::Value) -> Result<(), CliError> {
    match format {
        OutputFormat::Json => print_json(value),
        OutputFormat::Ndjson => print_raw_text(&render::ndjson(value)),
        OutputFormat::Csv => print_raw_text(&render::csv(value)),
        OutputFormat::Table => {
            print_raw_text(&render::table(value, colour_stdout(), terminal_width()))
        }
    }
}

/// Prints raw JSON bytes received from a server in `format` (bytes that do
/// not parse are printed as text whatever the format).
pub fn print_doc(format: OutputFormat, body: &[u8]) -> Result<(), CliError> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(v) => print_value(format, &v),
        Err(_) => print_text(&String::from_utf8_lossy(body)),
    }
}

/// Writes `text` to stdout as it is.
fn print_raw_text(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).map_err(CliError::stdout)?;
    out.flush().map_err(CliError::stdout)
}

/// `text` in `style` when `on`, plain otherwise.
pub fn paint(text: &str, style: anstyle::Style, on: bool) -> String {
    if on {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_owned()
    }
}

/// The width of the terminal on stdout, when it is one and says.
fn terminal_width() -> Option<usize> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    term.size_checked().map(|(_rows, cols)| usize::from(cols))
}
