//! The two transport traits the [`Client`](super::Client) is generic over.
//!
//! A transport moves bytes and waits; it decides nothing. The retry loop,
//! the body-size check, request building and parsing all happen in the
//! core. Implement [`BlockingTransport`] or [`AsyncTransport`] (or both) for
//! an HTTP stack, and every typed method of the client works over it.

use std::error::Error as StdError;
use std::fmt;
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

/// A transport made of two functions: one answering each request, one
/// waiting between attempts.
///
/// Over a `send` that returns a `Result` and a `sleep` that returns `()`,
/// it is a [`BlockingTransport`]; over functions that return futures, an
/// [`AsyncTransport`]. The transport crates build it with their own sleep
/// (`tryterra_ureq::from_fn`, `tryterra_reqwest::from_fn`), which is how a
/// unit test answers requests from a closure, with no server.
///
/// An error `E` returned by `send` becomes a [`TransportError`]: its kind is
/// kept when `E` is (or boxes) a [`TransportError`] or a transport
/// [`Error`], derived from the [`std::io::ErrorKind`] for an
/// [`std::io::Error`], and [`TransportErrorKind::Other`](crate::TransportErrorKind::Other)
/// otherwise.
///
/// ```
/// use std::time::Duration;
/// use tryterra_core::client::{Client, FnTransport};
/// use tryterra_core::{Config, Credentials};
///
/// let transport = FnTransport::new(
///     |_req: http::Request<Vec<u8>>| {
///         Ok::<_, std::io::Error>(http::Response::new(br#"{"providers":["OURA"]}"#.to_vec()))
///     },
///     |_wait: Duration| {},   // a test that does not want to wait
/// );
/// let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), transport);
/// assert_eq!(terra.list_providers().call()?.providers, ["OURA"]);
/// # Ok::<(), tryterra_core::Error>(())
/// ```
#[derive(Clone)]
pub struct FnTransport<S, W> {
    send: S,
    sleep: W,
}

impl<S, W> FnTransport<S, W> {
    /// A transport answering with `send` and waiting with `sleep`.
    pub fn new(send: S, sleep: W) -> Self {
        Self { send, sleep }
    }
}

impl<S, W> fmt::Debug for FnTransport<S, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnTransport").finish_non_exhaustive()
    }
}

impl<S, W, E> BlockingTransport for FnTransport<S, W>
where
    S: Fn(http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, E>,
    W: Fn(Duration),
    E: Into<Box<dyn StdError + Send + Sync + 'static>>,
{
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        (self.send)(request).map_err(|e| TransportError::from_boxed(e.into()))
    }

    fn sleep(&self, duration: Duration) {
        (self.sleep)(duration);
    }
}

impl<S, Fut, W, Wait, E> AsyncTransport for FnTransport<S, W>
where
    S: Fn(http::Request<Vec<u8>>) -> Fut + Send + Sync,
    Fut: Future<Output = Result<http::Response<Vec<u8>>, E>> + Send,
    W: Fn(Duration) -> Wait + Send + Sync,
    Wait: Future<Output = ()> + Send,
    E: Into<Box<dyn StdError + Send + Sync + 'static>>,
{
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        let answer = (self.send)(request);
        async move {
            answer
                .await
                .map_err(|e| TransportError::from_boxed(e.into()))
        }
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        (self.sleep)(duration)
    }
}
