//! The [`Operation`] trait: one Terra endpoint as a request value and a
//! response parser, plus the helpers every operation uses.

use std::fmt;

use serde::de::DeserializeOwned;

use crate::config::{Config, Credentials};
use crate::decode::DecodeMode;
use crate::error::{Error, InvalidInput};
use crate::models::{Mismatch, Mismatches};

/// One Terra endpoint: how to build its request and how to read its answer.
///
/// Operations do no IO. A transport calls [`Operation::to_request`], sends
/// the request however it likes, and hands the answer to
/// [`Operation::parse_response`] (or [`Operation::parse_response_with`] to
/// choose the [`DecodeMode`]). Any status outside 2xx becomes an
/// [`Error::Api`] or [`Error::RateLimited`].
pub trait Operation {
    /// The typed result of a successful call.
    type Output;

    /// Builds the HTTP request, with the credentials' headers and the
    /// configured user agent.
    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error>;

    /// Reads Terra's answer, tolerantly: a value that does not fit its
    /// declared field is kept and reported (see [`DecodeMode::Tolerant`]).
    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error>;

    /// Reads Terra's answer in `mode`. With [`DecodeMode::Strict`], a value
    /// that does not fit its declared field is a [`Error::Decode`] naming
    /// its JSON path.
    ///
    /// The provided implementation runs [`Operation::parse_response`] with
    /// `mode` in force for every [`decode_json`] and [`parse_json`] call it
    /// makes, which is how all the built-in operations decode.
    fn parse_response_with<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
        mode: DecodeMode,
    ) -> Result<Self::Output, Error> {
        crate::decode::in_mode(mode, || self.parse_response(response))
    }

    /// [`Operation::parse_response_with`] for an answer whose body the
    /// caller owns and hands over, as the typed client does: an operation
    /// whose output keeps the raw body ([`Response::raw`]) keeps this
    /// buffer instead of a copy, which for a large data answer saves a
    /// copy of the whole body in time and in memory.
    ///
    /// The provided implementation is [`Operation::parse_response_with`];
    /// `GetData` keeps the buffer.
    fn parse_owned_response_with(
        &self,
        response: http::Response<Vec<u8>>,
        mode: DecodeMode,
    ) -> Result<Self::Output, Error> {
        self.parse_response_with(response, mode)
    }

    /// The Terra user id the operation is about, when it names one: shown
    /// in traces (feature `tracing`). `None` by default.
    fn user(&self) -> Option<&str> {
        None
    }
}

impl<O: Operation + ?Sized> Operation for &O {
    type Output = O::Output;

    fn user(&self) -> Option<&str> {
        (**self).user()
    }

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        (**self).to_request(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        (**self).parse_response(response)
    }

    fn parse_response_with<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
        mode: DecodeMode,
    ) -> Result<Self::Output, Error> {
        (**self).parse_response_with(response, mode)
    }

    fn parse_owned_response_with(
        &self,
        response: http::Response<Vec<u8>>,
        mode: DecodeMode,
    ) -> Result<Self::Output, Error> {
        (**self).parse_owned_response_with(response, mode)
    }
}

/// A typed answer together with the raw bytes it was decoded from, so a
/// field the SDK does not model yet is never lost.
#[derive(Clone, PartialEq)]
pub struct Response<T> {
    value: T,
    status: http::StatusCode,
    raw: Vec<u8>,
}

impl<T> Response<T> {
    /// Wraps a decoded value with its status and raw body.
    pub fn new(value: T, status: http::StatusCode, raw: Vec<u8>) -> Self {
        Self { value, status, raw }
    }

    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// Consumes the response, returning the decoded value.
    pub fn into_value(self) -> T {
        self.value
    }

    /// The HTTP status of the answer.
    pub fn status(&self) -> http::StatusCode {
        self.status
    }

    /// The raw body exactly as received.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The raw body parsed as untyped JSON (every field, modelled or not).
    pub fn raw_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.raw)
    }

    /// Splits into the value and the raw body.
    pub fn into_parts(self) -> (T, Vec<u8>) {
        (self.value, self.raw)
    }
}

impl<T: Mismatches> Response<T> {
    /// The values of the answer that did not fit their declared fields
    /// (empty when everything fit; see [`Mismatches`]).
    pub fn mismatches(&self) -> Vec<Mismatch> {
        self.value.mismatches()
    }
}

impl<T: Mismatches> Mismatches for Response<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        self.value.collect_mismatches(path, out);
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("value", &self.value)
            .field("raw_len", &self.raw.len())
            .finish()
    }
}

/// Returns the body when the status is 2xx, and the matching error otherwise.
pub fn check_status<B: AsRef<[u8]>>(response: &http::Response<B>) -> Result<&[u8], Error> {
    let status = response.status();
    let body = response.body().as_ref();
    if status.is_success() {
        Ok(body)
    } else {
        Err(Error::from_response(status, response.headers(), body))
    }
}

pub use crate::decode::{decode_json, decode_json_with};

/// Checks the status, then decodes the body into a [`Response<T>`].
pub fn parse_json<T: DeserializeOwned, B: AsRef<[u8]>>(
    response: http::Response<B>,
) -> Result<Response<T>, Error> {
    let body = check_status(&response)?;
    let status = response.status();
    let value = decode_json(Some(status), body)?;
    Ok(Response::new(value, status, body.to_vec()))
}

/// Incremental builder for the requests operations produce: collects the
/// query string with proper escaping and sets the common headers.
#[derive(Debug)]
pub struct RequestBuilder {
    method: http::Method,
    url: String,
    has_query: bool,
    body: Vec<u8>,
    content_type: Option<&'static str>,
    authenticated: bool,
}

