#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod client;
pub mod config;
pub mod dates;
pub mod decode;
pub mod error;
pub mod interop;
pub mod models;
pub mod operation;
pub mod ops;
pub mod retry;
pub mod webhook;

pub use client::{
    AsyncTransport, BlockingTransport, Call, Client, Exchange, FnTransport, FromConfig, Observer,
    Step, User,
};
pub use config::{Config, Credentials, DEFAULT_BASE_URL, Secret};
pub use dates::{CalendarDate, DateParam};
pub use error::{
    ApiError, DecodeError, Error, InvalidInput, Problem, TransportError, TransportErrorKind,
};
pub use models::DecodeMode;
pub use operation::{Operation, Response};
pub use retry::{Decision, Outcome, RetryPolicy};
pub use webhook::{Verifier, WebhookError};

/// Re-export of the `http` crate version used in this crate's signatures.
pub use http;
