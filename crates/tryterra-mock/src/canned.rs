//! Canned answers in memory, for unit tests that need no server at all.
//!
//! [`Canned`] maps a method and a path (optionally with query parameters
//! that must match) to an answer, records every request it receives, and
//! is a transport for both flavours of the typed client: [`Canned::client`]
//! gives a client whose calls finish with `.call()` (blocking) or `.await`.
//!
//! ```
//! use serde_json::json;
//! use tryterra_core::{Config, Credentials, RetryPolicy};
//! use tryterra_mock::canned::Canned;
//!
//! // A blocking unit test: no server, no network.
//! let canned = Canned::new()
//!     .on_get("/integrations", 200, json!({"status": "success", "providers": ["GARMIN"]}))
//!     .with_samples();
//! let terra = canned.client(
//!     Credentials::new("dev", "key"),
//!     Config::default().retry(RetryPolicy::never()),
//! );
//!
//! let providers = terra.list_providers().call().unwrap();
//! assert_eq!(providers.providers, ["GARMIN"]);
//!
//! let user = tryterra_mock::samples::user(0);
//! let sleep = terra.sleep(user.user_id.as_deref().unwrap()).since(1_767_571_200).call().unwrap();
//! assert_eq!(sleep.data, vec![tryterra_mock::samples::sleep_night(0)]);
//!
//! let sent = canned.requests();
//! assert_eq!(sent.len(), 2);
//! assert_eq!(sent[1].path, "/v2/sleep");
//! assert_eq!(sent[1].query_param("to_webhook").as_deref(), Some("false"));
//! assert_eq!(sent[1].header("dev-id"), Some("dev"));
//! ```
//!
//! The same with the async client:
//!
//! ```
//! use tryterra_core::{Config, Credentials, Error};
//! use tryterra_mock::canned::{Canned, CannedResponse};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let canned = Canned::new()
//!     // Answers are used in turn; the last one repeats.
//!     .on("GET", "/userInfo", CannedResponse::json(503, serde_json::json!({"message": "busy"})))
//!     .on_get("/userInfo", 404, serde_json::json!({"message": "user not found"}));
//! let policy = tryterra_core::RetryPolicy::default()
//!     .with_delays(std::time::Duration::from_millis(1), std::time::Duration::from_millis(2));
//! let terra = canned.client(Credentials::new("dev", "key"), Config::default().retry(policy));
//! let err = terra.user_info_by_id("nobody").await.unwrap_err();
//! assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
//! assert!(matches!(err, Error::Api(_)));
//! assert_eq!(canned.request_count(), 2); // the 503 was retried
//! # });
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::io;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::http::{self, Method, StatusCode};
use serde_json::{Value, json};

use tryterra_core::client::{AsyncTransport, BlockingTransport, Client};
use tryterra_core::{Config, Credentials, TransportError};

use crate::samples;

/// A canned answer is a transport for both flavours of the client. The
/// waits between attempts really wait (tests set short retry delays), so a
/// test sees the same timing as against a server.
impl BlockingTransport for Canned {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        self.respond(request)
            .map_err(|e| TransportError::from_boxed(e.into()))
    }

    fn sleep(&self, duration: std::time::Duration) {
        std::thread::sleep(duration);
    }
}

impl AsyncTransport for Canned {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> impl Future<Output = Result<http::Response<Vec<u8>>, TransportError>> + Send {
        std::future::ready(BlockingTransport::send(self, request))
    }

    fn sleep(&self, duration: std::time::Duration) -> impl Future<Output = ()> + Send {
        tokio::time::sleep(duration)
    }
}

/// One answer of a [`Canned`] responder: a status, headers and a body, or a
/// transport failure.
#[derive(Clone, Debug, PartialEq)]
pub struct CannedResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    fail: Option<io::ErrorKind>,
}

