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
