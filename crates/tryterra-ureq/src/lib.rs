#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod transport;

#[cfg(feature = "rustls")]
#[cfg_attr(docsrs, doc(cfg(feature = "rustls")))]
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
