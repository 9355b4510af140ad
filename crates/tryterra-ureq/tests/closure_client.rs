//! `from_fn`: a plain closure as the blocking transport, no server.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tryterra_core::{Config, Credentials, Error, RetryPolicy, TransportErrorKind};
use tryterra_ureq::{Client, from_fn};

fn quick_retries() -> Config {
    Config::default().retry(
        RetryPolicy::default().with_delays(Duration::from_millis(40), Duration::from_millis(40)),
    )
}

#[test]
fn a_timed_out_closure_is_retried_after_a_real_wait() {
    let calls = AtomicUsize::new(0);
    let answer = |_req: http::Request<Vec<u8>>| {
        if calls.fetch_add(1, Ordering::SeqCst) == 0 {
            return Err(io::Error::new(io::ErrorKind::TimedOut, "slow"));
        }
        Ok(http::Response::new(br#"{"providers":["POLAR"]}"#.to_vec()))
    };
    let terra =
        Client::with_transport(Credentials::new("d", "k"), quick_retries(), from_fn(answer));
    let started = Instant::now();
    let providers = terra.list_providers().call().unwrap();
    assert_eq!(providers.providers, ["POLAR"]);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    // The backoff lies in [d/2, d]: the thread slept at least 20 ms.
    assert!(started.elapsed() >= Duration::from_millis(20));
}

#[test]
fn any_closure_error_becomes_a_transport_error_with_its_message() {
    let terra = Client::with_transport(
        Credentials::new("d", "k"),
        Config::default().retry(RetryPolicy::never()),
        from_fn(|_req: http::Request<Vec<u8>>| Err::<http::Response<Vec<u8>>, _>("something odd")),
    );
    let err = terra.list_providers().call().unwrap_err();
    assert!(matches!(err, Error::Transport(ref t) if t.kind == TransportErrorKind::Other));
    assert!(err.to_string().contains("something odd"), "{err}");
}
