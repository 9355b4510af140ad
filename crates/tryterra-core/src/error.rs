//! The one error type of the SDK, shared by the core and every transport.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

/// Everything that can go wrong while talking to Terra.
///
/// Each variant keeps enough context to act on: the HTTP status and body for
/// API errors, the JSON path and raw body for decode errors, the kind of
/// failure for transport errors. None of them ever contains the API key or
/// the webhook secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Terra answered with a non-success status (other than 429).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// Terra answered 429 Too Many Requests (after the retries the policy
    /// allowed: see [`Error::attempts`]).
    #[error("rate limited by Terra (HTTP 429){}{}", retry_after_text(.retry_after), attempts_text(error.attempts))]
    RateLimited {
        /// The wait Terra asked for in `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
        /// The full error answer.
        error: Box<ApiError>,
    },
    /// The answer had a success status but its body could not be decoded.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The request was refused before anything was sent.
    #[error(transparent)]
    InvalidInput(InvalidInput),
    /// The HTTP stack failed (filled in by the transport adapters).
    #[error(transparent)]
    Transport(TransportError),
}

fn retry_after_text(d: &Option<Duration>) -> String {
    match d {
        Some(d) => format!(", retry after {}s", d.as_secs()),
        None => String::new(),
    }
}

/// ` (after 3 attempts)`, or nothing for a single attempt or an unknown count.
fn attempts_text(attempts: Option<u32>) -> String {
    match attempts {
        Some(n) if n > 1 => format!(" (after {n} attempts)"),
        _ => String::new(),
    }
}

impl Error {
    /// The HTTP status Terra answered with, for API, rate-limit and decode
    /// errors.
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::RateLimited { error, .. } => Some(error.status),
            Error::Decode(e) => e.status,
            _ => None,
        }
    }

    /// The raw body of the answer that caused the error, when there was one.
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.body),
            Error::RateLimited { error, .. } => Some(&error.body),
            Error::Decode(e) => Some(&e.body),
            _ => None,
        }
    }

    /// `true` for transport timeouts.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(t) if t.kind == TransportErrorKind::Timeout)
    }

    /// `true` when trying the same call again later may succeed: rate
    /// limiting, 502/503/504, and transport failures other than TLS, an
    /// oversized body or an unclassified one. The client already retried
    /// these as far as its [`RetryPolicy`](crate::RetryPolicy) allowed;
    /// this tells a caller whether a retry of its own (later, or at another
    /// layer) makes sense.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } => true,
            Error::Api(e) => matches!(e.status.as_u16(), 502..=504),
            Error::Transport(t) => matches!(
                t.kind,
                TransportErrorKind::Connect
                    | TransportErrorKind::Timeout
                    | TransportErrorKind::Io
                    | TransportErrorKind::BodyRead
            ),
            _ => false,
        }
    }

    /// `true` when Terra refused the credentials (HTTP 401): a wrong or
    /// revoked API key, or a dev id that does not match it.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(http::StatusCode::UNAUTHORIZED)
    }

    /// `true` for HTTP 429 ([`Error::RateLimited`]).
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::RateLimited { .. })
    }

    /// The wait Terra asked for in `Retry-After`, on a rate-limit error.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// How many attempts the client made before giving up with this error,
    /// for errors that came out of its retry loop (API, rate-limit and
    /// transport errors); `None` otherwise.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Api(e) => e.attempts,
            Error::RateLimited { error, .. } => error.attempts,
            Error::Transport(t) => t.attempts,
            _ => None,
        }
    }

    /// Records how many attempts led to this error.
    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        match &mut self {
            Error::Api(e) => e.attempts = Some(attempts),
            Error::RateLimited { error, .. } => error.attempts = Some(attempts),
            Error::Transport(t) => t.attempts = Some(attempts),
            _ => {}
        }
        self
    }

    /// Adds a hint to an API error, shown after its message.
    pub(crate) fn with_hint(mut self, hint: String) -> Self {
        if let Error::Api(e) = &mut self {
            e.hint = Some(hint);
        }
        self
    }

    /// Shorthand for an [`Error::InvalidInput`].
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::InvalidInput(InvalidInput::new(field, reason))
    }

    /// Builds the error for a non-success answer: [`Error::RateLimited`] for
    /// 429, [`Error::Api`] otherwise. The body is parsed as an RFC 9457
    /// problem or as Terra's `{status, message}` shape when it is either.
    pub fn from_response(status: http::StatusCode, headers: &http::HeaderMap, body: &[u8]) -> Self {
        let api = Box::new(ApiError::new(status, headers, body));
        if status == http::StatusCode::TOO_MANY_REQUESTS {
            Error::RateLimited {
                retry_after: retry_after_seconds(headers),
                error: api,
            }
        } else {
            Error::Api(api)
        }
    }
}

