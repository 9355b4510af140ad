//! What the mock serves decodes into tryterra-core's models (the names of the
//! spec's schemas), strictly: every field has its declared type. With
//! quirks on, the same data decodes tolerantly with its oddities reported.

mod common;

use std::time::Duration;

use common::*;
use serde_json::Value;
use tryterra_core::models;
use tryterra_mock::MockTerra;

macro_rules! decode {
    ($ty:ty, $value:expr, $what:expr) => {{
        let v: &Value = &$value;
        let bytes = serde_json::to_vec(v).unwrap();
        if let Err(e) = models::decode::<$ty>(&bytes, models::DecodeMode::Strict) {
            panic!(
                "{} does not decode into {}: {e}\n{v}",
                $what,
                stringify!($ty)
            );
        }
    }};
}

#[tokio::test]
async fn payloads_decode_into_core_models() {
    let (url, mut rx) = receiver().await;
    let mock = MockTerra::builder()
        .users(5)
        .webhook_url(url)
        .start()
        .await
        .expect("start");
    for user in mock.users() {
        let u = &user.user_id;
        decode!(models::TerraUser, user.to_json(), "user");
        let range = "start_date=2026-01-01&end_date=2026-01-10&to_webhook=false&with_samples=true";
        for path in [
            "/activity",
            "/body",
            "/daily",
            "/sleep",
            "/nutrition",
            "/menstruation",
        ] {
            let v = get(&mock, &format!("{path}?user_id={u}&{range}"))
                .await
                .json();
            decode!(models::TerraUser, v["user"], path);
            for rec in v["data"].as_array().expect("data") {
                match path {
                    "/activity" => decode!(models::Activity, rec, path),
                    "/body" => decode!(models::Body, rec, path),
                    "/daily" => decode!(models::Daily, rec, path),
                    "/sleep" => decode!(models::Sleep, rec, path),
                    "/nutrition" => decode!(models::Nutrition, rec, path),
                    _ => decode!(models::Menstruation, rec, path),
                }
            }
        }
        let v = get(&mock, &format!("/athlete?user_id={u}&to_webhook=false"))
            .await
            .json();
        decode!(models::Athlete, v["athlete"], "athlete");
        let ack = get(&mock, &format!("/daily?user_id={u}&start_date=2026-01-01"))
            .await
            .json();
        decode!(models::DataSentToWebhook, ack, "acknowledgement");
        // The delivery of that request.
        let ev = next_event(&mut rx).await;
        decode!(models::Event, ev.json(), "daily event");
    }

    let v = get(&mock, "/integrations/detailed?sdk=true").await.json();
    decode!(models::IntegrationsResponse, v, "integrations/detailed");
    for p in v["providers"].as_array().expect("providers") {
        decode!(models::IntegrationProvider, p, "provider");
    }

    let user = mock.users()[0].user_id.clone();
    let template = r#"{"name": "Easy", "sport": "running", "step_blocks": [{"completion_condition": {"type": "reps", "value": 1}, "steps": [{"completion_condition": {"type": "time", "value": 600}, "intensity_type": "active"}]}]}"#;
    let id = post_json(&mock, "/workouts", template).await.json()["workout_id"]
        .as_str()
        .expect("id")
        .to_owned();
    decode!(
        models::WorkoutTemplate,
        get(&mock, &format!("/workouts/{id}")).await.json(),
        "workout"
    );
    let pid = post_json(
        &mock,
        &format!("/workouts/{id}/plan?user_id={user}"),
        r#"{"planned_date": "2026-02-01"}"#,
    )
    .await
    .json()["planned_workout_id"]
        .as_str()
        .expect("pid")
        .to_owned();
    let list = get(
        &mock,
        &format!("/plannedWorkouts?user_id={user}&start_date=2026-01-01&end_date=2026-03-01"),
    )
    .await
    .json();
    for p in list.as_array().expect("list") {
        decode!(models::PlannedWorkout, p, "planned workout");
    }
    decode!(
        models::PlannedWorkoutSummary,
        get(&mock, &format!("/plannedWorkouts/{pid}?user_id={user}"))
            .await
            .json(),
        "planned workout summary"
    );

    let boundary = "b0undary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n\r\n%PDF\r\n--{boundary}--\r\n"
    );
    let up = call(
        "POST",
        &format!("{}/lab-reports", mock.base_url()),
        Some((
            &format!("multipart/form-data; boundary={boundary}"),
            body.into_bytes(),
        )),
    )
    .await
    .json();
    decode!(models::LabReportUploadResponse, up, "upload");
    let list = get(&mock, "/lab-reports").await.json();
    decode!(models::LabReportListResponse, list, "lab report list");
    let session = list["sessions"][0]["session_id"]
        .as_str()
        .expect("session")
        .to_owned();
    decode!(
        models::LabReportSession,
        get(&mock, &format!("/lab-reports/{session}")).await.json(),
        "session"
    );
    decode!(
        models::LabReportDeliveriesResponse,
        get(&mock, &format!("/lab-reports/{session}/deliveries"))
            .await
            .json(),
        "deliveries"
    );
    decode!(
        models::LabReportFilesResponse,
        get(&mock, &format!("/lab-reports/{session}/files"))
            .await
            .json(),
        "files"
    );

    // Auth, deauth and large-request events.
    let carol = mock.authenticate_user("GARMIN", Some("carol"));
    decode!(
        models::Event,
        next_event(&mut rx).await.json(),
        "auth event"
    );
    let _ = get(
        &mock,
        &format!(
            "/activity?user_id={}&start_date=2026-01-01&end_date=2026-02-15",
            carol.user_id
        ),
    )
    .await;
    for _ in 0..9 {
        decode!(
            models::Event,
            next_event(&mut rx).await.json(),
            "large request event"
        );
    }
    let a = call(
        "DELETE",
        &format!(
            "{}/auth/deauthenticateUser?user_id={}",
            mock.base_url(),
            carol.user_id
        ),
        None,
    )
    .await;
    assert_eq!(a.status, 200);
    decode!(
        models::Event,
        next_event(&mut rx).await.json(),
        "deauth event"
    );
    // 5 daily events, auth, processing + sending + 7 chunks, deauth.
    let all = mock.wait_for_deliveries(16, Duration::from_secs(10)).await;
    assert_eq!(all.len(), 16);
    assert!(all.iter().all(|d| d.is_delivered()), "{all:?}");
}

