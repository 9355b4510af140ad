//! Reading stdin whole, sized up front when it is a regular file.

use std::fs::File;
use std::io::{self, Read};

use crate::error::CliError;

/// Reads all of stdin.
///
/// When stdin is a regular file (`terra decode event < body.json`), the
/// buffer is allocated once at the file's size, so peak memory stays close
/// to the input size; pipes grow the buffer as usual.
pub fn read_stdin() -> Result<Vec<u8>, CliError> {
    let mut buf = Vec::new();
    let res = match stdin_as_regular_file() {
        Some(mut file) => {
            let len = file.metadata().map(|m| m.len()).unwrap_or(0);
            buf.reserve_exact(usize::try_from(len).unwrap_or(0).saturating_add(1));
            file.read_to_end(&mut buf)
        }
        None => io::stdin().lock().read_to_end(&mut buf),
    };
    res.map_err(|e| CliError::Failed(format!("cannot read stdin: {e}")))?;
    Ok(buf)
}

#[cfg(unix)]
fn stdin_as_regular_file() -> Option<File> {
    use std::os::fd::AsFd;
    io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .ok()
        .map(File::from)
        .filter(|f| f.metadata().map(|m| m.is_file()).unwrap_or(false))
}

#[cfg(not(unix))]
fn stdin_as_regular_file() -> Option<File> {
    None
}
