//! The operations of Terra's official SDKs that the spec lacks: what is
//! written is served back (inline and by webhook), deletes remove it, and
//! `PATCH /users/{id}` shows in `userInfo` and `subscriptions`. Plus the
//! emulator fixes found by Schemathesis.

mod common;

use common::*;
use serde_json::{Value, json};
use tryterra_mock::MockTerra;

async fn send_json(mock: &MockTerra, method: &str, path_and_query: &str, body: &Value) -> Answer {
    call(
        method,
        &format!("{}{path_and_query}", mock.base_url()),
        Some(("application/json", body.to_string().into_bytes())),
    )
    .await
}

fn activity(summary_id: &str, start: &str) -> Value {
    json!({
        "metadata": {
            "start_time": start, "end_time": start, "summary_id": summary_id,
            "type": 8, "upload_type": 1, "name": "Written run"
        },
        "distance_data": {"summary": {"distance_meters": 5000.0}}
    })
}

fn body_record(start: &str, weight: f64) -> Value {
    json!({"metadata": {"start_time": start, "end_time": start},
           "measurements_data": {"measurements": [{"weight_kg": weight, "measurement_time": start}]}})
}

fn nutrition_record(start: &str) -> Value {
    json!({"metadata": {"start_time": start, "end_time": start},
           "summary": {"macros": {"calories": 640.0}}, "meals": [{"name": "Lunch", "id": "m-1"}]})
}

