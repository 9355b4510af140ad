//! `terra listen`: a local webhook receiver for development, like the
//! Stripe CLI's `listen`.
//!
//! Binds 127.0.0.1 only. Each POST is verified with the core's
//! [`webhook::Verifier`] (signature, then decoding into the SDK's `Event`),
//! answered 200 when the signature matches and 401 when it does not, and
//! printed as one line (type, user, record count, and what did not decode)
//! or as the whole event with `--output json`. With `--forward-to`, each
//! delivery whose signature matches is sent on, body and headers as
//! received, to a local URL. Ctrl-C stops it, and so does `--max-events N`
//! after N deliveries.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tryterra_core::webhook;

use crate::cli::{ListenArgs, OutputFormat};
use crate::error::CliError;
use crate::out;

/// Largest body accepted (the emulator's big deliveries are a few MB).
const MAX_BODY: usize = 64 * 1024 * 1024;

/// Headers not forwarded: they describe the hop, not the delivery.
const HOP_HEADERS: [&str; 6] = [
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "keep-alive",
    "upgrade",
];

struct Shared {
    verifier: webhook::Verifier,
    path: Option<String>,
    forward_to: Option<String>,
    json: bool,
    colour: bool,
    max_events: Option<u64>,
    seen: AtomicU64,
    stop: tokio::sync::Notify,
    agent: ureq::Agent,
}

/// Runs the receiver until Ctrl-C or `--max-events`.
pub fn run(args: &ListenArgs) -> Result<(), CliError> {
    if args.secret.is_empty() {
        return Err(CliError::Usage("the webhook secret is empty".to_owned()));
    }
    if let Some(url) = &args.forward_to {
        check_local_url(url)?;
    }
    if args.max_events == Some(0) {
        return Err(CliError::Usage(
            "--max-events must be at least 1".to_owned(),
        ));
    }
    let path = args.path.as_ref().map(|p| {
        if p.starts_with('/') {
            p.clone()
        } else {
            format!("/{p}")
        }
    });
    let shared = Arc::new(Shared {
        verifier: webhook::Verifier::new(args.secret.as_str())
            .with_tolerance(Duration::from_secs(args.tolerance)),
        path,
        forward_to: args.forward_to.clone(),
        json: matches!(args.output, Some(OutputFormat::Json | OutputFormat::Ndjson)),
        colour: out::colour_stdout(),
        max_events: args.max_events,
        seen: AtomicU64::new(0),
        stop: tokio::sync::Notify::new(),
        agent: ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into(),
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Failed(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(serve(args.port, shared))
}

async fn serve(port: u16, shared: Arc<Shared>) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| CliError::Transport(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Transport(format!("cannot listen: {e}")))?;
    let shown_path = shared.path.clone().unwrap_or_else(|| "/".to_owned());
    out::eline(&format!(
        "terra: listening on http://{addr}{shown_path} (Ctrl-C to stop)"
    ));
    if let Some(url) = &shared.forward_to {
        out::eline(&format!("terra: forwarding verified deliveries to {url}"));
    }
    let app = axum::Router::new()
        .fallback(handle)
        .with_state(Arc::clone(&shared));
    let stopper = Arc::clone(&shared);
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                () = stopper.stop.notified() => {}
            }
        })
        .await
        .map_err(|e| CliError::Transport(format!("the receiver stopped: {e}")))
}

async fn handle(State(st): State<Arc<Shared>>, request: Request) -> Response {
    if request.method() != axum::http::Method::POST {
        return (StatusCode::METHOD_NOT_ALLOWED, "POST webhooks here\n").into_response();
    }
    if let Some(p) = &st.path
        && request.uri().path() != p
    {
        return (StatusCode::NOT_FOUND, "not the webhook path\n").into_response();
    }
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "body too large\n").into_response(),
    };
    let mut req = http::Request::new(body.clone());
    *req.headers_mut() = parts.headers.clone();
    let now = crate::webhook_cmd::unix_now();
    let outcome = st.verifier.verify_delivery(&req, now);
    let status = match &outcome {
        Err(e) if e.is_signature_error() => StatusCode::UNAUTHORIZED,
        _ => StatusCode::OK,
    };
    let forwarded = match (&outcome, &st.forward_to) {
        (Err(e), _) if e.is_signature_error() => None,
        (_, Some(url)) => Some(forward(&st, url, &parts.headers, body.clone()).await),
        (_, None) => None,
    };
    print_delivery(&st, &body, &outcome, forwarded.as_ref());
    let seen = st.seen.fetch_add(1, Ordering::SeqCst) + 1;
    if st.max_events.is_some_and(|max| seen >= max) {
        st.stop.notify_one();
    }
    let reply = if status == StatusCode::OK {
        "{\"ok\":true}"
    } else {
        "{\"ok\":false,\"error\":\"signature rejected\"}"
    };
    (status, [("content-type", "application/json")], reply).into_response()
}

