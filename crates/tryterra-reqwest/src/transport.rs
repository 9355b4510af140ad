//! The async transport over reqwest, and closures returning futures as
//! transports.

use std::error::Error as StdError;
use std::future::Future;
use std::io;
use std::time::Duration;

use tryterra_core::{
    AsyncTransport, Config, Error, FnTransport, FromConfig, TransportError, TransportErrorKind,
};

/// A transport that answers each request with `f`, so a unit test can run
/// the typed client without any server:
///
/// ```
/// use tryterra_reqwest::{Client, from_fn};
/// use tryterra_reqwest::tryterra_core::{Config, Credentials, RetryPolicy};
///
/// let answer = |req: http::Request<Vec<u8>>| async move {
///     assert_eq!(req.headers()["dev-id"], "my-dev-id");
///     http::Response::builder()
///         .status(200)
///         .body(br#"{"status":"success","providers":[]}"#.to_vec())
/// };
/// let terra = Client::with_transport(
///     Credentials::new("my-dev-id", "my-api-key"),
///     Config::default().retry(RetryPolicy::never()),
///     from_fn(answer),
/// );
/// # let _ = terra;
/// ```
///
/// Errors of `f` become transport errors as [`FnTransport`] says; waits
/// between attempts use `tokio::time::sleep`, so they need a tokio runtime
/// with its timer.
pub fn from_fn<F, Fut, E>(f: F) -> FnTransport<F, fn(Duration) -> tokio::time::Sleep>
where
    F: Fn(http::Request<Vec<u8>>) -> Fut + Send + Sync,
    Fut: Future<Output = Result<http::Response<Vec<u8>>, E>> + Send,
    E: Into<Box<dyn StdError + Send + Sync + 'static>>,
{
    FnTransport::new(f, tokio::time::sleep)
}

/// The SDK's default HTTP stack: a [`reqwest::Client`] plus the per-attempt
/// timeout and the body size limit.
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    timeout: Option<Duration>,
    max_response_bytes: u64,
}

impl ReqwestTransport {
    /// Builds the default client for `config`: no redirects (the API key
    /// must not travel to another host), `config.timeout` for each attempt
    /// (body included), `config.connect_timeout` for opening the connection.
    pub fn new(config: &Config) -> Result<Self, Error> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .build()
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e))?;
        // The client already enforces the per-attempt timeout; a second,
        // per-request timer would only add work to every call.
        Ok(Self {
            timeout: None,
            ..Self::from_client(client, config)
        })
    }

    /// Wraps a client you configured yourself (proxy, TLS roots, pool…).
    ///
    /// Each request still gets `config.timeout` as its timeout, and the body
    /// limit comes from `config.max_response_bytes`. The client's redirect
    /// policy is its own: build it with `redirect::Policy::none()` so that
    /// the API key never follows a redirect.
    pub fn from_client(client: reqwest::Client, config: &Config) -> Self {
        Self {
            client,
            timeout: Some(config.timeout),
            max_response_bytes: config.max_response_bytes,
        }
    }

    /// The wrapped client.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The largest body accepted, in bytes.
    pub fn max_response_bytes(&self) -> u64 {
        self.max_response_bytes
    }

    async fn send_inner(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        // The converted request ends with this statement, so the future
        // keeps no room for it while it waits.
        let pending = {
            let mut request = to_reqwest(request)?;
            if let Some(timeout) = self.timeout {
                *request.timeout_mut() = Some(timeout);
            }
            self.client.execute(request)
        };
        let mut response = pending.await.map_err(|e| map_error(e, Phase::Send))?;
        let max = self.max_response_bytes;
        let declared = response.content_length();
        if let Some(len) = declared
            && len > max
        {
            return Err(too_large(max));
        }
        let mut body = Vec::with_capacity(declared.unwrap_or(0).min(max).min(1 << 20) as usize);
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| map_error(e, Phase::Body))?
        {
            if (body.len() + chunk.len()) as u64 > max {
                return Err(too_large(max));
            }
            body.extend_from_slice(&chunk);
        }
        let mut out = http::Response::new(body);
        *out.status_mut() = response.status();
        *out.version_mut() = response.version();
        *out.headers_mut() = std::mem::take(response.headers_mut());
        Ok(out)
    }
}

impl AsyncTransport for ReqwestTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        self.send_inner(request)
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        tokio::time::sleep(duration)
    }
}

impl FromConfig for ReqwestTransport {
    fn from_config(config: &Config) -> Result<Self, Error> {
        Self::new(config)
    }
}

/// The reqwest form of `request`.
///
/// `reqwest::Request::try_from` writes the URI out through `Display` and
/// parses that as a `Url`; joining the URI's parts directly gives the same
/// text for much less work, which shows on small calls. A request with
/// extensions still goes through `try_from`, which keeps them (reqwest has
/// no public way to set them), and so does a URI that `Url` refuses, so
/// that the error stays reqwest's own.
fn to_reqwest(request: http::Request<Vec<u8>>) -> Result<reqwest::Request, TransportError> {
    let (parts, body) = request.into_parts();
    let url = if parts.extensions.is_empty() {
        reqwest::Url::parse(&uri_text(&parts.uri)).ok()
    } else {
        None
    };
    let Some(url) = url else {
        return reqwest::Request::try_from(http::Request::from_parts(parts, body))
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e));
    };
    let mut out = reqwest::Request::new(parts.method, url);
    *out.headers_mut() = parts.headers;
    *out.version_mut() = parts.version;
    *out.body_mut() = Some(body.into());
    Ok(out)
}

