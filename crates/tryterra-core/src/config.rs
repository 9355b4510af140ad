//! Credentials and client configuration, as plain data.
//!
//! Nothing in this module performs IO. [`Credentials::from_env`] is the one
//! convenience that reads process environment variables.

use std::fmt;
use std::time::Duration;

use crate::decode::DecodeMode;
use crate::error::{Error, InvalidInput};
use crate::retry::RetryPolicy;

/// The base URL used when none is configured: Terra's v2 REST API.
pub const DEFAULT_BASE_URL: &str = "https://api.tryterra.co/v2";

/// A secret string (API key or webhook signing secret).
///
/// The value is only reachable through [`Secret::expose`]. `Debug` prints
/// `[redacted]`; the type implements neither `Display` nor `Serialize`, so a
/// secret cannot end up in a log line or a JSON dump by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// Returns the secret itself. Call this only where the value must leave
    /// the process (a header, an HMAC key).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `true` when the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

/// What identifies a developer to Terra: the API key (`x-api-key` header) and
/// the developer id (`dev-id` header), plus the optional webhook signing
/// secret.
///
/// The developer id is not a secret and prints normally; the API key and the
/// webhook secret print as `[redacted]`.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    dev_id: String,
    api_key: Secret,
    webhook_secret: Option<Secret>,
}

impl Credentials {
    /// Builds credentials from a developer id and an API key.
    pub fn new(dev_id: impl Into<String>, api_key: impl Into<Secret>) -> Self {
        Self {
            dev_id: dev_id.into(),
            api_key: api_key.into(),
            webhook_secret: None,
        }
    }

    /// Adds the webhook signing secret (used to verify deliveries).
    #[must_use]
    pub fn with_webhook_secret(mut self, secret: impl Into<Secret>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }

    /// The developer id sent in the `dev-id` header.
    pub fn dev_id(&self) -> &str {
        &self.dev_id
    }

    /// The API key sent in the `x-api-key` header.
    pub fn api_key(&self) -> &Secret {
        &self.api_key
    }

    /// The webhook signing secret, when one was given.
    pub fn webhook_secret(&self) -> Option<&Secret> {
        self.webhook_secret.as_ref()
    }

    /// Reads `TERRA_DEV_ID`, `TERRA_API_KEY` and, when set,
    /// `TERRA_WEBHOOK_SECRET` from the process environment.
    ///
    /// This is the only function of `tryterra-core` that looks outside its
    /// arguments. Returns [`Error::InvalidInput`] naming the first variable
    /// that is missing or empty.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`], with the variables looked up through
    /// `lookup` (handy in tests, or with a configuration system of your own).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let get = |name: &str| -> Result<String, Error> {
            match lookup(name) {
                Some(v) if !v.trim().is_empty() => Ok(v.trim().to_owned()),
                _ => Err(Error::InvalidInput(InvalidInput::new(
                    name,
                    "environment variable is not set",
                ))),
            }
        };
        let mut creds = Self::new(get("TERRA_DEV_ID")?, get("TERRA_API_KEY")?);
        if let Some(secret) = lookup("TERRA_WEBHOOK_SECRET").filter(|s| !s.is_empty()) {
            creds = creds.with_webhook_secret(secret);
        }
        Ok(creds)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("dev_id", &self.dev_id)
            .field("api_key", &self.api_key)
            .field("webhook_secret", &self.webhook_secret)
            .finish()
    }
}

/// How a client talks to Terra: where, as whom (user agent), how long to
/// wait and how to retry. Plain data; transports read it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Base URL every path is appended to, without a trailing slash.
    pub base_url: String,
    /// Value of the `user-agent` header.
    pub user_agent: String,
    /// Limit for one attempt, from sending the request to the end of the body.
    pub timeout: Duration,
    /// Limit for opening the connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// Largest response body a transport accepts, in bytes.
    pub max_response_bytes: u64,
    /// When to try a request again, and after how long.
    pub retry: RetryPolicy,
    /// How typed answers are decoded: tolerant by default (a value that does
    /// not fit its field is kept and reported), or strict (it is an error).
    /// Clients pass it to [`crate::Operation::parse_response_with`].
    pub decode_mode: DecodeMode,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            user_agent: concat!("terra-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            // Terra caps a webhook chunk at 10 MB; inline answers for long
            // ranges can be larger, so leave generous room.
            max_response_bytes: 64 * 1024 * 1024,
            retry: RetryPolicy::default(),
            decode_mode: DecodeMode::Tolerant,
        }
    }
}

