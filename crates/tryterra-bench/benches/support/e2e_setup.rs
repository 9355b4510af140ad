//! The loopback setup shared by the `e2e` bench and the `e2e_paired`
//! example: a small axum server answering `GET /v2/integrations`, the two
//! typed clients, and raw `ureq` / `reqwest` clients configured alike
//! (same headers, same timeouts, the body decoded into an equivalent
//! struct).

use std::hint::black_box;
use std::net::SocketAddr;

use serde::Deserialize;
use tryterra_core::ops::ListProviders;
use tryterra_core::{Config, Credentials};

/// Calls per measured block.
pub const CALLS: u64 = 1_000;

const PROVIDERS: &str = r#"{"status":"success","providers":["APPLE","FITBIT","GARMIN","GOOGLE","OURA","POLAR","SUUNTO","WAHOO","WHOOP","WITHINGS","ZWIFT","PELOTON","CONCEPT2","COROS","EIGHT","FREESTYLELIBRE","DEXCOM","CRONOMETER","STRAVA","TRAININGPEAKS"],"sdk_providers":["APPLE","SAMSUNG","GOOGLEFIT","HEALTH_CONNECT"]}"#;

/// What a hand-written client would decode the answer into.
#[derive(Deserialize)]
#[allow(dead_code)]
struct RawProviders {
    status: Option<String>,
    providers: Vec<String>,
    sdk_providers: Vec<String>,
}

/// Starts the server on its own runtime thread (one worker) and returns its
/// address.
fn start_server() -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let app = axum::Router::new().route(
                "/v2/integrations",
                axum::routing::get(|| async {
                    (
                        [(http::header::CONTENT_TYPE, "application/json")],
                        PROVIDERS,
                    )
                }),
            );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            axum::serve(listener, app).await.expect("serve");
        });
    });
    rx.recv().expect("server address")
}

/// The server and the four clients.
pub struct Setup {
    url: String,
    sdk_ureq: tryterra_ureq::Terra,
    agent: ureq::Agent,
    sdk_reqwest: tryterra_reqwest::Terra,
    client: reqwest::Client,
    /// A current-thread runtime: the async calls are made by one sequential
    /// caller.
    pub rt: tokio::runtime::Runtime,
}

impl Setup {
    /// Starts the server and builds the clients.
    pub fn new() -> Self {
        let addr = start_server();
        let base = format!("http://{addr}/v2");
        let config = Config::with_base_url(&base).expect("loopback base URL");
        let credentials = Credentials::new("bench-dev-id", "bench-api-key");
        let user_agent = config.user_agent.clone();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(config.timeout))
            .timeout_connect(Some(config.connect_timeout))
            .user_agent(user_agent.as_str())
            .build()
            .into();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(user_agent.as_str())
            .build()
            .expect("client");
        Self {
            url: format!("{base}/integrations"),
            sdk_ureq: tryterra_ureq::Terra::with_config(credentials.clone(), config.clone())
                .expect("client"),
            agent,
            sdk_reqwest: tryterra_reqwest::Terra::with_config(credentials, config).expect("client"),
            client,
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime"),
        }
    }

    /// `n` calls through tryterra-ureq.
    pub fn tryterra_ureq(&self, n: u64) {
        for _ in 0..n {
            let p = self
                .sdk_ureq
                .execute(ListProviders::new())
                .call()
                .expect("call");
            black_box(p);
        }
    }

    /// `n` calls with the raw `ureq::Agent`.
    pub fn raw_ureq(&self, n: u64) {
        for _ in 0..n {
            let mut resp = self
                .agent
                .get(&self.url)
                .header("accept", "application/json")
                .call()
                .expect("call");
            assert!(resp.status().is_success());
            let body = resp.body_mut().read_to_vec().expect("body");
            let p: RawProviders = serde_json::from_slice(&body).expect("json");
            black_box(p);
        }
    }

    /// `n` calls through tryterra-reqwest.
    pub fn tryterra_reqwest(&self, n: u64) {
        self.rt.block_on(async {
            for _ in 0..n {
                let p = self
                    .sdk_reqwest
                    .execute(ListProviders::new())
                    .await
                    .expect("call");
                black_box(p);
            }
        })
    }

    /// `n` calls with the raw `reqwest::Client`.
    pub fn raw_reqwest(&self, n: u64) {
        self.rt.block_on(async {
            for _ in 0..n {
                let resp = self
                    .client
                    .get(&self.url)
                    .header("accept", "application/json")
                    .send()
                    .await
                    .expect("call");
                assert!(resp.status().is_success());
                let body = resp.bytes().await.expect("body");
                let p: RawProviders = serde_json::from_slice(&body).expect("json");
                black_box(p);
            }
        })
    }
}
