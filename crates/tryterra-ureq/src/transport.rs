//! The blocking transport over ureq, and closures as transports.

use std::error::Error as StdError;
use std::io;
use std::time::Duration;

use tryterra_core::{
    BlockingTransport, Config, Error, FnTransport, FromConfig, TransportError, TransportErrorKind,
};

/// A transport that answers each request with `f`, so a unit test can run
/// the typed client without any server:
///
/// ```
/// use tryterra_ureq::{Client, from_fn};
/// use tryterra_ureq::tryterra_core::{Config, Credentials, RetryPolicy};
///
/// let answer = |req: http::Request<Vec<u8>>| {
///     assert_eq!(req.uri().path(), "/v2/integrations");
///     http::Response::builder()
///         .status(200)
///         .body(br#"{"status":"success","providers":["OURA"]}"#.to_vec())
/// };
/// let terra = Client::with_transport(
///     Credentials::new("my-dev-id", "my-api-key"),
///     Config::default().retry(RetryPolicy::never()),
///     from_fn(answer),
/// );
/// assert_eq!(terra.list_providers().call()?.providers, ["OURA"]);
/// # Ok::<(), tryterra_ureq::tryterra_core::Error>(())
/// ```
///
/// Errors of `f` become transport errors as [`FnTransport`] says; the
/// waits between attempts block the thread.
pub fn from_fn<F, E>(f: F) -> FnTransport<F, fn(Duration)>
where
    F: Fn(http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, E>,
    E: Into<Box<dyn StdError + Send + Sync + 'static>>,
{
    FnTransport::new(f, std::thread::sleep)
}

/// The TLS setup of the default agent: rustls with the aws-lc-rs crypto
/// provider (the one reqwest uses, so both transports share one crypto
/// library) and the Mozilla root certificates of webpki-roots.
#[cfg(feature = "rustls")]
#[cfg_attr(docsrs, doc(cfg(feature = "rustls")))]
pub fn tls_config() -> ureq::tls::TlsConfig {
    ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::Rustls)
        .root_certs(ureq::tls::RootCerts::WebPki)
        .unversioned_rustls_crypto_provider(std::sync::Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .build()
}

/// The SDK's default HTTP stack: a [`ureq::Agent`] plus the body size limit.
///
/// Every request it sends is configured to return 4xx/5xx answers as
/// answers (ureq's `http_status_as_error(false)`, so error bodies reach the
/// SDK) and to follow no redirect (the API key must not travel to another
/// host), whatever the agent's own settings.
#[derive(Clone, Debug)]
pub struct UreqTransport {
    agent: ureq::Agent,
    /// The overall timeout to set on each request, together with statuses
    /// as answers and no redirects; `None` when the agent has them already.
    per_request: Option<Duration>,
    max_response_bytes: u64,
}

impl UreqTransport {
    /// Builds the default agent for `config`: no redirects, statuses as
    /// answers, `config.timeout` for each attempt (body included),
    /// `config.connect_timeout` for opening the connection, and with the
    /// `rustls` feature the TLS setup of [`tls_config`].
    pub fn new(config: &Config) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(config.timeout))
            .timeout_connect(Some(config.connect_timeout))
            .user_agent(config.user_agent.as_str());
        #[cfg(feature = "rustls")]
        let agent = agent.tls_config(tls_config());
        // The agent already has every setting `from_agent` applies to each
        // request; doing it again would only add work to every call.
        Self {
            per_request: None,
            ..Self::from_agent(agent.build().into(), config)
        }
    }

    /// Wraps an agent you configured yourself (proxy, TLS roots, pool…).
    ///
    /// Each request still gets `config.timeout` as its overall timeout
    /// (ureq's `timeout_global`), statuses as answers and no redirects; the
    /// body limit comes from `config.max_response_bytes`. The agent's other
    /// settings (connect timeout, proxy, TLS) are kept: with rustls, give it
    /// a crypto provider, for instance with `.tls_config(tls_config())`
    /// (ureq is built here without its own default provider).
    pub fn from_agent(agent: ureq::Agent, config: &Config) -> Self {
        Self {
            agent,
            per_request: Some(config.timeout),
            max_response_bytes: config.max_response_bytes,
        }
    }

    /// The wrapped agent.
    pub fn agent(&self) -> &ureq::Agent {
        &self.agent
    }

    /// The largest body accepted, in bytes.
    pub fn max_response_bytes(&self) -> u64 {
        self.max_response_bytes
    }
}

