//! Every client method and the fault cases, through `terra::ureq`, against a
//! loopback server.

#[macro_use]
mod transport_common;

use terra::ureq as terra_transport;

macro_rules! call {
    ($e:expr) => {
        $e
    };
}

transport_suite!(terra_transport, call);
