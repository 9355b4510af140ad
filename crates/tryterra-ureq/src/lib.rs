//! Blocking transport for the Terra API SDK, built on [`ureq`] 3.
//!
//! [`Terra`] is the typed client of [`tryterra_core`] over this transport:
//! every method returns a call finished with `.call()`, and nothing needs
//! an async runtime. Requests are built, retried and parsed by the core;
//! this crate only sends them and sleeps the thread between attempts.
//!
//! ```no_run
//! # fn run() -> Result<(), tryterra_ureq::tryterra_core::Error> {
//! let terra = tryterra_ureq::Terra::from_env()?;
//! let providers = terra.list_providers().call()?;
//! println!("providers: {}", providers.providers.join(", "));
//! # Ok(()) }
//! ```
//!
//! The transport is the default [`UreqTransport`], one around a
//! [`ureq::Agent`] of your own ([`UreqTransport::from_agent`]), or a closure
//! answering requests in memory ([`from_fn`]).
//!
//! Features: `rustls` (default; aws-lc-rs, the crypto provider reqwest uses
//! too, with webpki-roots) or `native-tls` choose ureq's TLS stack.
#![forbid(unsafe_code)]

mod transport;

#[cfg(feature = "rustls")]
pub use transport::tls_config;
pub use transport::{UreqTransport, from_fn};

/// The typed blocking Terra client: [`Client`] over [`UreqTransport`].
///
/// Over another transport (a closure from [`from_fn`], a wrapper of your
/// own), the client is `Client<ThatTransport>`, with the same methods.
pub type Terra = Client<UreqTransport>;

pub use tryterra_core::client::{Client, FnTransport};

/// Re-export of the core crate this transport drives.
pub use tryterra_core;
/// Re-export of the `ureq` version this crate is built on.
pub use ureq;
