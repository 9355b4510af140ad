//! Runs the axum receiver of `examples/webhook_axum.rs` on loopback and
//! sends it good, tampered, replayed, stale and undecodable deliveries over
//! plain HTTP/1.1.

#[allow(dead_code)]
#[path = "../examples/webhook_axum.rs"]
mod webhook_axum_example;

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio::time::timeout;
use tryterra::models::Event;
use tryterra::webhook::sign;

const SECRET: &str = "whsec_axum_test";
const LIMIT: Duration = Duration::from_secs(10);

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Starts the example's router on 127.0.0.1 with a free port.
async fn start() -> (SocketAddr, mpsc::Receiver<Event>) {
    let (tx, rx) = mpsc::channel(16);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = webhook_axum_example::app(SECRET, tx);
    tokio::spawn(async move { axum::serve(listener, router).await });
    (addr, rx)
}

/// POSTs `body` to the receiver with `headers`; returns the status code and
/// the response body. Every step is bounded by [`LIMIT`].
async fn post(addr: SocketAddr, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await?;
        let mut head = format!(
            "POST {} HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n\
             content-length: {}\r\nconnection: close\r\n",
            webhook_axum_example::PATH,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await?;
        Ok::<_, std::io::Error>(answer)
    };
    let answer = timeout(LIMIT, exchange)
        .await
        .expect("the receiver answered in time")
        .expect("the HTTP exchange worked");
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The next event handed to the application, waiting at most [`LIMIT`].
async fn next_event(rx: &mut mpsc::Receiver<Event>) -> serde_json::Value {
    let event = timeout(LIMIT, rx.recv())
        .await
        .expect("an event arrived in time")
        .expect("the channel is open");
    serde_json::to_value(&event).unwrap()
}

/// `true` when nothing more was handed to the application. The handler
/// sends before it answers, so after an answer this needs no waiting.
fn nothing_more(rx: &mut mpsc::Receiver<Event>) -> bool {
    matches!(rx.try_recv(), Err(mpsc::error::TryRecvError::Empty))
}

fn auth_event(user_id: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "type": "auth",
        "status": "success",
        "user": {
            "user_id": user_id,
            "provider": "GARMIN",
            "reference_id": "customer-42",
            "active": true,
            "created_at": "2026-07-01T09:12:33.891000+00:00"
        },
        "message": "User has successfully authenticated",
        "widget_session_id": "b1c2d3"
    }))
    .unwrap()
}

#[tokio::test]
async fn good_tampered_and_replayed_deliveries() {
    let (addr, mut rx) = start().await;
    let t0 = now();

    // 1. A good delivery: 200, and the application gets the typed event.
    let body = auth_event("user-1");
    let header = sign(SECRET.as_bytes(), t0, &body);
    let trace = ("x-terra-trace-id", "trace-0001");
    let (status, text) = post(addr, &[("terra-signature", &header), trace], &body).await;
    assert_eq!((status, text.as_str()), (200, "ok\n"));
    let event = next_event(&mut rx).await;
    assert_eq!(event["type"], "auth");
    assert_eq!(event["user"]["user_id"], "user-1");
    assert_eq!(event["user"]["provider"], "GARMIN");
    assert!(nothing_more(&mut rx));

    // 2. Tampered: the same header over a changed body is refused with 401.
    let tampered = auth_event("user-2");
    let (status, text) = post(addr, &[("terra-signature", &header), trace], &tampered).await;
    assert_eq!((status, text.as_str()), (401, "invalid signature\n"));
    assert!(nothing_more(&mut rx));

    // 3. Replayed: the same delivery again is acknowledged but not handed on.
    let (status, text) = post(addr, &[("terra-signature", &header), trace], &body).await;
    assert_eq!((status, text.as_str()), (200, "duplicate\n"));
    assert!(nothing_more(&mut rx));

    // 4. A retry by Terra: same trace id, signed again with another t.
    let resigned = sign(SECRET.as_bytes(), t0 - 1, &body);
    assert_ne!(resigned, header);
    let (status, _) = post(addr, &[("x-terra-signature", &resigned), trace], &body).await;
    assert_eq!(status, 200);
    assert!(nothing_more(&mut rx));

    // 5. A replay with a changed (unsigned) trace id is still caught by its signature.
    let (status, text) = post(
        addr,
        &[
            ("terra-signature", &header),
            ("x-terra-trace-id", "trace-forged"),
        ],
        &body,
    )
    .await;
    assert_eq!((status, text.as_str()), (200, "duplicate\n"));
    assert!(nothing_more(&mut rx));

    // 6. Old timestamp, correctly signed: 401.
    let body3 = auth_event("user-3");
    let stale = sign(SECRET.as_bytes(), now() - 3600, &body3);
    let (status, _) = post(
        addr,
        &[
            ("terra-signature", &stale),
            ("x-terra-trace-id", "trace-0003"),
        ],
        &body3,
    )
    .await;
    assert_eq!(status, 401);
    assert!(nothing_more(&mut rx));

    // 7. Another secret, no header, garbage header: all 401.
    let forged = sign(b"not the secret", now(), &body3);
    assert_eq!(
        post(addr, &[("terra-signature", &forged)], &body3).await.0,
        401
    );
    assert_eq!(post(addr, &[], &body3).await.0, 401);
    assert_eq!(
        post(addr, &[("Terra-Signature", "t=1;v1=zz")], &body3)
            .await
            .0,
        401
    );
    assert!(nothing_more(&mut rx));

    // 8. Authentic but not JSON: 400, nothing handed on.
    let junk = b"{\"type\": \"auth\", oops";
    let signed = sign(SECRET.as_bytes(), now(), junk);
    let (status, text) = post(addr, &[("terra-signature", &signed)], junk).await;
    assert_eq!((status, text.as_str()), (400, "undecodable event\n"));
    assert!(nothing_more(&mut rx));

    // 9. A new delivery without a trace id is handed on once, then
    //    de-duplicated on its signature.
    let header3 = sign(SECRET.as_bytes(), now(), &body3);
    let (status, _) = post(addr, &[("Terra-Signature", &header3)], &body3).await;
    assert_eq!(status, 200);
    assert_eq!(next_event(&mut rx).await["user"]["user_id"], "user-3");
    let (status, text) = post(addr, &[("Terra-Signature", &header3)], &body3).await;
    assert_eq!((status, text.as_str()), (200, "duplicate\n"));
    assert!(nothing_more(&mut rx));
}