impl RequestBuilder {
    /// Starts a request to `config.base_url` + `path` (`path` starts with `/`).
    pub fn new(method: http::Method, config: &Config, path: &str) -> Self {
        let mut url = String::with_capacity(config.base_url.len() + path.len() + 64);
        url.push_str(&config.base_url);
        url.push_str(path);
        Self {
            method,
            url,
            has_query: false,
            body: Vec::new(),
            content_type: None,
            authenticated: true,
        }
    }

    /// Adds one query parameter (the value is percent-encoded).
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.url.push(if self.has_query { '&' } else { '?' });
        self.has_query = true;
        encode_component(&mut self.url, name);
        self.url.push('=');
        encode_component(&mut self.url, value);
        self
    }

    /// Adds a query parameter when `value` is `Some`.
    pub fn query_opt(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    /// Adds extra query parameters given by the caller.
    pub fn query_extra(mut self, extra: &[(String, String)]) -> Self {
        for (k, v) in extra {
            self = self.query(k, v);
        }
        self
    }

    /// Sets a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Result<Self, Error> {
        self.body = serde_json::to_vec(body)
            .map_err(|e| InvalidInput::new("body", format!("cannot serialise: {e}")))?;
        self.content_type = Some("application/json");
        Ok(self)
    }

    /// Sets a raw body with its content type.
    pub fn raw_body(mut self, content_type: &'static str, body: Vec<u8>) -> Self {
        self.body = body;
        self.content_type = Some(content_type);
        self
    }

    /// Marks the endpoint as public: no `x-api-key` or `dev-id` header.
    pub fn unauthenticated(mut self) -> Self {
        self.authenticated = false;
        self
    }

    /// Finishes the request.
    pub fn build(
        self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        self.build_with_content_type(config, credentials, None)
    }

    /// Finishes the request with a content type computed at run time (used
    /// for multipart boundaries).
    pub fn build_with_content_type(
        self,
        config: &Config,
        credentials: &Credentials,
        content_type: Option<String>,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        // Built in place rather than with `http::request::Builder`: this runs
        // once per call, and the builder's chained `Result`s, header-name
        // parsing and URI copy are most of its cost.
        let uri = http::Uri::try_from(self.url)
            .map_err(|e| Error::invalid("url", format!("cannot build the request: {e}")))?;
        let mut request = http::Request::new(self.body);
        *request.method_mut() = self.method;
        *request.uri_mut() = uri;
        let headers = request.headers_mut();
        headers.reserve(5);
        headers.insert(
            http::header::ACCEPT,
            http::HeaderValue::from_static("application/json"),
        );
        headers.insert(
            http::header::USER_AGENT,
            header_value("user_agent", &config.user_agent)?,
        );
        if self.authenticated {
            let mut key = header_value("api_key", credentials.api_key().expose())?;
            key.set_sensitive(true);
            headers.insert(http::HeaderName::from_static("x-api-key"), key);
            headers.insert(
                http::HeaderName::from_static("dev-id"),
                header_value("dev_id", credentials.dev_id())?,
            );
        }
        if let Some(ct) = content_type {
            headers.insert(
                http::header::CONTENT_TYPE,
                header_value("content_type", &ct)?,
            );
        } else if let Some(ct) = self.content_type {
            headers.insert(
                http::header::CONTENT_TYPE,
                header_value("content_type", ct)?,
            );
        }
        Ok(request)
    }
}

fn header_value(field: &str, value: &str) -> Result<http::HeaderValue, Error> {
    http::HeaderValue::from_str(value)
        .map_err(|_| Error::invalid(field, "contains characters not allowed in an HTTP header"))
}

/// Percent-encodes `s` as a URL component (RFC 3986 unreserved characters
/// pass through) and appends it to `out`.
pub(crate) fn encode_component(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xF) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_sets_headers_and_query() {
        let config = Config::with_base_url("http://127.0.0.1:9/v2").unwrap();
        let creds = Credentials::new("dev", "key");
        let req = RequestBuilder::new(http::Method::GET, &config, "/userInfo")
            .query("user_id", "a b&c")
            .query_opt("reference_id", None)
            .build(&config, &creds)
            .unwrap();
        assert_eq!(
            req.uri(),
            "http://127.0.0.1:9/v2/userInfo?user_id=a%20b%26c"
        );
        assert_eq!(req.headers()["x-api-key"], "key");
        assert!(req.headers()["x-api-key"].is_sensitive());
        assert_eq!(req.headers()["dev-id"], "dev");
        assert!(
            req.headers()["user-agent"]
                .to_str()
                .unwrap()
                .starts_with("terra-rs/")
        );
        assert!(req.headers().get("content-type").is_none());
    }

    #[test]
    fn bad_header_values_are_invalid_input() {
        let config = Config::default();
        let creds = Credentials::new("dev\nx", "key");
        let err = RequestBuilder::new(http::Method::GET, &config, "/x")
            .build(&config, &creds)
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)));
    }

    #[test]
    fn decode_reports_paths_and_shapes() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Inner {
            n: f64,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Outer {
            data: Vec<Inner>,
        }
        let err = decode_json::<Outer>(None, br#"{"data":[{"n":1},{"n":"x"}]}"#).unwrap_err();
        let Error::Decode(d) = err else { panic!() };
        assert_eq!(d.path, "data[1].n");
        for (body, needle) in [
            (&b""[..], "empty"),
            (b"<html>oops</html>", "HTML"),
            (br#"{"data":[{"n":1}"#, "not valid JSON"),
            (br#"{"data":[]} trailing"#, "after the JSON"),
        ] {
            let err = decode_json::<Outer>(None, body).unwrap_err();
            assert!(
                err.to_string().contains(needle),
                "{err} should mention {needle}"
            );
        }
    }
}
