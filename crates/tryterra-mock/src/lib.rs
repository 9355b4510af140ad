#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod canned;
pub mod cli;
mod data;
mod rng;
mod routes;
pub mod samples;
mod server;
mod state;
mod template;
mod webhook;

pub use canned::{Canned, CannedRequest, CannedResponse};

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use tryterra_core::Credentials;

use crate::state::{PROVIDERS, Settings, State, lock, read, seeded_user_id, write};

/// API key accepted when none is configured.
pub const DEFAULT_API_KEY: &str = "key-mock";
/// Developer id accepted when none is configured.
pub const DEFAULT_DEV_ID: &str = "dev-mock";
/// Webhook signing secret used when none is configured.
pub const DEFAULT_WEBHOOK_SECRET: &str = "secret-mock";
/// `created_at` of the pre-authenticated users.
const SEEDED_CREATED_AT: &str = "2026-01-01T00:00:00Z";

/// Fault injection settings, applied to the API paths (not to the mock-only
/// control paths).
///
/// For each API request, in arrival order, one seeded draw `u` in `[0, 1)`
/// decides: `u < rate_drop` closes the connection without an answer; the
/// next `rate_429` answers 429 with `Retry-After: 1`; the next `rate_5xx`
/// answers 503. The latency is added to every API request before that.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Faults {
    /// Delay added before answering each API request.
    pub latency: Duration,
    /// Share of requests answered 429 (0.0..=1.0).
    pub rate_429: f64,
    /// Share of requests answered 503 (0.0..=1.0).
    pub rate_5xx: f64,
    /// Share of requests whose connection is closed without an answer.
    pub rate_drop: f64,
    /// Seed of the fault draws; the same seed and request order give the
    /// same faults.
    pub seed: u64,
}

impl Faults {
    /// No faults at all.
    pub fn none() -> Self {
        Self::default()
    }
}

/// A user known to the mock, with the fields of Terra's `TerraUser`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockUser {
    /// Terra user id (UUID-shaped).
    pub user_id: String,
    /// Provider in upper case, e.g. `GARMIN`.
    pub provider: String,
    /// The developer's own id for the user, when one was given.
    pub reference_id: Option<String>,
    /// Creation time, RFC 3339.
    pub created_at: String,
    /// Comma-separated scopes.
    pub scopes: String,
    /// Whether the connection is active.
    pub active: bool,
}

impl MockUser {
    /// The user as Terra's `TerraUser` JSON object.
    pub fn to_json(&self) -> Value {
        json!({
            "user_id": self.user_id,
            "provider": self.provider,
            "reference_id": self.reference_id,
            "created_at": self.created_at,
            "scopes": self.scopes,
            "active": self.active,
            "last_webhook_update": null,
        })
    }

    /// The user decoded into `tryterra-core`'s model.
    pub fn to_model(&self) -> Result<tryterra_core::models::TerraUser, serde_json::Error> {
        serde_json::from_value(self.to_json())
    }
}

/// One request the mock received on an API path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method, e.g. `GET`.
    pub method: String,
    /// Path, e.g. `/v2/activity`.
    pub path: String,
    /// Raw query string, without the `?`.
    pub query: Option<String>,
    /// Request headers (names lower case), without `x-api-key`.
    pub headers: Vec<(String, String)>,
}

