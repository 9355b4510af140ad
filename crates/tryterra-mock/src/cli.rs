//! The `tryterra-mock` command line, reusable by other binaries (e.g. the
//! `terra mock` subcommand).

use std::time::Duration;

use clap::Parser;

use crate::{DEFAULT_API_KEY, DEFAULT_DEV_ID, DEFAULT_WEBHOOK_SECRET, Faults, MockTerra};

/// Runs a local emulator of the Terra API v2 on 127.0.0.1.
#[derive(Clone, Debug, Parser)]
#[command(name = "tryterra-mock", version, about)]
pub struct Args {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// URL that receives the signed webhook events (http only).
    #[arg(long)]
    pub webhook_url: Option<String>,
    /// Secret the webhook events are signed with (a fixed test value by default).
    #[arg(long, default_value = DEFAULT_WEBHOOK_SECRET)]
    pub secret: String,
    /// API key the mock accepts.
    #[arg(long, default_value = DEFAULT_API_KEY, hide_default_value = true)]
    pub api_key: String,
    /// Developer id the mock accepts.
    #[arg(long, default_value = DEFAULT_DEV_ID)]
    pub dev_id: String,
    /// Number of pre-authenticated users.
    #[arg(long, default_value_t = 3)]
    pub users: usize,
    /// Latency added to every API request, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Share of API requests answered 429 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    pub rate_429: f64,
    /// Share of API requests answered 503 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    pub rate_5xx: f64,
    /// Share of API requests whose connection is dropped (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    pub rate_drop: f64,
    /// Seed of the fault draws.
    #[arg(long, default_value_t = 0)]
    pub fault_seed: u64,
    /// Serve data with a few provider-style oddities (an integer code
    /// written `1.1`, a number as a string, `"true"` for a boolean).
    #[arg(long)]
    pub quirks: bool,
}

impl Args {
    /// The builder these arguments describe.
    pub fn builder(&self) -> crate::MockTerraBuilder {
        let mut b = MockTerra::builder()
            .port(self.port)
            .api_key(self.api_key.clone())
            .dev_id(self.dev_id.clone())
            .webhook_secret(self.secret.clone())
            .users(self.users)
            .record_requests(false)
            .quirks(self.quirks)
            .faults(Faults {
                latency: Duration::from_millis(self.latency_ms),
                rate_429: self.rate_429.clamp(0.0, 1.0),
                rate_5xx: self.rate_5xx.clamp(0.0, 1.0),
                rate_drop: self.rate_drop.clamp(0.0, 1.0),
                seed: self.fault_seed,
            });
        if let Some(url) = &self.webhook_url {
            b = b.webhook_url(url.clone());
        }
        b
    }
}

/// Starts the mock described by `args`, prints where it listens, and runs
/// until Ctrl-C.
pub async fn run_cli(args: Args) -> std::io::Result<()> {
    let mock = args.builder().start().await?;
    // The banner is informational: a closed stdout must not stop the server.
    let _ = print_banner(&args, &mock);
    tokio::signal::ctrl_c().await?;
    mock.shutdown().await;
    Ok(())
}

/// Writes where the mock listens and how to use it to stdout.
fn print_banner(args: &Args, mock: &crate::MockTerra) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "tryterra-mock listening on {}", mock.base_url())?;
    writeln!(out, "  dev-id:    {}", args.dev_id)?;
    if args.api_key == DEFAULT_API_KEY {
        writeln!(out, "  x-api-key: {DEFAULT_API_KEY}")?;
    } else {
        writeln!(out, "  x-api-key: (as given with --api-key)")?;
    }
    // The default secret is a fixed test value, and the one thing a user
    // needs to verify the deliveries; a secret of one's own is not echoed.
    if args.secret == DEFAULT_WEBHOOK_SECRET {
        writeln!(out, "  webhook secret: {DEFAULT_WEBHOOK_SECRET}")?;
    } else {
        writeln!(out, "  webhook secret: (as given with --secret)")?;
    }
    match &args.webhook_url {
        Some(url) => writeln!(out, "  webhooks:  {url}")?,
        None => writeln!(
            out,
            "  webhooks:  none (pass --webhook-url to receive events)"
        )?,
    }
    for u in mock.users() {
        writeln!(out, "  user {} ({})", u.user_id, u.provider)?;
    }
    if args.quirks {
        writeln!(
            out,
            "  quirks:    on (data carries provider-style oddities)"
        )?;
    }
    writeln!(
        out,
        "  complete a widget session or auth URL with POST {}/mock/complete/<id>",
        mock.base_url()
    )?;
    writeln!(out, "Press Ctrl-C to stop.")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags_into_a_builder() {
        let args = Args::try_parse_from([
            "tryterra-mock",
            "--port",
            "0",
            "--users",
            "2",
            "--webhook-url",
            "http://127.0.0.1:9/hook",
            "--secret",
            "s",
            "--rate-429",
            "0.5",
            "--latency-ms",
            "20",
        ])
        .expect("parse");
        assert_eq!(args.port, 0);
        assert_eq!(args.users, 2);
        assert_eq!(args.api_key, DEFAULT_API_KEY);
        assert_eq!(args.dev_id, DEFAULT_DEV_ID);
        let b = format!("{:?}", args.builder());
        assert!(b.contains("rate_429: 0.5"), "{b}");
        assert!(b.contains("latency: 20ms"), "{b}");
        let defaults = Args::try_parse_from(["tryterra-mock"]).expect("parse");
        assert_eq!(defaults.port, 8080);
        assert_eq!(defaults.secret, DEFAULT_WEBHOOK_SECRET);
    }
}
