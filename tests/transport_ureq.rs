//! Every client method and the fault cases, through `tryterra::ureq`, against a
//! loopback server.

#[macro_use]
mod transport_common;

#[cfg(feature = "ureq")]
use tryterra::ureq as terra_transport;
#[cfg(not(feature = "ureq"))]
use tryterra_ureq as terra_transport;

macro_rules! call {
    ($e:expr) => {
        $e.call()
    };
}

transport_suite!(terra_transport, call);

/// An agent of the user's own, with ureq's defaults (statuses as errors,
/// redirects followed, no timeout): the SDK still reads error bodies, does
/// not follow redirects and applies the per-attempt timeout.
#[test]
fn own_agent_still_gets_error_bodies_no_redirects_and_the_timeout() {
    use std::time::{Duration, Instant};
    use transport_common::*;
    let server = Server::start();
    server.push(Reply::json(404, r#"{"message":"user not found"}"#));
    server.push(Reply::json(302, "").header("location", "http://127.0.0.1:9/elsewhere"));
    server.push(Reply::json(200, "{}").slow(Duration::from_secs(4)));
    let agent = terra_transport::ureq::Agent::new_with_defaults();
    let config = server
        .config()
        .timeout(Duration::from_millis(300))
        .retry(tryterra_core::RetryPolicy::never());
    let transport = terra_transport::UreqTransport::from_agent(agent, &config);
    let terra = terra_transport::Terra::with_transport(credentials(), config, transport);
    let err = terra.user_info_by_id("u-1").call().unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(
        err.to_string(),
        "Terra answered HTTP 404 Not Found: user not found"
    );
    let err = terra.user_info_by_id("u-1").call().unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::FOUND));
    let start = Instant::now();
    let err = terra.user_info_by_id("u-1").call().unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(server.count(), 3);
}
