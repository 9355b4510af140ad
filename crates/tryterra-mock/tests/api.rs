//! Every v2 path answers with the right status and shape; authentication
//! and validation are enforced; data is deterministic.

mod common;

use common::*;
use serde_json::Value;
use tryterra_mock::{DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

const DATA_PATHS: [(&str, &str); 6] = [
    ("/activity", "activity"),
    ("/body", "body"),
    ("/daily", "daily"),
    ("/sleep", "sleep"),
    ("/nutrition", "nutrition"),
    ("/menstruation", "menstruation"),
];

async fn mock_with_users(n: usize) -> MockTerra {
    MockTerra::builder().users(n).start().await.expect("start")
}

fn assert_user(v: &Value, user_id: &str) {
    assert_eq!(v["user_id"], user_id, "user: {v}");
    assert!(v["provider"].is_string());
    assert!(v["created_at"].is_string());
    assert!(v["scopes"].is_string());
}

#[tokio::test]
async fn base_url_and_credentials() {
    let mock = MockTerra::start().await.expect("start");
    let base = mock.base_url();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    assert!(base.ends_with("/v2"));
    assert_eq!(base, format!("http://{}/v2", mock.addr()));
    let creds = mock.credentials();
    assert_eq!(creds.dev_id(), DEFAULT_DEV_ID);
    assert_eq!(creds.api_key().expose(), DEFAULT_API_KEY);
    assert_eq!(
        creds.webhook_secret().map(|s| s.expose().to_owned()),
        Some(tryterra_mock::DEFAULT_WEBHOOK_SECRET.to_owned())
    );
    assert!(mock.users().is_empty());
    mock.shutdown().await;
}

#[tokio::test]
async fn authentication_is_enforced_except_on_integrations() {
    let mock = MockTerra::builder()
        .api_key("k1")
        .dev_id("d1")
        .users(1)
        .start()
        .await
        .expect("start");
    let user = mock.users()[0].user_id.clone();
    let url = format!(
        "{}/activity?user_id={user}&start_date=2026-01-02&to_webhook=false",
        mock.base_url()
    );
    call_with("GET", &url, None, None).await.problem(401);
    call_with("GET", &url, None, Some(("wrong", "d1")))
        .await
        .problem(401);
    let detail = call_with("GET", &url, None, Some(("k1", "other")))
        .await
        .problem(401);
    assert!(detail.contains("dev-id"), "{detail}");
    assert!(!detail.contains("k1"), "the key must not be echoed");
    let ok = call_with("GET", &url, None, Some(("k1", "d1"))).await;
    assert_eq!(ok.status, 200);

    // Other paths are protected too.
    for (method, path) in [
        ("GET", "/subscriptions"),
        ("POST", "/auth/generateWidgetSession"),
        ("GET", "/workouts"),
        ("GET", "/lab-reports"),
        ("GET", "/userInfo?user_id=x"),
    ] {
        call_with(method, &format!("{}{path}", mock.base_url()), None, None)
            .await
            .problem(401);
    }

    // /integrations needs no credentials.
    for path in [
        "/integrations",
        "/integrations/detailed",
        "/integrations/detailed?sdk=true",
    ] {
        let a = call_with("GET", &format!("{}{path}", mock.base_url()), None, None).await;
        assert_eq!(a.status, 200, "{path}");
        let v = a.json();
        assert_eq!(v["status"], "success");
        assert!(!v["providers"].as_array().expect("providers").is_empty());
    }
}

#[tokio::test]
async fn data_endpoints_inline() {
    let mock = mock_with_users(1).await;
    let user = mock.users()[0].user_id.clone();
    for (path, kind) in DATA_PATHS {
        let a = get(
            &mock,
            &format!("{path}?user_id={user}&start_date=2026-01-01&end_date=2026-01-07&to_webhook=false&with_samples=true"),
        )
        .await;
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(a.content_type(), "application/json");
        let v = a.json();
        assert_eq!(v["type"], kind);
        assert_user(&v["user"], &user);
        let data = v["data"].as_array().expect("data array");
        if kind != "activity" {
            assert_eq!(data.len(), 7, "{path}: one record per day");
        }
        for rec in data {
            let start = rec["metadata"]["start_time"].as_str().expect("start_time");
            assert_eq!(
                start.len(),
                "2026-01-02T07:30:00.000000+00:00".len(),
                "{start}"
            );
            assert!(rec["metadata"]["end_time"].is_string());
        }
    }

    // Field-level checks of the main kinds.
    let v = get(&mock, &format!("/activity?user_id={user}&start_date=2026-01-01&end_date=2026-01-14&to_webhook=false&with_samples=true")).await.json();
    let acts = v["data"].as_array().expect("data");
    assert!(!acts.is_empty(), "two weeks without a workout");
    for a in acts {
        let md = &a["metadata"];
        assert!(md["summary_id"].is_string());
        assert!(md["type"].is_u64());
        assert!(md["upload_type"].is_u64());
        assert!(
            a["distance_data"]["summary"]["distance_meters"]
                .as_f64()
                .expect("distance")
                > 0.0
        );
        let avg = a["heart_rate_data"]["summary"]["avg_hr_bpm"]
            .as_f64()
            .expect("avg hr");
        let max = a["heart_rate_data"]["summary"]["max_hr_bpm"]
            .as_f64()
            .expect("max hr");
        assert!((60.0..220.0).contains(&avg) && max >= avg);
        let hr = a["heart_rate_data"]["detailed"]["hr_samples"]
            .as_array()
            .expect("hr samples");
        assert!(!hr.is_empty());
        assert!(hr[0]["timestamp"].is_string() && hr[0]["bpm"].is_number());
        let pos = a["position_data"]["position_samples"]
            .as_array()
            .expect("positions");
        assert_eq!(
            pos[0]["coords_lat_lng_deg"].as_array().map(Vec::len),
            Some(2)
        );
    }
    let v = get(
        &mock,
        &format!(
            "/activity?user_id={user}&start_date=2026-01-01&end_date=2026-01-14&to_webhook=false"
        ),
    )
    .await
    .json();
    let hr = &v["data"][0]["heart_rate_data"]["detailed"]["hr_samples"];
    assert_eq!(
        hr.as_array().map(Vec::len),
        Some(0),
        "no samples unless asked"
    );

    let v = get(
        &mock,
        &format!("/sleep?user_id={user}&start_date=2026-01-05&to_webhook=false&with_samples=true"),
    )
    .await
    .json();
    let s = &v["data"][0]["sleep_durations_data"];
    let asleep = s["asleep"]["duration_asleep_state_seconds"]
        .as_f64()
        .expect("asleep");
    assert!((3.0 * 3600.0..10.0 * 3600.0).contains(&asleep), "{asleep}");
    assert!(s["hypnogram_samples"].as_array().expect("hypnogram").len() > 5);

    let v = get(
        &mock,
        &format!("/daily?user_id={user}&start_date=2026-01-05&to_webhook=false"),
    )
    .await
    .json();
    let d = &v["data"][0];
    assert!(d["distance_data"]["steps"].as_u64().expect("steps") > 1000);
    assert!(
        d["calories_data"]["total_burned_calories"]
            .as_f64()
            .expect("kcal")
            > 1000.0
    );
    assert!(d["heart_rate_data"]["summary"]["resting_hr_bpm"].is_number());

    // Unix seconds work as dates; 1767571200 is 2026-01-05T00:00:00Z.
    let by_unix = get(
        &mock,
        &format!("/daily?user_id={user}&start_date=1767571200&to_webhook=false"),
    )
    .await;
    assert_eq!(by_unix.json()["data"][0], v["data"][0]);

    let v = get(&mock, &format!("/athlete?user_id={user}&to_webhook=false"))
        .await
        .json();
    assert_eq!(v["type"], "athlete");
    assert!(v["athlete"]["first_name"].is_string());
    assert_user(&v["user"], &user);
}

#[tokio::test]
async fn data_to_webhook_acknowledges() {
    let mock = mock_with_users(1).await;
    let user = mock.users()[0].user_id.clone();
    for (path, kind) in DATA_PATHS.iter().copied().chain([("/athlete", "athlete")]) {
        // to_webhook defaults to true.
        let a = get(
            &mock,
            &format!("{path}?user_id={user}&start_date=2026-01-01"),
        )
        .await;
        assert_eq!(a.status, 200, "{path}");
        let v = a.json();
        assert_eq!(v["status"], "success");
        assert_eq!(v["type"], kind);
        assert!(v["reference"].is_string());
        assert_eq!(v["reference"], v["trace_id"]);
        assert_user(&v["user"], &user);
        assert!(v.get("data").is_none());
    }
}

#[tokio::test]
async fn validation_errors() {
    let mock = mock_with_users(1).await;
    let user = mock.users()[0].user_id.clone();
    let d = get(&mock, "/activity?start_date=2026-01-01")
        .await
        .problem(400);
    assert!(d.contains("user_id"), "{d}");
    let d = get(&mock, &format!("/activity?user_id={user}"))
        .await
        .problem(400);
    assert!(d.contains("start_date"), "{d}");
    // Unix seconds before 1970 are valid integers (the spec's type): the
    // last second of 1969 is 1969-12-31.
    let before = get(
        &mock,
        &format!("/sleep?user_id={user}&start_date=-1&to_webhook=false"),
    )
    .await;
    assert_eq!(before.status, 200);
    for bad in ["2026-13-01", "yesterday", "2026-1-1", "--5", "1.5"] {
        let d = get(&mock, &format!("/sleep?user_id={user}&start_date={bad}"))
            .await
            .problem(400);
        assert!(d.contains("start_date"), "{bad}: {d}");
    }
    let d = get(
        &mock,
        &format!("/sleep?user_id={user}&start_date=2026-01-01&end_date=soon"),
    )
    .await
    .problem(400);
    assert!(d.contains("end_date"), "{d}");
    let d = get(
        &mock,
        &format!("/sleep?user_id={user}&start_date=2026-01-05&end_date=2026-01-01"),
    )
    .await
    .problem(400);
    assert!(d.contains("end_date"), "{d}");
    let d = get(
        &mock,
        &format!("/daily?user_id={user}&start_date=2026-01-01&to_webhook=maybe"),
    )
    .await
    .problem(400);
    assert!(d.contains("to_webhook"), "{d}");
    let d = get(
        &mock,
        &format!("/daily?user_id={user}&start_date=2026-01-01&with_samples=yes"),
    )
    .await
    .problem(400);
    assert!(d.contains("with_samples"), "{d}");
    let d = get(&mock, "/subscriptions?page=abc").await.problem(400);
    assert!(d.contains("page"), "{d}");
    get(&mock, "/userInfo").await.problem(400);
    let d = post_json(&mock, "/auth/authenticateUser", "{}")
        .await
        .problem(400);
    assert!(d.contains("resource"), "{d}");
    let d = post_json(&mock, "/auth/generateWidgetSession", "{not json")
        .await
        .problem(400);
    assert!(d.contains("JSON"), "{d}");
    let d = post_json(
        &mock,
        "/auth/generateWidgetSession",
        r#"{"reference_id": 5}"#,
    )
    .await
    .problem(400);
    assert!(d.contains("reference_id"), "{d}");
    let d = post_json(
        &mock,
        "/workouts",
        r#"{"sport": "running", "step_blocks": []}"#,
    )
    .await
    .problem(400);
    assert!(d.contains("name"), "{d}");
    let d = post_json(&mock, "/workouts", r#"{"name": "x", "sport": "running"}"#)
        .await
        .problem(400);
    assert!(d.contains("step_blocks"), "{d}");
    let d = post_json(&mock, "/bulkUserInfo", r#"{"ids": []}"#)
        .await
        .problem(400);
    assert!(d.contains("array"), "{d}");
    get(&mock, "/workouts/abc").await.problem(400);
    let lab = call(
        "POST",
        &format!("{}/lab-reports", mock.base_url()),
        Some(("application/json", b"{}".to_vec())),
    )
    .await;
    lab.problem(400);
}

#[tokio::test]
async fn unknown_users_and_paths_are_404() {
    let mock = mock_with_users(1).await;
    for (path, _) in DATA_PATHS {
        let d = get(
            &mock,
            &format!("{path}?user_id=nobody&start_date=2026-01-01&to_webhook=false"),
        )
        .await
        .problem(404);
        assert!(d.contains("nobody"), "{d}");
    }
    get(&mock, "/athlete?user_id=nobody").await.problem(404);
    get(&mock, "/userInfo?user_id=nobody").await.problem(404);
    get(&mock, "/userInfo?reference_id=nobody")
        .await
        .problem(404);
    call(
        "DELETE",
        &format!("{}/auth/deauthenticateUser?user_id=nobody", mock.base_url()),
        None,
    )
    .await
    .problem(404);
    get(&mock, "/plannedWorkouts?user_id=nobody")
        .await
        .problem(404);
    let a = get(&mock, "/workouts/424242").await;
    a.problem(404);
    assert_eq!(a.json()["instance"], "/v2/workouts/424242");
    get(&mock, "/lab-reports/nope").await.problem(404);
    get(&mock, "/no/such/path").await.problem(404);
}

#[tokio::test]
async fn same_request_same_bytes() {
    let a = mock_with_users(2).await;
    let b = mock_with_users(2).await;
    assert_eq!(
        a.users(),
        b.users(),
        "pre-made users are the same everywhere"
    );
    let user = a.users()[1].user_id.clone();
    for (path, _) in DATA_PATHS.iter().copied().chain([("/athlete", "athlete")]) {
        let q = format!(
            "{path}?user_id={user}&start_date=2026-02-01&end_date=2026-02-10&to_webhook=false&with_samples=true"
        );
        let first = get(&a, &q).await;
        let second = get(&a, &q).await;
        let other_instance = get(&b, &q).await;
        assert_eq!(first.status, 200);
        assert_eq!(first.bytes, second.bytes, "{path}");
        assert_eq!(first.bytes, other_instance.bytes, "{path}");
    }
    // Different days give different data.
    let d1 = get(
        &a,
        &format!("/daily?user_id={user}&start_date=2026-02-01&to_webhook=false"),
    )
    .await;
    let d2 = get(
        &a,
        &format!("/daily?user_id={user}&start_date=2026-02-02&to_webhook=false"),
    )
    .await;
    assert_ne!(d1.bytes, d2.bytes);
}

#[tokio::test]
async fn users_sessions_and_subscriptions() {
    let mock = mock_with_users(3).await;
    let users = mock.users();
    assert_eq!(users.len(), 3);

    let v = get(&mock, "/subscriptions").await.json();
    assert_eq!(v["users"].as_array().map(Vec::len), Some(3));
    let v = get(&mock, "/subscriptions?page=0&per_page=2").await.json();
    assert_eq!(v["data"]["results"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["data"]["next"], 1);
    assert_eq!(v["data"]["max_page"], 1);
    let v = get(&mock, "/subscriptions?page=1&per_page=2").await.json();
    assert_eq!(v["data"]["results"].as_array().map(Vec::len), Some(1));
    assert!(v["data"]["next"].is_null());

    let u0 = &users[0];
    let v = get(&mock, &format!("/userInfo?user_id={}", u0.user_id))
        .await
        .json();
    assert_eq!(v["status"], "success");
    assert_eq!(v["is_authenticated"], true);
    assert_user(&v["user"], &u0.user_id);
    let reference = u0.reference_id.clone().expect("reference");
    let v = get(&mock, &format!("/userInfo?reference_id={reference}"))
        .await
        .json();
    assert_eq!(v.as_array().map(Vec::len), Some(1));

    let body = serde_json::json!([users[1].user_id, users[2].user_id, "nobody"]).to_string();
    let v = post_json(&mock, "/bulkUserInfo", &body).await.json();
    assert_eq!(v.as_array().map(Vec::len), Some(2));

    // Widget session, completed through the mock-only endpoint.
    let a = post_json(
        &mock,
        "/auth/generateWidgetSession",
        r#"{"providers": "FITBIT", "reference_id": "alice"}"#,
    )
    .await;
    assert_eq!(a.status, 200);
    let v = a.json();
    assert_eq!(v["status"], "success");
    let session = v["session_id"].as_str().expect("session id").to_owned();
    assert_eq!(v["url"], format!("{}/widget/{session}", mock.origin()));
    assert!(v["expires_in"].is_number());
    let done = call(
        "POST",
        &format!("{}/mock/complete/{session}", mock.base_url()),
        None,
    )
    .await;
    assert_eq!(done.status, 200);
    let created = done.json()["user"].clone();
    assert_eq!(created["provider"], "FITBIT");
    assert_eq!(created["reference_id"], "alice");
    assert_eq!(mock.users().len(), 4);
    // A session completes once.
    call(
        "POST",
        &format!("{}/mock/complete/{session}", mock.base_url()),
        None,
    )
    .await
    .problem(404);

    // authenticateUser, completed by visiting the auth URL.
    let v = post_json(
        &mock,
        "/auth/authenticateUser?resource=oura",
        r#"{"reference_id": "bob"}"#,
    )
    .await
    .json();
    assert_eq!(v["status"], "success");
    let promised = v["user_id"].as_str().expect("user id").to_owned();
    let auth_url = v["auth_url"].as_str().expect("auth url").to_owned();
    assert!(auth_url.starts_with(mock.origin()));
    let visit = call_with("GET", &auth_url, None, None).await;
    assert_eq!(visit.status, 200);
    let bob = get(&mock, &format!("/userInfo?user_id={promised}"))
        .await
        .json();
    assert_eq!(bob["user"]["provider"], "OURA");
    assert_eq!(bob["user"]["reference_id"], "bob");

    let v = post_json(&mock, "/auth/generateAuthToken", "").await.json();
    assert_eq!(v["status"], "success");
    assert!(v["token"].is_string());

    // Completing from the library, by URL.
    let v = post_json(&mock, "/auth/generateWidgetSession", "{}")
        .await
        .json();
    let url = v["url"].as_str().expect("url").to_owned();
    let dave = mock
        .complete(&url, Some("suunto"), Some("dave"))
        .expect("pending");
    assert_eq!(dave.provider, "SUUNTO");
    assert_eq!(dave.reference_id.as_deref(), Some("dave"));
    assert!(mock.complete(&url, None, None).is_none(), "completes once");
    assert_eq!(mock.users().len(), 6);

    // Library shortcut.
    let carol = mock.authenticate_user("polar", Some("carol"));
    assert_eq!(carol.provider, "POLAR");
    assert!(carol.to_model().is_ok());
    assert_eq!(mock.users().len(), 7);

    // Deauthentication removes the user.
    let a = call(
        "DELETE",
        &format!(
            "{}/auth/deauthenticateUser?user_id={promised}",
            mock.base_url()
        ),
        None,
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["status"], "success");
    get(&mock, &format!("/userInfo?user_id={promised}"))
        .await
        .problem(404);
    assert_eq!(mock.users().len(), 6);
}

#[tokio::test]
async fn workouts_and_planned_workouts() {
    let mock = mock_with_users(1).await;
    let user = mock.users()[0].user_id.clone();
    let template = r#"{
        "name": "Intervals",
        "sport": "running",
        "step_blocks": [{
            "completion_condition": {"type": "reps", "value": 4},
            "steps": [{"completion_condition": {"type": "time", "value": 60}, "intensity_type": "active"}]
        }]
    }"#;
    let a = post_json(&mock, "/workouts", template).await;
    assert_eq!(a.status, 200);
    let id = a.json()["workout_id"]
        .as_str()
        .expect("workout id")
        .to_owned();
    let list = get(&mock, "/workouts").await.json();
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["workout_id"], id.as_str());
    let one = get(&mock, &format!("/workouts/{id}")).await.json();
    assert_eq!(one["name"], "Intervals");

    post_json(
        &mock,
        &format!("/workouts/{id}/plan?user_id={user}"),
        r#"{"planned_date": "tomorrow"}"#,
    )
    .await
    .problem(400);
    let a = post_json(
        &mock,
        &format!("/workouts/{id}/plan?user_id={user}"),
        r#"{"planned_date": "2026-03-01", "ftp": 250}"#,
    )
    .await;
    assert_eq!(a.status, 201);
    let pid = a.json()["planned_workout_id"]
        .as_str()
        .expect("planned id")
        .to_owned();

    let list = get(
        &mock,
        &format!("/plannedWorkouts?user_id={user}&start_date=2026-02-01&end_date=2026-03-31"),
    )
    .await
    .json();
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["planned_workout_id"], pid.as_str());
    let empty = get(
        &mock,
        &format!("/plannedWorkouts?user_id={user}&start_date=2026-04-01&end_date=2026-04-30"),
    )
    .await
    .json();
    assert_eq!(empty.as_array().map(Vec::len), Some(0));

    let s = get(&mock, &format!("/plannedWorkouts/{pid}?user_id={user}"))
        .await
        .json();
    assert_eq!(s["planned_date"], "2026-03-01");
    assert_eq!(s["is_external"], false);
    let a = call(
        "PATCH",
        &format!("{}/plannedWorkouts/{pid}?user_id={user}", mock.base_url()),
        Some((
            "application/json",
            br#"{"planned_date": "2026-03-02"}"#.to_vec(),
        )),
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["planned_date"], "2026-03-02");
    let a = call(
        "DELETE",
        &format!("{}/plannedWorkouts/{pid}?user_id={user}", mock.base_url()),
        None,
    )
    .await;
    assert_eq!(a.status, 204);
    get(&mock, &format!("/plannedWorkouts/{pid}?user_id={user}"))
        .await
        .problem(404);

    let a = call(
        "DELETE",
        &format!("{}/workouts/{id}", mock.base_url()),
        None,
    )
    .await;
    assert_eq!(a.status, 204);
    get(&mock, &format!("/workouts/{id}")).await.problem(404);
}

#[tokio::test]
async fn lab_reports_multipart_flow() {
    let mock = mock_with_users(0).await;
    let boundary = "tryterra-mock-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blood.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(b"%PDF-1.4 fake report");
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let ct = format!("multipart/form-data; boundary={boundary}");
    let a = call(
        "POST",
        &format!("{}/lab-reports?reference_id=lab-user", mock.base_url()),
        Some((&ct, body)),
    )
    .await;
    assert_eq!(a.status, 202, "{}", String::from_utf8_lossy(&a.bytes));
    let v = a.json();
    let upload = v["upload_id"].as_str().expect("upload id").to_owned();
    assert!(v["current_status"].is_string());

    let list = get(&mock, "/lab-reports?reference_id=lab-user")
        .await
        .json();
    let sessions = list["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["upload_id"], upload.as_str());
    let session = sessions[0]["session_id"]
        .as_str()
        .expect("session")
        .to_owned();
    assert!(
        get(&mock, "/lab-reports?reference_id=other").await.json()["sessions"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    get(&mock, "/lab-reports?report_date_from=soon")
        .await
        .problem(400);

    let s = get(&mock, &format!("/lab-reports/{session}")).await.json();
    assert_eq!(s["session_id"], session.as_str());
    assert!(s["report_type"].is_string() && s["current_status"].is_string());
    let d = get(&mock, &format!("/lab-reports/{session}/deliveries"))
        .await
        .json();
    assert!(d["deliveries"][0]["destination_id"].is_string());
    let f = get(&mock, &format!("/lab-reports/{session}/files"))
        .await
        .json();
    assert_eq!(f["files"][0]["filename"], "blood.pdf");
    assert!(f["files"][0]["presigned_url"].is_string());
    let a = call(
        "DELETE",
        &format!("{}/lab-reports/{session}", mock.base_url()),
        None,
    )
    .await;
    assert_eq!(a.status, 204);
    get(&mock, &format!("/lab-reports/{session}"))
        .await
        .problem(404);
}

#[tokio::test]
async fn request_log_hides_the_api_key() {
    let mock = mock_with_users(1).await;
    let user = mock.users()[0].user_id.clone();
    let _ = get(&mock, &format!("/athlete?user_id={user}&to_webhook=false")).await;
    let _ = get(&mock, &format!("/athlete?user_id={user}&to_webhook=false")).await;
    let _ = get(&mock, "/integrations").await;
    assert_eq!(mock.request_count("/v2/athlete"), 2);
    assert_eq!(mock.request_count("/v2/integrations"), 1);
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[0].method, "GET");
    assert_eq!(reqs[0].path, "/v2/athlete");
    assert_eq!(
        reqs[0].query.as_deref(),
        Some(format!("user_id={user}&to_webhook=false").as_str())
    );
    assert_eq!(reqs[0].header("dev-id"), Some(DEFAULT_DEV_ID));
    assert_eq!(reqs[0].header("x-api-key"), None);
    assert!(
        reqs.iter()
            .all(|r| r.headers.iter().all(|(_, v)| v != DEFAULT_API_KEY))
    );
}

#[test]
fn blocking_mock_serves_sync_callers() {
    use std::io::{Read, Write};
    let mock = MockTerra::start_blocking(MockTerra::builder().users(1)).expect("start");
    assert_eq!(mock.users().len(), 1);
    let mut stream = std::net::TcpStream::connect(mock.addr()).expect("connect");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .expect("timeout");
    stream
        .write_all(b"GET /v2/integrations HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .expect("write");
    let mut out = String::new();
    stream.read_to_string(&mut out).expect("read");
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(out.contains("\"providers\""));
    let user = mock.authenticate_user("GARMIN", None);
    assert_eq!(mock.users().len(), 2);
    assert!(mock.users().contains(&user));
    mock.shutdown();
}

#[tokio::test]
async fn shutdown_stops_listening() {
    let mock = MockTerra::start().await.expect("start");
    let addr = mock.addr();
    mock.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
