//! Every typed method of the async client against tryterra-mock.

#[macro_use]
mod mock_common;

#[cfg(feature = "reqwest")]
use tryterra::reqwest as terra_transport;
#[cfg(not(feature = "reqwest"))]
use tryterra_reqwest as terra_transport;

use std::sync::LazyLock;

/// One runtime for the mocks and the calls of every test.
static RT: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
});

macro_rules! call {
    ($e:expr) => {
        RT.block_on(std::future::IntoFuture::into_future($e))
    };
}

/// Starts a mock on the shared runtime (`MockTerra::start`).
fn start(builder: tryterra_mock::MockTerraBuilder) -> tryterra_mock::MockTerra {
    RT.block_on(builder.start()).expect("mock starts")
}

mock_suite!(terra_transport, call, start);
