//! Signed webhook deliveries.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::Delivery;
use crate::state::{State, lock};

/// Per-attempt timeout of a delivery.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);
/// Attempts per event (the first one included).
const MAX_ATTEMPTS: u32 = 3;

/// Unix seconds now.
pub(crate) fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Sends `events` in order, in a background task, to the configured URL.
/// Does nothing (but record a skipped delivery) when no URL is configured.
pub(crate) fn spawn_events(state: &Arc<State>, trace_id: String, events: Vec<Value>) {
    let st = Arc::clone(state);
    state.runtime.spawn(async move {
        for event in events {
            deliver(&st, &trace_id, &event).await;
        }
    });
}

async fn deliver(state: &State, trace_id: &str, event: &Value) {
    let event_type = event
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("unknown")
        .to_owned();
    let Some(url) = state.webhook_url() else {
        record(
            state,
            Delivery {
                url: String::new(),
                event_type,
                trace_id: trace_id.to_owned(),
                status: None,
                attempts: 0,
                error: Some("no webhook URL configured".into()),
                body: event.clone(),
            },
        );
        return;
    };
    let body = match serde_json::to_vec(event) {
        Ok(b) => b,
        Err(e) => {
            record(
                state,
                Delivery {
                    url,
                    event_type,
                    trace_id: trace_id.to_owned(),
                    status: None,
                    attempts: 0,
                    error: Some(format!("could not encode event: {e}")),
                    body: event.clone(),
                },
            );
            return;
        }
    };
    let mut attempts = 0;
    let mut last_error = None;
    let mut status = None;
    while attempts < MAX_ATTEMPTS {
        attempts += 1;
        let signature = tryterra_core::webhook::sign(
            state.settings.webhook_secret.as_bytes(),
            now_unix(),
            &body,
        );
        let res = state
            .http
            .post(&url)
            .timeout(ATTEMPT_TIMEOUT)
            .header("content-type", "application/json")
            .header(tryterra_core::webhook::SIGNATURE_HEADER, signature)
            .header("x-terra-trace-id", trace_id)
            .body(body.clone())
            .send()
            .await;
        match res {
            Ok(resp) => {
                let code = resp.status().as_u16();
                status = Some(code);
                if resp.status().is_server_error() || code == 429 {
                    last_error = Some(format!("receiver answered {code}"));
                } else {
                    last_error = None;
                    break;
                }
            }
            Err(e) => {
                status = None;
                last_error = Some(if e.is_timeout() {
                    "timed out".to_owned()
                } else {
                    "connection failed".to_owned()
                });
            }
        }
        if attempts < MAX_ATTEMPTS {
            tokio::time::sleep(Duration::from_millis(200 * u64::from(attempts))).await;
        }
    }
    record(
        state,
        Delivery {
            url,
            event_type,
            trace_id: trace_id.to_owned(),
            status,
            attempts,
            error: last_error,
            body: event.clone(),
        },
    );
}

fn record(state: &State, delivery: Delivery) {
    lock(&state.deliveries).push(delivery);
    state.delivery_notify.notify_waiters();
}