impl CannedResponse {
    /// A JSON answer (`content-type: application/json`).
    pub fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(&body).unwrap_or_default(),
            fail: None,
        }
    }

    /// An answer with these raw bytes and content type.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
            fail: None,
        }
    }

    /// No answer: the transport fails with an I/O error of this kind (for
    /// example `ConnectionReset` or `TimedOut`), as a dropped connection
    /// would.
    pub fn fail(kind: io::ErrorKind) -> Self {
        Self {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
            fail: Some(kind),
        }
    }

    /// Adds a header to the answer (e.g. `retry-after`).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers
            .push((name.to_ascii_lowercase(), value.to_owned()));
        self
    }

    /// The status code (0 for a transport failure).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    fn to_http(&self) -> Result<http::Response<Vec<u8>>, io::Error> {
        if let Some(kind) = self.fail {
            return Err(io::Error::new(kind, "canned transport failure"));
        }
        let status = StatusCode::from_u16(self.status).map_err(io::Error::other)?;
        let mut builder = http::Response::builder().status(status);
        for (k, v) in &self.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        builder.body(self.body.clone()).map_err(io::Error::other)
    }
}

/// A request a [`Canned`] responder received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CannedRequest {
    /// HTTP method, e.g. `GET`.
    pub method: String,
    /// Path, e.g. `/v2/activity`.
    pub path: String,
    /// Raw query string, without the `?`.
    pub query: Option<String>,
    /// Headers (names lower case), without `x-api-key`.
    pub headers: Vec<(String, String)>,
    /// The request body.
    pub body: Vec<u8>,
}

impl CannedRequest {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The decoded query parameters, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        parse_query(self.query.as_deref().unwrap_or(""))
    }

    /// The first value of query parameter `name`, decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query_pairs()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The body as JSON, when it is JSON.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// One registered route.
#[derive(Debug)]
struct Route {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    answers: VecDeque<CannedResponse>,
    /// Set once the first answer was given: the last answer repeats.
    last: Option<CannedResponse>,
    /// Added by [`Canned::with_samples`]: used only when no route of
    /// your own matches.
    default: bool,
}

#[derive(Debug, Default)]
struct Inner {
    routes: Vec<Route>,
    requests: Vec<CannedRequest>,
}

/// An in-memory responder mapping `(method, path[?query])` to canned
/// answers, usable as the transport of both typed clients.
///
/// - A route's path matches the request path exactly or as its last
///   segments: `/activity` matches `/v2/activity` (whatever the base URL),
///   not `/v2/my-activity`.
/// - A route registered with a query (`/subscriptions?page=1`) matches only
///   requests carrying those parameters (others are ignored); when several
///   routes match, the one with the most query parameters wins, then the
///   one registered first.
/// - Registering the same method, path and query again queues another
///   answer: answers are given in turn and the last one repeats.
/// - A request no route matches gets a 404 `application/problem+json`
///   answer naming it.
///
/// Clones share the routes and the request log, so keep a clone to inspect
/// [`Canned::requests`] after handing one to a client.
#[derive(Clone, Default)]
pub struct Canned {
    inner: Arc<Mutex<Inner>>,
}

impl fmt::Debug for Canned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.lock();
        f.debug_struct("Canned")
            .field("routes", &inner.routes.len())
            .field("requests", &inner.requests.len())
            .finish()
    }
}

