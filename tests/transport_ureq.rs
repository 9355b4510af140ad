//! Every client method and the fault cases, through `terra::ureq`, against a
//! loopback server.

#[macro_use]
mod transport_common;

#[cfg(feature = "ureq")]
use terra::ureq as terra_transport;
#[cfg(not(feature = "ureq"))]
use terra_ureq as terra_transport;

macro_rules! call {
    ($e:expr) => {
        $e
    };
}

transport_suite!(terra_transport, call);

/// An agent of the user's own, with ureq's defaults (statuses as errors,
/// redirects followed): the SDK still reads error bodies and does not follow
/// redirects.
#[test]
fn own_agent_still_gets_error_bodies_and_no_redirects() {
    use transport_common::*;
    let server = Server::start();
    server.push(Reply::json(404, r#"{"message":"user not found"}"#));
    server.push(Reply::json(302, "").header("location", "http://127.0.0.1:9/elsewhere"));
    let agent = terra_transport::ureq::Agent::new_with_defaults();
    let terra = terra_transport::Terra::with_agent(credentials(), server.config(), agent);
    let err = terra.user_info_by_id("u-1").unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(
        err.to_string(),
        "Terra answered HTTP 404 Not Found: user not found"
    );
    let err = terra.user_info_by_id("u-1").unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::FOUND));
    assert_eq!(server.count(), 2);
}
