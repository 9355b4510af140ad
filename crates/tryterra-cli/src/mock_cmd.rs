//! `terra mock`: runs the emulator of `tryterra-mock` in the foreground.

use crate::cli::MockArgs;
use crate::error::CliError;

/// Starts the emulator with `args` and serves until Ctrl-C.
pub fn run(args: &MockArgs) -> Result<(), CliError> {
    let non_empty = |v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
    };
    let mock_args = tryterra_mock::cli::Args {
        port: args.port,
        webhook_url: args.webhook_url.clone(),
        secret: Some(args.secret.clone())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| tryterra_mock::DEFAULT_WEBHOOK_SECRET.to_owned()),
        api_key: non_empty(&args.api_key)
            .unwrap_or_else(|| tryterra_mock::DEFAULT_API_KEY.to_owned()),
        dev_id: non_empty(&args.dev_id).unwrap_or_else(|| tryterra_mock::DEFAULT_DEV_ID.to_owned()),
        users: args.users,
        latency_ms: args.latency_ms,
        rate_429: args.rate_429,
        rate_5xx: args.rate_5xx,
        rate_drop: args.rate_drop,
        fault_seed: args.fault_seed,
        quirks: args.quirks,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::Failed(format!("cannot start the async runtime: {e}")))?;
    runtime
        .block_on(tryterra_mock::cli::run_cli(mock_args))
        .map_err(|e| CliError::Transport(format!("the emulator stopped: {e}")))
}
