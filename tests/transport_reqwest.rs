//! Every client method and the fault cases, through `tryterra::reqwest`,
//! against a loopback server.

#[macro_use]
mod transport_common;

#[cfg(feature = "reqwest")]
use tryterra::reqwest as terra_transport;
#[cfg(not(feature = "reqwest"))]
use tryterra_reqwest as terra_transport;

thread_local! {
    static RT: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
}

macro_rules! call {
    ($e:expr) => {
        RT.with(|rt| rt.block_on(std::future::IntoFuture::into_future($e)))
    };
}

transport_suite!(terra_transport, call);

/// A `reqwest::Client` of the user's own: the SDK still applies the
/// per-attempt timeout and reads error bodies.
#[test]
fn own_client_gets_error_bodies_and_the_timeout() {
    use std::time::{Duration, Instant};
    use transport_common::*;
    let server = Server::start();
    server.push(Reply::json(404, r#"{"message":"user not found"}"#));
    server.push(Reply::json(200, "{}").slow(Duration::from_secs(4)));
    let client = terra_transport::reqwest::Client::builder()
        .redirect(terra_transport::reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let config = server
        .config()
        .timeout(Duration::from_millis(300))
        .retry(tryterra_core::RetryPolicy::never());
    let transport = terra_transport::ReqwestTransport::from_client(client, &config);
    let terra = terra_transport::Terra::with_transport(credentials(), config, transport);
    let err = RT
        .with(|rt| {
            rt.block_on(std::future::IntoFuture::into_future(
                terra.user_info_by_id("u-1"),
            ))
        })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Terra answered HTTP 404 Not Found: user not found"
    );
    let start = Instant::now();
    let err = RT
        .with(|rt| {
            rt.block_on(std::future::IntoFuture::into_future(
                terra.user_info_by_id("u-1"),
            ))
        })
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(server.count(), 2);
}
