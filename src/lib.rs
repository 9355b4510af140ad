//! Rust SDK for the [Terra](https://tryterra.co) API: wearable and health
//! data (activity, sleep, body, daily, nutrition, menstruation, athlete) from
//! many providers, behind one REST API and signed webhooks.
//!
//! This umbrella crate re-exports all of [`tryterra_core`]: the operations
//! ([`ops`]), the generated [`models`], the [`Error`] type, the retry policy,
//! [`webhook`] verification and the typed [`Client`], which is written once
//! over a transport trait. The transports come with features:
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `reqwest` | no | the module `tryterra::reqwest` (crate `tryterra-reqwest`): `tryterra::reqwest::Terra` is the client over reqwest, and its calls are `.await`-ed |
//! | `ureq` | no | the module `tryterra::ureq` (crate `tryterra-ureq`): `tryterra::ureq::Terra` is the same client over ureq, its calls end in `.call()` and need no async runtime |
//! | `rustls` | yes | TLS through rustls in the enabled transports |
//! | `native-tls` | no | TLS through the platform's stack in the enabled transports (with `default-features = false` to leave rustls out) |
//! | `axum` | no | `tryterra::axum::TerraWebhook`, an axum extractor of verified, decoded webhook deliveries (401/400 with a problem+json body otherwise) |
//! | `chrono`, `time`, `jiff` | no | that library's dates and date-times accepted wherever a date is, and `Timestamp` converted into them (see [`interop`]) |
//! | `tracing` | no | a span per call and an event per attempt, never with secrets or bodies |
//!
//! ```toml
//! [dependencies]
//! tryterra = { version = "0.1", features = ["reqwest"] }   # or "ureq"
//! ```
//!
//! With the `reqwest` feature, reading a week of sleep looks like this
//! (`tryterra::ureq::Terra` is the same with `.call()` in place of
//! `.await`):
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")]
//! # async fn run() -> Result<(), tryterra::Error> {
//! use tryterra::CalendarDate;
//!
//! let terra = tryterra::reqwest::Terra::from_env()?; // TERRA_DEV_ID, TERRA_API_KEY
//! let start = CalendarDate::parse("2026-11-01")?;
//! let end = CalendarDate::parse("2026-11-07")?;
//! let week = terra.sleep("my-user-id").since(start).until(end).await?;
//! println!("{} nights", week.data.len());
//! # Ok(()) }
//! ```
//!
//! Any other HTTP stack plugs in by implementing [`BlockingTransport`] or
//! [`AsyncTransport`], or with [`FnTransport`], which turns two closures into
//! a transport. That also lets a test run the client with no server, as here
//! (and with no feature enabled):
//!
//! ```
//! use std::time::Duration;
//! use tryterra::{Client, Config, Credentials, FnTransport, http};
//!
//! let transport = FnTransport::new(
//!     |_request: http::Request<Vec<u8>>| {
//!         Ok::<_, std::io::Error>(http::Response::new(br#"{"providers":["OURA"]}"#.to_vec()))
//!     },
//!     |_wait: Duration| {},
//! );
//! let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), transport);
//! assert_eq!(terra.list_providers().call()?.providers, ["OURA"]);
//! # Ok::<(), tryterra::Error>(())
//! ```
//!
//! Webhook deliveries are checked on their raw bytes before any parsing:
//!
//! ```
//! use tryterra::webhook::{Verifier, sign};
//!
//! let verifier = Verifier::new("my-webhook-secret"); // 300 s tolerance
//! let body = br#"{"type":"healthcheck","status":"success"}"#;
//! let header = sign(b"my-webhook-secret", 1_767_225_600, body);
//! let event = verifier.verify_and_parse(body, &header, 1_767_225_610)?;
//! assert_eq!(event.type_str(), Some("healthcheck"));
//! # Ok::<(), tryterra::WebhookError>(())
//! ```
//!
//! The repository's README and `examples/` show the whole flow (widget
//! session, authentication, data, a verified webhook) against the embedded
//! emulator of `tryterra-mock`.
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
