//! The retry loop as a pure step machine.
//!
//! An [`Exchange`] runs one [`Operation`] to its end: it says which request
//! to send, how long to wait before the next attempt, and when the result
//! is there. It never sends or sleeps itself; the flavour's loop (a few
//! lines in [`Call`](super::Call)) does what each [`Step`] says:
//!
//! ```
//! use tryterra_core::client::{Exchange, Step};
//! use tryterra_core::ops::ListProviders;
//! use tryterra_core::{Config, Credentials};
//!
//! let config = Config::default();
//! let credentials = Credentials::new("dev-id", "api-key");
//! let op = ListProviders::new();
//! let mut exchange = Exchange::new(&op, &config, &credentials);
//! let mut step = exchange.start();
//! let providers = loop {
//!     step = match step {
//!         Step::Send(request) => {
//!             assert_eq!(request.uri().path(), "/v2/integrations");
//!             // Send it with any HTTP stack; here, a canned answer.
//!             let body = br#"{"status":"success","providers":["GARMIN"]}"#.to_vec();
//!             exchange.received(Ok(http::Response::new(body)))
//!         }
//!         Step::Wait(duration) => {
//!             // Sleep for `duration` on your runtime, then:
//!             exchange.resume()
//!         }
//!         Step::Done(result) => break result?,
//!     };
//! };
//! assert_eq!(providers.providers, ["GARMIN"]);
//! # Ok::<(), tryterra_core::Error>(())
//! ```

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use crate::config::{Config, Credentials};
use crate::error::{Error, TransportError, TransportErrorKind};
use crate::operation::Operation;
use crate::retry::{Decision, Outcome, parse_retry_after_at};

/// What the driver of an [`Exchange`] does next.
#[derive(Debug)]
#[must_use = "a step says what to do next"]
pub enum Step<T> {
    /// Send this request, then hand what came back to [`Exchange::received`].
    Send(http::Request<Vec<u8>>),
    /// Wait this long, then call [`Exchange::resume`].
    Wait(Duration),
    /// The exchange is over: this is its result.
    Done(Result<T, Error>),
}

/// What one attempt looked like, as given to an [`Observer`].
///
/// It carries the request line and the outcome, never headers or bodies,
/// so the API key cannot reach an observer through it.
#[derive(Debug)]
#[non_exhaustive]
pub struct Attempt<'a> {
    /// The attempt's number, 1 for the first.
    pub number: u32,
    /// The most attempts the retry policy allows.
    pub max_attempts: u32,
    /// The request's method.
    pub method: &'a http::Method,
    /// The request's URL.
    pub uri: &'a http::Uri,
    /// What came back: the status, or the kind of transport failure.
    pub outcome: Outcome,
    /// Time from handing the request to the transport to its answer.
    pub elapsed: Duration,
    /// What the retry policy decided after this attempt.
    pub decision: Decision,
}

/// Sees every attempt an [`Exchange`] makes, with the retry decision taken
/// after it: a hook for logs, metrics or tracing.
///
/// Set one on a client with
/// [`Client::with_observer`](super::Client::with_observer).
pub trait Observer: Send + Sync {
    /// Called once per attempt, after its outcome is known and the retry
    /// policy has decided what comes next.
    fn attempt(&self, attempt: &Attempt<'_>);
}

impl<F: Fn(&Attempt<'_>) + Send + Sync> Observer for F {
    fn attempt(&self, attempt: &Attempt<'_>) {
        self(attempt);
    }
}

/// One operation run to its end, with retries, as a pure state machine.
///
/// [`Exchange::start`] gives the first [`Step`]; each answer goes to
/// [`Exchange::received`] and each finished wait to [`Exchange::resume`].
/// The request is built again for each attempt, the answer's size is checked
/// against [`Config::max_response_bytes`], and the decision to retry is
/// [`Config::retry`]'s.
pub struct Exchange<'a, O> {
    operation: O,
    config: &'a Config,
    credentials: &'a Credentials,
    observer: Option<&'a dyn Observer>,
    jitter: fn() -> f64,
    attempt: u32,
    in_flight: Option<InFlight>,
    #[cfg(feature = "tracing")]
    trace: trace::CallSpan,
}

struct InFlight {
    method: http::Method,
    /// The URL and the start time, kept only when someone watches the
    /// attempts (an observer, or the `tracing` feature).
    watched: Option<(http::Uri, Instant)>,
}

impl<'a, O: Operation> Exchange<'a, O> {
    /// An exchange for `operation` under `config`, signed with `credentials`.
    pub fn new(operation: O, config: &'a Config, credentials: &'a Credentials) -> Self {
        #[cfg(feature = "tracing")]
        let trace = trace::CallSpan::new::<O>(operation_user(&operation));
        Self {
            operation,
            config,
            credentials,
            observer: None,
            jitter: random_jitter,
            attempt: 0,
            in_flight: None,
            #[cfg(feature = "tracing")]
            trace,
        }
    }

    /// Reports every attempt to `observer`.
    #[must_use]
    pub fn observed(mut self, observer: Option<&'a dyn Observer>) -> Self {
        self.observer = observer;
        self
    }

