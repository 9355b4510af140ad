//! `from_fn`: an async closure as the transport, and the client's futures
//! on a multi-threaded runtime.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tryterra_core::{CalendarDate, Config, Credentials, RetryPolicy};
use tryterra_reqwest::{Client, Terra, from_fn};

#[tokio::test]
async fn a_busy_closure_is_asked_again_after_tokio_sleeps() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let transport = from_fn(move |req: http::Request<Vec<u8>>| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        async move {
            assert_eq!(req.uri().path(), "/v2/integrations");
            let mut answer = http::Response::new(br#"{"providers":["WHOOP"]}"#.to_vec());
            if n == 0 {
                *answer.status_mut() = http::StatusCode::SERVICE_UNAVAILABLE;
            }
            Ok::<_, std::convert::Infallible>(answer)
        }
    });
    let policy =
        RetryPolicy::default().with_delays(Duration::from_millis(5), Duration::from_millis(5));
    let terra = Client::with_transport(
        Credentials::new("d", "k"),
        Config::default().retry(policy),
        transport,
    );
    let providers = terra.list_providers().await.unwrap();
    assert_eq!(providers.providers, ["WHOOP"]);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn the_clients_futures_can_be_spawned() {
    fn assert_send<T: Send + 'static>(_: T) {}
    let terra = Arc::new(Terra::new(Credentials::new("d", "k")).unwrap());
    let start = CalendarDate::new(2026, 1, 1).unwrap();
    // Futures that own what they borrow, as `tokio::spawn` needs.
    let t = Arc::clone(&terra);
    assert_send(async move { t.list_providers().await });
    let t = Arc::clone(&terra);
    assert_send(async move { t.activity("u-1").since(start).await });
    let t = Arc::clone(&terra);
    assert_send(async move { t.list_users().await });
    let t = Arc::clone(&terra);
    assert_send(async move { t.from_user_id("u-1").await.map(|u| u.id().to_owned()) });
}