/// With quirks on, the same deterministic data comes with a few odd
/// values: the tolerant decode (the default) keeps every record and value
/// and reports exactly the oddities; a strict decode refuses them; a
/// webhook delivery of quirky data verifies and decodes.
#[tokio::test]
async fn quirky_payloads_decode_with_their_mismatches() {
    use tryterra_core::models::{DecodeMode, Mismatches};
    let (url, mut rx) = receiver().await;
    let plain = MockTerra::builder().users(1).start().await.expect("start");
    let quirky = MockTerra::builder()
        .users(1)
        .quirks(true)
        .webhook_url(url)
        .start()
        .await
        .expect("start");
    let user = quirky.users()[0].user_id.clone();
    let range = "start_date=2026-01-01&end_date=2026-01-03&to_webhook=false&with_samples=true";
    for (path, kind) in [
        ("/activity", "activity"),
        ("/daily", "daily"),
        ("/sleep", "sleep"),
        ("/body", "body"),
    ] {
        let q = format!("{path}?user_id={user}&{range}");
        let odd = get(&quirky, &q).await.bytes.to_vec();
        let clean = get(&plain, &q).await.json();
        let op_answer = tryterra_core::http::Response::new(odd.clone());
        let op = tryterra_core::ops::GetActivity::new(
            user.clone(),
            tryterra_core::dates::CalendarDate::new(2026, 1, 1).unwrap(),
        );
        let odd_json: Value = serde_json::from_slice(&odd).unwrap();
        assert_ne!(odd_json, clean, "{kind}: quirks change the payload");
        assert_eq!(
            odd_json["data"].as_array().map(Vec::len),
            clean["data"].as_array().map(Vec::len)
        );
        // Decoded tolerantly (the default), every value is still there.
        let (report, encoded) = match kind {
            "activity" => {
                let r = tryterra_core::Operation::parse_response(&op, op_answer).expect("decodes");
                assert!(
                    tryterra_core::Operation::parse_response_with(
                        &op,
                        tryterra_core::http::Response::new(odd.clone()),
                        DecodeMode::Strict
                    )
                    .is_err()
                );
                (r.mismatches(), serde_json::to_value(r.value()).unwrap())
            }
            _ => {
                let r: Value = serde_json::from_slice(&odd).unwrap();
                let data = serde_json::to_vec(&r["data"]).unwrap();
                let report = match kind {
                    "daily" => models::decode::<Vec<models::Daily>>(&data, DecodeMode::Tolerant)
                        .unwrap()
                        .mismatches(),
                    "sleep" => models::decode::<Vec<models::Sleep>>(&data, DecodeMode::Tolerant)
                        .unwrap()
                        .mismatches(),
                    _ => models::decode::<Vec<models::Body>>(&data, DecodeMode::Tolerant)
                        .unwrap()
                        .mismatches(),
                };
                (report, r)
            }
        };
        assert!(!report.is_empty(), "{kind}: no oddity reported");
        assert!(
            report
                .iter()
                .all(|m| m.path.contains("[0]") || m.path.starts_with("user.")),
            "{kind}: {report:?}"
        );
        if kind == "activity" {
            assert!(
                kept(&odd_json["data"], &encoded["data"]),
                "re-encoding changed a value"
            );
            assert!(report.iter().any(|m| m.path == "user.active"));
            assert!(
                report
                    .iter()
                    .any(|m| m.path == "data[0].metadata.upload_type"
                        && m.expected == "integer code"
                        && m.found == models::JsonKind::Number)
            );
        }
    }
    // The same oddities in a signed webhook delivery.
    let _ = get(
        &quirky,
        &format!("/activity?user_id={user}&start_date=2026-01-01&end_date=2026-01-02"),
    )
    .await;
    let ev = next_event(&mut rx).await;
    let verifier = tryterra_core::Verifier::new(tryterra_mock::DEFAULT_WEBHOOK_SECRET);
    let mut request = tryterra_core::http::Request::new(ev.body.to_vec());
    *request.headers_mut() = ev.headers.clone();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let event = verifier.verify_request(&request, now).expect("accepted");
    assert!(!event.mismatches().is_empty());
    assert!(
        verifier
            .clone()
            .strict()
            .verify_request(&request, now)
            .is_err()
    );
    plain.shutdown().await;
    quirky.shutdown().await;
}

/// Whether every non-null value of `input` is in `output` at the same
/// place, numbers compared as numbers (`60` is `60.0`).
fn kept(input: &Value, output: &Value) -> bool {
    match (input, output) {
        (Value::Null, _) => true,
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| kept(p, q))
        }
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .all(|(k, v)| v.is_null() || y.get(k).is_some_and(|w| kept(v, w))),
        (x, y) => x == y,
    }
}
