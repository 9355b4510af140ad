//! The accept loop: HTTP/1.1 connections served by the axum router, behind
//! the gate (log, faults, authentication), with a per-connection kill switch
//! so a fault can drop a connection for real.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use tower::ServiceExt;

use crate::routes;
use crate::state::State;

/// Serves `router` on `listener` until `shutdown` turns true.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    state: Arc<State>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            biased;
            _ = shutdown.wait_for(|s| *s) => break,
            a = listener.accept() => a,
        };
        let (stream, _peer) = match accepted {
            Ok(pair) => pair,
            Err(_) => {
                // Out of file descriptors and the like: back off briefly.
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let state = Arc::clone(&state);
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let kill = Arc::new(Notify::new());
            let conn_kill = Arc::clone(&kill);
            let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
                let router = router.clone();
                let state = Arc::clone(&state);
                let kill = Arc::clone(&conn_kill);
                async move {
                    if routes::is_api_path(req.uri().path())
                        && let Some(resp) = routes::gate(&state, &req, &kill).await
                    {
                        return Ok(resp);
                    }
                    let resp = router.oneshot(req.map(axum::body::Body::new)).await;
                    Ok::<_, Infallible>(match resp {
                        Ok(r) => r,
                        Err(never) => match never {},
                    })
                }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            let mut draining = false;
            loop {
                tokio::select! {
                    _ = conn.as_mut() => break,
                    _ = kill.notified() => break, // dropping `conn` closes the socket
                    _ = shutdown.wait_for(|s| *s), if !draining => {
                        draining = true;
                        conn.as_mut().graceful_shutdown();
                    }
                }
            }
        });
    }
}
