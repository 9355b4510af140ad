//! The windowed stream fetches at most `concurrency` windows at once, and
//! yields them in order even when later ones answer first; an error ends it.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tryterra::client::{AsyncTransport, Client, Stream};
use tryterra::{CalendarDate, Config, Credentials, RetryPolicy, TransportError};

/// Answers every data request after a delay that shrinks with the window's
/// position (later windows answer first), counting requests in flight.
#[derive(Clone, Default)]
struct Counting {
    in_flight: Arc<AtomicUsize>,
    max: Arc<AtomicUsize>,
    sent: Arc<AtomicUsize>,
    fail_on: Option<usize>,
}

impl AsyncTransport for Counting {
    async fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let n = self.sent.fetch_add(1, Ordering::SeqCst);
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(now, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(40 - 5 * (n as u64 % 8))).await;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        let query = request.uri().query().unwrap_or_default().to_owned();
        let start = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("start_date="))
            .unwrap_or_default()
            .to_owned();
        if self.fail_on == Some(n) {
            return Ok(http::Response::builder()
                .status(400)
                .body(br#"{"status":"error","message":"bad window"}"#.to_vec())
                .unwrap());
        }
        let body = format!(
            r#"{{"data":[{{"metadata":{{"start_time":"{start}T00:00:00+00:00"}}}}],"type":"daily"}}"#
        );
        Ok(http::Response::new(body.into_bytes()))
    }

    async fn sleep(&self, duration: Duration) {
        tokio::time::sleep(duration).await;
    }
}

async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

fn client(transport: Counting) -> Client<Counting> {
    let config = Config::default().retry(RetryPolicy::default().with_max_attempts(1));
    Client::with_transport(Credentials::new("dev", "key"), config, transport)
}

#[tokio::test]
async fn at_most_n_windows_in_flight_yielded_in_order() {
    let start = CalendarDate::parse("2026-01-01").unwrap();
    let end = start.add_days(8 * 28 - 1).unwrap(); // 8 windows
    for limit in [1, 3] {
        let transport = Counting::default();
        let terra = client(transport.clone());
        let mut stream = terra
            .daily("u-1")
            .range(start, end)
            .concurrency(limit)
            .stream_windows();
        let mut starts = Vec::new();
        let mut guard = 0;
        while let Some(window) = next(&mut stream).await {
            starts.push(window.unwrap().window.start);
            guard += 1;
            assert!(guard <= 8);
        }
        assert_eq!(starts.len(), 8);
        assert!(
            starts.windows(2).all(|w| w[0] < w[1]),
            "in order: {starts:?}"
        );
        assert_eq!(transport.max.load(Ordering::SeqCst), limit, "limit {limit}");
    }
}

#[tokio::test]
async fn an_error_is_yielded_then_the_stream_ends() {
    let transport = Counting {
        fail_on: Some(1),
        ..Counting::default()
    };
    let terra = client(transport.clone());
    let start = CalendarDate::parse("2026-01-01").unwrap();
    let mut records = terra
        .daily("u-1")
        .range(start, start.add_days(5 * 28 - 1).unwrap())
        .concurrency(2)
        .stream();
    assert!(
        next(&mut records).await.unwrap().is_ok(),
        "the first window"
    );
    let err = next(&mut records).await.unwrap().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert!(next(&mut records).await.is_none());
    assert!(
        transport.sent.load(Ordering::SeqCst) <= 4,
        "no new windows after the error"
    );
}
