//! A Terra webhook receiver with axum.
//!
//! It checks every delivery's signature, answers quickly, drops duplicate
//! deliveries, and hands each new event to the application through a
//! channel:
//!
//! | delivery                                         | answer |
//! |--------------------------------------------------|--------|
//! | no, bad, forged or stale signature               | 401    |
//! | authentic, but the body is not JSON or not an event | 400  |
//! | authentic, with values that do not fit the models | 200, sent on; the mismatches are logged |
//! | authentic, already received                      | 200, not handed on again |
//! | authentic and new                                | 200, sent to the channel |
//! | authentic and new, but the application is behind | 503 (Terra delivers again later) |
//!
//! Run it with
//!
//! ```sh
//! TERRA_WEBHOOK_SECRET=... cargo run --example webhook_axum -- 8080
//! ```
//!
//! The port comes from the first argument, else `TERRA_WEBHOOK_PORT`, else
//! 8080. Without `TERRA_WEBHOOK_SECRET` it uses [`DEV_SECRET`], a
//! well-known development secret that must never protect a real endpoint.
//! It listens on 127.0.0.1 only: put it behind your TLS-terminating proxy.
//!
//! Decoding is tolerant (the SDK's default): a value of an unexpected
//! kind, such as `"72"` where a number is declared, does not make an
//! authentic delivery fail. Refusing it would lose the data, since Terra
//! retries and the retry fails the same way. The value stays in the event
//! (in its struct's `extra` map, or among a list's raw members), every
//! other record stays typed, and the receiver logs each mismatch by its
//! JSON path and kinds, never its value.
//!
//! Try it from a shell (the example prints a ready-made command at start).

use std::collections::{HashSet, VecDeque};
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use tokio::sync::mpsc;
use tryterra::Secret;
use tryterra::models::{Event, Mismatches};
use tryterra::webhook::{Delivery, Verifier};

/// The secret used when `TERRA_WEBHOOK_SECRET` is not set. Public on
/// purpose: for local experiments only.
pub const DEV_SECRET: &str = "terra-rs-dev-webhook-secret";

/// The path the receiver answers on.
pub const PATH: &str = "/webhook";

/// Largest body accepted. Terra splits large payloads into chunks of at most
/// 10 MB; leave some room above that.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// How many delivery keys are remembered for de-duplication. The oldest are
/// forgotten first.
pub const SEEN_CAPACITY: usize = 100_000;

/// Builds the receiver: `POST /webhook`, verified with `secret`, new events
/// sent to `events`.
pub fn app(secret: impl Into<Secret>, events: mpsc::Sender<Event>) -> Router {
    let state = Receiver {
        verifier: Arc::new(Verifier::new(secret)),
        seen: Arc::new(Mutex::new(Seen::default())),
        events,
    };
    Router::new().route(PATH, post(receive)).with_state(state)
}

#[derive(Clone)]
struct Receiver {
    verifier: Arc<Verifier>,
    seen: Arc<Mutex<Seen>>,
    events: mpsc::Sender<Event>,
}

async fn receive(State(receiver): State<Receiver>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "body too large or unreadable\n",
        )
            .into_response();
    };
    // Verify the raw bytes as received, then decode. `verify_delivery` works
    // on any `http::Request<impl AsRef<[u8]>>`.
    let request = axum::http::Request::from_parts(parts, bytes);
    let delivery = match receiver.verifier.verify_delivery(&request, unix_now()) {
        Ok(delivery) => delivery,
        Err(error) => {
            // Details go to our log, not to whoever sent the request.
            eprintln!("webhook refused: {error}");
            let text = if error.is_signature_error() {
                "invalid signature\n"
            } else {
                "undecodable event\n"
            };
            return (error.status(), text).into_response();
        }
    };

    // Values that did not fit their declared fields: kept in the event,
    // logged here by path and kind only (the values can be health data).
    for mismatch in delivery.event.mismatches() {
        eprintln!(
            "webhook {}: value kept as sent: {mismatch}",
            delivery.event.type_str().unwrap_or("?")
        );
    }

    let keys = delivery_keys(&delivery);
    let mut seen = receiver.seen.lock().unwrap_or_else(PoisonError::into_inner);
    if keys.iter().any(|key| seen.contains(key)) {
        // Terra delivers at least once: acknowledge, but do not process twice.
        return (StatusCode::OK, "duplicate\n").into_response();
    }
    // Hand the event on without waiting: the answer must be fast, and the
    // application works at its own pace. A full channel means the
    // application is behind; say so, and Terra will deliver again later.
    match receiver.events.try_send(delivery.event) {
        Ok(()) => {
            for key in keys {
                seen.insert(key);
            }
            (StatusCode::OK, "ok\n").into_response()
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "busy, try again\n").into_response(),
    }
}

