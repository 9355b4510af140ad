//! Helpers shared by the tryterra-mock integration tests.
#![allow(dead_code)]

use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::HeaderMap;
use axum::routing::post;
use serde_json::Value;
use tokio::sync::mpsc;
use tryterra_mock::{DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

/// A client with a bounded timeout.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// Answer of one request.
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub bytes: Bytes,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.bytes)))
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts a problem+json answer with `status` and returns its detail.
    pub fn problem(&self, status: u16) -> String {
        assert_eq!(
            self.status,
            status,
            "body: {}",
            String::from_utf8_lossy(&self.bytes)
        );
        assert_eq!(self.content_type(), "application/problem+json");
        let v = self.json();
        for key in ["type", "title", "instance", "detail"] {
            assert!(v[key].is_string(), "problem without `{key}`: {v}");
        }
        v["detail"].as_str().unwrap_or_default().to_owned()
    }
}

/// Sends an authenticated request with the default credentials.
pub async fn call(method: &str, url: &str, body: Option<(&str, Vec<u8>)>) -> Answer {
    call_with(method, url, body, Some((DEFAULT_API_KEY, DEFAULT_DEV_ID))).await
}

/// Sends a request with the given credentials (or none).
pub async fn call_with(
    method: &str,
    url: &str,
    body: Option<(&str, Vec<u8>)>,
    creds: Option<(&str, &str)>,
) -> Answer {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = client().request(method, url);
    if let Some((key, dev)) = creds {
        req = req.header("x-api-key", key).header("dev-id", dev);
    }
    if let Some((ct, bytes)) = body {
        req = req.header("content-type", ct).body(bytes);
    }
    let resp = req.send().await.expect("request failed");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("body");
    Answer {
        status,
        headers,
        bytes,
    }
}

pub async fn get(mock: &MockTerra, path_and_query: &str) -> Answer {
    call("GET", &format!("{}{path_and_query}", mock.base_url()), None).await
}

pub async fn post_json(mock: &MockTerra, path_and_query: &str, body: &str) -> Answer {
    call(
        "POST",
        &format!("{}{path_and_query}", mock.base_url()),
        Some(("application/json", body.as_bytes().to_vec())),
    )
    .await
}

/// One webhook POST received by the test receiver.
#[derive(Debug)]
pub struct Received {
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("webhook body is JSON")
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

/// Starts a webhook receiver on 127.0.0.1; returns its URL and the stream
/// of received POSTs.
pub async fn receiver() -> (String, mpsc::UnboundedReceiver<Received>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let app = Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: Bytes| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(Received { headers, body });
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind receiver");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/hook"), rx)
}

/// Next received webhook, within 10 s.
pub async fn next_event(rx: &mut mpsc::UnboundedReceiver<Received>) -> Received {
    tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("webhook did not arrive in time")
        .expect("receiver closed")
}

/// Checks the `terra-signature` header of `r` against `secret` by
/// recomputing it with tryterra-core.
pub fn assert_signed(r: &Received, secret: &str) {
    let header = r.header("terra-signature");
    let t: i64 = header
        .split(',')
        .find_map(|p| p.strip_prefix("t="))
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no timestamp in signature header `{header}`"));
    assert_eq!(
        header,
        tryterra_core::webhook::sign(secret.as_bytes(), t, &r.body),
        "signature does not match the body"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    assert!(
        (now - t).abs() < 120,
        "signature timestamp {t} is not recent"
    );
}
