//! Sans-IO core of the Terra API SDK.
//!
//! `tryterra-core` turns each Terra v2 endpoint into a value that builds an
//! [`http::Request`] and parses an [`http::Response`], without opening a
//! socket, reading a file or sleeping. Transports (`tryterra-reqwest`,
//! `tryterra-ureq`, or your own HTTP stack) send the requests; everything else
//! (request building, models, errors, retry decisions, webhook verification)
//! lives here and is testable without a network.
//!
//! # Features
//!
//! All off by default; each only adds an optional dependency.
//!
//! - `chrono`, `time`, `jiff`: that library's dates and date-times are
//!   accepted wherever a date is, and a [`models::Timestamp`] converts into
//!   them (see [`interop`]).
//! - `tracing`: one `terra.call` span per operation run (operation, user id,
//!   attempts, final status, error kind, elapsed) with one debug event per
//!   attempt (method, path, status or failure kind, retry decision, wait).
//!   Only the method and the path of a request are recorded: never headers
//!   (the API key), query strings, bodies or the webhook secret. Spans are
//!   values the [`Exchange`] carries, so the core stays sans-IO.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod client;
pub mod config;
pub mod dates;
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
pub use operation::{Operation, Response};
pub use retry::{Decision, Outcome, RetryPolicy};
pub use webhook::{Verifier, WebhookError};

/// Re-export of the `http` crate version used in this crate's signatures.
pub use http;
