//! Rust SDK for the Terra API.
//!
//! This umbrella crate re-exports [`terra_core`]; the transports are
//! available behind the `reqwest` and `ureq` features.
#![forbid(unsafe_code)]

pub use terra_core::*;
