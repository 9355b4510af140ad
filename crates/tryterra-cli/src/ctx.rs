//! Turning the API options into the SDK's configuration and credentials.
//!
//! Each setting is taken from the first place that has it: the command
//! line, then the environment (`TERRA_BASE_URL`, `TERRA_API_KEY`,
//! `TERRA_DEV_ID`, `TERRA_PROFILE`), then the profile of the config file,
//! then the built-in default.

use std::time::Duration;

use tryterra_core::{Config, Credentials, DEFAULT_BASE_URL};

use crate::cli::{ApiOpts, OutputFormat, TransportKind};
use crate::config;
use crate::error::CliError;

/// The developer id sent by `--dry-run` when none is configured.
pub const PLACEHOLDER_DEV_ID: &str = "<dev-id>";
/// The API key `--dry-run` builds requests with when none is configured
/// (printed redacted like any key).
const PLACEHOLDER_API_KEY: &str = "<api-key>";

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
    /// Print requests instead of sending them.
    pub dry_run: bool,
    /// The output format asked for, if any.
    pub output: Option<OutputFormat>,
}

fn non_empty(v: Option<&str>) -> Option<String> {
    v.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn env(name: &str) -> Option<String> {
    non_empty(std::env::var(name).ok().as_deref())
}

impl Ctx {
    /// Reads the options, the environment and the profile. Missing
    /// credentials are not an error here; [`Ctx::credentials`] reports them
    /// for the commands that need them.
    pub fn new(api: &ApiOpts) -> Result<Self, CliError> {
        let profile_name = non_empty(api.profile.as_deref()).or_else(|| env("TERRA_PROFILE"));
        let profile = config::select(profile_name.as_deref())?;
        let (pname, p) = match &profile {
            Some((n, p)) => (Some(n.as_str()), p.clone()),
            None => (None, config::Profile::default()),
        };
        let base = non_empty(api.base_url.as_deref())
            .or_else(|| env("TERRA_BASE_URL"))
            .or_else(|| non_empty(p.base_url.as_deref()))
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let mut config = Config::with_base_url(&base)
            .map_err(|e| CliError::Usage(format!("--base-url: {e}")))?;
        if let Some(secs) = api.timeout {
            let d = Duration::from_secs_f64(secs);
            let connect = config.connect_timeout.min(d);
            config = config.timeout(d).connect_timeout(connect);
        }
        if let Some(n) = api.max_attempts {
            let retry = config.retry.clone().with_max_attempts(n);
            config = config.retry(retry);
        }
        config = config.user_agent(concat!("tryterra-cli/", env!("CARGO_PKG_VERSION")));
        let mut key_hint = None;
        let api_key = non_empty(api.api_key.as_deref())
            .or_else(|| env("TERRA_API_KEY"))
            .or_else(|| match &p.api_key_env {
                Some(var) => {
                    let v = env(var);
                    if v.is_none() {
                        key_hint = Some(format!(
                            "profile `{}` reads it from ${var}, which is not set",
                            pname.unwrap_or_default()
                        ));
                    }
                    v
                }
                None => None,
            })
            .or_else(|| non_empty(p.api_key.as_deref()));
        let dev_id = non_empty(api.dev_id.as_deref())
            .or_else(|| env("TERRA_DEV_ID"))
            .or_else(|| non_empty(p.dev_id.as_deref()));
        let missing = missing_message(api_key.is_none(), dev_id.is_none(), key_hint);
        let credentials = match (&dev_id, &api_key) {
            (Some(d), Some(k)) => Some(Credentials::new(d.as_str(), k.as_str())),
            // A dry run sends nothing, so it needs no credentials.
            _ if api.dry_run => Some(Credentials::new(
                dev_id.as_deref().unwrap_or(PLACEHOLDER_DEV_ID),
                api_key.as_deref().unwrap_or(PLACEHOLDER_API_KEY),
            )),
            _ => None,
        };
        Ok(Self {
            config,
            credentials,
            transport: api.transport.unwrap_or(TransportKind::Ureq),
            verbose: api.verbose,
            missing,
            dry_run: api.dry_run,
            output: api.output,
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

fn missing_message(no_key: bool, no_dev: bool, key_hint: Option<String>) -> Option<String> {
    let hint = key_hint.map(|h| format!(" ({h})")).unwrap_or_default();
    match (no_key, no_dev) {
        (false, false) => None,
        (true, true) => Some(format!(
            "missing API key and developer id{hint}: pass --api-key and --dev-id, set TERRA_API_KEY and TERRA_DEV_ID, or use a profile (see `terra config`)"
        )),
        (true, false) => Some(format!(
            "missing API key{hint}: pass --api-key, set TERRA_API_KEY, or use a profile (see `terra config`)"
        )),
        (false, true) => Some(
            "missing developer id: pass --dev-id, set TERRA_DEV_ID, or use a profile (see `terra config`)"
                .to_owned(),
        ),
    }
}
