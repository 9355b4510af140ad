//! The typed blocking client.

use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use tryterra_core::models::Event;
use tryterra_core::retry::parse_retry_after_at;
use tryterra_core::webhook::SIGNATURE_HEADER;
use tryterra_core::{
    Config, Credentials, Decision, Error, Operation, Outcome, TransportError, TransportErrorKind,
    Verifier, WebhookError,
};

use crate::transport::{HttpClient, UreqClient};

/// The blocking Terra client.
///
/// Holds the credentials, the [`Config`] and the HTTP stack `C` (by default
/// [`UreqClient`]). Every method builds its request with `tryterra-core`, sends
/// it, retries as [`Config::retry`] says, and returns the typed answer or
/// an [`Error`]. `Debug` never prints the API key or the webhook secret.
///
/// The methods of the Python SDK's `Terra` class, and where they live here
/// (the Python names are also search aliases in the docs):
///
/// | Python SDK | this client |
/// |---|---|
/// | `from_user_id` | [`Terra::from_user_id`], giving a [`User`](crate::User) |
/// | `get_user_info` | [`Terra::user_info`], [`Terra::user_info_by_id`], [`Terra::user_info_by_reference`] |
/// | `list_users` | [`Terra::list_users`] (every page), [`Terra::list_users_page`] |
/// | `deauthenticate_user` | [`Terra::deauthenticate_user`] |
/// | `list_providers` | [`Terra::list_providers`], [`Terra::list_providers_detailed`] |
/// | `generate_widget_session` | [`Terra::generate_widget_session`] |
/// | `generate_authentication_url` | [`Terra::generate_authentication_url`] |
/// | `get_activity_for_user`, `get_body_for_user`, `get_daily_for_user`, `get_sleep_for_user`, `get_menstruation_for_user`, `get_nutrition_for_user` | [`Terra::activity`], [`Terra::body`], [`Terra::daily`], [`Terra::sleep`], [`Terra::menstruation`], [`Terra::nutrition`] (inline), and `…_to_webhook` (delivery to your webhook) |
/// | `get_athlete_for_user` | [`Terra::athlete`], [`Terra::athlete_to_webhook`] |
/// | `check_terra_signature`, `handle_webhook` | [`Terra::check_terra_signature`], [`Terra::handle_webhook`] |
/// | any other endpoint | [`Terra::execute`] with an operation of [`tryterra_core::ops`] |
pub struct Terra<C = UreqClient> {
    credentials: Credentials,
    config: Config,
    client: C,
    verifier: Option<Verifier>,
}

impl Terra<UreqClient> {
    /// A client with the default [`Config`] (Terra's production API).
    ///
    /// Fails only when the HTTP stack cannot be set up (reqwest's TLS
    /// backend); the blocking and async clients share this signature.
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Self::with_config(credentials, Config::default())
    }

    /// A client with the given configuration and the default ureq agent
    /// (see [`UreqClient::new`]).
    pub fn with_config(credentials: Credentials, config: Config) -> Result<Self, Error> {
        let client = UreqClient::new(&config);
        Ok(Self::with_client(credentials, config, client))
    }

    /// A client sending through an agent you configured yourself (proxy, TLS
    /// roots, pool…); see [`UreqClient::from_agent`] for what the SDK still
    /// sets on each request.
    pub fn with_agent(credentials: Credentials, config: Config, agent: ureq::Agent) -> Self {
        let client = UreqClient::from_agent(agent, &config);
        Self::with_client(credentials, config, client)
    }

    /// A client from `TERRA_DEV_ID`, `TERRA_API_KEY`, optionally
    /// `TERRA_WEBHOOK_SECRET` and `TERRA_BASE_URL` (see
    /// [`Credentials::from_env`] and [`Config::from_env`]).
    pub fn from_env() -> Result<Self, Error> {
        Self::with_config(Credentials::from_env()?, Config::from_env()?)
    }
}

impl<C: HttpClient> Terra<C> {
    /// A client sending through `client`: a [`UreqClient`] (for instance
    /// around an agent of your own) or a closure.
    pub fn with_client(credentials: Credentials, config: Config, client: C) -> Self {
        let verifier = Verifier::from_credentials(&credentials);
        Self {
            credentials,
            config,
            client,
            verifier,
        }
    }