/// A `Retry-After` header given as a number of seconds.
pub(crate) fn retry_after_seconds(headers: &http::HeaderMap) -> Option<Duration> {
    let v = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    v.parse::<u64>().ok().map(Duration::from_secs)
}

/// A non-success answer from Terra.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: http::StatusCode,
    /// The body decoded as an RFC 9457 problem (`application/problem+json`).
    pub problem: Option<Problem>,
    /// The `message` of Terra's `{status, message}` error shape, or the
    /// problem's `detail`/`title`.
    pub message: Option<String>,
    /// The `content-type` of the answer.
    pub content_type: Option<String>,
    /// The raw body, as received.
    pub body: Vec<u8>,
    /// How many attempts the client made, when the error came out of its
    /// retry loop.
    pub attempts: Option<u32>,
    /// What the SDK suspects went wrong on its side, when it has an idea
    /// (for example a base URL without the API version on a 404).
    pub hint: Option<String>,
}

impl ApiError {
    /// Reads an error answer.
    pub fn new(status: http::StatusCode, headers: &http::HeaderMap, body: &[u8]) -> Self {
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let mut problem = None;
        let mut message = None;
        if let Ok(shape) = serde_json::from_slice::<ErrorShape>(body) {
            if shape.title.is_some() || shape.r#type.is_some() || shape.instance.is_some() {
                problem = Some(Problem {
                    r#type: shape.r#type.clone(),
                    title: shape.title.clone(),
                    instance: shape.instance.clone(),
                    detail: shape.detail.clone(),
                    extra: crate::models::Extra::new(),
                });
            }
            message = shape
                .message
                .or(shape.detail)
                .or(shape.title)
                .or(shape.error);
        }
        Self {
            status,
            problem,
            message,
            content_type,
            body: body.to_vec(),
            attempts: None,
            hint: None,
        }
    }

    /// The body as text (lossy for invalid UTF-8).
    pub fn body_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("problem", &self.problem)
            .field("message", &self.message)
            .field("content_type", &self.content_type)
            .field("body", &self.body_text())
            .field("attempts", &self.attempts)
            .field("hint", &self.hint)
            .finish()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Terra answered HTTP {}", self.status)?;
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        } else if !self.body.is_empty() {
            let text = self.body_text();
            let short: String = text.chars().take(200).collect();
            let short = short.split_whitespace().collect::<Vec<_>>().join(" ");
            write!(f, ": {short}")?;
            if text.chars().count() > 200 {
                f.write_str("…")?;
            }
        }
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        // A 429 says its attempts in `Error::RateLimited`'s own message.
        if self.status != http::StatusCode::TOO_MANY_REQUESTS {
            f.write_str(&attempts_text(self.attempts))?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// An RFC 9457 problem document, Terra's error body for most 4xx answers,
/// and the spec's `Problem` schema (`models::Problem` is this type).
///
/// It decodes like every model (tolerantly, unknown members kept in
/// `extra`); in an [`ApiError`] it is read leniently from whatever error
/// shape Terra sent.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A short summary of the kind of problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A URI naming this occurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// A human explanation of this occurrence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Members of the problem the SDK does not model, kept verbatim.
    #[serde(flatten)]
    pub extra: crate::models::Extra,
}

/// Every error shape Terra uses, read leniently.
#[derive(Deserialize)]
struct ErrorShape {
    #[serde(rename = "type", default, deserialize_with = "lenient_string")]
    r#type: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    title: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    instance: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    detail: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    message: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    error: Option<String>,
}

fn lenient_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    })
}

