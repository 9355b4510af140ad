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
//! - Integer-coded enums keep codes this SDK does not know in
//!   `Unrecognized(i64)`; string enums keep unknown strings in
//!   `Unrecognized(String)`.

#[macro_use]
pub(crate) mod support;
mod event;
mod generated;
mod time;

pub use event::{Event, GenericEvent};
pub use generated::*;
pub use support::with_string_keys;
pub use time::{DateString, Timestamp};

/// The fields of a JSON object that a model does not declare, kept verbatim.
pub type Extra = serde_json::Map<String, serde_json::Value>;
