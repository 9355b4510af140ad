//! Soak test: 100,000 requests through each transport against tryterra-mock
//! with 5 % injected faults (a third each of 429, 503 and dropped
//! connections), 32 at a time for tryterra-reqwest and one at a time for
//! tryterra-ureq.
//!
//! Every request must end in a success or a typed [`Error`], nothing may
//! panic, and the resident memory after the last 10,000 requests must not
//! be materially above the one after the first 10,000. The whole run is
//! bounded in time. Ignored by default; run it with
//!
//! ```text
//! cargo test --release --test soak -- --ignored --nocapture
//! ```
//!
//! `TERRA_SOAK_REQUESTS` changes the count per transport (at least 20,000),
//! and a summary is written to `target/soak-report.md`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tryterra_core::ops::{GetDaily, GetUserInfo, ListProviders};
use tryterra_core::{CalendarDate, Config, Credentials, Error, RetryPolicy};
use tryterra_mock::{Faults, MockTerra};

/// Abort the run after this long, whatever is left.
const DEADLINE: Duration = Duration::from_secs(10 * 60);
/// Requests in flight at once through tryterra-reqwest.
const CONCURRENCY: u64 = 32;
/// The window compared at the start and at the end.
const WINDOW: u64 = 10_000;

fn requests_per_transport() -> u64 {
    std::env::var("TERRA_SOAK_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000u64)
        .max(2 * WINDOW)
}

/// Resident set size of this process in KiB, from `/proc/self/status`.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// How a request ended, as a short label.
fn label<T>(result: &Result<T, Error>) -> String {
    match result {
        Ok(_) => "ok".into(),
        Err(Error::RateLimited { .. }) => "rate_limited".into(),
        Err(Error::Api(e)) => format!("api_{}", e.status.as_u16()),
        Err(Error::Transport(e)) => format!("transport_{}", e.kind.as_str()),
        Err(Error::Decode(_)) => "decode".into(),
        Err(Error::InvalidInput(_)) => "invalid_input".into(),
        Err(_) => "other_error".into(),
    }
}

#[derive(Default)]
struct Tally {
    outcomes: Mutex<BTreeMap<String, u64>>,
}

impl Tally {
    fn add(&self, label: String) {
        *self
            .outcomes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(label)
            .or_default() += 1;
    }

    fn snapshot(&self) -> BTreeMap<String, u64> {
        self.outcomes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// A 5 % fault mix, split evenly between 429, 503 and dropped connections.
fn faults(seed: u64) -> Faults {
    Faults {
        rate_429: 0.05 / 3.0,
        rate_5xx: 0.05 / 3.0,
        rate_drop: 0.05 / 3.0,
        seed,
        ..Faults::default()
    }
}

fn config(base_url: &str, max_retry_after: Duration) -> Config {
    let mut config = Config::with_base_url(base_url).expect("loopback base URL");
    config.timeout = Duration::from_secs(10);
    config.connect_timeout = Duration::from_secs(2);
    config.retry = RetryPolicy::default()
        .with_max_attempts(3)
        .with_delays(Duration::from_millis(1), Duration::from_millis(20))
        .with_max_retry_after(max_retry_after);
    config
}

struct Report {
    transport: &'static str,
    requests: u64,
    elapsed: Duration,
    outcomes: BTreeMap<String, u64>,
    rss_start_kib: u64,
    rss_after_first_kib: u64,
    rss_before_last_kib: u64,
    rss_after_last_kib: u64,
}

impl Report {
    fn check(&self) {
        let total: u64 = self.outcomes.values().sum();
        assert_eq!(
            total, self.requests,
            "{}: every request has an outcome",
            self.transport
        );
        let ok = self.outcomes.get("ok").copied().unwrap_or(0);
        // With 5 % faults and retries, the great majority succeeds.
        assert!(
            ok * 100 >= self.requests * 90,
            "{}: only {ok} of {} succeeded: {:?}",
            self.transport,
            self.requests,
            self.outcomes
        );
        for unexpected in ["decode", "invalid_input", "other_error"] {
            assert!(
                !self.outcomes.contains_key(unexpected),
                "{}: unexpected outcome {unexpected}: {:?}",
                self.transport,
                self.outcomes
            );
        }
        // No material growth: at most 10 % plus 8 MiB between the end of
        // the first window and the end of the last one.
        let limit = self.rss_after_first_kib + self.rss_after_first_kib / 10 + 8 * 1024;
        assert!(
            self.rss_after_last_kib <= limit,
            "{}: RSS grew from {} KiB to {} KiB",
            self.transport,
            self.rss_after_first_kib,
            self.rss_after_last_kib
        );
    }

    fn markdown(&self) -> String {
        let outcomes: Vec<String> = self
            .outcomes
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        format!(
            "| {} | {} | {:.1} s | {:.0} | {} | {} | {} | {} | {} |\n",
            self.transport,
            self.requests,
            self.elapsed.as_secs_f64(),
            self.requests as f64 / self.elapsed.as_secs_f64(),
            outcomes.join(", "),
            self.rss_start_kib / 1024,
            self.rss_after_first_kib / 1024,
            self.rss_before_last_kib / 1024,
            self.rss_after_last_kib / 1024,
        )
    }
}

/// The request of number `i`: mostly provider lists, with user lookups and
/// a day of data mixed in.
enum Call {
    Providers,
    UserInfo,
    Daily,
}

fn call(i: u64) -> Call {
    match i % 20 {
        0 => Call::Daily,
        1 | 2 => Call::UserInfo,
        _ => Call::Providers,
    }
}

fn day() -> CalendarDate {
    CalendarDate::new(2026, 1, 5).expect("valid date")
}

fn soak_ureq(
    n: u64,
    base_url: &str,
    credentials: &Credentials,
    user: &str,
    started: Instant,
) -> Report {
    // Sequential: a 429's one-second Retry-After is above the cap, so it
    // comes back as `Error::RateLimited` instead of sleeping.
    let client =
        tryterra_ureq::Terra::with_config(credentials.clone(), config(base_url, Duration::ZERO))
            .expect("client");
    let tally = Tally::default();
    let rss_start_kib = rss_kib();
    let (mut first, mut before_last) = (0, 0);
    let t0 = Instant::now();
    for i in 0..n {
        assert!(started.elapsed() < DEADLINE, "soak exceeded its time bound");
        if i == n - WINDOW {
            before_last = rss_kib();
        }
        let l = match call(i) {
            Call::Providers => label(&client.execute(ListProviders::new()).call()),
            Call::UserInfo => label(&client.execute(GetUserInfo::by_user_id(user)).call()),
            Call::Daily => label(&client.execute(GetDaily::new(user, day())).call()),
        };
        tally.add(l);
        if i + 1 == WINDOW {
            first = rss_kib();
        }
    }
    Report {
        transport: "tryterra-ureq (sequential)",
        requests: n,
        elapsed: t0.elapsed(),
        outcomes: tally.snapshot(),
        rss_start_kib,
        rss_after_first_kib: first,
        rss_before_last_kib: before_last,
        rss_after_last_kib: rss_kib(),
    }
}

fn soak_reqwest(
    n: u64,
    base_url: &str,
    credentials: &Credentials,
    user: &str,
    started: Instant,
) -> Report {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    // Concurrent: a 429's one-second Retry-After is honoured.
    let client = tryterra_reqwest::Terra::with_config(
        credentials.clone(),
        config(base_url, Duration::from_secs(2)),
    )
    .expect("client");
    let client = Arc::new(client);
    let tally = Arc::new(Tally::default());
    let rss_start_kib = rss_kib();
    let t0 = Instant::now();
    // Three phases so the memory is read at the window boundaries: the
    // first window, the middle, the last window.
    let phases = [(0, WINDOW), (WINDOW, n - WINDOW), (n - WINDOW, n)];
    let mut rss = Vec::new();
    for (from, to) in phases {
        let next = Arc::new(AtomicU64::new(from));
        rt.block_on(async {
            let mut tasks = Vec::new();
            for _ in 0..CONCURRENCY {
                let (client, tally, next) = (client.clone(), tally.clone(), next.clone());
                let user = user.to_owned();
                tasks.push(tokio::spawn(async move {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= to || started.elapsed() >= DEADLINE {
                            break;
                        }
                        let l = match call(i) {
                            Call::Providers => label(&client.execute(ListProviders::new()).await),
                            Call::UserInfo => {
                                label(&client.execute(GetUserInfo::by_user_id(user.as_str())).await)
                            }
                            Call::Daily => {
                                label(&client.execute(GetDaily::new(user.as_str(), day())).await)
                            }
                        };
                        tally.add(l);
                    }
                }));
            }
            for t in tasks {
                t.await.expect("no task panicked");
            }
        });
        assert!(started.elapsed() < DEADLINE, "soak exceeded its time bound");
        rss.push(rss_kib());
    }
    Report {
        transport: "tryterra-reqwest (32 concurrent)",
        requests: n,
        elapsed: t0.elapsed(),
        outcomes: tally.snapshot(),
        rss_start_kib,
        rss_after_first_kib: rss[0],
        rss_before_last_kib: rss[1],
        rss_after_last_kib: rss[2],
    }
}

#[test]
#[ignore = "soak test: minutes of load; run with --release --ignored"]
fn soak_both_transports_against_terra_mock() {
    let n = requests_per_transport();
    let started = Instant::now();
    let mock = MockTerra::start_blocking(
        MockTerra::builder()
            .users(2)
            .record_requests(false)
            .faults(faults(0x50a4)),
    )
    .expect("tryterra-mock starts on loopback");
    let base_url = mock.base_url();
    assert!(
        base_url.starts_with("http://127.0.0.1:"),
        "loopback only: {base_url}"
    );
    let credentials = mock.credentials();
    let user = mock.users()[0].user_id.clone();

    let reports = [
        soak_ureq(n, &base_url, &credentials, &user, started),
        soak_reqwest(n, &base_url, &credentials, &user, started),
    ];
    let mut md = String::from(
        "| transport | requests | time | req/s | outcomes | RSS start (MiB) | after first 10k (MiB) | before last 10k (MiB) | after last 10k (MiB) |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for r in &reports {
        md.push_str(&r.markdown());
    }
    println!("{md}");
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let _ = std::fs::write(format!("{target}/soak-report.md"), &md);
    for r in &reports {
        r.check();
    }
    drop(mock);
}