    /// Draws the backoff jitter (a number in `[0, 1]`) from `jitter` instead
    /// of the default random source, for deterministic tests.
    #[must_use]
    pub fn with_jitter(mut self, jitter: fn() -> f64) -> Self {
        self.jitter = jitter;
        self
    }

    /// The number of attempts made so far.
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    /// The operation being run.
    pub fn operation(&self) -> &O {
        &self.operation
    }

    /// The first step: the first attempt's request, or the error that
    /// prevented building it.
    pub fn start(&mut self) -> Step<O::Output> {
        self.attempt = 0;
        self.next_attempt()
    }

    /// Takes the transport's answer (or failure) to the last request sent,
    /// and says what comes next: wait and retry, or done.
    pub fn received(
        &mut self,
        result: Result<http::Response<Vec<u8>>, TransportError>,
    ) -> Step<O::Output> {
        let result = result.and_then(|r| check_size(r, self.config.max_response_bytes));
        let outcome = match &result {
            Ok(response) => Outcome::Response {
                status: response.status(),
                // The clock is read only when there is a header to read.
                retry_after: response
                    .headers()
                    .contains_key(http::header::RETRY_AFTER)
                    .then(|| parse_retry_after_at(response.headers(), SystemTime::now()))
                    .flatten(),
            },
            Err(e) => Outcome::Transport(e.kind),
        };
        let Some(flight) = self.in_flight.take() else {
            return Step::Done(Err(Error::invalid(
                "exchange",
                "an answer arrived with no request in flight",
            )));
        };
        let policy = &self.config.retry;
        // Jitter only matters for a retry: draw it only then.
        let decision = match policy.decide(self.attempt, &flight.method, &outcome, 1.0) {
            Decision::Stop => Decision::Stop,
            Decision::Retry(_) => {
                policy.decide(self.attempt, &flight.method, &outcome, (self.jitter)())
            }
        };
        if let Some((uri, sent)) = &flight.watched {
            let attempt = Attempt {
                number: self.attempt,
                max_attempts: policy.max_attempts,
                method: &flight.method,
                uri,
                outcome,
                elapsed: sent.elapsed(),
                decision,
            };
            #[cfg(feature = "tracing")]
            self.trace.attempt(&attempt);
            if let Some(observer) = self.observer {
                observer.attempt(&attempt);
            }
        }
        match decision {
            Decision::Retry(wait) => Step::Wait(wait),
            Decision::Stop => Step::Done(self.finish(result)),
        }
    }

    /// After the wait of a [`Step::Wait`]: the next attempt's request.
    pub fn resume(&mut self) -> Step<O::Output> {
        self.next_attempt()
    }

    fn next_attempt(&mut self) -> Step<O::Output> {
        self.attempt += 1;
        match self.operation.to_request(self.config, self.credentials) {
            Ok(request) => {
                let watched = (self.observer.is_some() || cfg!(feature = "tracing"))
                    .then(|| (request.uri().clone(), Instant::now()));
                self.in_flight = Some(InFlight {
                    method: request.method().clone(),
                    watched,
                });
                Step::Send(request)
            }
            Err(e) => {
                #[cfg(feature = "tracing")]
                self.trace.finish(self.attempt - 1, None, Some(&e));
                Step::Done(Err(e))
            }
        }
    }

    fn finish(
        &self,
        result: Result<http::Response<Vec<u8>>, TransportError>,
    ) -> Result<O::Output, Error> {
        #[cfg(feature = "tracing")]
        let status = result.as_ref().ok().map(http::Response::status);
        let result = self.parse(result);
        #[cfg(feature = "tracing")]
        self.trace
            .finish(self.attempt, status, result.as_ref().err());
        result
    }

    fn parse(
        &self,
        result: Result<http::Response<Vec<u8>>, TransportError>,
    ) -> Result<O::Output, Error> {
        let result = match result {
            Ok(response) => self
                .operation
                .parse_owned_response_with(response, self.config.decode_mode),
            Err(e) => Err(Error::Transport(e)),
        };
        result.map_err(|e| {
            let hint = (e.status() == Some(http::StatusCode::NOT_FOUND))
                .then(|| version_hint(&self.config.base_url))
                .flatten();
            let e = e.with_attempts(self.attempt);
            match hint {
                Some(hint) => e.with_hint(hint),
                None => e,
            }
        })
    }
}

/// The user id the operation names, for its trace span.
#[cfg(feature = "tracing")]
fn operation_user<O: Operation>(operation: &O) -> Option<&str> {
    operation.user()
}

impl<O> std::fmt::Debug for Exchange<'_, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exchange")
            .field("operation", &std::any::type_name::<O>())
            .field("attempt", &self.attempt)
            .field("in_flight", &self.in_flight.is_some())
            .finish_non_exhaustive()
    }
}

