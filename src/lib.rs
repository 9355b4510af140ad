//! Rust SDK for the Terra API.
//!
//! This umbrella crate re-exports [`terra_core`] (requests, models, errors,
//! retries, webhook signatures). The transports are available behind
//! features:
//!
//! - `reqwest`: the async client, as the module `terra::reqwest` (the
//!   `terra-reqwest` crate; `terra::reqwest::Terra`);
//! - `ureq`: the blocking client, as the module `terra::ureq` (the
//!   `terra-ureq` crate; `terra::ureq::Terra`);
//! - `native-tls`: the platform's TLS instead of rustls in those transports.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use terra_core::*;

/// The async transport (the `terra-reqwest` crate), with its typed client
/// [`Terra`](terra_reqwest::Terra).
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use terra_reqwest as reqwest;

/// The blocking transport (the `terra-ureq` crate), with its typed client
/// [`Terra`](terra_ureq::Terra).
#[cfg(feature = "ureq")]
#[cfg_attr(docsrs, doc(cfg(feature = "ureq")))]
pub use terra_ureq as ureq;