impl Canned {
    /// A responder with no routes (every request gets a 404).
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds an answer for `method` (e.g. `"GET"`) and `path` (which may end
    /// with `?name=value&…` query parameters to match).
    ///
    /// An invalid method is stored as `GET`.
    pub fn on(self, method: &str, path: &str, response: CannedResponse) -> Self {
        self.add(method, path, response, false)
    }

    fn add(self, method: &str, path: &str, response: CannedResponse, default: bool) -> Self {
        let method = Method::from_bytes(method.as_bytes()).unwrap_or(Method::GET);
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, parse_query(q)),
            None => (path, Vec::new()),
        };
        let path = normalize(path);
        {
            let mut inner = self.lock();
            let existing = inner.routes.iter_mut().find(|r| {
                r.default == default
                    && r.method == method
                    && r.path == path
                    && same_set(&r.query, &query)
            });
            match existing {
                Some(route) => route.answers.push_back(response),
                None => inner.routes.push(Route {
                    method,
                    path,
                    query,
                    answers: VecDeque::from([response]),
                    last: None,
                    default,
                }),
            }
        }
        self
    }

    /// Adds a JSON answer to `GET path`.
    pub fn on_get(self, path: &str, status: u16, body: Value) -> Self {
        self.on("GET", path, CannedResponse::json(status, body))
    }

    /// Adds a JSON answer to `POST path`.
    pub fn on_post(self, path: &str, status: u16, body: Value) -> Self {
        self.on("POST", path, CannedResponse::json(status, body))
    }

    /// Adds a JSON answer to `DELETE path`.
    pub fn on_delete(self, path: &str, status: u16, body: Value) -> Self {
        self.on("DELETE", path, CannedResponse::json(status, body))
    }

    /// Answers every endpoint of the typed clients with sample data about
    /// [`samples::user(0)`](samples::user). These answers are defaults:
    /// any route of your own that matches a request (added before or after)
    /// answers it instead.
    ///
    /// - `/activity`, `/body`, `/daily`, `/sleep`, `/nutrition`,
    ///   `/menstruation`, `/athlete`: the inline sample data of
    ///   [`SAMPLE_DATE`](samples::SAMPLE_DATE), or with `to_webhook=true`
    ///   an acknowledgement with reference `canned-reference`;
    /// - `/userInfo` (the user; by reference id a list of it),
    ///   `/subscriptions` (all users, or one page with `page`),
    ///   `/integrations`, `/integrations/detailed`;
    /// - `POST /auth/generateWidgetSession`, `POST /auth/authenticateUser`,
    ///   `DELETE /auth/deauthenticateUser`.
    pub fn with_samples(self) -> Self {
        let user = samples::mock_user(0);
        let uj = user.to_json();
        let mut this = self;
        for kind in [
            "activity",
            "body",
            "daily",
            "sleep",
            "nutrition",
            "menstruation",
            "athlete",
        ] {
            let inline = samples::inline_response_json(kind, 0).unwrap_or_else(|| json!({}));
            this = this
                .default_json("GET", &format!("/{kind}"), 200, inline)
                .default_json(
                    "GET",
                    &format!("/{kind}?to_webhook=true"),
                    200,
                    samples::webhook_ack_json(kind, 0, "canned-reference"),
                );
        }
        let mut polled = uj.clone();
        polled["last_polled_at"] = Value::Null;
        polled["most_recent_data_at"] = Value::Null;
        this.default_json(
            "GET",
            "/userInfo",
            200,
            json!({"user": polled, "status": "success", "is_authenticated": true}),
        )
        .default_json("GET", "/userInfo?reference_id", 200, json!([uj]))
        .default_json("GET", "/subscriptions", 200, json!({"users": [uj]}))
        .default_json(
            "GET",
            "/subscriptions?page",
            200,
            json!({"data": {"next": null, "max_page": 0, "results": [uj]}}),
        )
        .default_json(
            "GET",
            "/integrations",
            200,
            json!({
                "status": "success",
                "providers": crate::state::PROVIDERS,
                "sdk_providers": ["APPLE", "SAMSUNG"],
            }),
        )
        .default_json(
            "GET",
            "/integrations/detailed",
            200,
            json!({
                "status": "success",
                "providers": crate::state::PROVIDERS.iter().map(|p| json!({
                    "provider": p,
                    "name": p,
                    "enabled": true,
                    "types": {"activity": true, "sleep": true, "daily": true, "body": true},
                })).collect::<Vec<_>>(),
            }),
        )
        .default_json(
            "POST",
            "/auth/generateWidgetSession",
            200,
            json!({
                "session_id": "cannedsession",
                "url": "https://widget.tryterra.co/session/cannedsession",
                "status": "success",
                "expires_in": 900,
            }),
        )
        .default_json(
            "POST",
            "/auth/authenticateUser",
            200,
            json!({
                "status": "success",
                "user_id": user.user_id,
                "auth_url": "https://auth.tryterra.co/canned",
            }),
        )
        .default_json(
            "DELETE",
            "/auth/deauthenticateUser",
            200,
            json!({"status": "success"}),
        )
    }

    fn default_json(self, method: &str, path: &str, status: u16, body: Value) -> Self {
        self.add(method, path, CannedResponse::json(status, body), true)
    }

    /// Answers `request`: records it, then gives the matching route's next
    /// answer (or a 404 problem when no route matches). A route made with
    /// [`CannedResponse::fail`] gives an I/O error instead.
    pub fn respond(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, io::Error> {
        let (parts, body) = request.into_parts();
        let recorded = CannedRequest {
            method: parts.method.as_str().to_owned(),
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().map(str::to_owned),
            headers: parts
                .headers
                .iter()
                .filter(|(k, _)| k.as_str() != "x-api-key")
                .map(|(k, v)| {
                    (
                        k.as_str().to_owned(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body,
        };
        let pairs = recorded.query_pairs();
        let mut inner = self.lock();
        inner.requests.push(recorded);
        let path = parts.uri.path();
        let best = inner
            .routes
            .iter_mut()
            .enumerate()
            .filter(|(_, r)| {
                r.method == parts.method
                    && path_matches(&r.path, path)
                    && query_matches(&r.query, &pairs)
            })
            .max_by_key(|(i, r)| (!r.default, r.query.len(), std::cmp::Reverse(*i)))
            .map(|(_, r)| r);
        let answer = match best {
            Some(route) => match route.answers.pop_front() {
                Some(next) => {
                    route.last = Some(next.clone());
                    next
                }
                None => route
                    .last
                    .clone()
                    .unwrap_or_else(|| CannedResponse::json(500, json!({}))),
            },
            None => CannedResponse::raw(
                404,
                "application/problem+json",
                serde_json::to_vec(&json!({
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": format!("no canned answer for {} {path}", parts.method),
                    "instance": path,
                }))
                .unwrap_or_default(),
            ),
        };
        drop(inner);
        answer.to_http()
    }

    /// A typed client answering from these routes, usable in both
    /// flavours: finish its calls with `.call()` or `.await`.
    pub fn client(&self, credentials: Credentials, config: Config) -> Client<Canned> {
        Client::with_transport(credentials, config, self.clone())
    }

    /// The requests received so far, oldest first.
    pub fn requests(&self) -> Vec<CannedRequest> {
        self.lock().requests.clone()
    }

    /// Number of requests received so far.
    pub fn request_count(&self) -> usize {
        self.lock().requests.len()
    }

    /// Number of requests received whose path ends with `path` (as routes
    /// match, e.g. `/activity`).
    pub fn request_count_for(&self, path: &str) -> usize {
        let path = normalize(path);
        self.lock()
            .requests
            .iter()
            .filter(|r| path_matches(&path, &r.path))
            .count()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        self.lock().requests.clear();
    }
}

/// `/x/` and `x` both become `/x`.
fn normalize(path: &str) -> String {
    let trimmed = path.trim_matches('/');
    format!("/{trimmed}")
}

/// Whether `route` equals `path` or is its last segments (`route` starts
/// with `/`, so a suffix match falls on a segment boundary).
fn path_matches(route: &str, path: &str) -> bool {
    let path = path.strip_suffix('/').unwrap_or(path);
    if route == "/" {
        return path.is_empty();
    }
    path.ends_with(route)
}

/// Whether every `(name, value)` of the route is in `pairs` (an empty value
/// only asks for the parameter to be present).
fn query_matches(route: &[(String, String)], pairs: &[(String, String)]) -> bool {
    route.iter().all(|(k, v)| {
        pairs
            .iter()
            .any(|(pk, pv)| pk == k && (v.is_empty() || pv == v))
    })
}

fn same_set(a: &[(String, String)], b: &[(String, String)]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// Splits and percent-decodes a query string.
fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
