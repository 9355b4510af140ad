//! The blocking client driven by closures: no server, no socket.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tryterra_core::operation::{RequestBuilder, parse_json};
use tryterra_core::{
    Config, Credentials, Error, Operation, Response, RetryPolicy, TransportError,
    TransportErrorKind,
};
use tryterra_ureq::Terra;

struct Probe(http::Method);

impl Operation for Probe {
    type Output = Response<serde_json::Value>;
    fn to_request(&self, c: &Config, k: &Credentials) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(self.0.clone(), c, "/probe").build(c, k)
    }
    fn parse_response<B: AsRef<[u8]>>(&self, r: http::Response<B>) -> Result<Self::Output, Error> {
        parse_json(r)
    }
}

fn config() -> Config {
    Config::with_base_url("https://terra.test/v2")
        .unwrap()
        .retry(
            RetryPolicy::default()
                .with_delays(Duration::from_millis(1), Duration::from_millis(2))
                .with_max_attempts(3),
        )
}

fn creds() -> Credentials {
    Credentials::new("dev", "key-123")
}

fn ok(body: &str) -> Result<http::Response<Vec<u8>>, http::Error> {
    http::Response::builder()
        .status(200)
        .body(body.as_bytes().to_vec())
}

#[test]
fn closure_answers_and_sees_the_request() {
    let terra = Terra::with_client(creds(), config(), |req: http::Request<Vec<u8>>| {
        assert_eq!(req.uri(), "https://terra.test/v2/probe");
        assert_eq!(req.headers()["x-api-key"], "key-123");
        ok(r#"{"hello":"world"}"#)
    });
    let got = terra.execute(Probe(http::Method::GET)).unwrap();
    assert_eq!(got.value()["hello"], "world");
    assert!(!format!("{terra:?}").contains("key-123"));
}

#[test]
fn closure_gateway_error_is_retried_then_succeeds() {
    let calls = AtomicUsize::new(0);
    let terra = Terra::with_client(creds(), config(), |_req: http::Request<Vec<u8>>| {
        if calls.fetch_add(1, Ordering::SeqCst) == 0 {
            http::Response::builder().status(503).body(Vec::new())
        } else {
            ok("[1]")
        }
    });
    let got = terra.execute(Probe(http::Method::GET)).unwrap();
    assert_eq!(got.value()[0], 1);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn closure_errors_keep_their_kind() {
    let calls = AtomicUsize::new(0);
    let terra = Terra::with_client(creds(), config(), |_req: http::Request<Vec<u8>>| {
        calls.fetch_add(1, Ordering::SeqCst);
        Err::<http::Response<Vec<u8>>, _>(io::Error::new(io::ErrorKind::TimedOut, "slow"))
    });
    let err = terra.execute(Probe(http::Method::GET)).unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(
        calls.load(Ordering::SeqCst),
        3,
        "a timed out GET is retried"
    );

    let terra = Terra::with_client(creds(), config(), |_req: http::Request<Vec<u8>>| {
        Err::<http::Response<Vec<u8>>, _>(TransportError::from_kind(TransportErrorKind::Tls))
    });
    let err = terra.execute(Probe(http::Method::POST)).unwrap_err();
    assert!(matches!(err, Error::Transport(ref t) if t.kind == TransportErrorKind::Tls));

    let terra = Terra::with_client(creds(), config(), |_req: http::Request<Vec<u8>>| {
        Err::<http::Response<Vec<u8>>, _>("something odd")
    });
    let err = terra.execute(Probe(http::Method::POST)).unwrap_err();
    assert!(matches!(err, Error::Transport(ref t) if t.kind == TransportErrorKind::Other));
    assert!(err.to_string().contains("something odd"));
}

#[test]
fn closure_body_above_the_limit_is_refused() {
    let terra = Terra::with_client(
        creds(),
        config().max_response_bytes(4),
        |_req: http::Request<Vec<u8>>| ok("[1,2,3]"),
    );
    let err = terra.execute(Probe(http::Method::GET)).unwrap_err();
    assert!(matches!(err, Error::Transport(ref t) if t.kind == TransportErrorKind::TooLarge));
}