/// On a 404: a hint when the base URL lacks the API version, the usual
/// cause of a 404 on every path (`https://api.tryterra.co` for
/// `https://api.tryterra.co/v2`).
fn version_hint(base_url: &str) -> Option<String> {
    let path = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest)
        .split_once('/')
        .map_or("", |(_, path)| path);
    let versioned = path.split('/').any(|seg| {
        seg.len() >= 2 && seg.starts_with('v') && seg[1..].bytes().all(|b| b.is_ascii_digit())
    });
    (!versioned).then(|| {
        format!(
            "the base URL {base_url} has no API version in its path; Terra's is {}",
            crate::DEFAULT_BASE_URL
        )
    })
}

/// Refuses an answer larger than the configured limit (closures and custom
/// stacks may not enforce it themselves).
fn check_size(
    response: http::Response<Vec<u8>>,
    max: u64,
) -> Result<http::Response<Vec<u8>>, TransportError> {
    if response.body().len() as u64 > max {
        Err(TransportError::new(
            TransportErrorKind::TooLarge,
            format!("the answer's body is larger than {max} bytes"),
        ))
    } else {
        Ok(response)
    }
}

/// A number in `[0, 1)` for the backoff jitter; not cryptographic.
fn random_jitter() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_nanos(),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The spans and events of feature `tracing`.
///
/// One span `terra.call` per exchange (fields `operation`, `user_id` when
/// the operation names one, and at the end `attempts`, `status`, `error`,
/// `elapsed_ms`), and one event per attempt inside it (`method`, `path`,
/// `attempt`, `status` or `failure`, `decision`, `wait_ms`,
/// `elapsed_ms`). Only the request line's method and path are recorded:
/// never headers (the API key), query strings or bodies.
#[cfg(feature = "tracing")]
mod trace {
    use std::time::Instant;

    use tracing::field::Empty;

    use super::Attempt;
    use crate::error::Error;
    use crate::retry::{Decision, Outcome};

    pub(super) struct CallSpan {
        span: tracing::Span,
        started: Instant,
    }

    /// `GetData<Sleep>` for `tryterra_core::ops::data::GetData<tryterra_core::ops::data::kind::Sleep>`.
    fn short_type_name<O>() -> String {
        let full = std::any::type_name::<O>();
        let mut out = String::with_capacity(full.len());
        let mut word = String::new();
        for c in full.chars() {
            if c.is_alphanumeric() || c == '_' || c == ':' {
                word.push(c);
            } else {
                out.push_str(word.rsplit("::").next().unwrap_or(&word));
                word.clear();
                out.push(c);
            }
        }
        out.push_str(word.rsplit("::").next().unwrap_or(&word));
        out.trim_start_matches('&').to_owned()
    }

    impl CallSpan {
        pub(super) fn new<O>(user: Option<&str>) -> Self {
            let span = tracing::info_span!(
                "terra.call",
                operation = %short_type_name::<O>(),
                user_id = Empty,
                attempts = Empty,
                status = Empty,
                error = Empty,
                elapsed_ms = Empty,
            );
            if let Some(user) = user {
                span.record("user_id", user);
            }
            Self {
                span,
                started: Instant::now(),
            }
        }

        pub(super) fn attempt(&self, a: &Attempt<'_>) {
            let (decision, wait_ms) = match a.decision {
                Decision::Retry(wait) => ("retry", Some(wait.as_millis() as u64)),
                Decision::Stop => ("stop", None),
            };
            let elapsed_ms = a.elapsed.as_millis() as u64;
            let path = a.uri.path();
            match a.outcome {
                Outcome::Response { status, .. } => tracing::debug!(
                    parent: &self.span,
                    method = %a.method,
                    path,
                    attempt = a.number,
                    status = status.as_u16(),
                    decision,
                    wait_ms,
                    elapsed_ms,
                    "terra attempt"
                ),
                Outcome::Transport(kind) => tracing::debug!(
                    parent: &self.span,
                    method = %a.method,
                    path,
                    attempt = a.number,
                    failure = kind.as_str(),
                    decision,
                    wait_ms,
                    elapsed_ms,
                    "terra attempt"
                ),
            }
        }

        pub(super) fn finish(
            &self,
            attempts: u32,
            status: Option<http::StatusCode>,
            error: Option<&Error>,
        ) {
            self.span.record("attempts", attempts);
            if let Some(status) = status.or_else(|| error.and_then(Error::status)) {
                self.span.record("status", status.as_u16());
            }
            if let Some(error) = error {
                self.span.record("error", error_kind(error));
            }
            self.span
                .record("elapsed_ms", self.started.elapsed().as_millis() as u64);
        }
    }

    /// A fixed word for the error's kind: never its message, which may
    /// quote a body.
    fn error_kind(error: &Error) -> &'static str {
        match error {
            Error::Api(_) => "api",
            Error::RateLimited { .. } => "rate_limited",
            Error::Decode(_) => "decode",
            Error::InvalidInput(_) => "invalid_input",
            Error::Transport(t) => t.kind.as_str(),
        }
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn short_names() {
            assert_eq!(
                super::short_type_name::<crate::ops::GetData<crate::ops::kind::Sleep>>(),
                "GetData<Sleep>"
            );
            assert_eq!(
                super::short_type_name::<&crate::ops::ListProviders>(),
                "ListProviders"
            );
        }
    }
}