impl Config {
    /// The default configuration with another base URL.
    ///
    /// The URL must be `https://…`, or `http://…` on a loopback host
    /// (`127.0.0.0/8`, `[::1]`, `localhost`); use
    /// [`Config::with_insecure_base_url`] to allow plain HTTP elsewhere.
    pub fn with_base_url(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Ok(Self {
            base_url: validate_base_url(base_url.as_ref(), false)?,
            ..Self::default()
        })
    }

    /// Like [`Config::with_base_url`], but also accepts `http://` on any host.
    /// The API key then crosses the network unencrypted: only for private
    /// networks you trust.
    pub fn with_insecure_base_url(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Ok(Self {
            base_url: validate_base_url(base_url.as_ref(), true)?,
            ..Self::default()
        })
    }

    /// Replaces the base URL, with the same checks as [`Config::with_base_url`].
    pub fn set_base_url(&mut self, base_url: impl AsRef<str>) -> Result<(), Error> {
        self.base_url = validate_base_url(base_url.as_ref(), false)?;
        Ok(())
    }

    /// Sets the per-attempt timeout.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the connect timeout.
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the retry policy.
    #[must_use]
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets how typed answers are decoded; [`DecodeMode::Strict`] turns a
    /// value that does not fit its declared field into a decode error
    /// (for validating Terra's answers against the models).
    #[must_use]
    pub fn decode_mode(mut self, mode: DecodeMode) -> Self {
        self.decode_mode = mode;
        self
    }

    /// Sets the user agent.
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sets the largest response body accepted, in bytes.
    #[must_use]
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Reads `TERRA_BASE_URL` from the environment when it is set, and
    /// otherwise returns the default configuration.
    pub fn from_env() -> Result<Self, Error> {
        match std::env::var("TERRA_BASE_URL") {
            Ok(url) if !url.trim().is_empty() => Self::with_base_url(url.trim()),
            _ => Ok(Self::default()),
        }
    }
}

/// Checks a base URL and returns it without trailing slashes.
fn validate_base_url(url: &str, allow_insecure: bool) -> Result<String, Error> {
    let bad = |why: &str| Error::InvalidInput(InvalidInput::new("base_url", why));
    let uri: http::Uri = url.parse().map_err(|_| bad("not a valid absolute URL"))?;
    let scheme = uri
        .scheme_str()
        .ok_or_else(|| bad("the URL has no scheme"))?;
    let host = uri.host().ok_or_else(|| bad("the URL has no host"))?;
    if uri.query().is_some() {
        return Err(bad("the base URL must not carry a query string"));
    }
    match scheme {
        "https" => {}
        "http" if allow_insecure || is_loopback_host(host) => {}
        "http" => {
            return Err(bad(
                "plain http is only accepted for loopback hosts; use https or opt in explicitly",
            ));
        }
        _ => return Err(bad("the scheme must be https or http")),
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// `true` for `localhost`, `127.x.y.z` and `[::1]`.
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let c = Credentials::new("dev-123", "sk_live_very_secret").with_webhook_secret("whsec_abc");
        let shown = format!("{c:?} {:?}", c.api_key());
        assert!(shown.contains("dev-123"));
        assert!(!shown.contains("sk_live_very_secret"));
        assert!(!shown.contains("whsec_abc"));
        assert!(shown.contains("[redacted]"));
    }

    #[test]
    fn base_url_rules() {
        assert_eq!(Config::default().base_url, DEFAULT_BASE_URL);
        assert_eq!(
            Config::with_base_url("https://access.tryterra.co/api/v2/")
                .unwrap()
                .base_url,
            "https://access.tryterra.co/api/v2"
        );
        assert!(Config::with_base_url("http://127.0.0.1:8080").is_ok());
        assert!(Config::with_base_url("http://localhost:1/v2").is_ok());
        assert!(Config::with_base_url("http://[::1]:9/").is_ok());
        assert!(Config::with_base_url("http://example.com/v2").is_err());
        assert!(Config::with_insecure_base_url("http://example.com/v2").is_ok());
        assert!(Config::with_base_url("ftp://example.com").is_err());
        assert!(Config::with_base_url("not a url").is_err());
        assert!(Config::with_base_url("https://x.test/v2?a=b").is_err());
    }

    #[test]
    fn credentials_from_lookup() {
        let env = |k: &str| match k {
            "TERRA_DEV_ID" => Some("dev".to_owned()),
            "TERRA_API_KEY" => Some("key".to_owned()),
            _ => None,
        };
        let c = Credentials::from_lookup(env).unwrap();
        assert_eq!(c.dev_id(), "dev");
        assert_eq!(c.api_key().expose(), "key");
        assert!(c.webhook_secret().is_none());
        let err = Credentials::from_lookup(|_| None).unwrap_err();
        assert!(err.to_string().contains("TERRA_DEV_ID"));
    }
}