impl UreqTransport {
    /// Runs `request` on the agent, with the per-request settings when the
    /// agent does not have them itself.
    fn run(
        &self,
        request: http::Request<impl ureq::AsSendBody>,
    ) -> Result<http::Response<ureq::Body>, ureq::Error> {
        match self.per_request {
            None => self.agent.run(request),
            Some(timeout) => {
                let request = self
                    .agent
                    .configure_request(request)
                    .http_status_as_error(false)
                    .max_redirects(0)
                    .timeout_global(Some(timeout))
                    .build();
                self.agent.run(request)
            }
        }
    }
}

impl BlockingTransport for UreqTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        // An empty body on a GET or HEAD is sent as no body at all: ureq
        // sends `content-length: 0` for an empty one.
        let bodiless = request.body().is_empty()
            && matches!(*request.method(), http::Method::GET | http::Method::HEAD);
        let response = if bodiless {
            let (parts, _) = request.into_parts();
            self.run(http::Request::from_parts(parts, ureq::SendBody::none()))
        } else {
            self.run(request)
        }
        .map_err(|e| map_error(e, Phase::Send))?;
        let (parts, body) = response.into_parts();
        let bytes = body
            .into_with_config()
            .limit(self.max_response_bytes)
            .read_to_vec()
            .map_err(|e| map_error(e, Phase::Body))?;
        Ok(http::Response::from_parts(parts, bytes))
    }

    fn sleep(&self, duration: Duration) {
        std::thread::sleep(duration);
    }
}

impl FromConfig for UreqTransport {
    fn from_config(config: &Config) -> Result<Self, Error> {
        Ok(Self::new(config))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Send,
    Body,
}

/// Sorts a ureq error into a [`TransportErrorKind`], keeping it as source.
fn map_error(err: ureq::Error, phase: Phase) -> TransportError {
    use ureq::Error as U;
    let kind = match &err {
        U::Timeout(_) => TransportErrorKind::Timeout,
        U::BodyExceedsLimit(_) => TransportErrorKind::TooLarge,
        U::HostNotFound | U::ConnectionFailed | U::ConnectProxyFailed(_) => {
            TransportErrorKind::Connect
        }
        U::Tls(_) | U::TlsRequired => TransportErrorKind::Tls,
        #[cfg(feature = "rustls")]
        U::Rustls(_) => TransportErrorKind::Tls,
        #[cfg(feature = "native-tls")]
        U::NativeTls(_) => TransportErrorKind::Tls,
        // The TLS stacks report a bad record or certificate as InvalidData,
        // which plain TCP never does.
        U::Io(io) if phase == Phase::Send && io.kind() == io::ErrorKind::InvalidData => {
            TransportErrorKind::Tls
        }
        // A failed name lookup is an I/O error of no particular kind; the
        // request never left the machine, like a refused connection.
        U::Io(io) if phase == Phase::Send && io.to_string().contains("lookup address") => {
            TransportErrorKind::Connect
        }
        U::Io(io) => match TransportErrorKind::from_io(io) {
            TransportErrorKind::Timeout => TransportErrorKind::Timeout,
            TransportErrorKind::Connect if phase == Phase::Send => TransportErrorKind::Connect,
            _ if phase == Phase::Body => TransportErrorKind::BodyRead,
            _ => TransportErrorKind::Io,
        },
        U::Protocol(_) if phase == Phase::Body => TransportErrorKind::BodyRead,
        U::Protocol(_) => TransportErrorKind::Io,
        _ if phase == Phase::Body => TransportErrorKind::BodyRead,
        _ => TransportErrorKind::Other,
    };
    TransportError::new(kind, err)
}