    /// The credentials in use.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The HTTP stack in use.
    pub fn client(&self) -> &C {
        &self.client
    }

    /// The webhook verifier built from the credentials' webhook secret, when
    /// one was given. Its methods say precisely why a delivery is refused.
    pub fn webhook_verifier(&self) -> Option<&Verifier> {
        self.verifier.as_ref()
    }

    /// `true` when `header` (the `terra-signature` header) is a valid
    /// signature of `body` by the credentials' webhook secret, within the
    /// default timestamp tolerance. Always `false` without a webhook secret.
    pub fn check_terra_signature(&self, body: &[u8], header: &str) -> bool {
        self.verifier
            .as_ref()
            .is_some_and(|v| v.verify_now(body, header).is_ok())
    }

    /// Verifies a webhook delivery (raw body and `terra-signature` header)
    /// and decodes it into an [`Event`].
    ///
    /// Errors: [`Error::InvalidInput`] when no webhook secret is configured
    /// (field `webhook_secret`) or the signature is refused (field
    /// `terra-signature`, with the reason), [`Error::Decode`] when the signed
    /// body is not a valid event. Use [`Terra::webhook_verifier`] for the
    /// typed [`tryterra_core::WebhookError`].
    pub fn handle_webhook(&self, body: &[u8], header: &str) -> Result<Event, Error> {
        let verifier = self.verifier.as_ref().ok_or_else(|| {
            Error::invalid(
                "webhook_secret",
                "no webhook secret configured (TERRA_WEBHOOK_SECRET or \
                 Credentials::with_webhook_secret)",
            )
        })?;
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        verifier
            .verify_and_parse(body, header, now)
            .map_err(|e| match e {
                WebhookError::Decode(d) => Error::Decode(d),
                other => Error::invalid(SIGNATURE_HEADER, other.to_string()),
            })
    }

    /// Runs any operation of [`tryterra_core::ops`] (or one of your own):
    /// builds its request, sends it with retries, parses the answer.
    ///
    /// This is how endpoints without a dedicated method are reached.
    #[doc(alias = "call")]
    pub fn execute<O: Operation>(&self, operation: O) -> Result<O::Output, Error> {
        let policy = &self.config.retry;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let request = operation.to_request(&self.config, &self.credentials)?;
            let method = request.method().clone();
            let outcome = self
                .client
                .send(request)
                .and_then(|r| check_size(r, self.config.max_response_bytes));
            let seen = match &outcome {
                Ok(response) => Outcome::Response {
                    status: response.status(),
                    retry_after: parse_retry_after_at(response.headers(), SystemTime::now()),
                },
                Err(e) => Outcome::Transport(e.kind),
            };
            match policy.decide(attempt, &method, &seen, jitter()) {
                Decision::Retry(wait) => std::thread::sleep(wait),
                Decision::Stop => {
                    return match outcome {
                        Ok(response) => operation.parse_response(response),
                        Err(e) => Err(Error::Transport(e)),
                    };
                }
            }
        }
    }
}

impl<C> fmt::Debug for Terra<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Terra")
            .field("credentials", &self.credentials)
            .field("config", &self.config)
            .field("client", &std::any::type_name::<C>())
            .finish()
    }
}

impl<C: Clone> Clone for Terra<C> {
    fn clone(&self) -> Self {
        Self {
            credentials: self.credentials.clone(),
            config: self.config.clone(),
            client: self.client.clone(),
            verifier: self.verifier.clone(),
        }
    }
}

/// Refuses an answer larger than the configured limit (closures and custom
/// stacks may not enforce it themselves).
fn check_size(
    response: http::Response<Vec<u8>>,
    max: u64,
) -> Result<http::Response<Vec<u8>>, TransportError> {
    if response.body().len() as u64 > max {
        Err(TransportError::new(
            TransportErrorKind::TooLarge,
            format!("the answer's body is larger than {max} bytes"),
        ))
    } else {
        Ok(response)
    }
}

/// A number in `[0, 1)` for the backoff jitter; not cryptographic.
fn jitter() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_nanos(),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}
