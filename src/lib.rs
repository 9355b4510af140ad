//! Rust SDK for the Terra API.
//!
//! This umbrella crate re-exports [`tryterra_core`]: requests, models,
//! errors, retries, webhook signatures, and the typed [`Client`], written
//! once over a transport trait. The transports are available behind
//! features:
//!
//! - `reqwest`: the async transport, as the module `tryterra::reqwest` (the
//!   `tryterra-reqwest` crate). `tryterra::reqwest::Terra` is the client over
//!   it; its calls are `.await`-ed.
//! - `ureq`: the blocking transport, as the module `tryterra::ureq` (the
//!   `tryterra-ureq` crate). `tryterra::ureq::Terra` is the same client over
//!   it; its calls end in `.call()`, with no async runtime.
//! - `native-tls`: the platform's TLS instead of rustls in those transports.
//! - `axum`: `tryterra::axum::TerraWebhook`, an axum extractor of
//!   verified, decoded webhook deliveries (401/400 with a problem+json body
//!   otherwise).
//! - `chrono`, `time`, `jiff`: that library's dates and date-times accepted
//!   wherever a date is, and `Timestamp` converted into them (see
//!   [`interop`]).
//!
//! Any other HTTP stack plugs in by implementing [`BlockingTransport`] or
//! [`AsyncTransport`].
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use tryterra_core::*;

/// The async transport (the `tryterra-reqwest` crate), with its typed client
/// [`Terra`](tryterra_reqwest::Terra).
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use tryterra_reqwest as reqwest;

/// The blocking transport (the `tryterra-ureq` crate), with its typed client
/// [`Terra`](tryterra_ureq::Terra).
#[cfg(feature = "ureq")]
#[cfg_attr(docsrs, doc(cfg(feature = "ureq")))]
pub use tryterra_ureq as ureq;

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;

/// The README's examples, compiled as doc tests (they need the transports
/// and the axum extractor, which the workspace's test run enables).
#[cfg(all(doctest, feature = "reqwest", feature = "ureq", feature = "axum"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
