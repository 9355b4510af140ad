//! Every typed method of the blocking client against terra-mock.

#[macro_use]
mod mock_common;

#[cfg(feature = "ureq")]
use terra::ureq as terra_transport;
#[cfg(not(feature = "ureq"))]
use terra_ureq as terra_transport;

macro_rules! call {
    ($e:expr) => {
        $e
    };
}

/// Starts a mock on its own runtime (`MockTerra::start_blocking`).
fn start(builder: terra_mock::MockTerraBuilder) -> terra_mock::BlockingMockTerra {
    builder.start_blocking().expect("mock starts")
}

mock_suite!(terra_transport, call, start);