/// `uri` as text, exactly as its `Display` writes it.
fn uri_text(uri: &http::Uri) -> String {
    let scheme = uri.scheme_str();
    let authority = uri.authority().map(http::uri::Authority::as_str);
    let (path, query) = (uri.path(), uri.query());
    let len = scheme.map_or(0, |s| s.len() + 3)
        + authority.map_or(0, str::len)
        + path.len()
        + query.map_or(0, |q| q.len() + 1);
    let mut text = String::with_capacity(len);
    if let Some(scheme) = scheme {
        text.push_str(scheme);
        text.push_str("://");
    }
    if let Some(authority) = authority {
        text.push_str(authority);
    }
    text.push_str(path);
    if let Some(query) = query {
        text.push('?');
        text.push_str(query);
    }
    text
}

fn too_large(max: u64) -> TransportError {
    TransportError::new(
        TransportErrorKind::TooLarge,
        format!("the answer's body is larger than {max} bytes"),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Send,
    Body,
}

/// Sorts a reqwest error into a [`TransportErrorKind`], keeping it as source.
fn map_error(err: reqwest::Error, phase: Phase) -> TransportError {
    let kind = if err.is_timeout() || chain_has_io(&err, &|k| k == io::ErrorKind::TimedOut) {
        TransportErrorKind::Timeout
    } else if phase == Phase::Body || err.is_body() || err.is_decode() {
        TransportErrorKind::BodyRead
    } else if err.is_connect() {
        if chain_mentions_tls(&err) {
            TransportErrorKind::Tls
        } else {
            TransportErrorKind::Connect
        }
    } else if err.is_request() {
        TransportErrorKind::Io
    } else {
        TransportErrorKind::Other
    };
    TransportError::new(kind, err)
}

fn chain_has_io(err: &(dyn StdError + 'static), pred: &dyn Fn(io::ErrorKind) -> bool) -> bool {
    let mut cur = Some(err);
    while let Some(e) = cur {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            if pred(io.kind()) {
                return true;
            }
            // `io::Error::source` skips the wrapped error itself: look inside.
            if let Some(inner) = io.get_ref()
                && chain_has_io(inner, pred)
            {
                return true;
            }
        }
        cur = e.source();
    }
    false
}

/// reqwest does not expose TLS failures as such; they show up as connect
/// errors whose chain holds an `InvalidData` I/O error (what the TLS stacks
/// report for a bad record or certificate; plain TCP never does) or talks
/// about certificates or the handshake.
fn chain_mentions_tls(err: &(dyn StdError + 'static)) -> bool {
    if chain_has_io(err, &|k| k == io::ErrorKind::InvalidData) {
        return true;
    }
    let mut cur = Some(err);
    while let Some(e) = cur {
        let text = e.to_string().to_ascii_lowercase();
        if ["certificate", "tls", "ssl", "handshake"]
            .iter()
            .any(|w| text.contains(w))
        {
            return true;
        }
        cur = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct conversion gives what `reqwest::Request::try_from` gives.
    #[test]
    fn requests_convert_as_reqwest_converts_them() {
        for uri in [
            "https://api.tryterra.co/v2/integrations",
            "http://127.0.0.1:8080/v2/userInfo?user_id=a%20b&x=",
            "http://user:pw@example.com",
            "https://example.com/?",
            "https://[::1]:9/a/b?c=d#frag",
            "https://EXAMPLE.com:443/%7Efoo",
        ] {
            let request = || {
                let mut r = http::Request::new(b"{\"a\":1}".to_vec());
                *r.method_mut() = http::Method::POST;
                *r.uri_mut() = uri.parse().unwrap();
                *r.version_mut() = http::Version::HTTP_11;
                r.headers_mut().insert("dev-id", "d".parse().unwrap());
                r.headers_mut().append("x-many", "1".parse().unwrap());
                r.headers_mut().append("x-many", "2".parse().unwrap());
                r
            };
            assert_eq!(uri_text(request().uri()), request().uri().to_string());
            let got = to_reqwest(request()).unwrap();
            let want = reqwest::Request::try_from(request()).unwrap();
            assert_eq!(got.url(), want.url(), "{uri}");
            assert_eq!(got.method(), want.method());
            assert_eq!(got.headers(), want.headers());
            assert_eq!(got.version(), want.version());
            assert_eq!(
                got.body().and_then(reqwest::Body::as_bytes),
                want.body().and_then(reqwest::Body::as_bytes)
            );
        }
        // A relative URI is refused with reqwest's own error.
        let mut r = http::Request::new(Vec::new());
        *r.uri_mut() = "/v2/integrations".parse().unwrap();
        let err = to_reqwest(r).unwrap_err();
        assert_eq!(err.kind, TransportErrorKind::Other);
        assert!(
            StdError::source(&err)
                .and_then(|e| e.downcast_ref::<reqwest::Error>())
                .is_some_and(reqwest::Error::is_builder),
            "{err:?}"
        );
    }
}
