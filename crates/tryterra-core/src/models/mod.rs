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
//! - Every field is an `Option`: absent and `null` both decode to `None`,
//!   and `None` is omitted when serialising. Fields the spec marks as
//!   required are optional too, so a payload that lacks one still decodes
//!   (their docs say "required by the spec").
//! - Field names are the JSON names; names that are not snake case keep a
//!   `#[serde(rename)]`, and `type` is spelled `r#type`.
//! - Unknown fields are kept in each struct's `extra` map and written back
//!   when serialising, so decode then encode loses nothing (for example the
//!   `terra_reference` of chunked data events).
//! - `number` is `f64`, `integer` is `i64` (also accepted when written as
//!   `8.0`), date-times are [`Timestamp`] and dates are [`DateString`], both
//!   kept verbatim.
//! - Decoding is written for large payloads: each struct matches its keys
//!   directly (no intermediate tree, unlike serde's `flatten`). A declared
//!   field that appears twice in one object is a decode error (`duplicate
//!   field`), as with serde's derive, so a payload cannot mean one thing to
//!   a checker and another to the SDK; repeated unknown keys keep the last
//!   value. Keys are read as bytes; to record error paths with
//!   `serde_path_to_error` yourself, see [`with_string_keys`].
//! - To check that a payload decodes without keeping it in memory, see
//!   [`validate`]: every list member is decoded and dropped in turn.
//! - Integer-coded enums keep codes this SDK does not know in
//!   `Unrecognized(i64)`; string enums keep unknown strings in
//!   `Unrecognized(String)`.

#[macro_use]
pub(crate) mod support;
mod accessors;
mod event;
mod generated;
mod time;

pub use accessors::Records;
pub use event::{Event, GenericEvent};
pub use generated::*;
pub use support::{with_lists_discarded, with_string_keys};
pub use time::{DateString, Timestamp};

/// The fields of a JSON object that a model does not declare, kept verbatim.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Checks that `body` is one JSON document that decodes as `T`, without
/// keeping the decoded value.
///
/// The document goes through exactly the decode [`crate::operation::decode_json`]
/// runs, so it fails here exactly when decoding it for real would fail, and
/// with the same error and JSON path. The difference is memory: each member
/// of each list is dropped as soon as it has decoded (see
/// [`with_lists_discarded`]), so checking a large payload holds about one
/// record at a time instead of the whole model.
///
/// For webhook events whose `type` may come after their data (JSON writers
/// that sort keys), `with_lists_discarded(|| Event::from_slice(body))` does
/// the same check and still names the failing field, as
/// [`Event::from_slice`] does.
///
/// ```
/// use tryterra_core::models::{self, Event};
///
/// let ok = br#"{"type": "activity", "data": [{"metadata": {"name": "Run"}}]}"#;
/// assert!(models::validate::<Event>(ok).is_ok());
///
/// let bad = br#"{"type": "activity", "data": [{"metadata": {"type": "run"}}]}"#;
/// let err = models::validate::<Event>(bad).unwrap_err();
/// assert!(err.to_string().contains("data[0].metadata.type"), "{err}");
/// ```
pub fn validate<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<(), crate::Error> {
    with_lists_discarded(|| crate::operation::decode_json::<T>(None, body)).map(drop)
}
