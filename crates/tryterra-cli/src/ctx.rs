//! Turning the global options into the SDK's configuration and credentials.

use std::time::Duration;

use tryterra_core::{Config, Credentials, DEFAULT_BASE_URL};

use crate::cli::{GlobalOpts, TransportKind};
use crate::error::CliError;

/// Everything an API command needs to build a client.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Base URL, timeouts, retry policy.
    pub config: Config,
    /// The developer's credentials, when both were given.
    credentials: Option<Credentials>,
    /// Why the credentials are missing.
    missing: Option<String>,
    /// Which HTTP stack to use.
    pub transport: TransportKind,
    /// Log one stderr line per HTTP attempt.
    pub verbose: bool,
}

impl Ctx {
    /// Reads the global options. Missing credentials are not an error here;
    /// [`Ctx::credentials`] reports them for the commands that need them.
    pub fn new(global: &GlobalOpts) -> Result<Self, CliError> {
        let base = global
            .base_url
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(DEFAULT_BASE_URL);
        let mut config =
            Config::with_base_url(base).map_err(|e| CliError::Usage(format!("--base-url: {e}")))?;
        if let Some(secs) = global.timeout {
            let d = Duration::from_secs_f64(secs);
            let connect = config.connect_timeout.min(d);
            config = config.timeout(d).connect_timeout(connect);
        }
        if let Some(n) = global.max_attempts {
            let retry = config.retry.clone().with_max_attempts(n);
            config = config.retry(retry);
        }
        config = config.user_agent(concat!("tryterra-cli/", env!("CARGO_PKG_VERSION")));
        let api_key = global
            .api_key
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let dev_id = global
            .dev_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let credentials = match (dev_id, api_key) {
            (Some(d), Some(k)) => Some(Credentials::new(d, k)),
            _ => None,
        };
        Ok(Self {
            config,
            credentials,
            transport: global.transport,
            verbose: global.verbose,
            missing: missing_message(api_key.is_none(), dev_id.is_none()),
        })
    }

    /// The credentials, or a usage error naming what is missing.
    pub fn credentials(&self) -> Result<&Credentials, CliError> {
        match (&self.credentials, &self.missing) {
            (Some(c), _) => Ok(c),
            (None, Some(m)) => Err(CliError::Usage(m.clone())),
            (None, None) => Err(CliError::Usage("missing credentials".to_owned())),
        }
    }

    /// The credentials when given, or empty ones for the few endpoints
    /// that need none (the provider list).
    pub fn credentials_or_anonymous(&self) -> Credentials {
        self.credentials
            .clone()
            .unwrap_or_else(|| Credentials::new("", ""))
    }
}

fn missing_message(no_key: bool, no_dev: bool) -> Option<String> {
    match (no_key, no_dev) {
        (false, false) => None,
        (true, true) => Some(
            "missing API key and developer id: pass --api-key and --dev-id, or set TERRA_API_KEY and TERRA_DEV_ID"
                .to_owned(),
        ),
        (true, false) => {
            Some("missing API key: pass --api-key or set TERRA_API_KEY".to_owned())
        }
        (false, true) => {
            Some("missing developer id: pass --dev-id or set TERRA_DEV_ID".to_owned())
        }
    }
}