/// A success answer whose body did not decode into the expected type.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status of the answer (absent when decoding a webhook body).
    pub status: Option<http::StatusCode>,
    /// The JSON path where decoding failed, for example
    /// `data[0].heart_rate_data.summary.avg_hr_bpm`; `.` for the root.
    pub path: String,
    /// What serde reported.
    pub message: String,
    /// Line and column of the failure in the body, when known.
    pub line: usize,
    /// Column of the failure in the body, when known.
    pub column: usize,
    /// The raw body.
    pub body: Vec<u8>,
}

impl DecodeError {
    /// Builds a decode error from a `serde_path_to_error` failure.
    pub fn from_path_error(
        status: Option<http::StatusCode>,
        err: serde_path_to_error::Error<serde_json::Error>,
        body: &[u8],
    ) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let message = if inner.is_eof() && body.iter().all(u8::is_ascii_whitespace) {
            "the body is empty where JSON was expected".to_owned()
        } else if inner.is_syntax() || inner.is_eof() {
            let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
            if first == Some(b'<') {
                format!("the body is HTML, not JSON ({inner})")
            } else {
                format!("the body is not valid JSON ({inner})")
            }
        } else {
            inner.to_string()
        };
        Self {
            status,
            path,
            message,
            line: inner.line(),
            column: inner.column(),
            body: body.to_vec(),
        }
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("line", &self.line)
            .field("column", &self.column)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode Terra's answer at `{}`: {}",
            self.path, self.message
        )
    }
}

impl std::error::Error for DecodeError {}

/// Input refused before any request was built or sent.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvalidInput {
    /// The parameter at fault.
    pub field: String,
    /// Why it was refused.
    pub reason: String,
}

