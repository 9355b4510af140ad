//! Every API command against tryterra-mock, with both transports.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{Run, run_with, terra};
use tryterra_mock::{BlockingMockTerra, DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

const TRANSPORTS: [&str; 2] = ["ureq", "reqwest"];

fn mock(users: usize) -> BlockingMockTerra {
    MockTerra::builder()
        .users(users)
        .start_blocking()
        .expect("start tryterra-mock")
}

/// An empty directory of this process for the test `name`
/// (`$TMPDIR/tryterra-cli-<name>-it-<pid>`), emptied first if it exists.
fn fresh_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tryterra-cli-{name}-it-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `terra --transport T ARGS` against `mock`, credentials in the environment.
fn api(mock: &MockTerra, transport: &str, args: &[&str]) -> Run {
    let mut cmd = terra();
    cmd.env("TERRA_BASE_URL", mock.base_url())
        .env("TERRA_API_KEY", DEFAULT_API_KEY)
        .env("TERRA_DEV_ID", DEFAULT_DEV_ID)
        .args(["--transport", transport])
        .args(args);
    run_with(cmd, b"")
}

#[test]
fn providers_both_transports() {
    let m = mock(0);
    for t in TRANSPORTS {
        let r = api(&m, t, &["providers"]);
        r.expect(0);
        let v = r.json();
        assert!(
            v["providers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "GARMIN"),
            "{v}"
        );
        let r = api(&m, t, &["providers", "--detailed"]);
        r.expect(0);
        assert!(r.json()["providers"][0]["provider"].is_string());
    }
    // The provider list needs no credentials.
    let mut cmd = terra();
    cmd.args(["--base-url", &m.base_url(), "providers"]);
    run_with(cmd, b"").expect(0);
}

#[test]
fn users_and_user_both_transports() {
    let m = mock(3);
    let ids: Vec<String> = m.users().iter().map(|u| u.user_id.clone()).collect();
    for t in TRANSPORTS {
        // Every page, followed to the end.
        let r = api(&m, t, &["users", "--per-page", "2"]);
        r.expect(0);
        let v = r.json();
        let got: Vec<&str> = v["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["user_id"].as_str().unwrap())
            .collect();
        assert_eq!(got, ids.iter().map(String::as_str).collect::<Vec<_>>());

        let r = api(&m, t, &["users", "--page", "0", "--per-page", "2"]);
        r.expect(0);
        let v = r.json();
        assert_eq!(v["data"]["results"].as_array().unwrap().len(), 2);
        assert_eq!(v["data"]["next"], 1);

        let r = api(&m, t, &["user", "info", "--user-id", &ids[1]]);
        r.expect(0);
        assert_eq!(r.json()["user"]["user_id"], ids[1].as_str());

        let reference = m.users()[0].reference_id.clone().unwrap();
        let r = api(&m, t, &["user", "info", "--reference-id", &reference]);
        r.expect(0);
        assert!(r.stdout.contains(&ids[0]), "{}", r.stdout);

        let r = api(&m, t, &["user", "info", "--reference-id", "nobody"]);
        r.expect(1);
        assert!(r.stderr.contains("404"), "{}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1);
        assert_eq!(r.stdout, "");
    }
    // Deauthentication, once per transport.
    for (t, id) in TRANSPORTS.iter().zip(&ids) {
        let r = api(&m, t, &["user", "deauth", "--user-id", id, "--yes"]);
        r.expect(0);
        assert_eq!(r.json()["status"], "success");
    }
    let r = api(&m, "ureq", &["users"]);
    r.expect(0);
    assert_eq!(r.json()["users"].as_array().unwrap().len(), 1);
}

#[test]
fn widget_and_auth_url_both_transports() {
    let m = mock(0);
    for t in TRANSPORTS {
        let r = api(
            &m,
            t,
            &[
                "widget",
                "--providers",
                "GARMIN,FITBIT",
                "--success-url",
                "https://example.com/ok",
                "--failure-url",
                "https://example.com/ko",
                "--language",
                "en",
                "--reference-id",
                "me-1",
            ],
        );
        r.expect(0);
        let v = r.json();
        assert_eq!(v["status"], "success");
        assert!(v["url"].as_str().unwrap().starts_with("http://127.0.0.1"));
        assert!(v["session_id"].is_string());

        let r = api(
            &m,
            t,
            &["auth-url", "--resource", "FITBIT", "--reference-id", "me-2"],
        );
        r.expect(0);
        let v = r.json();
        assert!(v["auth_url"].is_string());
        assert!(v["user_id"].is_string());
    }
}

#[test]
fn data_inline_webhook_and_athlete_both_transports() {
    let m = mock(1);
    let id = m.users()[0].user_id.clone();
    for t in TRANSPORTS {
        for kind in [
            "activity",
            "body",
            "daily",
            "sleep",
            "nutrition",
            "menstruation",
        ] {
            let r = api(
                &m,
                t,
                &[
                    "data",
                    kind,
                    "--user-id",
                    &id,
                    "--start",
                    "2024-01-01",
                    "--end",
                    "2024-01-03",
                ],
            );
            r.expect(0);
            let v = r.json();
            assert!(v["data"].is_array(), "{kind}: {v}");
            assert_eq!(v["user"]["user_id"], id.as_str());
        }
        let r = api(
            &m,
            t,
            &[
                "data",
                "daily",
                "--user-id",
                &id,
                "--start",
                "2024-01-01T00:00:00Z",
                "--end",
                "1704326400",
                "--with-samples",
            ],
        );
        r.expect(0);
        assert_eq!(r.json()["data"].as_array().unwrap().len(), 4);

        let r = api(
            &m,
            t,
            &[
                "data",
                "sleep",
                "--user-id",
                &id,
                "--start",
                "2024-01-01",
                "--to-webhook",
            ],
        );
        r.expect(0);
        let v = r.json();
        assert_eq!(v["status"], "success");
        assert!(v["reference"].is_string());
        assert!(v.get("data").is_none());

        let r = api(&m, t, &["data", "athlete", "--user-id", &id]);
        r.expect(0);
        assert!(r.json()["athlete"]["first_name"].is_string());

        let r = api(
            &m,
            t,
            &["data", "sleep", "--user-id", &id, "--start", "not-a-date"],
        );
        r.expect(2);
        assert!(r.stderr.contains("--start"), "{}", r.stderr);
        let r = api(
            &m,
            t,
            &[
                "data",
                "sleep",
                "--user-id",
                &id,
                "--start",
                "2024-02-01",
                "--end",
                "2024-01-01",
            ],
        );
        r.expect(2);
    }
}

#[test]
fn wrong_key_is_a_checked_failure_and_verbose_never_prints_it() {
    let m = mock(1);
    let secret = "sk_live_super_secret_value_42";
    for t in TRANSPORTS {
        let mut cmd = terra();
        cmd.args([
            "--transport",
            t,
            "-v",
            "--base-url",
            &m.base_url(),
            "--api-key",
            secret,
            "--dev-id",
            DEFAULT_DEV_ID,
            "users",
        ]);
        let r = run_with(cmd, b"");
        r.expect(1);
        assert!(r.stderr.contains("401"), "{}", r.stderr);
        assert!(!r.stderr.contains(secret), "{}", r.stderr);
        assert!(!r.stdout.contains(secret));
        // One line for the attempt, one for the error.
        let attempt = r.stderr.lines().next().unwrap();
        assert!(attempt.contains("GET http://127.0.0.1"), "{attempt}");
        assert!(attempt.contains("/subscriptions"), "{attempt}");
        assert!(attempt.contains("401"), "{attempt}");
        assert!(attempt.contains("attempt 1/"), "{attempt}");
        assert!(attempt.contains("stop"), "{attempt}");
        assert_eq!(r.stderr.lines().count(), 2, "{}", r.stderr);
    }
}

#[test]
fn unreachable_base_url_is_a_transport_failure() {
    for t in TRANSPORTS {
        let mut cmd = terra();
        cmd.args([
            "--transport",
            t,
            "--base-url",
            "http://127.0.0.1:1",
            "--api-key",
            "k",
            "--dev-id",
            "d",
            "--max-attempts",
            "2",
            "--timeout",
            "5",
            "-v",
            "user",
            "info",
            "--user-id",
            "u",
        ]);
        let r = run_with(cmd, b"");
        r.expect(3);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 3, "{}", r.stderr);
        assert!(lines[0].contains("connect error") && lines[0].contains("retry"));
        assert!(lines[1].contains("attempt 2/2, stop"), "{}", lines[1]);
        assert!(lines[2].contains("connect"), "{}", lines[2]);
    }
    // A non-loopback plain-http base URL is refused before any request.
    let mut cmd = terra();
    cmd.args([
        "--base-url",
        "http://example.com/v2",
        "--api-key",
        "k",
        "--dev-id",
        "d",
        "users",
    ]);
    run_with(cmd, b"").expect(2);
}

fn export_args<'a>(id: &'a str, out: Option<&'a str>) -> Vec<&'a str> {
    let mut args = vec![
        "export",
        "--user-id",
        id,
        "--types",
        "activity,sleep,daily,athlete",
        "--start",
        "2024-01-01",
        "--end",
        "2024-04-30",
    ];
    if let Some(out) = out {
        args.extend(["--out", out]);
    }
    args
}

fn record_keys(ndjson: &str) -> Vec<String> {
    let mut keys: Vec<String> = ndjson
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let meta = &v["record"]["metadata"];
            format!(
                "{} {} {}",
                v["type"].as_str().unwrap(),
                meta["start_time"].as_str().unwrap_or("-"),
                meta["summary_id"].as_str().unwrap_or("-")
            )
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn export_to_stdout_and_file_both_transports() {
    let m = mock(1);
    let id = m.users()[0].user_id.clone();
    let dir = fresh_dir("export");
    let mut reference: Option<Vec<String>> = None;
    for t in TRANSPORTS {
        let r = api(&m, t, &export_args(&id, None));
        r.expect(0);
        let keys = record_keys(&r.stdout);
        // 121 days of sleep and daily, plus activities, plus one athlete.
        assert_eq!(keys.iter().filter(|k| k.starts_with("sleep ")).count(), 121);
        assert_eq!(keys.iter().filter(|k| k.starts_with("daily ")).count(), 121);
        assert_eq!(keys.iter().filter(|k| k.starts_with("athlete ")).count(), 1);
        let mut dedup = keys.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), keys.len(), "duplicate records");
        match &reference {
            None => reference = Some(keys.clone()),
            Some(k) => assert_eq!(k, &keys, "transports differ"),
        }

        let out = dir.join(format!("{t}.ndjson"));
        let out_s = out.to_str().unwrap();
        let r = api(&m, t, &export_args(&id, Some(out_s)));
        r.expect(0);
        assert_eq!(r.stdout, "");
        // stderr is not a terminal here: no progress output.
        assert_eq!(r.stderr, "");
        let written = std::fs::read_to_string(&out).unwrap();
        assert_eq!(record_keys(&written), keys);
        let state = std::fs::read_to_string(dir.join(format!("{t}.ndjson.state"))).unwrap();
        // Header plus 5 windows for each of 3 ranged types, plus athlete.
        assert_eq!(state.lines().count(), 1 + 5 * 3 + 1);
    }
}

#[test]
fn export_resumes_without_duplicates() {
    let m = mock(1);
    let id = m.users()[0].user_id.clone();
    let dir = fresh_dir("resume");
    let out = dir.join("export.ndjson");
    let out_s = out.to_str().unwrap().to_owned();
    let state_path = dir.join("export.ndjson.state");

    api(&m, "ureq", &export_args(&id, Some(&out_s))).expect(0);
    let full_bytes = std::fs::read(&out).unwrap();
    let full = record_keys(&String::from_utf8_lossy(&full_bytes));
    let state = std::fs::read_to_string(&state_path).unwrap();

    for (t, kept) in [("ureq", 3usize), ("reqwest", 9)] {
        // Interrupt simulation: the state claims only the first `kept`
        // windows; the output holds their records plus half of a window
        // that was being written.
        let lines: Vec<&str> = state.lines().take(1 + kept).collect();
        let last: serde_json::Value = serde_json::from_str(lines[kept]).unwrap();
        let len = last["out_len"].as_u64().unwrap() as usize;
        std::fs::write(&state_path, lines.join("\n") + "\n").unwrap();
        // Rebuild the output as it was at that point, from the full run.
        let mut data = full_bytes.clone();
        data.truncate(len);
        data.extend_from_slice(
            b"{\"type\":\"sleep\",\"record\":{\"metadata\":{\"start_time\":\"torn\"}}}\n{\"ty",
        );
        std::fs::write(&out, data).unwrap();

        let r = api(&m, t, &export_args(&id, Some(&out_s)));
        r.expect(0);
        let resumed = record_keys(&std::fs::read_to_string(&out).unwrap());
        assert_eq!(resumed, full, "{t}: resumed export differs");
        assert_eq!(
            std::fs::read_to_string(&state_path)
                .unwrap()
                .lines()
                .count(),
            state.lines().count()
        );
    }

    // A rerun of a finished export fetches and writes nothing.
    let before = std::fs::read(&out).unwrap();
    api(&m, "ureq", &export_args(&id, Some(&out_s))).expect(0);
    assert_eq!(std::fs::read(&out).unwrap(), before);

    // Another range against the same state file is refused.
    let mut other = export_args(&id, Some(&out_s));
    other[8] = "2024-05-31";
    let r = api(&m, "ureq", &other);
    r.expect(2);
    assert!(r.stderr.contains("another export"), "{}", r.stderr);
}

#[test]
fn export_stops_on_api_errors() {
    let m = mock(1);
    let r = api(
        &m,
        "ureq",
        &[
            "export",
            "--user-id",
            "no-such-user",
            "--types",
            "sleep",
            "--start",
            "2024-01-01",
            "--end",
            "2024-01-10",
        ],
    );
    r.expect(1);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn mock_subcommand_serves_the_given_credentials() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_terra"))
        .args([
            "mock",
            "--port",
            "0",
            "--users",
            "2",
            "--api-key",
            "k-test",
            "--dev-id",
            "d-test",
        ])
        .env_remove("TERRA_API_KEY")
        .env_remove("TERRA_DEV_ID")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        let _ = reader.read_line(&mut first);
        let _ = tx.send(first);
        // Keep draining: the emulator prints more lines after the first.
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
    });
    let first = rx
        .recv_timeout(std::time::Duration::from_secs(30))
        .unwrap_or_default();
    let url = first
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_owned();
    let result = std::panic::catch_unwind(|| {
        assert!(url.starts_with("http://127.0.0.1:"), "{first:?}");
        for t in TRANSPORTS {
            let mut cmd = terra();
            cmd.args([
                "--transport",
                t,
                "--base-url",
                &url,
                "--api-key",
                "k-test",
                "--dev-id",
                "d-test",
                "users",
            ]);
            let r = run_with(cmd, b"");
            r.expect(0);
            assert_eq!(r.json()["users"].as_array().unwrap().len(), 2);
        }
        let mut cmd = terra();
        cmd.args([
            "--base-url",
            &url,
            "--api-key",
            "key-mock",
            "--dev-id",
            "d-test",
            "users",
        ]);
        run_with(cmd, b"").expect(1);
    });
    let _ = child.kill();
    let _ = child.wait();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

#[test]
fn a_silent_server_times_out_as_a_transport_failure() {
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v2", listener.local_addr().unwrap());
    let keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(2).flatten() {
            held.push(stream);
        }
        std::thread::sleep(std::time::Duration::from_secs(5));
    });
    for t in TRANSPORTS {
        let mut cmd = terra();
        cmd.args([
            "--transport",
            t,
            "--base-url",
            &url,
            "--api-key",
            "k",
            "--dev-id",
            "d",
            "--timeout",
            "0.5",
            "--max-attempts",
            "1",
            "users",
        ]);
        let r = run_with(cmd, b"");
        r.expect(3);
        assert!(r.stderr.contains("timeout"), "{t}: {}", r.stderr);
    }
    let _ = keep.join();
}

