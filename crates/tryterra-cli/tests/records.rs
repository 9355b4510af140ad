//! The commands for the operations of Terra's official SDKs that the spec
//! lacks (`write`, `delete`, `user update`, `data planned-workout`) and
//! `user bulk-info` / `auth-token`, against tryterra-mock on both
//! transports. The requests are checked against what the official Python
//! SDK sends: method, path and query here (from the emulator's request log),
//! the JSON bodies through the emulator's answers, which refuse a wrong key.

mod common;

use common::{Run, run_with, terra};
use serde_json::{Value, json};
use tryterra_mock::{BlockingMockTerra, DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

const TRANSPORTS: [&str; 2] = ["ureq", "reqwest"];

fn mock(users: usize) -> BlockingMockTerra {
    MockTerra::builder()
        .users(users)
        .record_requests(true)
        .start_blocking()
        .expect("start tryterra-mock")
}

fn api_stdin(mock: &MockTerra, transport: &str, args: &[&str], stdin: &[u8]) -> Run {
    let mut cmd = terra();
    cmd.env("TERRA_BASE_URL", mock.base_url())
        .env("TERRA_API_KEY", DEFAULT_API_KEY)
        .env("TERRA_DEV_ID", DEFAULT_DEV_ID)
        .args(["--transport", transport])
        .args(args);
    run_with(cmd, stdin)
}

fn api(mock: &MockTerra, transport: &str, args: &[&str]) -> Run {
    api_stdin(mock, transport, args, b"")
}

/// The method, path and query of the last request the emulator saw.
fn last_request(mock: &MockTerra) -> (String, String, Option<String>) {
    let r = mock.requests().pop().expect("a request was recorded");
    (r.method, r.path, r.query)
}

fn tmp_file(name: &str, contents: &Value) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("terra-cli-records-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents.to_string()).expect("write temp file");
    path
}

fn activity(summary_id: &str) -> Value {
    json!({"metadata": {"start_time": "2026-02-10T06:30:00+00:00",
                        "end_time": "2026-02-10T07:30:00+00:00",
                        "summary_id": summary_id, "type": 8, "upload_type": 1}})
}

fn ids_of(v: &Value) -> Vec<String> {
    v["log_ids"]
        .as_array()
        .expect("log_ids")
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn write_and_read_back_both_transports() {
    let m = mock(1);
    let user = m.users()[0].user_id.clone();
    for (i, t) in TRANSPORTS.iter().enumerate() {
        // From a file holding `{"data": [...]}`, without --user-id: the
        // official SDK sends none, and neither does the CLI.
        let record = activity(&format!("cli-{t}"));
        let file = tmp_file(
            &format!("activity-{i}.json"),
            &json!({"data": [record.clone()]}),
        );
        let r = api(
            &m,
            t,
            &["write", "activity", "--file", file.to_str().unwrap()],
        );
        r.expect(0);
        assert_eq!(ids_of(&r.json()).len(), 1);
        assert_eq!(
            last_request(&m),
            ("POST".to_owned(), "/v2/activity".to_owned(), None)
        );
        let r = api(
            &m,
            t,
            &[
                "data",
                "activity",
                "--user-id",
                &user,
                "--start",
                "2026-02-10",
            ],
        );
        r.expect(0);
        assert!(
            r.json()["data"].as_array().unwrap().contains(&record),
            "{}",
            r.stdout
        );

        // From stdin as a bare array, with --user-id.
        let body = json!([{"metadata": {"start_time": "2026-02-11T08:00:00Z",
                                        "end_time": "2026-02-11T08:00:00Z"},
                           "measurements_data": {"measurements": [{"weight_kg": 70.2}]}}]);
        let r = api_stdin(
            &m,
            t,
            &["write", "body", "--user-id", &user, "--file", "-"],
            body.to_string().as_bytes(),
        );
        r.expect(0);
        let body_ids = ids_of(&r.json());
        assert_eq!(
            last_request(&m),
            (
                "POST".to_owned(),
                "/v2/body".to_owned(),
                Some(format!("user_id={user}"))
            )
        );

        // DELETE /body sends the ids under `log_ids` (the emulator refuses
        // `data` there), with user_id in the query.
        let r = api(
            &m,
            t,
            &[
                "delete",
                "--yes",
                "body",
                "--user-id",
                &user,
                "--ids",
                &format!("{},nope", body_ids[0]),
            ],
        );
        r.expect(0);
        assert_eq!(
            r.json()["processed_data"],
            json!([{"id": body_ids[0], "response_code": 200}, {"id": "nope", "response_code": 404}])
        );
        assert_eq!(
            last_request(&m),
            (
                "DELETE".to_owned(),
                "/v2/body".to_owned(),
                Some(format!("user_id={user}"))
            )
        );

        // Nutrition: written, then deleted under `data`.
        let meal = json!([{"metadata": {"start_time": "2026-02-12T12:00:00Z",
                                        "end_time": "2026-02-12T12:30:00Z"}}]);
        let r = api_stdin(
            &m,
            t,
            &["write", "nutrition", "--file", "-"],
            meal.to_string().as_bytes(),
        );
        r.expect(0);
        let meal_ids = ids_of(&r.json());
        let r = api(
            &m,
            t,
            &[
                "delete",
                "--yes",
                "nutrition",
                "--user-id",
                &user,
                "--ids",
                &meal_ids[0],
            ],
        );
        r.expect(0);
        assert_eq!(r.json()["processed_data"][0]["response_code"], 200);
        assert_eq!(last_request(&m).1, "/v2/nutrition");
    }
    m.shutdown();
}

#[test]
fn planned_workout_plans_both_transports() {
    let m = mock(1);
    let user = m.users()[0].user_id.clone();
    for t in TRANSPORTS {
        let plan = json!({"metadata": {"name": format!("Plan {t}"), "type": "RUNNING",
                                       "planned_date": "2026-03-01T07:00:00Z"},
                          "steps": [{"type": "PlannedWorkoutStep", "order": 0}]});
        // --user-id is required for plans.
        let r = api_stdin(&m, t, &["write", "planned-workout", "--file", "-"], b"[{}]");
        r.expect(2);
        assert!(r.stderr.contains("--user-id"), "{}", r.stderr);

        let r = api_stdin(
            &m,
            t,
            &[
                "write",
                "planned-workout",
                "--user-id",
                &user,
                "--file",
                "-",
            ],
            json!([plan]).to_string().as_bytes(),
        );
        r.expect(0);
        let ids = ids_of(&r.json());
        assert_eq!(
            last_request(&m),
            (
                "POST".to_owned(),
                "/v2/plannedWorkout".to_owned(),
                Some(format!("user_id={user}"))
            )
        );

        let r = api(
            &m,
            t,
            &[
                "data",
                "planned-workout",
                "--user-id",
                &user,
                "--start",
                "2026-03-01",
                "--end",
                "2026-03-02",
            ],
        );
        r.expect(0);
        let v = r.json();
        let names: Vec<&str> = v["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["metadata"]["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&format!("Plan {t}").as_str()), "{v}");
        assert_eq!(
            last_request(&m),
            (
                "GET".to_owned(),
                "/v2/plannedWorkout".to_owned(),
                Some(format!(
                    "user_id={user}&start_date=2026-03-01&end_date=2026-03-02&to_webhook=false"
                ))
            )
        );
        let r = api(
            &m,
            t,
            &[
                "data",
                "planned-workout",
                "--user-id",
                &user,
                "--with-samples",
            ],
        );
        r.expect(2);

        let r = api(
            &m,
            t,
            &[
                "delete",
                "--yes",
                "planned-workout",
                "--user-id",
                &user,
                "--ids",
                &ids[0],
            ],
        );
        r.expect(0);
        assert_eq!(r.json()["processed_data"][0]["response_code"], 200);
        assert_eq!(last_request(&m).1, "/v2/plannedWorkout");
    }
    m.shutdown();
}

#[test]
fn user_update_bulk_info_and_auth_token_both_transports() {
    let m = mock(2);
    let ids: Vec<String> = m.users().iter().map(|u| u.user_id.clone()).collect();
    for t in TRANSPORTS {
        let r = api(
            &m,
            t,
            &[
                "user",
                "update",
                "--user-id",
                &ids[0],
                "--reference-id",
                &format!("ref-{t}"),
                "--active",
                "false",
            ],
        );
        r.expect(0);
        let v = r.json();
        assert_eq!(v["status"], "success");
        assert_eq!(v["user"]["reference_id"], format!("ref-{t}"));
        assert_eq!(v["user"]["active"], false);
        assert_eq!(
            last_request(&m),
            ("PATCH".to_owned(), format!("/v2/users/{}", ids[0]), None)
        );
        let r = api(&m, t, &["user", "info", "--user-id", &ids[0]]);
        r.expect(0);
        assert_eq!(r.json()["user"]["reference_id"], format!("ref-{t}"));
        // Only --active: the reference id stays.
        let r = api(
            &m,
            t,
            &["user", "update", "--user-id", &ids[0], "--active", "true"],
        );
        r.expect(0);
        assert_eq!(r.json()["user"]["reference_id"], format!("ref-{t}"));
        assert_eq!(r.json()["user"]["active"], true);
        let r = api(
            &m,
            t,
            &["user", "update", "--user-id", &ids[0], "--active", "maybe"],
        );
        r.expect(2);
        let r = api(&m, t, &["user", "update", "--user-id", "nobody"]);
        r.expect(1);
        assert!(r.stderr.contains("404"), "{}", r.stderr);

        let r = api(
            &m,
            t,
            &[
                "user",
                "bulk-info",
                "--user-ids",
                &format!("{},{}", ids[0], ids[1]),
            ],
        );
        r.expect(0);
        let v = r.json();
        let got: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["user_id"].as_str().unwrap())
            .collect();
        assert_eq!(got.len(), 2);
        assert!(got.contains(&ids[0].as_str()) && got.contains(&ids[1].as_str()));
        assert_eq!(
            last_request(&m),
            ("POST".to_owned(), "/v2/bulkUserInfo".to_owned(), None)
        );

        let r = api(&m, t, &["auth-token"]);
        r.expect(0);
        let v = r.json();
        assert_eq!(v["status"], "success");
        assert!(v["token"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(
            last_request(&m),
            (
                "POST".to_owned(),
                "/v2/auth/generateAuthToken".to_owned(),
                None
            )
        );
    }
    m.shutdown();
}

#[test]
fn bad_input_files_are_usage_errors_and_api_refusals_checked_failures() {
    let m = mock(2);
    let user = m.users()[0].user_id.clone();
    for t in TRANSPORTS {
        for (stdin, needle) in [
            (&b"not json"[..], "not valid JSON"),
            (b"{\"records\": []}", "`data` array"),
            (b"7", "JSON array"),
            (b"[]", "at least one record"),
            (b"[{\"meals\": []}]", "metadata"),
        ] {
            let r = api_stdin(&m, t, &["write", "nutrition", "--file", "-"], stdin);
            r.expect(2);
            assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
            assert_eq!(r.stderr.lines().count(), 1);
        }
        let r = api(
            &m,
            t,
            &["write", "body", "--file", "/nonexistent/records.json"],
        );
        r.expect(2);
        assert!(r.stderr.contains("cannot read"), "{}", r.stderr);
        // Two users, none of them Google: the emulator cannot choose the
        // user of a body write without --user-id, and says so.
        let rec = json!([{"metadata": {"start_time": "2026-01-01T00:00:00Z",
                                       "end_time": "2026-01-01T00:00:00Z"}}]);
        let r = api_stdin(
            &m,
            t,
            &["write", "body", "--file", "-"],
            rec.to_string().as_bytes(),
        );
        r.expect(1);
        assert!(
            r.stderr.contains("400") && r.stderr.contains("user_id"),
            "{}",
            r.stderr
        );
        let r = api(
            &m,
            t,
            &["delete", "--yes", "body", "--user-id", &user, "--ids", ""],
        );
        r.expect(2);
        // -v logs the attempt, never the key.
        let r = api(
            &m,
            t,
            &[
                "-v",
                "delete",
                "--yes",
                "nutrition",
                "--user-id",
                &user,
                "--ids",
                "a",
            ],
        );
        r.expect(0);
        assert!(r.stderr.contains("DELETE"), "{}", r.stderr);
        assert!(r.stderr.contains("/v2/nutrition?user_id="), "{}", r.stderr);
        assert!(!r.stderr.contains(DEFAULT_API_KEY));
        assert!(!r.stdout.contains(DEFAULT_API_KEY));
    }
    m.shutdown();
}
