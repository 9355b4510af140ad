//! Async transport for the Terra API SDK, built on [`reqwest`] 0.13.
//!
//! [`Terra`] is the typed client of [`tryterra_core`] over this transport:
//! every method returns a call to `.await`. Requests are built, retried and
//! parsed by the core; this crate only sends them and sleeps between
//! attempts with `tokio::time::sleep` (a tokio runtime with its timer is
//! required, as for reqwest itself).
//!
//! ```no_run
//! # async fn run() -> Result<(), tryterra_reqwest::tryterra_core::Error> {
//! let terra = tryterra_reqwest::Terra::from_env()?;
//! let providers = terra.list_providers().await?;
//! println!("providers: {}", providers.providers.join(", "));
//! # Ok(()) }
//! ```
//!
//! The transport is the default [`ReqwestTransport`], one around a
//! [`reqwest::Client`] of your own ([`ReqwestTransport::from_client`]), or a
//! closure answering requests in memory ([`from_fn`]).
//!
//! Features: `rustls` (default) or `native-tls` choose reqwest's TLS stack.
#![forbid(unsafe_code)]

mod transport;

pub use transport::{ReqwestTransport, from_fn};

/// The typed async Terra client: [`Client`] over [`ReqwestTransport`].
///
/// Over another transport (a closure from [`from_fn`], a wrapper of your
/// own), the client is `Client<ThatTransport>`, with the same methods.
pub type Terra = Client<ReqwestTransport>;

pub use tryterra_core::client::{Client, FnTransport};

/// Re-export of the `reqwest` version this crate is built on.
pub use reqwest;
/// Re-export of the core crate this transport drives.
pub use tryterra_core;
