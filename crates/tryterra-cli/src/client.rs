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

use tryterra_core::client::{
    AsyncTransport, Attempt, BlockingTransport, Client as Terra, Observer,
};
use tryterra_core::retry::{Decision, Outcome};
use tryterra_core::{Credentials, Operation, Secret, TransportError, TransportErrorKind};

use crate::cli::{OutputFormat, TransportKind};
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
    /// `--dry-run`: builds each request and prints it instead of sending it.
    DryRun {
        /// Base URL, user agent.
        config: tryterra_core::Config,
        /// Real or placeholder credentials (the key is never printed).
        credentials: Credentials,
        /// JSON when asked for, text otherwise.
        json: bool,
    },
}

impl Client {
    /// Builds the client of `ctx.transport` with `credentials`.
    pub fn new(ctx: &Ctx, credentials: Credentials) -> Result<Self, CliError> {
        if ctx.dry_run {
            return Ok(Client::DryRun {
                config: ctx.config.clone(),
                credentials,
                json: matches!(ctx.output, Some(OutputFormat::Json | OutputFormat::Ndjson)),
            });
        }
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

    /// Runs `op` with retries; SDK errors become CLI errors. Under
    /// `--dry-run`, prints the request and returns [`CliError::DryRun`].
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
            Client::DryRun {
                config,
                credentials,
                json,
            } => {
                let request = op.to_request(config, credentials)?;
                print_request(&request, credentials, *json)?;
                Err(CliError::DryRun)
            }
        }
    }
}

/// The async HTTP stack of `terra export`, which fetches its windows
/// through the library's windowed stream (an async API): reqwest as is, or
/// ureq with each blocking send moved off the runtime's threads.
///
/// The stream decides how many requests are in flight; this only carries
/// each one.
#[derive(Clone, Debug)]
pub enum ExportTransport {
    /// reqwest, natively async.
    Reqwest(tryterra_reqwest::ReqwestTransport),
    /// ureq, each send on the runtime's blocking pool.
    Ureq(tryterra_ureq::UreqTransport),
}

impl ExportTransport {
    /// The stack of `ctx.transport`, configured from `ctx.config`.
    fn new(ctx: &Ctx) -> Result<Self, CliError> {
        use tryterra_core::client::FromConfig;
        Ok(match ctx.transport {
            TransportKind::Reqwest => ExportTransport::Reqwest(
                tryterra_reqwest::ReqwestTransport::from_config(&ctx.config)?,
            ),
            TransportKind::Ureq => {
                ExportTransport::Ureq(tryterra_ureq::UreqTransport::from_config(&ctx.config)?)
            }
        })
    }
}

impl AsyncTransport for ExportTransport {
    async fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        match self {
            ExportTransport::Reqwest(t) => AsyncTransport::send(t, request).await,
            ExportTransport::Ureq(t) => {
                // A clone shares the agent and its connection pool.
                let t = t.clone();
                tokio::task::spawn_blocking(move || BlockingTransport::send(&t, request))
                    .await
                    .unwrap_or_else(|e| {
                        Err(TransportError::new(
                            TransportErrorKind::Other,
                            format!("the request's thread stopped: {e}"),
                        ))
                    })
            }
        }
    }

    async fn sleep(&self, duration: Duration) {
        tokio::time::sleep(duration).await;
    }
}

/// The typed async client `terra export` fetches with: the transport of
/// `ctx.transport`, and the `-v` log when asked for. Needs a tokio runtime
/// (with its time driver) to run on.
pub fn export_client(
    ctx: &Ctx,
    credentials: Credentials,
) -> Result<Terra<ExportTransport>, CliError> {
    let transport = ExportTransport::new(ctx)?;
    let terra = Terra::with_transport(credentials, ctx.config.clone(), transport);
    Ok(observed(terra, ctx))
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

/// Headers whose values are never printed.
const SECRET_HEADERS: [&str; 3] = ["x-api-key", "authorization", "cookie"];

/// Prints what `--dry-run` would send: method, URL, headers (the key
/// redacted) and body, as text or as one JSON document.
fn print_request(
    request: &http::Request<Vec<u8>>,
    credentials: &Credentials,
    json: bool,
) -> Result<(), CliError> {
    let key = credentials.api_key().expose();
    let scrub = |text: &str| {
        if key.is_empty() {
            text.to_owned()
        } else {
            text.replace(key, "[redacted]")
        }
    };
    let url = scrub(&display_url(request.uri()));
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| {
            let shown = if SECRET_HEADERS.contains(&name.as_str()) {
                "[redacted]".to_owned()
            } else {
                scrub(&String::from_utf8_lossy(value.as_bytes()))
            };
            (name.as_str().to_owned(), shown)
        })
        .collect();
    let body_text = scrub(&String::from_utf8_lossy(request.body()));
    let body_json: Option<serde_json::Value> = if request.body().is_empty() {
        None
    } else {
        serde_json::from_str(&body_text).ok()
    };
    if json {
        let mut map = serde_json::Map::new();
        for (k, v) in &headers {
            map.insert(k.clone(), serde_json::Value::String(v.clone()));
        }
        let body = match (&body_json, request.body().is_empty()) {
            (_, true) => serde_json::Value::Null,
            (Some(v), _) => v.clone(),
            (None, _) => serde_json::Value::String(body_text.clone()),
        };
        return out::print_json(&serde_json::json!({
            "dry_run": true,
            "method": request.method().as_str(),
            "url": url,
            "headers": map,
            "body": body,
        }));
    }
    let colour = out::colour_stdout();
    let bold = anstyle::Style::new().bold();
    let mut text = format!(
        "{} {url}\n",
        out::paint(request.method().as_str(), bold, colour)
    );
    for (k, v) in &headers {
        text.push_str(&format!("{k}: {v}\n"));
    }
    if !request.body().is_empty() {
        text.push('\n');
        match &body_json {
            Some(v) => text
                .push_str(&serde_json::to_string_pretty(v).unwrap_or_else(|_| body_text.clone())),
            None => text.push_str(&body_text),
        }
        text.push('\n');
    }
    out::print_text(&text)?;
    out::eline("terra: dry run, nothing was sent");
    Ok(())
}