impl RecordedRequest {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One webhook event the mock tried to deliver.
#[derive(Clone, Debug, PartialEq)]
pub struct Delivery {
    /// Target URL (empty when no URL was configured).
    pub url: String,
    /// The event's `type`, e.g. `activity` or `auth`.
    pub event_type: String,
    /// The `x-terra-trace-id` sent (the request's reference for data events).
    pub trace_id: String,
    /// Status of the last attempt, when the receiver answered.
    pub status: Option<u16>,
    /// Attempts made (0 when nothing was sent).
    pub attempts: u32,
    /// Why the delivery failed, if it did.
    pub error: Option<String>,
    /// The event sent.
    pub body: Value,
}

impl Delivery {
    /// `true` when the receiver answered with a 2xx status.
    pub fn is_delivered(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// Configures and starts a [`MockTerra`].
#[derive(Clone, Debug)]
pub struct MockTerraBuilder {
    api_key: String,
    dev_id: String,
    webhook_url: Option<String>,
    webhook_secret: String,
    users: usize,
    faults: Faults,
    port: u16,
    record_requests: bool,
    quirks: bool,
}

impl Default for MockTerraBuilder {
    fn default() -> Self {
        Self {
            api_key: DEFAULT_API_KEY.into(),
            dev_id: DEFAULT_DEV_ID.into(),
            webhook_url: None,
            webhook_secret: DEFAULT_WEBHOOK_SECRET.into(),
            users: 0,
            faults: Faults::default(),
            port: 0,
            record_requests: true,
            quirks: false,
        }
    }
}

impl MockTerraBuilder {
    /// The API key the mock accepts (default [`DEFAULT_API_KEY`]).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = key.into();
        self
    }

    /// The developer id the mock accepts (default [`DEFAULT_DEV_ID`]).
    pub fn dev_id(mut self, dev_id: impl Into<String>) -> Self {
        self.dev_id = dev_id.into();
        self
    }

    /// Where webhook events are POSTed (plain `http://` URLs).
    pub fn webhook_url(mut self, url: impl Into<String>) -> Self {
        self.webhook_url = Some(url.into());
        self
    }

    /// The secret webhook events are signed with (default
    /// [`DEFAULT_WEBHOOK_SECRET`]).
    pub fn webhook_secret(mut self, secret: impl Into<String>) -> Self {
        self.webhook_secret = secret.into();
        self
    }

    /// Number of users that exist from the start. Their ids are
    /// deterministic (the same for every instance), their providers cycle
    /// through GARMIN, FITBIT, OURA, POLAR and WHOOP, and the `i`-th has
    /// reference id `mock-user-{i}`.
    pub fn users(mut self, n: usize) -> Self {
        self.users = n;
        self
    }

    /// Fault injection (default: none).
    ///
    /// Rates outside `0.0..=1.0` are clamped (NaN counts as 0).
    pub fn faults(mut self, faults: Faults) -> Self {
        let clamp = |r: f64| if r.is_nan() { 0.0 } else { r.clamp(0.0, 1.0) };
        self.faults = Faults {
            rate_429: clamp(faults.rate_429),
            rate_5xx: clamp(faults.rate_5xx),
            rate_drop: clamp(faults.rate_drop),
            ..faults
        };
        self
    }

    /// Port to bind on 127.0.0.1 (default 0: a free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Whether to keep the request log of [`MockTerra::requests`] (default
    /// true; the log keeps the last 10,000 requests).
    pub fn record_requests(mut self, yes: bool) -> Self {
        self.record_requests = yes;
        self
    }

    /// Whether to serve quirky data (default false): the same deterministic
    /// data, with a few values of the kind real providers send where the
    /// spec declares another type, so that handlers can be tested against
    /// them. In the first record of every data answer and data webhook
    /// event (and in the athlete profile), an integer code such as
    /// `upload_type` carries a fraction (`1.1`) and the first number is
    /// sent as a string (`"28"`); the user of those answers has
    /// `"active": "true"`. The SDK decodes such payloads whole, keeps the
    /// odd values, and reports them (`tryterra_core::models::Mismatches`).
    pub fn quirks(mut self, yes: bool) -> Self {
        self.quirks = yes;
        self
    }

    /// Binds 127.0.0.1 and starts serving on the current tokio runtime.
    pub async fn start(self) -> io::Result<MockTerra> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        let origin = format!("http://{addr}");
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(io::Error::other)?;
        let mut users = BTreeMap::new();
        for i in 0..self.users {
            let provider = PROVIDERS[i % PROVIDERS.len()];
            let user = MockUser {
                user_id: seeded_user_id(i),
                provider: provider.into(),
                reference_id: Some(format!("mock-user-{i}")),
                created_at: SEEDED_CREATED_AT.into(),
                scopes: routes::default_scopes(provider),
                active: true,
            };
            users.insert(user.user_id.clone(), user);
        }
        let state = Arc::new(State {
            settings: Settings {
                api_key: self.api_key,
                dev_id: self.dev_id,
                webhook_secret: self.webhook_secret,
                faults: self.faults,
                record_requests: self.record_requests,
                quirks: self.quirks,
                origin,
            },
            webhook_url: RwLock::new(self.webhook_url),
            users: RwLock::new(users),
            pending: Mutex::new(HashMap::new()),
            workouts: Mutex::new(BTreeMap::new()),
            planned: Mutex::new(BTreeMap::new()),
            labs: Mutex::new(BTreeMap::new()),
            written: Mutex::new(Vec::new()),
            requests: Mutex::new(VecDeque::new()),
            counts: Mutex::new(HashMap::new()),
            deliveries: Mutex::new(Vec::new()),
            delivery_notify: Notify::new(),
            ids: AtomicU64::new(0),
            fault_counter: AtomicU64::new(0),
            http,
            runtime: tokio::runtime::Handle::current(),
        });
        let (tx, rx) = watch::channel(false);
        let router = routes::router(Arc::clone(&state));
        let task = tokio::spawn(server::serve(listener, router, Arc::clone(&state), rx));
        Ok(MockTerra {
            addr,
            state,
            shutdown: tx,
            task: Some(task),
        })
    }

    /// Starts the mock on a runtime of its own (two worker threads), for
    /// synchronous code. Callable from anywhere, including inside another
    /// runtime.
    pub fn start_blocking(self) -> io::Result<BlockingMockTerra> {
        let handle = std::thread::Builder::new()
            .name("tryterra-mock-start".into())
            .spawn(
                move || -> io::Result<(tokio::runtime::Runtime, MockTerra)> {
                    let rt = tokio::runtime::Builder::new_multi_thread()
                        .worker_threads(2)
                        .thread_name("tryterra-mock")
                        .enable_all()
                        .build()?;
                    let mock = rt.block_on(self.start())?;
                    Ok((rt, mock))
                },
            )?;
        let (rt, mock) = handle
            .join()
            .map_err(|_| io::Error::other("tryterra-mock start thread panicked"))??;
        Ok(BlockingMockTerra {
            inner: Some(mock),
            runtime: Some(rt),
        })
    }
}

/// A running mock. Stops (gracefully, without blocking) when dropped.
pub struct MockTerra {
    addr: SocketAddr,
    state: Arc<State>,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for MockTerra {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockTerra")
            .field("base_url", &self.base_url())
            .finish_non_exhaustive()
    }
}

impl MockTerra {
    /// A builder with the documented defaults.
    pub fn builder() -> MockTerraBuilder {
        MockTerraBuilder::default()
    }

