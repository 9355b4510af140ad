//! Every client method and the fault cases, through `terra::reqwest`,
//! against a loopback server.

#[macro_use]
mod transport_common;

#[cfg(feature = "reqwest")]
use terra::reqwest as terra_transport;
#[cfg(not(feature = "reqwest"))]
use terra_reqwest as terra_transport;

thread_local! {
    static RT: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
}

macro_rules! call {
    ($e:expr) => {
        RT.with(|rt| rt.block_on($e))
    };
}

transport_suite!(terra_transport, call);
