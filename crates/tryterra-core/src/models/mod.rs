//! Typed models of Terra's payloads, generated from the pinned v2 OpenAPI
//! spec (`cargo run -p xtask -- codegen`).
//!
//! Every component schema of the spec has a type here under its spec name
//! ([`Activity`], [`Sleep`], [`TerraUser`], [`ActivityType`], …); schemas
//! that only point at another schema are type aliases. The webhook payloads
//! are unified in [`Event`].
//!
//! Conventions shared by all generated structs:
//!
//! - Every field is an `Option` (an [`OptF64`] for numbers): absent and
//!   `null` both decode to `None`, and `None` is omitted when serialising.
//!   Fields the spec marks as required are optional too, so a payload that
//!   lacks one still decodes (their docs say "required by the spec").
//! - Field names are the JSON names; names that are not snake case keep a
//!   `#[serde(rename)]`, and `type` is spelled `r#type`.
//! - Unknown fields are kept in each struct's `extra` map and written back
//!   when serialising, so decode then encode loses nothing (for example the
//!   `terra_reference` of chunked data events).
//! - `number` is [`OptF64`] (an optional `f64` in 8 bytes instead of the
//!   16 of `Option<f64>`; [`OptF64::get`] gives the `Option` back), `integer`
//!   is `i64` (also accepted when written as `8.0`), date-times are
//!   [`Timestamp`]s (parsed, packed into eight bytes and written back
//!   exactly as sent) and dates are [`DateString`]s (kept as text). Arrays
//!   are [`List`]s.
//! - Decoding is tolerant (see [`DecodeMode`]): a value whose kind does not
//!   fit its declared field (`"28"` for a number, `1.5` for an integer code,
//!   `"true"` for a boolean, an object for a string, a date-time string of a
//!   shape [`Timestamp`] does not hold, …) does not fail the
//!   document. It is kept verbatim in the struct's `extra` map under its own
//!   key, the typed field reads `None`, and encoding writes it back where it
//!   was; a list member that does not fit is kept raw in its [`List`] while
//!   the other members stay typed. [`Mismatches::mismatches`] lists them all
//!   with their JSON paths. A strict decode ([`decode`] with
//!   [`DecodeMode::Strict`], or [`validate`]) refuses the first one instead.
//! - Decoding is written for large payloads: each struct matches its keys
//!   directly (no intermediate tree, unlike serde's `flatten`). A declared
//!   field that appears twice in one object is a decode error (`duplicate
//!   field`), as with serde's derive, so a payload cannot mean one thing to
//!   a checker and another to the SDK; repeated unknown keys keep the last
//!   value. Keys are read as bytes; the SDK's decode errors
//!   ([`crate::DecodeError`]) still carry the JSON path of a failure.
//! - To check that a payload decodes without keeping it in memory, see
//!   [`validate`] (or [`Checked`]): every list member is decoded and
//!   dropped in turn. [`Strict`] makes any serde entry point strict.
//! - Integer-coded enums keep codes this SDK does not know in
//!   `Unrecognized(i32)` (codes are `i32`; a JSON integer beyond that range
//!   is a value that does not fit); string enums keep unknown strings in
//!   `Unrecognized(String)`.

#[macro_use]
pub(crate) mod support;
mod accessors;
mod event;
mod extra;
#[doc(hidden)]
pub mod fast;
mod generated;
mod latlng;
mod num;
mod time;
pub(crate) mod tolerant;

pub use accessors::Records;
pub use event::{Event, GenericEvent};
pub use extra::Extra;
pub use generated::*;
pub use latlng::LatLng;
pub use num::OptF64;
pub use time::{DateString, Timestamp, TimestampError};
pub use tolerant::{Checked, DecodeMode, JsonKind, List, Mismatch, Mismatches, Strict};
#[doc(hidden)]
pub use tolerant::{Fit, FitSeed, Fitted};

/// Decodes one JSON document as `T` in the given mode, with the JSON path
/// of any failure (the same as [`crate::decode::decode_json_with`]
/// without an HTTP status).
///
/// ```
/// use tryterra_core::models::{self, DecodeMode, HeartRateDataSample, Mismatches};
///
/// let body = br#"{"bpm": "fast", "timestamp": "2026-01-01T00:00:00Z"}"#;
/// let sample: HeartRateDataSample = models::decode(body, DecodeMode::Tolerant).unwrap();
/// assert_eq!(sample.bpm, None);
/// assert_eq!(sample.mismatches()[0].to_string(), "bpm: expected number, found string");
///
/// let err = models::decode::<HeartRateDataSample>(body, DecodeMode::Strict).unwrap_err();
/// assert!(err.to_string().contains("`bpm`"), "{err}");
/// ```
pub fn decode<T: serde::de::DeserializeOwned>(
    body: &[u8],
    mode: DecodeMode,
) -> Result<T, crate::Error> {
    crate::decode::decode_json_with(None, body, mode)
}

/// Checks that `body` is one JSON document that decodes as `T` in `mode`,
/// without keeping the decoded value, and returns the mismatches a
/// tolerant decode found (always none in a strict one, which fails at the
/// first).
///
/// The document goes through exactly the decode [`decode`] runs, so it
/// fails here exactly when decoding it for real would fail, and with the
/// same error and JSON path. The difference is memory: each member of each
/// list is dropped as soon as it has decoded (unless something inside it
/// did not fit), so checking a large payload holds about one record at a
/// time instead of the whole model.
///
/// For webhook events whose `type` may come after their data (JSON writers
/// that sort keys), [`Event::validate`] does the same check and still names
/// the failing field, as [`Event::from_slice`] does.
///
/// ```
/// use tryterra_core::models::{self, DecodeMode, Event};
///
/// let ok = br#"{"type": "activity", "data": [{"metadata": {"name": "Run"}}]}"#;
/// assert!(models::validate::<Event>(ok, DecodeMode::Strict).unwrap().is_empty());
///
/// let odd = br#"{"type": "activity", "data": [{"metadata": {"type": "run"}}]}"#;
/// let report = models::validate::<Event>(odd, DecodeMode::Tolerant).unwrap();
/// assert_eq!(report[0].path, "data[0].metadata.type");
/// let err = models::validate::<Event>(odd, DecodeMode::Strict).unwrap_err();
/// assert!(err.to_string().contains("data[0].metadata.type"), "{err}");
/// ```
pub fn validate<T: serde::de::DeserializeOwned + Mismatches>(
    body: &[u8],
    mode: DecodeMode,
) -> Result<Vec<Mismatch>, crate::Error> {
    support::with_lists_discarded(|| crate::decode::decode_json_with::<T>(None, body, mode))
        .map(|v| v.mismatches())
}
