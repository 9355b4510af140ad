//! Webhook deliveries: acknowledgement, then signed events; the large
//! request sequence; auth and deauth events.

mod common;

use std::time::Duration;

use common::*;
use tryterra_mock::MockTerra;

const SECRET: &str = "whsec-test";

async fn mock_with_receiver() -> (MockTerra, tokio::sync::mpsc::UnboundedReceiver<Received>) {
    let (url, rx) = receiver().await;
    let mock = MockTerra::builder()
        .users(1)
        .webhook_url(url)
        .webhook_secret(SECRET)
        .start()
        .await
        .expect("start");
    (mock, rx)
}

#[tokio::test]
async fn data_request_is_acknowledged_then_delivered_signed() {
    let (mock, mut rx) = mock_with_receiver().await;
    let user = mock.users()[0].user_id.clone();
    let ack = get(
        &mock,
        &format!("/daily?user_id={user}&start_date=2026-01-01&end_date=2026-01-07"),
    )
    .await;
    assert_eq!(ack.status, 200);
    let ack = ack.json();
    assert_eq!(ack["status"], "success");
    assert_eq!(ack["type"], "daily");
    let reference = ack["reference"].as_str().expect("reference").to_owned();
    assert!(
        ack.get("message").is_none(),
        "small requests carry no message"
    );

    let ev = next_event(&mut rx).await;
    assert_signed(&ev, SECRET);
    assert_eq!(ev.header("content-type"), "application/json");
    assert_eq!(ev.header("x-terra-trace-id"), reference);
    let body = ev.json();
    assert_eq!(body["type"], "daily");
    assert_eq!(body["version"], "2022-03-16");
    assert_eq!(body["user"]["user_id"], user.as_str());
    assert_eq!(body["data"].as_array().map(Vec::len), Some(7));

    // The same data as the inline answer.
    let inline = get(
        &mock,
        &format!(
            "/daily?user_id={user}&start_date=2026-01-01&end_date=2026-01-07&to_webhook=false"
        ),
    )
    .await
    .json();
    assert_eq!(inline["data"], body["data"]);

    let deliveries = mock.wait_for_deliveries(1, Duration::from_secs(10)).await;
    assert_eq!(deliveries.len(), 1);
    assert!(deliveries[0].is_delivered());
    assert_eq!(deliveries[0].event_type, "daily");
    assert_eq!(deliveries[0].trace_id, reference);
}

#[tokio::test]
async fn large_request_sequence() {
    let (mock, mut rx) = mock_with_receiver().await;
    let user = mock.users()[0].user_id.clone();
    // 60 days: processing, sending with 9 expected payloads, then 9 chunks.
    let q = format!("/sleep?user_id={user}&start_date=2026-01-01&end_date=2026-03-01");
    let ack = get(&mock, &q).await.json();
    let reference = ack["reference"].as_str().expect("reference").to_owned();
    assert!(ack["message"].is_string(), "large requests carry a message");

    let first = next_event(&mut rx).await;
    assert_signed(&first, SECRET);
    let v = first.json();
    assert_eq!(v["type"], "large_request_processing");
    assert_eq!(v["status"], "processing");
    assert_eq!(v["reference"], reference.as_str());
    assert!(v["message"].is_string());
    assert_eq!(v["user"]["user_id"], user.as_str());

    let second = next_event(&mut rx).await;
    assert_signed(&second, SECRET);
    let v = second.json();
    assert_eq!(v["type"], "large_request_sending");
    assert_eq!(v["reference"], reference.as_str());
    let n = v["expected_payloads"].as_u64().expect("expected_payloads");
    assert_eq!(n, 9);

    let mut records = Vec::new();
    for _ in 0..n {
        let ev = next_event(&mut rx).await;
        assert_signed(&ev, SECRET);
        let v = ev.json();
        assert_eq!(v["type"], "sleep");
        assert_eq!(v["terra_reference"], reference.as_str());
        let data = v["data"].as_array().expect("data").clone();
        assert!(!data.is_empty() && data.len() <= 7);
        records.extend(data);
    }
    assert_eq!(records.len(), 60);
    let inline = get(&mock, &format!("{q}&to_webhook=false")).await.json();
    assert_eq!(serde_json::Value::Array(records), inline["data"]);

    // Nothing more arrives.
    assert!(
        tokio::time::timeout(Duration::from_millis(200), rx.recv())
            .await
            .is_err()
    );
    let deliveries = mock.wait_for_deliveries(11, Duration::from_secs(10)).await;
    assert_eq!(deliveries.len(), 11);
    assert!(
        deliveries
            .iter()
            .all(|d| d.is_delivered() && d.trace_id == reference)
    );
}