#[test]
fn rate_limits_are_retried_then_reported() {
    let m = MockTerra::builder()
        .users(1)
        .faults(tryterra_mock::Faults {
            rate_429: 1.0,
            ..tryterra_mock::Faults::none()
        })
        .start_blocking()
        .unwrap();
    for t in TRANSPORTS {
        let r = api(&m, t, &["-v", "--max-attempts", "2", "users"]);
        r.expect(1);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 3, "{}", r.stderr);
        assert!(
            lines[0].contains("429") && lines[0].contains("attempt 1/2, retry in"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].contains("429") && lines[1].contains("attempt 2/2, stop"),
            "{}",
            lines[1]
        );
        assert!(lines[2].contains("rate limited"), "{}", lines[2]);
        assert!(!r.stderr.contains(DEFAULT_API_KEY));
    }
}

/// What the recording receiver saw: `(terra-signature, body)` per request.
type Received = std::sync::Arc<std::sync::Mutex<Vec<(String, Vec<u8>)>>>;

/// A webhook receiver on loopback recording `(terra-signature, body)` of
/// every request and answering 200.
fn recording_receiver() -> (String, Received) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let store = std::sync::Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let store = std::sync::Arc::clone(&store);
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(20)));
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                loop {
                    let mut signature = String::new();
                    let mut len = 0usize;
                    loop {
                        let mut line = String::new();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        let lower = line.to_ascii_lowercase();
                        if let Some(v) = lower.strip_prefix("content-length:") {
                            len = v.trim().parse().unwrap_or(0);
                        }
                        if lower.starts_with("terra-signature:") {
                            signature = line["terra-signature:".len()..].trim().to_owned();
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0; len];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    store.lock().unwrap().push((signature, body));
                    if writer
                        .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

#[test]
fn webhook_deliveries_of_the_emulator_verify_and_parse() {
    let (url, seen) = recording_receiver();
    let m = MockTerra::builder()
        .users(1)
        .webhook_url(url)
        .start_blocking()
        .unwrap();
    let id = m.users()[0].user_id.clone();
    let r = api(
        &m,
        "ureq",
        &[
            "data",
            "sleep",
            "--user-id",
            &id,
            "--start",
            "2024-01-01",
            "--end",
            "2024-01-03",
            "--to-webhook",
        ],
    );
    r.expect(0);
    let delivered = m.wait_for_deliveries(1, std::time::Duration::from_secs(20));
    assert!(!delivered.is_empty(), "no webhook delivered");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while seen.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let got = seen.lock().unwrap().clone();
    assert!(!got.is_empty());
    let (signature, body) = &got[0];
    assert!(signature.starts_with("t="), "{signature:?}");
    let mut cmd = terra();
    cmd.args([
        "webhook",
        "verify",
        "--secret",
        tryterra_mock::DEFAULT_WEBHOOK_SECRET,
        "--signature",
        signature,
        "--parse",
    ]);
    let v = run_with(cmd, body);
    v.expect(0);
    let event = v.json();
    assert_eq!(event["type"], "sleep");
    assert_eq!(event["user"]["user_id"], id.as_str());
    assert_eq!(event["data"].as_array().unwrap().len(), 3);

    let mut cmd = terra();
    cmd.args([
        "webhook",
        "verify",
        "--secret",
        "wrong-secret",
        "--signature",
        signature,
    ]);
    let v = run_with(cmd, body);
    v.expect(1);
    assert!(
        v.stderr.contains("no webhook signature matches"),
        "{}",
        v.stderr
    );
}

#[test]
fn export_failing_midway_resumes_on_a_healthy_server() {
    let dir = fresh_dir("flaky");

    let healthy = mock(1);
    let id = healthy.users()[0].user_id.clone();
    let reference = dir.join("reference.ndjson");
    api(
        &healthy,
        "ureq",
        &export_args(&id, Some(reference.to_str().unwrap())),
    )
    .expect(0);
    let full = record_keys(&std::fs::read_to_string(&reference).unwrap());

    // Same users (the emulator is deterministic), but half the answers 503.
    let flaky = MockTerra::builder()
        .users(1)
        .faults(tryterra_mock::Faults {
            rate_5xx: 0.5,
            seed: 7,
            ..tryterra_mock::Faults::none()
        })
        .start_blocking()
        .unwrap();
    assert_eq!(flaky.users()[0].user_id, id);
    let out = dir.join("export.ndjson");
    let out_s = out.to_str().unwrap().to_owned();
    let mut failed = false;
    for t in TRANSPORTS {
        let mut args = vec!["--max-attempts", "1"];
        args.extend(export_args(&id, Some(&out_s)));
        args.extend(["--concurrency", "2"]);
        let r = api(&flaky, t, &args);
        if r.code == 1 {
            failed = true;
            assert!(r.stderr.contains("503"), "{}", r.stderr);
            // One error line; a resumed run also names the windows it skips.
            let errors = r
                .stderr
                .lines()
                .filter(|l| !l.starts_with("terra: export resumed: skipping "))
                .count();
            assert_eq!(errors, 1, "{}", r.stderr);
        } else {
            r.expect(0);
        }
    }
    assert!(failed, "the flaky server never failed an export");
    let partial = record_keys(&std::fs::read_to_string(&out).unwrap());
    let mut dedup = partial.clone();
    dedup.dedup();
    assert_eq!(dedup.len(), partial.len(), "duplicates after failures");

    let r = api(&healthy, "reqwest", &export_args(&id, Some(&out_s)));
    r.expect(0);
    assert_eq!(record_keys(&std::fs::read_to_string(&out).unwrap()), full);
}

/// The `start_date` of each request the emulator got on `path`, after the
/// first `skip` requests it recorded.
fn start_dates(m: &MockTerra, path: &str, skip: usize) -> Vec<String> {
    let mut starts: Vec<String> = m
        .requests()
        .into_iter()
        .skip(skip)
        .filter(|r| r.path == path)
        .filter_map(|r| {
            r.query?
                .split('&')
                .find_map(|kv| kv.strip_prefix("start_date="))
                .map(str::to_owned)
        })
        .collect();
    starts.sort();
    starts
}

#[test]
fn export_windows_come_from_the_librarys_stream_and_resume_skips_done_ones() {
    let m = mock(1);
    let id = m.users()[0].user_id.clone();
    let dir = fresh_dir("stream");
    // 90 days of sleep: windows of 28, 28, 28 and 6 days.
    let day = 86_400i64;
    let jan1 = 1_704_067_200i64; // 2024-01-01T00:00:00Z
    let expected_windows = [
        (jan1, jan1 + 28 * day - 1, 28u64),
        (jan1 + 28 * day, jan1 + 56 * day - 1, 28),
        (jan1 + 56 * day, jan1 + 84 * day - 1, 28),
        (jan1 + 84 * day, jan1 + 90 * day - 1, 6),
    ];
    for t in TRANSPORTS {
        let out = dir.join(format!("{t}.ndjson"));
        let out_s = out.to_str().unwrap().to_owned();
        let state_path = dir.join(format!("{t}.ndjson.state"));
        let args = [
            "export",
            "--user-id",
            &id,
            "--types",
            "sleep",
            "--start",
            "2024-01-01",
            "--end",
            "2024-03-30",
            "--concurrency",
            "3",
            "--out",
            &out_s,
        ];
        let seen = m.requests().len();
        api(&m, t, &args).expect(0);
        // The library's windows, each asked for once, whole days as dates.
        assert_eq!(
            start_dates(&m, "/v2/sleep", seen),
            ["2024-01-01", "2024-01-29", "2024-02-26", "2024-03-25"],
            "{t}"
        );
        // Committed in window order although three were in flight at once.
        let state = std::fs::read_to_string(&state_path).unwrap();
        let done: Vec<serde_json::Value> = state
            .lines()
            .skip(1)
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let windows: Vec<(i64, i64, u64)> = done
            .iter()
            .map(|d| {
                (
                    d["start"].as_i64().unwrap(),
                    d["end"].as_i64().unwrap(),
                    d["records"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(windows, expected_windows, "{t}");
        // One night per day, in order, every record whole.
        let full = std::fs::read(&out).unwrap();
        let text = String::from_utf8(full.clone()).unwrap();
        let nights: Vec<String> = text
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                assert_eq!(v["type"], "sleep");
                v["record"]["metadata"]["start_time"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(nights.len(), 90, "{t}");
        assert!(nights.windows(2).all(|w| w[0] < w[1]), "{t}: {nights:?}");
        assert_eq!(done[3]["out_len"].as_u64(), Some(full.len() as u64));

        // A run killed while writing its third window: the state file
        // names the first two, the output has a torn line after them.
        let kept: Vec<&str> = state.lines().take(3).collect();
        std::fs::write(&state_path, kept.join("\n") + "\n").unwrap();
        let cut = done[1]["out_len"].as_u64().unwrap() as usize;
        let mut partial = full[..cut].to_vec();
        partial.extend_from_slice(b"{\"type\":\"sleep\",\"record\":{\"metad");
        std::fs::write(&out, partial).unwrap();

        let seen = m.requests().len();
        let r = api(&m, t, &args);
        r.expect(0);
        assert_eq!(
            r.stderr.trim_end(),
            "terra: export resumed: skipping 2 of 4 windows already done: \
             sleep 2024-01-01..2024-01-28, sleep 2024-01-29..2024-02-25",
            "{t}"
        );
        // Only the two windows not done were asked for again.
        assert_eq!(
            start_dates(&m, "/v2/sleep", seen),
            ["2024-02-26", "2024-03-25"],
            "{t}"
        );
        // The same bytes as the uninterrupted run, and the same state.
        assert_eq!(std::fs::read(&out).unwrap(), full, "{t}");
        assert_eq!(std::fs::read_to_string(&state_path).unwrap(), state, "{t}");
    }
}
