//! Decoding JSON into the SDK's types: the decode mode, the entry points
//! every answer and event goes through, and the switches that scope one
//! decode (strict, string keys, dropped list members).
//!
//! This module sits below the models: they read the switches, and it knows
//! nothing of them beyond serde's traits.

use std::cell::Cell;
use std::thread::LocalKey;

use serde::de::DeserializeOwned;

use crate::error::{DecodeError, Error};

/// How strictly a document is decoded.
///
/// Both modes refuse input that is not JSON, or whose top level is not
/// the model at all (an array where an object is expected, an event
/// without a string `type`). They differ on a value whose kind does not fit
/// its declared field, such as `"28"` where a number is declared:
///
/// - [`DecodeMode::Tolerant`] (the default) keeps such a value verbatim
///   where re-encoding writes it back, leaves the typed field `None`, and
///   lists it in the [`Mismatches`](crate::models::Mismatches) report;
/// - [`DecodeMode::Strict`] refuses the document at the first one, with a
///   [`crate::DecodeError`] naming its JSON path. Use it to validate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DecodeMode {
    /// Keep mismatched values and report them (the default).
    #[default]
    Tolerant,
    /// Refuse the first mismatched value.
    Strict,
}

/// Decodes a JSON body into `T` in `mode`, reporting the JSON path of any
/// failure.
pub fn decode_json_with<T: DeserializeOwned>(
    status: Option<http::StatusCode>,
    body: &[u8],
    mode: DecodeMode,
) -> Result<T, Error> {
    in_mode(mode, || decode_json(status, body))
}

/// Decodes a JSON body into `T`, reporting the JSON path of any failure.
///
/// The models decode tolerantly (see [`DecodeMode`]) unless this runs
/// inside a strict decode ([`decode_json_with`] or
/// [`Operation::parse_response_with`](crate::Operation::parse_response_with) with [`DecodeMode::Strict`]).
pub fn decode_json<T: DeserializeOwned>(
    status: Option<http::StatusCode>,
    body: &[u8],
) -> Result<T, Error> {
    // Fast path: plain serde_json. Path tracking costs about as much as the
    // decoding itself (it records every key), so it only runs again to
    // explain a failure; both decoders accept exactly the same inputs.
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = with_string_keys(|| serde_path_to_error::deserialize(&mut de))
        .map_err(|e| Error::from(DecodeError::from_path_error(status, e, body)))?;
    // Trailing garbage after the document is an error too.
    de.end().map_err(|e| {
        Error::from(DecodeError {
            status,
            path: ".".to_owned(),
            message: format!("unexpected data after the JSON document ({e})"),
            line: e.line(),
            column: e.column(),
            body: body.to_vec(),
        })
    })?;
    Ok(value)
}

thread_local! {
    /// Whether keys are read as strings (for path tracking).
    static STRING_KEYS: Cell<bool> = const { Cell::new(false) };
    /// Whether list fields decode member by member and drop them.
    static DISCARD_LISTS: Cell<bool> = const { Cell::new(false) };
    /// Whether a value that does not fit its field is an error.
    static STRICT: Cell<bool> = const { Cell::new(false) };
}

// These switches are internal: the public ways in are
// `operation::decode_json_with`, `models::validate` and
// `Event::from_slice_with`, which scope them around one decode. They never
// leak out of that decode, also when it unwinds.

/// Runs `f` with the models reading object keys as strings rather than raw
/// bytes, so that `serde_path_to_error` sees their names. The models read
/// keys as bytes otherwise because it is measurably faster on large
/// payloads.
pub(crate) fn with_string_keys<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&STRING_KEYS, f)
}

/// Runs `f` with the list fields decoding every member and dropping it
/// straight away (members with a mismatch inside are kept, so that the
/// report still names it). Every member still goes through its full typed
/// decode; this is for checking payloads without holding them.
pub(crate) fn with_lists_discarded<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&DISCARD_LISTS, f)
}

/// Runs `f` with a value that does not fit its field being a decode error.
pub(crate) fn with_strict<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&STRICT, f)
}

/// Runs `f` decoding in `mode`: as it is for a tolerant decode, under
/// [`with_strict`] for a strict one.
pub(crate) fn in_mode<R>(mode: DecodeMode, f: impl FnOnce() -> R) -> R {
    match mode {
        DecodeMode::Tolerant => f(),
        DecodeMode::Strict => with_strict(f),
    }
}

/// Whether the current decode is strict (read only when a value does not
/// fit, never on the happy path).
pub(crate) fn strict() -> bool {
    STRICT.with(Cell::get)
}

/// Whether the current decode drops list members.
pub(crate) fn discard_lists() -> bool {
    DISCARD_LISTS.with(Cell::get)
}

/// Runs `f` with the thread-local `flag` set, restoring its previous value
/// afterwards, also when `f` unwinds.
fn with_flag<R>(flag: &'static LocalKey<Cell<bool>>, f: impl FnOnce() -> R) -> R {
    struct Restore(&'static LocalKey<Cell<bool>>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.with(|k| k.set(self.1));
        }
    }
    let _restore = Restore(flag, flag.with(|k| k.replace(true)));
    f()
}

/// Whether object keys are read as strings (inside [`with_string_keys`]).
pub(crate) fn string_keys() -> bool {
    STRING_KEYS.with(Cell::get)
}
