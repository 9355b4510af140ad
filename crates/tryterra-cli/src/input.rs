//! Reading stdin whole: mapped into memory when it is a large regular file.

use std::fs::File;
use std::io::{self, Read, Seek};
use std::ops::Deref;

use crate::error::CliError;

/// Files at least this large are mapped rather than read.
const MAP_AT_LEAST: u64 = 1 << 20;

/// All of stdin's bytes.
pub enum Input {
    /// Read into memory (pipes, small files, or when mapping failed).
    Read(Vec<u8>),
    /// A regular file mapped read-only.
    Mapped(memmap2::Mmap),
}

impl Deref for Input {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Self::Read(v) => v,
            Self::Mapped(m) => m,
        }
    }
}

/// Reads all of stdin.
///
/// When stdin is a large regular file (`terra decode event < body.json`),
/// it is mapped instead of copied: the bytes come straight from the page
/// cache, so a 50 MB body costs no fresh memory and no copy. Smaller files
/// are read into a buffer sized once from their length; pipes grow the
/// buffer as usual.
pub fn read_stdin() -> Result<Input, CliError> {
    let failed = |e: io::Error| CliError::Failed(format!("cannot read stdin: {e}"));
    let Some(mut file) = stdin_as_regular_file() else {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map_err(failed)?;
        return Ok(Input::Read(buf));
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    // A file descriptor already partly read (`{ head -c 10; terra …; } < f`)
    // is read from where it stands, like any other reader would.
    let at_start = file.stream_position().is_ok_and(|p| p == 0);
    if len >= MAP_AT_LEAST
        && at_start
        && let Some(map) = map(&file)
    {
        return Ok(Input::Mapped(map));
    }
    let mut buf = Vec::new();
    buf.reserve_exact(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.read_to_end(&mut buf).map_err(failed)?;
    Ok(Input::Read(buf))
}

/// Maps `file` read-only, or `None` when the system refuses (the caller
/// then reads it).
#[allow(unsafe_code)]
fn map(file: &File) -> Option<memmap2::Mmap> {
    // SAFETY: the mapping is private and read-only and lives only while the
    // command runs. The one hazard memmap2 cannot rule out is another
    // process truncating or rewriting the file meanwhile, which a command
    // reading its stdin from a file already cannot guard against (a read
    // would see a torn file too; here the process may get SIGBUS instead).
    unsafe { memmap2::Mmap::map(file) }.ok()
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
