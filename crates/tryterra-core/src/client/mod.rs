//! The typed Terra client, written once for every transport.
//!
//! [`Client<T>`] holds the credentials, the [`Config`] and a transport `T`.
//! Its methods return a [`Call`], which sends nothing until it is finished:
//!
//! - over an [`AsyncTransport`] (tryterra-reqwest's, for instance) a call is
//!   a future: `client.activity(user).since(start).await?`;
//! - over a [`BlockingTransport`] (tryterra-ureq's) it is finished with
//!   [`Call::call`]: `client.activity(user).since(start).call()?`, with no
//!   async runtime anywhere.
//!
//! Both run the same pure retry loop, [`Exchange`]: the core decides what
//! to send, how long to wait and when it is done; the transport only moves
//! the bytes and sleeps. An [`Observer`] set with [`Client::with_observer`]
//! sees every attempt and the decision taken after it.
//!
//! The methods of the Python SDK's `Terra` class, and where they are here
//! (the Python names are also search aliases in the docs):
//!
//! | Python SDK | this client |
//! |---|---|
//! | `from_user_id` | [`Client::from_user_id`], giving a [`User`] |
//! | `get_user_info` | [`Client::user_info`], [`Client::user_info_by_id`], [`Client::user_info_by_reference`] |
//! | `list_users` | [`Client::list_users`] (every page), [`Client::list_users_page`] |
//! | `deauthenticate_user` | [`Client::deauthenticate_user`] |
//! | `list_providers` | [`Client::list_providers`], [`Client::list_providers_detailed`] |
//! | `generate_widget_session` | [`Client::generate_widget_session`] |
//! | `generate_authentication_url` | [`Client::generate_authentication_url`] |
//! | `get_activity_for_user`, `get_body_for_user`, `get_daily_for_user`, `get_sleep_for_user`, `get_menstruation_for_user`, `get_nutrition_for_user` | [`Client::activity`], [`Client::body`], [`Client::daily`], [`Client::sleep`], [`Client::menstruation`], [`Client::nutrition`] (inline), and `…_to_webhook` (delivery to your webhook) |
//! | `get_athlete_for_user` | [`Client::athlete`], [`Client::athlete_to_webhook`] |
//! | `check_terra_signature`, `handle_webhook` | [`Client::check_terra_signature`], [`Client::handle_webhook`] |
//!
//! And the operations of Terra's current SDKs (`terra-python` 1.x, `terra-api` 2.x) that the
//! OpenAPI spec lacks:
//!
//! | Terra SDK | this client |
//! |---|---|
//! | `activity.write`, `body.write`, `nutrition.write` | [`Client::write_activity`], [`Client::write_body`], [`Client::write_nutrition`] |
//! | `body.delete`, `nutrition.delete` | [`Client::delete_body`], [`Client::delete_nutrition`] |
//! | `planned_workout.fetch`, `.write`, `.delete` | [`Client::planned_workout_plans`], [`Client::write_planned_workout_plans`], [`Client::delete_planned_workout_plans`] |
//! | `user.modify` | [`Client::modify_user`] |
//! | any other endpoint | [`Client::execute`] with an operation of [`crate::ops`] |

mod builders;
mod call;
mod exchange;
mod methods;
mod streams;
mod transport;

use std::fmt;
use std::sync::Arc;

pub use builders::{DEFAULT_CONCURRENCY, DEFAULT_RANGE, DataRequest};
pub use call::{Call, Job, Map, Next, Once};
pub use exchange::{Attempt, Exchange, Observer, Step};
/// Re-export of the `Stream` trait the async listings implement.
pub use futures_core::Stream;
pub use methods::{DetailedProviders, FromUserId, ListAllUsers, MAX_USER_PAGES, OpCall, User};
pub use streams::{
    RecordIter, RecordStream, UserIter, UserStream, WindowData, WindowIter, WindowStream,
};
pub use transport::{AsyncTransport, BlockingTransport, FnTransport, FromConfig};

use crate::config::{Config, Credentials};
use crate::error::Error;
use crate::models::Event;
use crate::operation::Operation;
use crate::webhook::{SIGNATURE_HEADER, Verifier, WebhookError};

/// The typed Terra client over the transport `T`.
///
/// `Debug` never prints the API key or the webhook secret. Cloning is as
/// cheap as cloning the transport (the transports of tryterra-reqwest and
/// tryterra-ureq share their connection pools between clones).
pub struct Client<T> {
    credentials: Credentials,
    config: Config,
    transport: T,
    verifier: Option<Verifier>,
    observer: Option<Arc<dyn Observer>>,
}

