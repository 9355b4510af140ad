//! `terra webhook sign | verify | send`.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tryterra_core::webhook;

use crate::cli::WebhookCommand;
use crate::error::CliError;
use crate::input;
use crate::out;

/// Runs a `terra webhook …` command.
pub fn run(cmd: WebhookCommand) -> Result<(), CliError> {
    match cmd {
        WebhookCommand::Sign { secret, timestamp } => {
            let secret = non_empty_secret(&secret)?;
            let body = input::read_stdin()?;
            let t = timestamp.unwrap_or_else(unix_now);
            out::print_text(&webhook::sign(secret.as_bytes(), t, &body))
        }
        WebhookCommand::Verify {
            secret,
            signature,
            tolerance,
            now,
            parse,
        } => {
            let secret = non_empty_secret(&secret)?;
            let body = input::read_stdin()?;
            let now = now.unwrap_or_else(unix_now);
            let verifier =
                webhook::Verifier::new(secret).with_tolerance(Duration::from_secs(tolerance));
            if parse {
                let event = verifier
                    .verify_and_parse(&body, &signature, now)
                    .map_err(webhook_error)?;
                out::print_json(&event)
            } else {
                verifier
                    .verify(&body, &signature, now)
                    .map_err(webhook_error)?;
                out::eline("terra: signature valid");
                Ok(())
            }
        }
        WebhookCommand::Send {
            url,
            secret,
            event,
            file,
            timeout,
        } => send(
            &url,
            &secret,
            event.as_deref(),
            file.as_deref(),
            timeout.map(Duration::from_secs_f64),
        ),
    }
}

fn non_empty_secret(secret: &str) -> Result<&str, CliError> {
    if secret.is_empty() {
        Err(CliError::Usage("the webhook secret is empty".to_owned()))
    } else {
        Ok(secret)
    }
}

/// Current time in unix seconds.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn webhook_error(e: webhook::WebhookError) -> CliError {
    if e.is_signature_error() {
        CliError::Failed(format!("webhook signature rejected: {e}"))
    } else {
        CliError::Failed(format!(
            "the signature is valid but the event does not decode: {e}"
        ))
    }
}

fn send(
    url: &str,
    secret: &str,
    event: Option<&str>,
    file: Option<&Path>,
    timeout: Option<Duration>,
) -> Result<(), CliError> {
    let secret = non_empty_secret(secret)?;
    let uri: http::Uri = url
        .parse()
        .map_err(|_| CliError::Usage(format!("invalid --url `{url}`")))?;
    if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
        return Err(CliError::Usage(format!(
            "invalid --url `{url}`: expected http(s)://host[:port]/path"
        )));
    }
    let body = match (event, file) {
        (_, Some(path)) => std::fs::read(path)
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", path.display())))?,
        (Some(kind), None) => {
            let sample = tryterra_mock::samples::event_json(kind, 0)
                .ok_or_else(|| CliError::Usage(format!("no sample for the event type `{kind}`")))?;
            serde_json::to_vec(&sample)
                .map_err(|e| CliError::Failed(format!("cannot encode the sample event: {e}")))?
        }
        (None, None) => {
            return Err(CliError::Usage(
                "give either --event TYPE or --file F".to_owned(),
            ));
        }
    };
    let header = webhook::sign(secret.as_bytes(), unix_now(), &body);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(timeout.unwrap_or(Duration::from_secs(30))))
        .user_agent(concat!("tryterra-cli/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let started = std::time::Instant::now();
    let response = agent
        .post(url)
        .header("content-type", "application/json")
        .header(webhook::SIGNATURE_HEADER, &header)
        .send(&body[..])
        .map_err(|e| ureq_error(&e))?;
    let status = response.status();
    let reply = response
        .into_body()
        .with_config()
        .limit(1024 * 1024)
        .read_to_vec()
        .unwrap_or_default();
    let reply_text = String::from_utf8_lossy(&reply);
    let summary = serde_json::json!({
        "status": status.as_u16(),
        "duration_ms": started.elapsed().as_millis() as u64,
        "body": reply_text.chars().take(2000).collect::<String>(),
    });
    out::print_json(&summary)?;
    if status.is_success() {
        Ok(())
    } else {
        Err(CliError::Failed(format!(
            "the receiver answered HTTP {status}"
        )))
    }
}

fn ureq_error(e: &ureq::Error) -> CliError {
    match e {
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
            CliError::Usage(format!("invalid --url: {e}"))
        }
        _ => CliError::Transport(format!(
            "could not deliver the webhook: {}",
            crate::error::error_chain(e)
        )),
    }
}
