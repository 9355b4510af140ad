#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

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
