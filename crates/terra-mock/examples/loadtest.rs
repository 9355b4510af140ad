//! A bounded load test of the mock on loopback.
//!
//! ```text
//! cargo run --release -p terra-mock --example loadtest -- [SECONDS] [CONCURRENCY] [PATH]
//! ```
//!
//! Starts an embedded mock (request log off, one user), then keeps
//! CONCURRENCY keep-alive connections busy with small authenticated GETs for
//! SECONDS (default 5 s, 32 connections, `/userInfo?user_id=<the user>`), and
//! prints the throughput and the share of non-200 answers.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use terra_mock::{DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(5)
        .clamp(1, 60);
    let concurrency: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(32)
        .clamp(1, 512);
    let mock = MockTerra::builder()
        .users(1)
        .record_requests(false)
        .start()
        .await?;
    let user = mock.users()[0].user_id.clone();
    let path = args
        .next()
        .unwrap_or_else(|| format!("/userInfo?user_id={user}"));
    let url = format!("{}{path}", mock.base_url());

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .pool_max_idle_per_host(concurrency)
        .build()?;
    let ok = Arc::new(AtomicU64::new(0));
    let other = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, url, ok, other) = (client.clone(), url.clone(), ok.clone(), other.clone());
        tasks.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let res = client
                    .get(&url)
                    .header("x-api-key", DEFAULT_API_KEY)
                    .header("dev-id", DEFAULT_DEV_ID)
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status() == 200 => {
                        let _ = r.bytes().await;
                        ok.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {
                        other.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    for t in tasks {
        t.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let ok = ok.load(Ordering::Relaxed);
    let other = other.load(Ordering::Relaxed);
    println!(
        "{path}: {ok} ok + {other} other in {elapsed:.2} s with {concurrency} connections = {:.0} requests/s",
        (ok + other) as f64 / elapsed
    );
    mock.shutdown().await;
    Ok(())
}