impl InvalidInput {
    /// Builds the error.
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InvalidInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}`: {}", self.field, self.reason)
    }
}

impl std::error::Error for InvalidInput {}

/// What kind of transport failure happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be opened (refused, DNS, unreachable). The
    /// request certainly did not reach Terra.
    Connect,
    /// An attempt took longer than its timeout.
    Timeout,
    /// The TLS handshake or certificate check failed.
    Tls,
    /// The connection broke while the request or the answer was in flight.
    Io,
    /// Reading the answer's body failed (reset, truncated).
    BodyRead,
    /// The answer's body was larger than the configured limit.
    TooLarge,
    /// Anything else the HTTP stack reported.
    Other,
}

impl TransportErrorKind {
    /// The kind matching an I/O error: time-outs, refused connections,
    /// early ends of stream, and everything else as [`TransportErrorKind::Io`].
    pub fn from_io(err: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        match err.kind() {
            K::TimedOut | K::WouldBlock => TransportErrorKind::Timeout,
            K::ConnectionRefused | K::AddrNotAvailable | K::NotFound => TransportErrorKind::Connect,
            K::UnexpectedEof => TransportErrorKind::BodyRead,
            _ => TransportErrorKind::Io,
        }
    }

    /// A short lowercase name (`connect`, `timeout`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            TransportErrorKind::Connect => "connect",
            TransportErrorKind::Timeout => "timeout",
            TransportErrorKind::Tls => "tls",
            TransportErrorKind::Io => "io",
            TransportErrorKind::BodyRead => "body read",
            TransportErrorKind::TooLarge => "body too large",
            TransportErrorKind::Other => "other",
        }
    }
}

/// A failure of the HTTP stack, with the adapter's own error as its source.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// What kind of failure this was.
    pub kind: TransportErrorKind,
    /// The adapter's error.
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    /// How many attempts the client made, when the error came out of its
    /// retry loop.
    pub attempts: Option<u32>,
}

impl TransportError {
    /// Wraps an adapter error.
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
    ) -> Self {
        Self {
            kind,
            source: Some(source.into()),
            attempts: None,
        }
    }

    /// A transport error with no underlying error.
    pub fn from_kind(kind: TransportErrorKind) -> Self {
        Self {
            kind,
            source: None,
            attempts: None,
        }
    }

    /// The innermost error of the source chain: what the operating system
    /// or the TLS stack actually reported (`Connection refused`, a DNS
    /// failure, a certificate problem), often several wrappers down.
    pub fn root_cause(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let mut cur: &(dyn std::error::Error + 'static) = self.source.as_deref()?;
        loop {
            let next = match cur.downcast_ref::<std::io::Error>() {
                // `io::Error::source` skips the error it wraps: look inside.
                Some(io) => io
                    .get_ref()
                    .map(|e| e as &(dyn std::error::Error + 'static)),
                None => cur.source(),
            };
            match next {
                Some(n) => cur = n,
                None => return Some(cur),
            }
        }
    }

    /// Turns any boxed error from an HTTP stack into a transport error,
    /// keeping the kind where it can be known: a `TransportError` or an
    /// [`Error::Transport`] as it is, an [`std::io::Error`] by its
    /// [`std::io::ErrorKind`], anything else as [`TransportErrorKind::Other`].
    pub fn from_boxed(err: Box<dyn std::error::Error + Send + Sync + 'static>) -> Self {
        let err = match err.downcast::<TransportError>() {
            Ok(t) => return *t,
            Err(e) => e,
        };
        let err = match err.downcast::<Error>() {
            Ok(e) => match *e {
                Error::Transport(t) => return t,
                other => return TransportError::new(TransportErrorKind::Other, other),
            },
            Err(e) => e,
        };
        match err.downcast::<std::io::Error>() {
            Ok(io) => TransportError::new(TransportErrorKind::from_io(&io), *io),
            Err(e) => TransportError::new(TransportErrorKind::Other, e),
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error ({})", self.kind.as_str())?;
        if let Some(s) = &self.source {
            let outer = s.to_string();
            write!(f, ": {outer}")?;
            // Name the root cause when the outer message hides it.
            if let Some(root) = self.root_cause() {
                let root = root.to_string();
                if !root.is_empty() && !outer.contains(&root) {
                    write!(f, ": {root}")?;
                }
            }
        }
        f.write_str(&attempts_text(self.attempts))
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<TransportError> for Error {
    fn from(e: TransportError) -> Self {
        Error::Transport(e)
    }
}

impl From<InvalidInput> for Error {
    fn from(e: InvalidInput) -> Self {
        Error::InvalidInput(e)
    }
}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Self {
        Error::Decode(Box::new(e))
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(ct: &str) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        h.insert(http::header::CONTENT_TYPE, ct.parse().unwrap());
        h
    }

    #[test]
    fn problem_json_is_read() {
        let body = br#"{"type":"about:blank","title":"Not Found","instance":"/v2/userInfo","detail":"user not found"}"#;
        let e = Error::from_response(
            http::StatusCode::NOT_FOUND,
            &headers("application/problem+json"),
            body,
        );
        let Error::Api(api) = &e else { panic!("{e:?}") };
        assert_eq!(api.status, 404);
        assert_eq!(
            api.problem.as_ref().unwrap().title.as_deref(),
            Some("Not Found")
        );
        assert_eq!(api.message.as_deref(), Some("user not found"));
        assert_eq!(
            e.to_string(),
            "Terra answered HTTP 404 Not Found: user not found"
        );
    }

    #[test]
    fn terra_status_message_is_read() {
        let e = Error::from_response(
            http::StatusCode::BAD_REQUEST,
            &headers("application/json"),
            br#"{"status":"error","message":"Invalid start_date"}"#,
        );
        let Error::Api(api) = &e else { panic!() };
        assert!(api.problem.is_none());
        assert_eq!(api.message.as_deref(), Some("Invalid start_date"));
    }

    #[test]
    fn html_and_garbage_keep_status() {
        let html = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
        let e = Error::from_response(http::StatusCode::BAD_GATEWAY, &headers("text/html"), html);
        assert_eq!(e.status(), Some(http::StatusCode::BAD_GATEWAY));
        assert_eq!(e.body(), Some(&html[..]));
        assert!(e.to_string().contains("502"));
        let e = Error::from_response(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            &http::HeaderMap::new(),
            b"",
        );
        assert!(e.to_string().contains("500"));
    }

    #[test]
    fn rate_limit_reads_retry_after() {
        let mut h = headers("application/json");
        h.insert(http::header::RETRY_AFTER, "7".parse().unwrap());
        let e = Error::from_response(http::StatusCode::TOO_MANY_REQUESTS, &h, b"{}");
        let Error::RateLimited { retry_after, .. } = e else {
            panic!()
        };
        assert_eq!(retry_after, Some(Duration::from_secs(7)));
    }
}
