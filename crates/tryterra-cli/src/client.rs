//! The typed clients of both transports, with an observer that logs every
//! HTTP attempt on stderr under `-v`.
//!
//! The observer wraps the transport's HTTP stack (its `HttpClient`), so it
//! sees each attempt the client's retry loop makes: method, URL, status or
//! failure, duration. It asks the same retry policy what comes next, and
//! prints that decision too. It never sees more than the request line and
//! the status: headers (where the API key travels) are not printed, and the
//! key is scrubbed from the line in any case.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime};

use tryterra_core::retry::parse_retry_after_at;
use tryterra_core::{
    Credentials, Decision, Operation, Outcome, RetryPolicy, Secret, TransportError,
};

use crate::cli::TransportKind;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::out;

/// Wraps an HTTP stack; logs each attempt when `verbose`.
pub struct Observed<C> {
    inner: C,
    verbose: bool,
    policy: RetryPolicy,
    attempt: AtomicU32,
    secret: Secret,
}

impl<C> Observed<C> {
    fn new(inner: C, ctx: &Ctx, credentials: &Credentials) -> Self {
        Self {
            inner,
            verbose: ctx.verbose,
            policy: ctx.config.retry.clone(),
            attempt: AtomicU32::new(0),
            secret: credentials.api_key().clone(),
        }
    }

    /// Starts counting attempts of a new operation.
    fn reset(&self) {
        self.attempt.store(0, Ordering::SeqCst);
    }

    fn begin(&self, request: &http::Request<Vec<u8>>) -> Attempt {
        Attempt {
            number: self.attempt.fetch_add(1, Ordering::SeqCst) + 1,
            method: request.method().clone(),
            url: display_url(request.uri()),
            started: Instant::now(),
        }
    }

    fn end(&self, attempt: Attempt, result: &Result<http::Response<Vec<u8>>, TransportError>) {
        if !self.verbose {
            return;
        }
        let elapsed = attempt.started.elapsed();
        let (what, outcome) = match result {
            Ok(r) => (
                format!("{}", r.status()),
                Outcome::Response {
                    status: r.status(),
                    retry_after: parse_retry_after_at(r.headers(), SystemTime::now()),
                },
            ),
            Err(e) => (
                format!("{} error", e.kind.as_str()),
                Outcome::Transport(e.kind),
            ),
        };
        let next = match self
            .policy
            .decide(attempt.number, &attempt.method, &outcome, 1.0)
        {
            Decision::Stop => "stop".to_owned(),
            Decision::Retry(wait) => format!("retry in ≤{}", fmt_duration(wait)),
        };
        let mut line = format!(
            "terra: {} {} -> {} in {} (attempt {}/{}, {})",
            attempt.method,
            attempt.url,
            what,
            fmt_duration(elapsed),
            attempt.number,
            self.policy.max_attempts,
            next
        );
        let secret = self.secret.expose();
        if !secret.is_empty() && line.contains(secret) {
            line = line.replace(secret, "[redacted]");
        }
        out::eline(&line);
    }
}

struct Attempt {
    number: u32,
    method: http::Method,
    url: String,
    started: Instant,
}

/// The URL without any user-info part.
fn display_url(uri: &http::Uri) -> String {
    let text = uri.to_string();
    match uri.authority() {
        Some(a) if a.as_str().contains('@') => {
            let host = a.as_str().rsplit('@').next().unwrap_or_default();
            text.replacen(a.as_str(), &format!("[redacted]@{host}"), 1)
        }
        _ => text,
    }
}

fn fmt_duration(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

impl<C: tryterra_ureq::HttpClient> tryterra_ureq::HttpClient for Observed<C> {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let attempt = self.begin(&request);
        let result = self.inner.send(request);
        self.end(attempt, &result);
        result
    }
}

impl<C: tryterra_reqwest::HttpClient> tryterra_reqwest::HttpClient for Observed<C> {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        let attempt = self.begin(&request);
        let answer = self.inner.send(request);
        async move {
            let result = answer.await;
            self.end(attempt, &result);
            result
        }
    }
}

/// A typed Terra client over the chosen transport.
pub enum Client {
    /// Blocking ureq client.
    Ureq(tryterra_ureq::Terra<Observed<tryterra_ureq::UreqClient>>),
    /// reqwest client, driven by its own current-thread runtime.
    Reqwest {
        /// The runtime the client's futures run on.
        runtime: tokio::runtime::Runtime,
        /// The client.
        terra: tryterra_reqwest::Terra<Observed<tryterra_reqwest::ReqwestClient>>,
    },
}

impl Client {
    /// Builds the client of `ctx.transport` with `credentials`.
    pub fn new(ctx: &Ctx, credentials: Credentials) -> Result<Self, CliError> {
        match ctx.transport {
            TransportKind::Ureq => {
                let http = tryterra_ureq::UreqClient::new(&ctx.config);
                let observed = Observed::new(http, ctx, &credentials);
                Ok(Client::Ureq(tryterra_ureq::Terra::with_client(
                    credentials,
                    ctx.config.clone(),
                    observed,
                )))
            }
            TransportKind::Reqwest => {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| {
                        CliError::Failed(format!("cannot start the async runtime: {e}"))
                    })?;
                let http = tryterra_reqwest::ReqwestClient::new(&ctx.config)?;
                let observed = Observed::new(http, ctx, &credentials);
                Ok(Client::Reqwest {
                    runtime,
                    terra: tryterra_reqwest::Terra::with_client(
                        credentials,
                        ctx.config.clone(),
                        observed,
                    ),
                })
            }
        }
    }

    /// Runs `op` with retries; SDK errors become CLI errors.
    pub fn execute<O: Operation>(&self, op: O) -> Result<O::Output, CliError> {
        match self {
            Client::Ureq(terra) => {
                terra.client().reset();
                Ok(terra.execute(op)?)
            }
            Client::Reqwest { runtime, terra } => {
                terra.client().reset();
                Ok(runtime.block_on(terra.execute(op))?)
            }
        }
    }
}
