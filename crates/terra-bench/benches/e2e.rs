//! End to end on loopback: 1,000 sequential `list_providers` calls through
//! each typed client (terra-ureq, terra-reqwest) against the same calls
//! made with a raw `ureq::Agent` / `reqwest::Client` (same headers, same
//! timeouts, the body decoded into an equivalent struct), all against the
//! same small axum server answering `GET /v2/integrations`.
//!
//! `cargo bench -p terra-bench --bench e2e`

// criterion_group!/criterion_main! generate undocumented public items.
#![allow(missing_docs)]

use std::hint::black_box;
use std::net::SocketAddr;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use serde::Deserialize;
use terra_core::ops::ListProviders;
use terra_core::{Config, Credentials};

const CALLS: u64 = 1_000;

const PROVIDERS: &str = r#"{"status":"success","providers":["APPLE","FITBIT","GARMIN","GOOGLE","OURA","POLAR","SUUNTO","WAHOO","WHOOP","WITHINGS","ZWIFT","PELOTON","CONCEPT2","COROS","EIGHT","FREESTYLELIBRE","DEXCOM","CRONOMETER","STRAVA","TRAININGPEAKS"],"sdk_providers":["APPLE","SAMSUNG","GOOGLEFIT","HEALTH_CONNECT"]}"#;

/// What a hand-written client would decode the answer into.
#[derive(Deserialize)]
#[allow(dead_code)]
struct RawProviders {
    status: Option<String>,
    providers: Vec<String>,
    sdk_providers: Vec<String>,
}

/// Starts the server on its own runtime thread and returns its address.
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

fn e2e(c: &mut Criterion) {
    let addr = start_server();
    let base = format!("http://{addr}/v2");
    let url = format!("{base}/integrations");
    let config = Config::with_base_url(&base).expect("loopback base URL");
    let credentials = Credentials::new("bench-dev-id", "bench-api-key");
    let user_agent = config.user_agent.clone();

    let mut group = c.benchmark_group("e2e_1000_list_providers");
    group.sampling_mode(SamplingMode::Flat);
    // One sample is 1,000 loopback round trips, whose time on a shared
    // 2-core VM wanders by several percent from sample to sample: take
    // enough samples that the intervals are narrower than the 5 % the
    // comparison is about.
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(15));
    group.throughput(Throughput::Elements(CALLS));

    // Blocking: terra-ureq against a raw ureq::Agent.
    let sdk = terra_ureq::Terra::with_config(credentials.clone(), config.clone()).expect("client");
    group.bench_function("terra_ureq", |b| {
        b.iter(|| {
            for _ in 0..CALLS {
                let p = sdk.execute(ListProviders::new()).expect("call");
                black_box(p);
            }
        })
    });
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(config.timeout))
        .timeout_connect(Some(config.connect_timeout))
        .user_agent(user_agent.as_str())
        .build()
        .into();
    group.bench_function("raw_ureq", |b| {
        b.iter(|| {
            for _ in 0..CALLS {
                let mut resp = agent
                    .get(&url)
                    .header("accept", "application/json")
                    .call()
                    .expect("call");
                assert!(resp.status().is_success());
                let body = resp.body_mut().read_to_vec().expect("body");
                let p: RawProviders = serde_json::from_slice(&body).expect("json");
                black_box(p);
            }
        })
    });

    // Async: terra-reqwest against a raw reqwest::Client, on a current-thread
    // runtime (a sequential caller).
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let sdk =
        terra_reqwest::Terra::with_config(credentials.clone(), config.clone()).expect("client");
    group.bench_function("terra_reqwest", |b| {
        b.iter(|| {
            rt.block_on(async {
                for _ in 0..CALLS {
                    let p = sdk.execute(ListProviders::new()).await.expect("call");
                    black_box(p);
                }
            })
        })
    });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(config.timeout)
        .connect_timeout(config.connect_timeout)
        .user_agent(user_agent.as_str())
        .build()
        .expect("client");
    group.bench_function("raw_reqwest", |b| {
        b.iter(|| {
            rt.block_on(async {
                for _ in 0..CALLS {
                    let resp = client
                        .get(&url)
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
        })
    });
    group.finish();
}

criterion_group!(benches, e2e);
criterion_main!(benches);