/// The keys that identify a delivery, for de-duplication. A delivery is a
/// duplicate when any of its keys was seen before.
///
/// - `x-terra-trace-id` (the event id), when Terra sends it: it stays the
///   same when Terra retries a delivery, even though the retry is signed
///   again with a new `t` and so carries a new `v1`.
/// - The `v1` signature that matched. It is an HMAC of `t` and the body, so
///   it names this exact signed message, and it is the key that works when
///   there is no trace id. It also covers a weakness of the trace id: that
///   header is not signed, so someone replaying a captured delivery inside
///   the tolerance window could change it; the signature they cannot change.
///   (The signature is itself a hash; there is no need to hash it again.)
///
/// Never `terra-reference` or a payload's `reference`: every chunk of one
/// large request carries the same reference, so keying on it would drop all
/// chunks but the first.
fn delivery_keys(delivery: &Delivery) -> Vec<String> {
    let mut keys = Vec::with_capacity(2);
    if let Some(trace_id) = &delivery.trace_id {
        keys.push(format!("trace:{trace_id}"));
    }
    keys.push(format!("v1:{}", delivery.signature.signature_hex()));
    keys
}

/// Remembered delivery keys, oldest forgotten first. In memory, so a
/// restart forgets them; a production receiver keeps them in its database,
/// at least for the tolerance window plus Terra's retry period (about 30
/// minutes).
#[derive(Default)]
struct Seen {
    set: HashSet<String>,
    order: VecDeque<String>,
}

impl Seen {
    fn contains(&self, key: &str) -> bool {
        self.set.contains(key)
    }

    fn insert(&mut self, key: String) {
        if self.set.insert(key.clone()) {
            self.order.push_back(key);
        }
        while self.order.len() > SEEN_CAPACITY {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
    }
}

/// One line about an event: its type, how many records it carries, and
/// how many of its values were kept as sent.
pub fn describe(event: &Event) -> String {
    let records = match event {
        Event::Activity(e) => e.data.as_ref().map(|d| d.json_len()),
        Event::Daily(e) => e.data.as_ref().map(|d| d.json_len()),
        Event::Sleep(e) => e.data.as_ref().map(|d| d.json_len()),
        Event::Body(e) => e.data.as_ref().map(|d| d.json_len()),
        Event::Nutrition(e) => e.data.as_ref().map(|d| d.json_len()),
        Event::Menstruation(e) => e.data.as_ref().map(|d| d.json_len()),
        _ => None,
    };
    let mut line = format!("event received: {}", event.type_str().unwrap_or("?"));
    if let Some(n) = records {
        line.push_str(&format!(", {n} records"));
    }
    let odd = event.mismatches().len();
    if odd > 0 {
        line.push_str(&format!(", {odd} values kept as sent"));
    }
    line
}

/// Unix seconds from the system clock.
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Reads the port from the first argument or `TERRA_WEBHOOK_PORT`.
fn port() -> Result<u16, String> {
    match std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TERRA_WEBHOOK_PORT").ok())
    {
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("not a port number: {text:?}")),
        None => Ok(8080),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = match std::env::var("TERRA_WEBHOOK_SECRET") {
        Ok(secret) if !secret.trim().is_empty() => secret.trim().to_owned(),
        _ => {
            eprintln!("TERRA_WEBHOOK_SECRET is not set: using the public development secret");
            DEV_SECRET.to_owned()
        }
    };
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port()?));

    // The application side: here it only prints what arrives.
    let (events, mut incoming) = mpsc::channel::<Event>(1024);
    tokio::spawn(async move {
        while let Some(event) = incoming.recv().await {
            println!("{}", describe(&event));
        }
    });

    let listener = tokio::net::TcpListener::bind(addr).await?;
    let url = format!("http://{}{PATH}", listener.local_addr()?);
    println!("listening on {url}");
    if secret == DEV_SECRET {
        let body = r#"{"type":"healthcheck","status":"success"}"#;
        let header = tryterra::webhook::sign(secret.as_bytes(), unix_now(), body.as_bytes());
        println!("try: curl -i {url} -H 'terra-signature: {header}' -d '{body}'");
    }
    axum::serve(listener, app(secret, events)).await?;
    Ok(())
}