#[tokio::test]
async fn a_full_channel_answers_503_and_the_retry_goes_through() {
    let (tx, mut rx) = mpsc::channel(1);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = webhook_axum_example::app(SECRET, tx);
    tokio::spawn(async move { axum::serve(listener, router).await });

    let first = auth_event("user-a");
    let second = auth_event("user-b");
    let h1 = sign(SECRET.as_bytes(), now(), &first);
    let h2 = sign(SECRET.as_bytes(), now(), &second);
    assert_eq!(post(addr, &[("terra-signature", &h1)], &first).await.0, 200);
    // The application has not taken the first event yet: the channel is full.
    assert_eq!(
        post(addr, &[("terra-signature", &h2)], &second).await.0,
        503
    );
    assert_eq!(next_event(&mut rx).await["user"]["user_id"], "user-a");
    // Refused deliveries are not remembered: the retry is handed on.
    assert_eq!(
        post(addr, &[("terra-signature", &h2)], &second).await.0,
        200
    );
    assert_eq!(next_event(&mut rx).await["user"]["user_id"], "user-b");
    assert!(nothing_more(&mut rx));
}

#[tokio::test]
async fn a_large_chunk_is_accepted() {
    let (addr, mut rx) = start().await;
    // Terra sends large requests in chunks of up to 10 MB; well above axum's
    // 2 MB default for extractors.
    let samples: Vec<serde_json::Value> = (0..80_000)
        .map(|i| serde_json::json!({"timestamp": "2026-07-01T09:12:33+00:00", "bpm": i % 200}))
        .collect();
    let body = serde_json::to_vec(&serde_json::json!({
        "type": "activity",
        "user": {"user_id": "user-big", "provider": "GARMIN"},
        "version": "2022-03-16",
        "data": [{"heart_rate_data": {"detailed": {"hr_samples": samples}}}]
    }))
    .unwrap();
    assert!(body.len() > 3 * 1024 * 1024, "{}", body.len());
    let header = sign(SECRET.as_bytes(), now(), &body);
    let (status, _) = post(addr, &[("terra-signature", &header)], &body).await;
    assert_eq!(status, 200);
    let event = next_event(&mut rx).await;
    assert_eq!(event["user"]["user_id"], "user-big");
    assert!(nothing_more(&mut rx));
}

/// An authentic activity delivery with a mistyped value in one record is
/// accepted (200), handed on with every record, and the odd value is kept
/// where it was; the other records are all typed.
#[tokio::test]
async fn authentic_delivery_with_a_mistyped_field_is_accepted() {
    use tryterra::models::Mismatches;
    let (addr, mut rx) = start().await;
    let record = |i: u32, hr: serde_json::Value| {
        serde_json::json!({
            "metadata": {"type": 8, "summary_id": format!("s{i}"), "upload_type": 1},
            "heart_rate_data": {"summary": {"avg_hr_bpm": hr, "max_hr_bpm": 171.5}},
        })
    };
    let body = serde_json::to_vec(&serde_json::json!({
        "type": "activity",
        "user": {"user_id": "u1", "provider": "GARMIN", "active": true},
        "data": [record(0, 140.5.into()), record(1, "ml".into()), record(2, 142.5.into())],
    }))
    .unwrap();
    let header = sign(SECRET.as_bytes(), now(), &body);
    let (status, text) = post(addr, &[("terra-signature", &header)], &body).await;
    assert_eq!((status, text.as_str()), (200, "ok\n"));
    let event = timeout(LIMIT, rx.recv()).await.unwrap().unwrap();
    let Event::Activity(activity) = &event else {
        panic!("{event:?}")
    };
    let data = activity.data.as_ref().unwrap();
    assert_eq!(data.len(), 3);
    for (i, r) in data.iter().enumerate() {
        let summary = r
            .heart_rate_data
            .as_ref()
            .unwrap()
            .summary
            .as_ref()
            .unwrap();
        assert_eq!(summary.max_hr_bpm, Some(171.5));
        assert_eq!(
            r.metadata.as_ref().unwrap().summary_id.as_deref(),
            Some(format!("s{i}").as_str())
        );
        if i == 1 {
            assert_eq!(summary.avg_hr_bpm, None);
            assert_eq!(summary.extra["avg_hr_bpm"], "ml");
        } else {
            assert!(summary.avg_hr_bpm.is_some());
        }
    }
    let report = event.mismatches();
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].path, "data[1].heart_rate_data.summary.avg_hr_bpm");
    assert_eq!(
        webhook_axum_example::describe(&event),
        "event received: activity, 3 records, 1 values kept as sent"
    );
    assert!(nothing_more(&mut rx));
}