/// Sends the delivery on; returns the receiver's status or why it failed.
async fn forward(
    st: &Arc<Shared>,
    url: &str,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<u16, String> {
    let st = Arc::clone(st);
    let url = url.to_owned();
    let headers: Vec<(String, Vec<u8>)> = headers
        .iter()
        .filter(|(name, _)| !HOP_HEADERS.contains(&name.as_str()))
        .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
        .collect();
    tokio::task::spawn_blocking(move || {
        let mut request = st.agent.post(&url);
        for (name, value) in &headers {
            request = request.header(name.as_str(), value.as_slice());
        }
        request
            .send(&body[..])
            .map(|r| r.status().as_u16())
            .map_err(|e| crate::error::error_chain(&e))
    })
    .await
    .unwrap_or_else(|e| Err(format!("the forwarding task failed: {e}")))
}

fn print_delivery(
    st: &Shared,
    body: &[u8],
    outcome: &Result<webhook::Delivery, webhook::WebhookError>,
    forwarded: Option<&Result<u16, String>>,
) {
    let value: Option<Value> = match outcome {
        Err(e) if e.is_signature_error() => None,
        _ => serde_json::from_slice(body).ok(),
    };
    if st.json {
        let doc = match (outcome, value) {
            (Ok(_), Some(v)) => v,
            (_, v) => serde_json::json!({
                "rejected": outcome.as_ref().err().map(ToString::to_string),
                "event": v,
            }),
        };
        let _ = out::print_text(&doc.to_string());
        if let Some(f) = forwarded {
            out::eline(&format!("terra: forwarded: {}", forward_text(f)));
        }
        return;
    }
    let green = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Green.into()));
    let red = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Red.into()));
    let mut line = match (outcome, &value) {
        (Err(e), _) if e.is_signature_error() => {
            format!("{} {e}", out::paint("rejected", red, st.colour))
        }
        (_, v) => {
            let v = v.clone().unwrap_or(Value::Null);
            let kind = v["type"].as_str().unwrap_or("?").to_owned();
            let user = v["user"]["user_id"].as_str().unwrap_or("-").to_owned();
            let records = match &v["data"] {
                Value::Array(items) => items.len(),
                Value::Null => 0,
                _ => 1,
            };
            let mut l = format!(
                "{} {kind} user={user} records={records}",
                out::paint("verified", green, st.colour)
            );
            if let Err(e) = outcome {
                l.push_str(&format!(" (does not decode: {e})"));
            }
            l
        }
    };
    if let Some(f) = forwarded {
        line.push_str(&format!(" -> {}", forward_text(f)));
    }
    let _ = out::print_text(&line);
}

fn forward_text(f: &Result<u16, String>) -> String {
    match f {
        Ok(status) => format!("forwarded {status}"),
        Err(e) => format!("forward failed: {e}"),
    }
}

/// `--forward-to` must be http(s) on a loopback host.
fn check_local_url(url: &str) -> Result<(), CliError> {
    let bad = || {
        CliError::Usage(format!(
            "--forward-to `{url}`: expected a local URL like http://127.0.0.1:3000/webhook"
        ))
    };
    let uri: http::Uri = url.parse().map_err(|_| bad())?;
    if !matches!(uri.scheme_str(), Some("http" | "https")) {
        return Err(bad());
    }
    let host = uri.host().ok_or_else(bad)?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let local = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if local { Ok(()) } else { Err(bad()) }
}
