//! Blocking transport for the Terra API SDK, built on [`ureq`] 3.
//!
//! [`Terra`] is the typed client: one method per Terra operation, plus
//! [`Terra::execute`] to run any [`tryterra_core::Operation`]. Requests are
//! built and answers parsed by [`tryterra_core`]; this crate only sends them,
//! runs the retry policy of [`Config::retry`](tryterra_core::Config) and sleeps
//! between attempts with [`std::thread::sleep`].
//!
//! ```no_run
//! # fn main() -> Result<(), tryterra_ureq::tryterra_core::Error> {
//! let terra = tryterra_ureq::Terra::from_env()?;
//! let providers = terra.list_providers()?;
//! println!("providers: {}", providers.providers.join(", "));
//! # Ok(()) }
//! ```
//!
//! The HTTP stack is pluggable through [`HttpClient`]: the default
//! [`UreqClient`], a [`ureq::Agent`] of your own wrapped with
//! [`UreqClient::from_agent`], or a closure answering requests in memory.
//!
//! Features: `rustls` (default) or `native-tls` choose ureq's TLS stack.
#![forbid(unsafe_code)]

mod client;
mod methods;
mod transport;

pub use client::Terra;
pub use methods::{DetailedProviders, MAX_USER_PAGES, User};
pub use transport::{HttpClient, UreqClient};

/// Re-export of the core crate this transport drives.
pub use tryterra_core;
/// Re-export of the `ureq` version this crate is built on.
pub use ureq;
