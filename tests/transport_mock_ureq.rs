//! Every typed method of the blocking client against tryterra-mock.

#[macro_use]
mod mock_common;

#[cfg(feature = "ureq")]
use tryterra::ureq as terra_transport;
#[cfg(not(feature = "ureq"))]
use tryterra_ureq as terra_transport;

macro_rules! call {
    ($e:expr) => {
        $e.call()
    };
}

/// Starts a mock on its own runtime (`MockTerra::start_blocking`).
fn start(builder: tryterra_mock::MockTerraBuilder) -> tryterra_mock::BlockingMockTerra {
    builder.start_blocking().expect("mock starts")
}

mock_suite!(terra_transport, call, start);
