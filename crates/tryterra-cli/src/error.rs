//! The CLI's error type and its exit statuses.

use std::fmt;

/// Why a command did not succeed; decides the exit status.
#[derive(Debug)]
pub enum CliError {
    /// The command was checked and failed (API error status, invalid
    /// signature, decode failure). Exit status 1.
    Failed(String),
    /// The command line was not usable (bad value, missing credentials).
    /// Exit status 2.
    Usage(String),
    /// The HTTP stack failed (connect, timeout, TLS). Exit status 3.
    Transport(String),
    /// stdout was closed by the reader (`terra … | head`): stop quietly.
    BrokenPipe,
    /// Not a failure: under `--dry-run` the request was printed instead of
    /// sent, and the command stops there. Exit status 0.
    DryRun,
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Failed(_) => 1,
            CliError::Usage(_) => 2,
            CliError::Transport(_) => 3,
            CliError::BrokenPipe | CliError::DryRun => 0,
        }
    }

    /// Wraps an error writing to stdout.
    pub fn stdout(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Failed(format!("cannot write to stdout: {err}"))
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            CliError::Failed(m) | CliError::Usage(m) | CliError::Transport(m) => m.as_str(),
            CliError::BrokenPipe => "broken pipe",
            CliError::DryRun => "dry run: nothing was sent",
        };
        // One line on stderr, whatever the message carries.
        let mut first = true;
        for part in text.split(['\n', '\r']).filter(|p| !p.trim().is_empty()) {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(part.trim())?;
            first = false;
        }
        Ok(())
    }
}

impl From<tryterra_core::Error> for CliError {
    fn from(err: tryterra_core::Error) -> Self {
        use tryterra_core::Error;
        match &err {
            Error::InvalidInput(_) => CliError::Usage(err.to_string()),
            // The SDK's message already names the root cause and the attempts.
            Error::Transport(t) => CliError::Transport(t.to_string()),
            _ => CliError::Failed(err.to_string()),
        }
    }
}

/// An error and its sources on one line.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        let next = s.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = s.source();
    }
    text
}
