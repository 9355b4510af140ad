//! Writing to stdout and stderr without ever panicking.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::error::CliError;

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

/// Prints raw JSON bytes received from a server, re-encoded through
/// [`print_json`] when they parse (so the output is always one document per
/// call), or as text otherwise.
pub fn print_json_bytes(body: &[u8]) -> Result<(), CliError> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(v) => print_json(&v),
        Err(_) => print_text(&String::from_utf8_lossy(body)),
    }
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
