//! `terra decode`: JSON documents on stdin through the SDK's models.

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use tryterra_core::models::{self, DecodeMode, Mismatches};

use crate::cli::DecodeKind;
use crate::error::CliError;
use crate::input;

/// Calls `$f::<Model>($args)` with the model type `$kind` names.
macro_rules! with_model {
    ($kind:expr, $f:ident($($arg:expr),*)) => {
        match $kind {
            DecodeKind::Activity => $f::<models::Activity>($($arg),*),
            DecodeKind::Body => $f::<models::Body>($($arg),*),
            DecodeKind::Daily => $f::<models::Daily>($($arg),*),
            DecodeKind::Sleep => $f::<models::Sleep>($($arg),*),
            DecodeKind::Nutrition => $f::<models::Nutrition>($($arg),*),
            DecodeKind::Menstruation => $f::<models::Menstruation>($($arg),*),
            DecodeKind::Athlete => $f::<models::Athlete>($($arg),*),
            DecodeKind::PlannedWorkout => $f::<models::PlannedWorkout>($($arg),*),
            DecodeKind::User => $f::<models::TerraUser>($($arg),*),
            DecodeKind::Event => $f::<models::Event>($($arg),*),
        }
    };
}

/// Decodes every document on stdin into the model `kind`; prints each as a
/// compact JSON line unless `check` is set.
///
/// The decode is tolerant unless `strict` is set: a value that does not
/// fit its declared field is kept (and printed back at its place), and
/// each one gets a warning line on stderr,
/// `terra: warning: document N: <path>: expected <type>, found <kind>`.
/// With `strict`, the first such value fails the command, naming its path.
///
/// `--check` needs no decoded value, so it decodes the members of every
/// list one by one and drops them ([`models::Checked`]): every part of
/// every document still goes through its typed decode, and fails (or
/// warns) exactly where printing would, but memory stays near one record
/// instead of the whole model.
pub fn run(kind: DecodeKind, check: bool, strict: bool) -> Result<(), CliError> {
    let input = input::read_stdin()?;
    let n = with_model!(kind, run_kind(&input, check, strict))?;
    if n == 0 {
        return Err(CliError::Failed("no JSON document on stdin".to_owned()));
    }
    Ok(())
}

fn run_kind<T: Explain>(input: &[u8], check: bool, strict: bool) -> Result<usize, CliError> {
    use models::{Checked, Strict};
    let mode = if strict {
        DecodeMode::Strict
    } else {
        DecodeMode::Tolerant
    };
    match (check, strict) {
        (false, false) => decode_all::<T, T>(input, true, mode),
        (false, true) => decode_all::<T, Strict<T>>(input, true, mode),
        (true, false) => decode_all::<T, Checked<T>>(input, false, mode),
        (true, true) => decode_all::<T, Checked<Strict<T>>>(input, false, mode),
    }
}

/// Streams the concatenated (or newline-separated) documents of `input`
/// as `S` (the model `T`, possibly strict or checked), returning how many
/// decoded.
fn decode_all<T: Explain, S: DeserializeOwned + Serialize + Mismatches>(
    input: &[u8],
    print: bool,
    mode: DecodeMode,
) -> Result<usize, CliError> {
    let mut stream = serde_json::Deserializer::from_slice(input).into_iter::<S>();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let stderr = io::stderr();
    let mut warn = BufWriter::new(stderr.lock());
    let mut count = 0usize;
    // The latest document is kept until the next one is read, so that the
    // last one need not be freed: the process exits right after, and
    // freeing a large decoded model piece by piece costs real time.
    let mut last: Option<S> = None;
    loop {
        drop(last.take());
        let offset = stream.byte_offset();
        match stream.next() {
            None => break,
            Some(Ok(value)) => {
                count += 1;
                for m in value.mismatches() {
                    // Best effort, like any diagnostic: a closed stderr
                    // does not change the result.
                    let _ = writeln!(warn, "terra: warning: document {count}: {m}");
                }
                if print {
                    serde_json::to_writer(&mut out, &value).map_err(|e| {
                        match e.io_error_kind() {
                            Some(k) => CliError::stdout(io::Error::from(k)),
                            None => {
                                CliError::Failed(format!("cannot encode document {count}: {e}"))
                            }
                        }
                    })?;
                    out.write_all(b"\n").map_err(CliError::stdout)?;
                }
                last = Some(value);
            }
            Some(Err(err)) => {
                out.flush().map_err(CliError::stdout)?;
                let _ = warn.flush();
                return Err(describe_failure::<T>(input, offset, count + 1, &err, mode));
            }
        }
    }
    out.flush().map_err(CliError::stdout)?;
    let _ = warn.flush();
    std::mem::forget(last);
    Ok(count)
}

/// Explains why document `index` (1-based, starting at byte `offset`) did
/// not decode, with the JSON path of the failure when it is a type error.
fn describe_failure<T: Explain>(
    input: &[u8],
    offset: usize,
    index: usize,
    err: &serde_json::Error,
    mode: DecodeMode,
) -> CliError {
    if err.is_data() {
        // The failing document alone (its syntax is sound up to the error),
        // decoded once more, this time tracking the JSON path.
        let rest = input.get(offset..).unwrap_or_default();
        let mut docs = serde_json::Deserializer::from_slice(rest).into_iter::<IgnoredAny>();
        let end = match docs.next() {
            Some(Ok(_)) => docs.byte_offset(),
            _ => rest.len(),
        };
        if let Err(tryterra_core::Error::Decode(e)) =
            T::decode_with_path(rest.get(..end).unwrap_or(rest), mode)
        {
            return CliError::Failed(format!(
                "document {index} does not decode at `{}`: {}",
                e.path, e.message
            ));
        }
    }
    let what = if err.is_eof() {
        "is truncated"
    } else if err.is_syntax() {
        "is not valid JSON"
    } else {
        "does not decode"
    };
    CliError::Failed(format!("document {index} {what}: {err}"))
}

/// A model `terra decode` can print, and how it decodes one document with
/// the JSON path of any failure in its error.
trait Explain: DeserializeOwned + Serialize + Mismatches {
    fn decode_with_path(doc: &[u8], mode: DecodeMode) -> Result<Self, tryterra_core::Error> {
        models::decode(doc, mode)
    }
}

impl Explain for models::Activity {}
impl Explain for models::Body {}
impl Explain for models::Daily {}
impl Explain for models::Sleep {}
impl Explain for models::Nutrition {}
impl Explain for models::Menstruation {}
impl Explain for models::Athlete {}
impl Explain for models::PlannedWorkout {}
impl Explain for models::TerraUser {}

impl Explain for models::Event {
    /// `Event::from_slice` finds `type` even when it comes after the
    /// payload's fields (JSON writers that sort keys put `data` first);
    /// decoding `Event` generically would lose the path of the fields read
    /// before `type`.
    fn decode_with_path(doc: &[u8], mode: DecodeMode) -> Result<Self, tryterra_core::Error> {
        models::Event::from_slice_with(doc, mode)
    }
}
