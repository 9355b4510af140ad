//! A bounded load test of the mock on loopback.
//!
//! ```text
//! cargo run --release -p tryterra-mock --example loadtest -- [SECONDS] [CONCURRENCY] [PATH]
//! ```
//!
//! Starts an embedded mock (request log off, one user), then keeps
//! CONCURRENCY keep-alive HTTP/1.1 connections busy with small
//! authenticated GETs for SECONDS (default 5 s, 32 connections, path
//! `/userInfo?user_id=<the user>`), and prints the throughput and the number
//! of non-200 answers. The client is a minimal one written on raw sockets,
//! so that it costs little next to the server it measures.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tryterra_mock::{DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

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
    let request = format!(
        "GET /v2{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: {DEFAULT_API_KEY}\r\ndev-id: {DEFAULT_DEV_ID}\r\n\r\n"
    );
    let request = Arc::new(request.into_bytes());

    let ok = Arc::new(AtomicU64::new(0));
    let other = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (request, ok, other, addr) = (request.clone(), ok.clone(), other.clone(), mock.addr());
        tasks.push(tokio::spawn(async move {
            let Ok(mut stream) = TcpStream::connect(addr).await else {
                return;
            };
            let _ = stream.set_nodelay(true);
            let mut buf = Vec::with_capacity(16 * 1024);
            while Instant::now() < deadline {
                let answer = tokio::time::timeout(Duration::from_secs(5), async {
                    stream.write_all(&request).await.ok()?;
                    read_response(&mut stream, &mut buf).await
                })
                .await;
                match answer {
                    Ok(Some(200)) => ok.fetch_add(1, Ordering::Relaxed),
                    Ok(Some(_)) => other.fetch_add(1, Ordering::Relaxed),
                    _ => {
                        other.fetch_add(1, Ordering::Relaxed);
                        return;
                    }
                };
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
        "GET /v2{path}: {ok} ok + {other} other in {elapsed:.2} s over {concurrency} connections = {:.0} requests/s",
        (ok + other) as f64 / elapsed
    );
    mock.shutdown().await;
    Ok(())
}

/// Reads one response with a `content-length`; returns its status.
async fn read_response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<u16> {
    buf.clear();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = std::str::from_utf8(&buf[..end]).ok()?;
            let status = head.split(' ').nth(1)?.parse().ok()?;
            let len: usize = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse().ok())?
                })
                .unwrap_or(0);
            while buf.len() < end + 4 + len {
                let n = stream.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            return Some(status);
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}