#[tokio::test]
async fn auth_and_deauth_events() {
    let (mock, mut rx) = mock_with_receiver().await;
    let v = post_json(
        &mock,
        "/auth/generateWidgetSession",
        r#"{"reference_id": "dana"}"#,
    )
    .await
    .json();
    let session = v["session_id"].as_str().expect("session").to_owned();
    let done = call(
        "POST",
        &format!("{}/mock/complete/{session}?provider=WHOOP", mock.base_url()),
        None,
    )
    .await;
    assert_eq!(done.status, 200);
    let user_id = done.json()["user"]["user_id"]
        .as_str()
        .expect("user")
        .to_owned();

    let ev = next_event(&mut rx).await;
    assert_signed(&ev, SECRET);
    let v = ev.json();
    assert_eq!(v["type"], "auth");
    assert_eq!(v["status"], "success");
    assert_eq!(v["user"]["user_id"], user_id.as_str());
    assert_eq!(v["user"]["provider"], "WHOOP");
    assert_eq!(v["reference_id"], "dana");
    assert_eq!(v["widget_session_id"], session.as_str());
    assert!(v["message"].is_string());

    let a = call(
        "DELETE",
        &format!(
            "{}/auth/deauthenticateUser?user_id={user_id}",
            mock.base_url()
        ),
        None,
    )
    .await;
    assert_eq!(a.status, 200);
    let ev = next_event(&mut rx).await;
    assert_signed(&ev, SECRET);
    let v = ev.json();
    assert_eq!(v["type"], "deauth");
    assert_eq!(v["status"], "success");
    assert_eq!(v["user"]["user_id"], user_id.as_str());
    assert!(v["message"].is_string());

    // The library shortcut sends `auth` too.
    let user = mock.authenticate_user("GARMIN", Some("erin"));
    let v = next_event(&mut rx).await.json();
    assert_eq!(v["type"], "auth");
    assert_eq!(v["user"]["user_id"], user.user_id.as_str());
    assert_eq!(v["reference_id"], "erin");
}

#[tokio::test]
async fn unreachable_receiver_is_recorded_not_fatal() {
    // Bind then drop a listener to get a port nobody listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let mock = MockTerra::builder()
        .users(1)
        .webhook_url(format!("http://127.0.0.1:{port}/hook"))
        .start()
        .await
        .expect("start");
    let user = mock.users()[0].user_id.clone();
    let ack = get(
        &mock,
        &format!("/body?user_id={user}&start_date=2026-01-01"),
    )
    .await;
    assert_eq!(ack.status, 200);
    let d = mock.wait_for_deliveries(1, Duration::from_secs(15)).await;
    assert_eq!(d.len(), 1);
    assert!(!d[0].is_delivered());
    assert_eq!(d[0].attempts, 3);
    assert!(d[0].error.is_some());
}

#[tokio::test]
async fn webhook_url_can_be_set_later() {
    let mock = MockTerra::builder().users(1).start().await.expect("start");
    let user = mock.users()[0].user_id.clone();
    let _ = get(&mock, &format!("/athlete?user_id={user}")).await;
    let d = mock.wait_for_deliveries(1, Duration::from_secs(10)).await;
    assert_eq!(d[0].attempts, 0, "no URL: nothing sent");
    let (url, mut rx) = receiver().await;
    mock.set_webhook_url(Some(url));
    let _ = get(&mock, &format!("/athlete?user_id={user}")).await;
    let ev = next_event(&mut rx).await;
    assert_signed(&ev, tryterra_mock::DEFAULT_WEBHOOK_SECRET);
    let v = ev.json();
    assert_eq!(v["type"], "athlete");
    assert!(v["athlete"].is_object());
}
