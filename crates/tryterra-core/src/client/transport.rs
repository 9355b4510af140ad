//! The two transport traits the [`Client`](super::Client) is generic over.
//!
//! A transport moves bytes and waits; it decides nothing. The retry loop,
//! the body-size check, request building and parsing all happen in the
//! core. Implement [`BlockingTransport`] or [`AsyncTransport`] (or both) for
//! an HTTP stack, and every typed method of the client works over it.

use std::future::Future;
use std::time::Duration;

use crate::config::Config;
use crate::error::{Error, TransportError};

/// A blocking HTTP stack: sends one request and returns the whole answer,
/// and sleeps between attempts.
///
/// The blocking flavour of the client needs no async runtime. Calls on a
/// [`Client`](super::Client) over a blocking transport finish with
/// [`Call::call`](super::Call::call).
pub trait BlockingTransport {
    /// Sends `request` and reads the answer's body to its end.
    ///
    /// The answer's status is never an error here: a 404 or a 503 is an
    /// `Ok` answer, which the core reads. Only failures of the stack itself
    /// (connect, TLS, time-out, a broken body) are a [`TransportError`].
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError>;

    /// Blocks the calling thread for `duration` (the wait between two
    /// attempts that the retry policy asked for).
    fn sleep(&self, duration: Duration);
}

/// An async HTTP stack: sends one request and returns the whole answer,
/// and sleeps between attempts on its runtime's timer.
///
/// Calls on a [`Client`](super::Client) over an async transport are
/// futures: `.await` them.
pub trait AsyncTransport: Send + Sync {
    /// Sends `request` and reads the answer's body to its end. As for
    /// [`BlockingTransport::send`], an error status is an `Ok` answer.
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send;

    /// Waits `duration` without blocking the runtime.
    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send;
}

/// A transport that can be built from a [`Config`] alone: what
/// [`Client::new`](super::Client::new), [`Client::with_config`](super::Client::with_config)
/// and [`Client::from_env`](super::Client::from_env) use.
pub trait FromConfig: Sized {
    /// Builds the transport for `config` (timeouts, body limit, user agent).
    fn from_config(config: &Config) -> Result<Self, Error>;
}

impl<T: BlockingTransport + ?Sized> BlockingTransport for &T {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        (**self).send(request)
    }

    fn sleep(&self, duration: Duration) {
        (**self).sleep(duration);
    }
}

impl<T: AsyncTransport + ?Sized> AsyncTransport for &T {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        (**self).send(request)
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        (**self).sleep(duration)
    }
}

impl<T: BlockingTransport + ?Sized> BlockingTransport for std::sync::Arc<T> {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        (**self).send(request)
    }

    fn sleep(&self, duration: Duration) {
        (**self).sleep(duration);
    }
}

impl<T: AsyncTransport + ?Sized> AsyncTransport for std::sync::Arc<T> {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        (**self).send(request)
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        (**self).sleep(duration)
    }
}