fn data_of(v: &Value) -> Vec<Value> {
    v["data"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn written_records_are_served_back_and_deleted() {
    let mock = MockTerra::builder().users(2).start().await.expect("start");
    let user = mock.users()[0].user_id.clone();
    let day = "2026-03-04";
    let start = "2026-03-04T07:15:00+01:00";
    let cases = [
        ("/activity", activity("written-1", start), None),
        ("/body", body_record(start, 71.5), Some("log_ids")),
        ("/nutrition", nutrition_record(start), Some("data")),
    ];
    for (path, record, delete_key) in cases {
        let w = send_json(
            &mock,
            "POST",
            &format!("{path}?user_id={user}"),
            &json!({"data": [record.clone(), record.clone()]}),
        )
        .await;
        assert_eq!(
            w.status,
            200,
            "{path}: {}",
            String::from_utf8_lossy(&w.bytes)
        );
        let w = w.json();
        assert_eq!(w["user"]["user_id"], user.as_str());
        let log_ids: Vec<String> = w["log_ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(log_ids.len(), 2);
        assert_ne!(log_ids[0], log_ids[1]);
        assert!(w["message"].is_string());

        // Served back inline, on its date only, exactly as written.
        let q = format!("{path}?user_id={user}&start_date={day}&to_webhook=false");
        let got = data_of(&get(&mock, &q).await.json());
        assert_eq!(got.iter().filter(|r| **r == record).count(), 2, "{path}");
        let q = format!("{path}?user_id={user}&start_date=2026-03-05&to_webhook=false");
        assert!(!data_of(&get(&mock, &q).await.json()).contains(&record));
        // Not served to another user.
        let other = &mock.users()[1].user_id;
        let q = format!("{path}?user_id={other}&start_date={day}&to_webhook=false");
        assert!(!data_of(&get(&mock, &q).await.json()).contains(&record));

        let Some(key) = delete_key else { continue };
        let d = send_json(
            &mock,
            "DELETE",
            &format!("{path}?user_id={user}"),
            &json!({key: [log_ids[0], "no-such-id"]}),
        )
        .await;
        assert_eq!(d.status, 200, "{}", String::from_utf8_lossy(&d.bytes));
        let d = d.json();
        assert_eq!(d["user"]["user_id"], user.as_str());
        assert_eq!(
            d["processed_data"],
            json!([{"id": log_ids[0], "response_code": 200},
                   {"id": "no-such-id", "response_code": 404}])
        );
        let q = format!("{path}?user_id={user}&start_date={day}&to_webhook=false");
        let got = data_of(&get(&mock, &q).await.json());
        assert_eq!(got.iter().filter(|r| **r == record).count(), 1, "{path}");
        // The other key is refused, naming the right one.
        let other_key = if key == "data" { "log_ids" } else { "data" };
        let detail = send_json(
            &mock,
            "DELETE",
            &format!("{path}?user_id={user}"),
            &json!({other_key: [log_ids[1]]}),
        )
        .await
        .problem(400);
        assert!(detail.contains(&format!("`{key}`")), "{detail}");
        // The official SDKs' call with no ids: `{}` deletes nothing.
        let d = send_json(
            &mock,
            "DELETE",
            &format!("{path}?user_id={user}"),
            &json!({}),
        )
        .await;
        assert_eq!(d.json()["processed_data"], json!([]));
    }
    mock.shutdown().await;
}

#[tokio::test]
async fn written_records_arrive_by_webhook() {
    let (url, mut rx) = receiver().await;
    let mock = MockTerra::builder()
        .users(1)
        .webhook_url(url)
        .start()
        .await
        .expect("start");
    let user = mock.users()[0].user_id.clone();
    let record = activity("hooked-1", "2026-04-01T06:00:00Z");
    let w = send_json(
        &mock,
        "POST",
        "/activity",
        &json!({"data": [record.clone()]}),
    )
    .await;
    // No user_id: the only user is the target.
    assert_eq!(w.json()["user"]["user_id"], user.as_str());
    let ack = get(
        &mock,
        &format!("/activity?user_id={user}&start_date=2026-04-01&to_webhook=true"),
    )
    .await;
    assert_eq!(ack.status, 200);
    let reference = ack.json()["reference"].as_str().unwrap().to_owned();
    let event = loop {
        let e = next_event(&mut rx).await;
        if e.json()["type"] == "activity" {
            break e;
        }
    };
    assert_signed(&event, tryterra_mock::DEFAULT_WEBHOOK_SECRET);
    assert_eq!(event.header("x-terra-trace-id"), reference);
    assert!(data_of(&event.json()).contains(&record), "{}", event.json());

    // Plans, by webhook too.
    let plan = json!({"metadata": {"name": "Tempo", "type": "RUNNING",
                                   "planned_date": "2026-04-02T07:00:00Z"},
                      "steps": [{"type": "PlannedWorkoutStep", "order": 0}]});
    let w = send_json(
        &mock,
        "POST",
        &format!("/plannedWorkout?user_id={user}"),
        &json!({"data": [plan]}),
    )
    .await
    .json();
    let plan_id = w["log_ids"][0].as_str().unwrap().to_owned();
    let ack = get(
        &mock,
        &format!("/plannedWorkout?user_id={user}&start_date=2026-04-02"),
    )
    .await
    .json();
    assert_eq!(ack["status"], "success");
    assert!(ack["reference"].is_string());
    let event = loop {
        let e = next_event(&mut rx).await;
        if e.json()["type"] == "planned_workout" {
            break e;
        }
    };
    let plans = data_of(&event.json());
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0]["metadata"]["id"], plan_id.as_str());
    assert_eq!(plans[0]["steps"][0]["type"], "PlannedWorkoutStep");
    mock.shutdown().await;
}

#[tokio::test]
async fn planned_workout_plans_write_read_delete() {
    let mock = MockTerra::builder().users(1).start().await.expect("start");
    let user = mock.users()[0].user_id.clone();
    let plan = |name: &str, date: &str| {
        json!({"metadata": {"name": name, "type": "STRENGTH_TRAINING", "planned_date": date},
               "steps": [{"type": "StrengthPlannedWorkoutStep", "order": 0, "weight_kg": 60}]})
    };
    let w = send_json(
        &mock,
        "POST",
        &format!("/plannedWorkout?user_id={user}"),
        &json!({"data": [plan("A", "2026-05-01T08:00:00Z"), plan("B", "2026-05-03T08:00:00Z")]}),
    )
    .await
    .json();
    let ids: Vec<String> = w["log_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let read = |start: &'static str, end: &'static str| {
        let mock = &mock;
        let user = user.clone();
        async move {
            let v = get(
                mock,
                &format!("/plannedWorkout?user_id={user}&start_date={start}&end_date={end}&to_webhook=false"),
            )
            .await
            .json();
            assert_eq!(v["user"]["user_id"], user.as_str());
            data_of(&v)
                .iter()
                .map(|p| p["metadata"]["name"].as_str().unwrap_or("").to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(read("2026-05-01", "2026-05-03").await, ["A", "B"]);
    assert_eq!(read("2026-05-02", "2026-05-03").await, ["B"]);
    let d = send_json(
        &mock,
        "DELETE",
        &format!("/plannedWorkout?user_id={user}"),
        &json!({"data": [ids[0]]}),
    )
    .await
    .json();
    assert_eq!(d["processed_data"][0]["response_code"], 200);
    assert_eq!(read("2026-05-01", "2026-05-03").await, ["B"]);

    // Refusals name the fault.
    let detail = send_json(&mock, "POST", "/plannedWorkout", &json!({"data": [{}]}))
        .await
        .problem(400);
    assert!(detail.contains("user_id"), "{detail}");
    let detail = get(&mock, &format!("/plannedWorkout?user_id={user}"))
        .await
        .problem(400);
    assert!(detail.contains("start_date"), "{detail}");
    let detail = send_json(
        &mock,
        "POST",
        &format!("/plannedWorkout?user_id={user}"),
        &json!({"data": [{"steps": 3}]}),
    )
    .await
    .problem(400);
    assert!(detail.contains("data[0].steps"), "{detail}");
    send_json(
        &mock,
        "POST",
        "/plannedWorkout?user_id=nobody",
        &json!({"data": []}),
    )
    .await
    .problem(404);
    mock.shutdown().await;
}

#[tokio::test]
async fn writes_refuse_malformed_records() {
    let mock = MockTerra::builder().users(2).start().await.expect("start");
    let user = mock.users()[0].user_id.clone();
    let path = format!("/activity?user_id={user}");
    for (body, needle) in [
        (json!({}), "`data` is required"),
        (json!({"data": {}}), "`data` must be an array"),
        (json!({"data": [7]}), "`data[0]` must be a JSON object"),
        (json!({"data": [{}]}), "`data[0].metadata` is required"),
        (
            json!({"data": [{"metadata": {"start_time": "yesterday", "end_time": "x"}}]}),
            "data[0].metadata.start_time` must be an ISO 8601",
        ),
        (
            json!({"data": [{"metadata": {"start_time": "2026-01-01T00:00:00Z",
                                          "end_time": "2026-01-01T01:00:00Z",
                                          "summary_id": "s", "type": "run", "upload_type": 1}}]}),
            "data[0].metadata.type` is required and must be a number",
        ),
    ] {
        let detail = send_json(&mock, "POST", &path, &body).await.problem(400);
        assert!(detail.contains(needle), "{detail} should contain {needle}");
    }
    // No user_id, two users, none of them WAHOO: which user is ambiguous.
    let detail = send_json(
        &mock,
        "POST",
        "/activity",
        &json!({"data": [activity("s", "2026-01-01T00:00:00Z")]}),
    )
    .await
    .problem(400);
    assert!(detail.contains("user_id"), "{detail}");
    // With a FITBIT user among them, a nutrition write without user_id goes there.
    let fitbit = mock
        .users()
        .into_iter()
        .find(|u| u.provider == "FITBIT")
        .expect("seeded FITBIT user");
    let w = send_json(
        &mock,
        "POST",
        "/nutrition",
        &json!({"data": [nutrition_record("2026-01-01T12:00:00Z")]}),
    )
    .await;
    assert_eq!(w.json()["user"]["user_id"], fitbit.user_id.as_str());
    // Deletes need the user.
    send_json(&mock, "DELETE", "/body", &json!({"log_ids": ["x"]}))
        .await
        .problem(400);
    send_json(
        &mock,
        "DELETE",
        "/body?user_id=nobody",
        &json!({"log_ids": ["x"]}),
    )
    .await
    .problem(404);
    let detail = send_json(
        &mock,
        "DELETE",
        &format!("/nutrition?user_id={user}"),
        &json!({"data": [1]}),
    )
    .await
    .problem(400);
    assert!(detail.contains("data[0]"), "{detail}");
    mock.shutdown().await;
}

#[tokio::test]
async fn patching_a_user_shows_in_user_info_and_subscriptions() {
    let mock = MockTerra::builder().users(2).start().await.expect("start");
    let user = mock.users()[1].user_id.clone();
    let v = send_json(
        &mock,
        "PATCH",
        &format!("/users/{user}"),
        &json!({"reference_id": "renamed-7", "active": false}),
    )
    .await;
    assert_eq!(v.status, 200);
    let v = v.json();
    assert_eq!(v["status"], "success");
    assert_eq!(v["user"]["reference_id"], "renamed-7");
    assert_eq!(v["user"]["active"], false);

    let info = get(&mock, &format!("/userInfo?user_id={user}"))
        .await
        .json();
    assert_eq!(info["user"]["reference_id"], "renamed-7");
    assert_eq!(info["user"]["active"], false);
    let by_ref = get(&mock, "/userInfo?reference_id=renamed-7").await.json();
    assert_eq!(by_ref[0]["user_id"], user.as_str());
    let subs = get(&mock, "/subscriptions").await.json();
    let mine = subs["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["user_id"] == user.as_str())
        .cloned()
        .unwrap();
    assert_eq!(mine["reference_id"], "renamed-7");
    assert_eq!(mine["active"], false);

    // `{}` changes nothing; one field changes only that field.
    let v = send_json(&mock, "PATCH", &format!("/users/{user}"), &json!({}))
        .await
        .json();
    assert_eq!(v["user"]["reference_id"], "renamed-7");
    let v = send_json(
        &mock,
        "PATCH",
        &format!("/users/{user}"),
        &json!({"active": true}),
    )
    .await
    .json();
    assert_eq!(v["user"]["active"], true);
    assert_eq!(v["user"]["reference_id"], "renamed-7");

    let detail = send_json(
        &mock,
        "PATCH",
        &format!("/users/{user}"),
        &json!({"active": "no"}),
    )
    .await
    .problem(400);
    assert!(detail.contains("`active`"), "{detail}");
    let detail = send_json(
        &mock,
        "PATCH",
        &format!("/users/{user}"),
        &json!({"reference_id": 3}),
    )
    .await
    .problem(400);
    assert!(detail.contains("`reference_id`"), "{detail}");
    send_json(&mock, "PATCH", "/users/nobody", &json!({}))
        .await
        .problem(404);
    mock.shutdown().await;
}

// ---------------------------------------------------------------------------
// The fixes

#[tokio::test]
async fn negative_int64_ids_are_valid_and_missing() {
    let mock = MockTerra::builder().users(1).start().await.expect("start");
    let user = mock.users()[0].user_id.clone();
    let base = mock.base_url();
    for (method, path) in [
        ("GET", "/workouts/-9223372036854775807".to_owned()),
        ("DELETE", "/workouts/-9223372036854775807".to_owned()),
        (
            "GET",
            format!("/plannedWorkouts/-9223372036854775807?user_id={user}"),
        ),
        ("DELETE", format!("/plannedWorkouts/-1?user_id={user}")),
    ] {
        let detail = call(method, &format!("{base}{path}"), None)
            .await
            .problem(404);
        assert!(detail.contains("not found"), "{method} {path}: {detail}");
    }
    let detail = send_json(
        &mock,
        "POST",
        &format!("/workouts/-5/plan?user_id={user}"),
        &json!({"planned_date": "2026-01-01"}),
    )
    .await
    .problem(404);
    assert!(detail.contains("workout -5 not found"), "{detail}");
    let detail = send_json(
        &mock,
        "PATCH",
        &format!("/plannedWorkouts/-5?user_id={user}"),
        &json!({"planned_date": "2026-01-01"}),
    )
    .await
    .problem(404);
    assert!(detail.contains("-5"), "{detail}");
    // Still an integer: anything else, or past int64, is a 400.
    for raw in ["abc", "9223372036854775808", "1.5"] {
        let detail = call("GET", &format!("{base}/workouts/{raw}"), None)
            .await
            .problem(400);
        assert!(detail.contains("64-bit integer"), "{detail}");
    }
    mock.shutdown().await;
}

#[tokio::test]
async fn lab_report_without_reference_omits_it() {
    let mock = MockTerra::start().await.expect("start");
    let boundary = "XyZbOuNdArY";
    let upload = |q: &'static str| {
        let url = format!("{}/lab-reports{q}", mock.base_url());
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n\
             Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--{boundary}--\r\n"
        );
        async move {
            call(
                "POST",
                &url,
                Some((
                    &format!("multipart/form-data; boundary={boundary}"),
                    body.into_bytes(),
                )),
            )
            .await
        }
    };
    assert_eq!(upload("").await.status, 202);
    assert_eq!(upload("?reference_id=ref-1").await.status, 202);
    let list = get(&mock, "/lab-reports").await.json();
    let sessions = list["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2);
    let without: Vec<&Value> = sessions
        .iter()
        .filter(|s| s.get("reference_id").is_none())
        .collect();
    assert_eq!(without.len(), 1, "{list}");
    assert!(sessions.iter().any(|s| s["reference_id"] == "ref-1"));
    assert!(
        sessions
            .iter()
            .all(|s| !s["reference_id"].is_null() || s.get("reference_id").is_none())
    );
    let id = without[0]["session_id"].as_str().unwrap();
    let one = get(&mock, &format!("/lab-reports/{id}")).await.json();
    assert!(one.get("reference_id").is_none(), "{one}");
    mock.shutdown().await;
}

#[tokio::test]
async fn workout_templates_the_schema_forbids_are_refused() {
    let mock = MockTerra::start().await.expect("start");
    let good = json!({
        "name": "Z2", "sport": "cycling", "environment": "indoor",
        "step_blocks": [{"completion_condition": {"type": "reps", "value": 1},
                         "steps": [{"completion_condition": {"type": "time", "value": 1800},
                                    "intensity_type": "active"}]}]
    });
    let mut bad_env = good.clone();
    bad_env["environment"] = json!(true);
    let mut no_type = good.clone();
    no_type["step_blocks"][0]["completion_condition"] = json!({"value": 2});
    let mut unknown = good.clone();
    unknown["step_blocks"][0]["steps"][0]["completion_condition"]["type"] = json!("vibes");
    for (body, needle) in [
        (bad_env, "`environment` must be a string"),
        (
            no_type,
            "`step_blocks[0].completion_condition.type` is required",
        ),
        (unknown, "completion_condition.type` is `vibes`"),
    ] {
        let detail = send_json(&mock, "POST", "/workouts", &body)
            .await
            .problem(400);
        assert!(detail.contains(needle), "{detail}");
    }
    // None of them was stored.
    assert_eq!(get(&mock, "/workouts").await.json(), json!([]));
    let created = send_json(&mock, "POST", "/workouts", &good).await;
    assert_eq!(created.status, 200);
    assert_eq!(
        get(&mock, "/workouts")
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    mock.shutdown().await;
}

#[tokio::test]
async fn method_not_allowed_is_problem_json() {
    let mock = MockTerra::start().await.expect("start");
    let base = mock.base_url();
    for (method, path) in [
        ("PUT", "/workouts"),
        ("POST", "/userInfo"),
        ("DELETE", "/activity"),
        ("PATCH", "/subscriptions"),
    ] {
        let a = call(method, &format!("{base}{path}"), None).await;
        let detail = a.problem(405);
        assert!(detail.contains(method), "{detail}");
        assert!(
            a.headers.get("allow").is_some(),
            "{method} {path}: no Allow header"
        );
        assert_eq!(a.json()["instance"], format!("/v2{path}"));
    }
    mock.shutdown().await;
}

#[tokio::test]
async fn widget_session_needs_a_body_and_takes_nulls() {
    let mock = MockTerra::start().await.expect("start");
    let url = format!("{}/auth/generateWidgetSession", mock.base_url());
    let detail = call("POST", &url, None).await.problem(400);
    assert!(detail.contains("body is required"), "{detail}");
    let detail = call("POST", &url, Some(("application/json", b"[1]".to_vec())))
        .await
        .problem(400);
    assert!(detail.contains("JSON object"), "{detail}");
    let detail = call("POST", &url, Some(("application/json", b"{".to_vec())))
        .await
        .problem(400);
    assert!(detail.contains("not valid JSON"), "{detail}");
    // `{}` and the seed client's nulls are fine.
    assert_eq!(
        post_json(&mock, "/auth/generateWidgetSession", "{}")
            .await
            .status,
        200
    );
    let nulls = r#"{"providers": null, "reference_id": null, "language": null,
                    "auth_success_redirect_url": null, "auth_failure_redirect_url": null}"#;
    assert_eq!(
        post_json(&mock, "/auth/generateWidgetSession", nulls)
            .await
            .status,
        200
    );
    let detail = post_json(&mock, "/auth/generateWidgetSession", r#"{"language": 5}"#)
        .await
        .problem(400);
    assert!(detail.contains("`language`"), "{detail}");
    let a = post_json(
        &mock,
        "/auth/authenticateUser?resource=GARMIN",
        r#"{"auth_success_redirect_url": null, "reference_id": null}"#,
    )
    .await;
    assert_eq!(a.status, 200);
    mock.shutdown().await;
}

#[tokio::test]
async fn every_refusal_is_problem_json() {
    let mock = MockTerra::builder().users(1).start().await.expect("start");
    let base = mock.base_url();
    // A body over axum's limit: refused by the framework, still problem+json.
    let big = vec![b' '; 3 * 1024 * 1024];
    let a = call(
        "POST",
        &format!("{base}/workouts"),
        Some(("application/json", big)),
    )
    .await;
    let detail = a.problem(413);
    assert!(!detail.is_empty());
    // Unknown paths, bad queries, bad JSON, wrong methods.
    call("GET", &format!("{base}/nothing-here"), None)
        .await
        .problem(404);
    call("GET", &format!("{base}/subscriptions?page=x"), None)
        .await
        .problem(400);
    call(
        "POST",
        &format!("{base}/bulkUserInfo"),
        Some(("application/json", b"{".to_vec())),
    )
    .await
    .problem(400);
    call("PUT", &format!("{base}/plannedWorkout"), None)
        .await
        .problem(405);
    mock.shutdown().await;
}
