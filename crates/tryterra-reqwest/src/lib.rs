//! Async transport for the Terra API SDK, built on [`reqwest`] 0.13.
//!
//! [`Terra`] is the typed client: one method per Terra operation, plus
//! [`Terra::execute`] to run any [`tryterra_core::Operation`]. Requests are
//! built and answers parsed by [`tryterra_core`]; this crate only sends them,
//! runs the retry policy of [`Config::retry`](tryterra_core::Config) and sleeps
//! between attempts with `tokio::time::sleep` (a tokio runtime with its
//! timer is required, as for reqwest itself).
//!
//! ```no_run
//! # async fn run() -> Result<(), tryterra_reqwest::tryterra_core::Error> {
//! let terra = tryterra_reqwest::Terra::from_env()?;
//! let providers = terra.list_providers().await?;
//! println!("providers: {}", providers.providers.join(", "));
//! # Ok(()) }
//! ```
//!
//! The HTTP stack is pluggable through [`HttpClient`]: the default
//! [`ReqwestClient`], a [`reqwest::Client`] of your own wrapped with
//! [`ReqwestClient::from_client`], or a closure answering requests in memory.
//!
//! Features: `rustls` (default) or `native-tls` choose reqwest's TLS stack.
#![forbid(unsafe_code)]

mod client;
mod methods;
mod transport;

pub use client::Terra;
pub use methods::{DetailedProviders, MAX_USER_PAGES, User};
pub use transport::{HttpClient, ReqwestClient};

/// Re-export of the `reqwest` version this crate is built on.
pub use reqwest;
/// Re-export of the core crate this transport drives.
pub use tryterra_core;
