//! Fault injection: latency, 429 with Retry-After, 503, dropped connections.

mod common;

use std::time::{Duration, Instant};

use common::*;
use tryterra_mock::{DEFAULT_API_KEY, DEFAULT_DEV_ID, Faults, MockTerra};

async fn mock_with(faults: Faults) -> MockTerra {
    MockTerra::builder()
        .users(1)
        .faults(faults)
        .start()
        .await
        .expect("start")
}

#[tokio::test]
async fn latency_is_added() {
    let latency = Duration::from_millis(150);
    let mock = mock_with(Faults {
        latency,
        ..Faults::none()
    })
    .await;
    let t = Instant::now();
    let a = get(&mock, "/integrations").await;
    assert_eq!(a.status, 200);
    assert!(t.elapsed() >= latency, "answered after {:?}", t.elapsed());
}

#[tokio::test]
async fn rate_limited_with_retry_after() {
    let mock = mock_with(Faults {
        rate_429: 1.0,
        ..Faults::none()
    })
    .await;
    let user = mock.users()[0].user_id.clone();
    let a = get(
        &mock,
        &format!("/activity?user_id={user}&start_date=2026-01-01"),
    )
    .await;
    a.problem(429);
    assert_eq!(
        a.headers.get("retry-after").and_then(|v| v.to_str().ok()),
        Some("1")
    );
    // Control endpoints are exempt.
    let v = post_json(&mock, "/mock/complete/unknown", "").await;
    assert_eq!(v.status, 404);
}

#[tokio::test]
async fn server_errors() {
    let mock = mock_with(Faults {
        rate_5xx: 1.0,
        ..Faults::none()
    })
    .await;
    get(&mock, "/subscriptions").await.problem(503);
    // Faults come before authentication.
    call_with(
        "GET",
        &format!("{}/subscriptions", mock.base_url()),
        None,
        None,
    )
    .await
    .problem(503);
}

#[tokio::test]
async fn dropped_connections() {
    let mock = mock_with(Faults {
        rate_drop: 1.0,
        ..Faults::none()
    })
    .await;
    let res = client()
        .get(format!("{}/subscriptions", mock.base_url()))
        .header("x-api-key", DEFAULT_API_KEY)
        .header("dev-id", DEFAULT_DEV_ID)
        .send()
        .await;
    let err = res.expect_err("the connection must be dropped");
    assert!(!err.is_timeout(), "closed, not timed out: {err}");

    // On the wire: the socket is closed without a single byte of answer.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(mock.addr())
        .await
        .expect("connect");
    s.write_all(b"GET /v2/integrations HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut buf))
        .await
        .expect("closed in time");
    assert!(
        read.is_err() || buf.is_empty(),
        "got an answer: {}",
        String::from_utf8_lossy(&buf)
    );

    // The mock still serves its control endpoints.
    let a = post_json(&mock, "/mock/complete/unknown", "").await;
    assert_eq!(a.status, 404);
}

#[tokio::test]
async fn mixed_faults_follow_the_seed() {
    let faults = Faults {
        rate_429: 0.3,
        rate_5xx: 0.3,
        seed: 42,
        ..Faults::none()
    };
    let mut runs = Vec::new();
    for _ in 0..2 {
        let mock = mock_with(faults.clone()).await;
        let mut statuses = Vec::new();
        for _ in 0..40 {
            statuses.push(get(&mock, "/integrations").await.status);
        }
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1]);
    for code in [200, 429, 503] {
        assert!(runs[0].contains(&code), "{code} never drawn: {:?}", runs[0]);
    }
}
