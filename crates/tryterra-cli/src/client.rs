//! The typed client over either transport, with an observer that logs every
//! HTTP attempt on stderr under `-v`.
//!
//! The observer is the core's [`Observer`] hook: the client's own retry loop
//! reports each attempt (method, URL, status or failure, duration) with the
//! decision it took after it, so the log says exactly what the loop does. It
//! never sees more than the request line and the status: headers (where the
//! API key travels) are not given to observers, and the key is scrubbed from
//! the line in any case.

use std::future::IntoFuture;
use std::time::Duration;

use tryterra_core::client::{Attempt, Client as Terra, Observer};
use tryterra_core::retry::{Decision, Outcome};
use tryterra_core::{Credentials, Operation, Secret};

use crate::cli::TransportKind;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::out;

/// Logs each attempt on stderr.
struct VerboseLog {
    secret: Secret,
}

impl Observer for VerboseLog {
    fn attempt(&self, attempt: &Attempt<'_>) {
        let what = match attempt.outcome {
            Outcome::Response { status, .. } => format!("{status}"),
            Outcome::Transport(kind) => format!("{} error", kind.as_str()),
            _ => "an unknown outcome".to_owned(),
        };
        let next = match attempt.decision {
            Decision::Stop => "stop".to_owned(),
            Decision::Retry(wait) => format!("retry in {}", fmt_duration(wait)),
        };
        let mut line = format!(
            "terra: {} {} -> {} in {} (attempt {}/{}, {})",
            attempt.method,
            display_url(attempt.uri),
            what,
            fmt_duration(attempt.elapsed),
            attempt.number,
            attempt.max_attempts,
            next
        );
        let secret = self.secret.expose();
        if !secret.is_empty() && line.contains(secret) {
            line = line.replace(secret, "[redacted]");
        }
        out::eline(&line);
    }
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

/// A typed Terra client over the chosen transport.
pub enum Client {
    /// Blocking ureq client.
    Ureq(tryterra_ureq::Terra),
    /// reqwest client, driven by its own current-thread runtime.
    Reqwest {
        /// The runtime the client's futures run on.
        runtime: tokio::runtime::Runtime,
        /// The client.
        terra: tryterra_reqwest::Terra,
    },
}

impl Client {
    /// Builds the client of `ctx.transport` with `credentials`.
    pub fn new(ctx: &Ctx, credentials: Credentials) -> Result<Self, CliError> {
        match ctx.transport {
            TransportKind::Ureq => {
                let terra = Terra::with_config(credentials, ctx.config.clone())?;
                Ok(Client::Ureq(observed(terra, ctx)))
            }
            TransportKind::Reqwest => {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| {
                        CliError::Failed(format!("cannot start the async runtime: {e}"))
                    })?;
                let terra = Terra::with_config(credentials, ctx.config.clone())?;
                Ok(Client::Reqwest {
                    runtime,
                    terra: observed(terra, ctx),
                })
            }
        }
    }

    /// Runs `op` with retries; SDK errors become CLI errors.
    pub fn execute<O>(&self, op: O) -> Result<O::Output, CliError>
    where
        O: Operation + Send,
        O::Output: Send,
    {
        match self {
            Client::Ureq(terra) => Ok(terra.execute(op).call()?),
            Client::Reqwest { runtime, terra } => {
                Ok(runtime.block_on(terra.execute(op).into_future())?)
            }
        }
    }
}

/// The client with the `-v` log attached when asked for.
fn observed<T>(terra: Terra<T>, ctx: &Ctx) -> Terra<T> {
    if ctx.verbose {
        let secret = terra.credentials().api_key().clone();
        terra.with_observer(VerboseLog { secret })
    } else {
        terra
    }
}