    /// Starts a mock with the defaults (no users, no webhook URL, no faults).
    pub async fn start() -> io::Result<MockTerra> {
        Self::builder().start().await
    }

    /// Like [`MockTerraBuilder::start_blocking`].
    pub fn start_blocking(builder: MockTerraBuilder) -> io::Result<BlockingMockTerra> {
        builder.start_blocking()
    }

    /// The base URL to give an SDK client: `http://127.0.0.1:PORT/v2`.
    pub fn base_url(&self) -> String {
        format!("{}/v2", self.state.settings.origin)
    }

    /// The origin, `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> &str {
        &self.state.settings.origin
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Credentials the mock accepts, with its webhook signing secret.
    pub fn credentials(&self) -> Credentials {
        let s = &self.state.settings;
        Credentials::new(s.dev_id.clone(), s.api_key.clone())
            .with_webhook_secret(s.webhook_secret.clone())
    }

    /// Changes (or, with `None`, removes) the webhook URL.
    pub fn set_webhook_url(&self, url: Option<String>) {
        *write(&self.state.webhook_url) = url;
    }

    /// The current webhook URL.
    pub fn webhook_url(&self) -> Option<String> {
        self.state.webhook_url()
    }

    /// The users currently known, ordered by user id.
    pub fn users(&self) -> Vec<MockUser> {
        read(&self.state.users).values().cloned().collect()
    }

    /// Creates a user as if they had connected `provider` (e.g. `GARMIN`)
    /// through the widget, and sends the `auth` webhook.
    pub fn authenticate_user(&self, provider: &str, reference_id: Option<&str>) -> MockUser {
        routes::create_user(
            &self.state,
            None,
            provider,
            reference_id.map(str::to_owned),
            None,
        )
    }

    /// Completes a pending widget session (by its `session_id`) or auth URL
    /// (by the token ending its URL; the whole URL works too), as the mock-only
    /// `POST /v2/mock/complete/{id}` does: creates the user and sends the
    /// `auth` webhook. `provider` and `reference_id` override what the flow
    /// was started with. Returns `None` when nothing with this id is pending.
    pub fn complete(
        &self,
        id: &str,
        provider: Option<&str>,
        reference_id: Option<&str>,
    ) -> Option<MockUser> {
        routes::complete_pending(&self.state, id, provider, reference_id)
    }

    /// The requests received on API paths, oldest first (at most the last
    /// 10,000).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.state.requests).iter().cloned().collect()
    }

    /// Number of requests received on `path` (e.g. `/v2/activity`).
    pub fn request_count(&self, path: &str) -> u64 {
        lock(&self.state.counts).get(path).copied().unwrap_or(0)
    }

    /// Request counts per path.
    pub fn request_counts(&self) -> HashMap<String, u64> {
        lock(&self.state.counts).clone()
    }

    /// Webhook deliveries finished so far (one entry per event, after its
    /// last attempt), in completion order.
    pub fn deliveries(&self) -> Vec<Delivery> {
        lock(&self.state.deliveries).clone()
    }

    /// Waits until at least `n` deliveries are recorded or `timeout`
    /// passes; returns the deliveries recorded by then.
    pub async fn wait_for_deliveries(&self, n: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.state.delivery_notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let current = self.deliveries();
            if current.len() >= n {
                return current;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.deliveries();
            }
        }
    }

    /// Stops accepting connections, lets open ones finish their current
    /// request, and waits for the accept loop to end.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockTerra {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
    }
}

/// A mock running on its own runtime, for synchronous code and tests.
///
/// Dereferences to [`MockTerra`] for the inspection methods. Dropping it
/// stops the server and its runtime without blocking.
#[derive(Debug)]
pub struct BlockingMockTerra {
    inner: Option<MockTerra>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl BlockingMockTerra {
    /// Blocking form of [`MockTerra::wait_for_deliveries`].
    pub fn wait_for_deliveries(&self, n: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = Instant::now() + timeout;
        loop {
            let current = self.deliveries();
            if current.len() >= n || Instant::now() >= deadline {
                return current;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Stops the server and its runtime.
    pub fn shutdown(self) {
        drop(self);
    }
}

impl std::ops::Deref for BlockingMockTerra {
    type Target = MockTerra;
    fn deref(&self) -> &MockTerra {
        self.inner
            .as_ref()
            .unwrap_or_else(|| unreachable!("present until drop"))
    }
}

impl Drop for BlockingMockTerra {
    fn drop(&mut self) {
        drop(self.inner.take());
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}