impl<T: FromConfig> Client<T> {
    /// A client with the default [`Config`] (Terra's production API) and the
    /// transport's default setup.
    ///
    /// Fails only when the transport cannot be set up (a TLS backend that
    /// does not load, for instance).
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Self::with_config(credentials, Config::default())
    }

    /// A client with the given configuration and the transport built from
    /// it (timeouts, body limit, user agent).
    pub fn with_config(credentials: Credentials, config: Config) -> Result<Self, Error> {
        let transport = T::from_config(&config)?;
        Ok(Self::with_transport(credentials, config, transport))
    }

    /// A client from `TERRA_DEV_ID`, `TERRA_API_KEY`, optionally
    /// `TERRA_WEBHOOK_SECRET` and `TERRA_BASE_URL` (see
    /// [`Credentials::from_env`] and [`Config::from_env`]).
    pub fn from_env() -> Result<Self, Error> {
        Self::with_config(Credentials::from_env()?, Config::from_env()?)
    }
}

impl<T> Client<T> {
    /// A client sending through `transport`, which you built yourself.
    pub fn with_transport(credentials: Credentials, config: Config, transport: T) -> Self {
        let verifier = Verifier::from_credentials(&credentials);
        Self {
            credentials,
            config,
            transport,
            verifier,
            observer: None,
        }
    }

    /// The same client, reporting every attempt of every call to
    /// `observer` (method, URL, outcome, duration, retry decision).
    #[must_use]
    pub fn with_observer(mut self, observer: impl Observer + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// The credentials in use.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The transport in use.
    pub fn transport(&self) -> &T {
        &self.transport
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
    /// against the current time and decodes it into an [`Event`].
    ///
    /// Errors: [`Error::InvalidInput`] when no webhook secret is configured
    /// (field `webhook_secret`) or the signature is refused (field
    /// `terra-signature`, with the reason), [`Error::Decode`] when the signed
    /// body is not a valid event. Use [`Client::webhook_verifier`] for the
    /// typed [`WebhookError`].
    pub fn handle_webhook(&self, body: &[u8], header: &str) -> Result<Event, Error> {
        let verifier = self.verifier.as_ref().ok_or_else(|| {
            Error::invalid(
                "webhook_secret",
                "no webhook secret configured (TERRA_WEBHOOK_SECRET or \
                 Credentials::with_webhook_secret)",
            )
        })?;
        verifier
            .verify_and_parse(body, header, crate::webhook::unix_now())
            .map_err(|e| match e {
                WebhookError::Decode(d) => Error::Decode(d),
                other => Error::invalid(SIGNATURE_HEADER, other.to_string()),
            })
    }

    /// Runs any operation of [`crate::ops`] (or one of your own): builds its
    /// request, sends it with retries, parses the answer.
    ///
    /// This is how endpoints without a dedicated method are reached.
    #[doc(alias = "call")]
    pub fn execute<O: Operation>(&self, operation: O) -> Call<'_, T, Once<O>> {
        Call::new(self, Once::new(operation))
    }

    /// The retry loop of one operation under this client's configuration,
    /// credentials and observer, for driving it step by step yourself.
    pub fn exchange<O: Operation>(&self, operation: O) -> Exchange<'_, O> {
        Exchange::new(operation, &self.config, &self.credentials).observed(self.observer.as_deref())
    }
}

impl<T: BlockingTransport> Client<T> {
    /// The blocking loop: does what each step of the exchange says.
    fn run_blocking<O: Operation>(&self, operation: O) -> Result<O::Output, Error> {
        let mut exchange = self.exchange(operation);
        let mut step = exchange.start();
        loop {
            step = match step {
                Step::Send(request) => exchange.received(self.transport.send(request)),
                Step::Wait(duration) => {
                    self.transport.sleep(duration);
                    exchange.resume()
                }
                Step::Done(result) => return result,
            };
        }
    }
}

impl<T: AsyncTransport> Client<T> {
    /// The async loop: does what each step of the exchange says.
    async fn run_async<O: Operation>(&self, operation: O) -> Result<O::Output, Error> {
        let mut exchange = self.exchange(operation);
        let mut step = exchange.start();
        loop {
            // The step is moved whole into a local that ends with this
            // statement: the future then keeps no room for it (a whole
            // request) while it waits for the answer, which keeps the boxed
            // future of a call small.
            let request = {
                let current = step;
                match current {
                    Step::Send(request) => request,
                    Step::Wait(duration) => {
                        self.transport.sleep(duration).await;
                        step = exchange.resume();
                        continue;
                    }
                    Step::Done(result) => return result,
                }
            };
            step = exchange.received(self.transport.send(request).await);
        }
    }
}

impl<T> fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("credentials", &self.credentials)
            .field("config", &self.config)
            .field("transport", &std::any::type_name::<T>())
            .field("observer", &self.observer.is_some())
            .finish()
    }
}

impl<T: Clone> Clone for Client<T> {
    fn clone(&self) -> Self {
        Self {
            credentials: self.credentials.clone(),
            config: self.config.clone(),
            transport: self.transport.clone(),
            verifier: self.verifier.clone(),
            observer: self.observer.clone(),
        }
    }
}
