//! Commands that need no server: flags, webhook sign/verify/send, decode.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use common::{run, run_with, run_with_file, terra};

#[test]
fn bad_flags_are_usage_errors() {
    let r = run(&["--bogus", "providers"]);
    r.expect(2);
    assert!(r.stderr.contains("--bogus"), "{}", r.stderr);
    run(&["data", "steps", "--user-id", "u"]).expect(2);
    run(&["user", "info"]).expect(2);
    run(&["user", "info", "--user-id", "a", "--reference-id", "b"]).expect(2);
    run(&[
        "export",
        "--user-id",
        "u",
        "--types",
        "activity",
        "--start",
        "2024-01-01",
        "--end",
        "2024-01-02",
        "--window-days",
        "29",
    ])
    .expect(2);
    run(&["--timeout", "-1", "providers"]).expect(2);
    run(&["--transport", "curl", "providers"]).expect(2);
    run(&[
        "webhook",
        "send",
        "--url",
        "http://127.0.0.1:9/",
        "--secret",
        "s",
    ])
    .expect(2);
}

#[test]
fn help_and_version_succeed() {
    let r = run(&["--help"]);
    r.expect(0);
    for cmd in [
        "providers",
        "users",
        "user",
        "widget",
        "auth-url",
        "data",
        "export",
        "webhook",
        "decode",
        "mock",
    ] {
        assert!(r.stdout.contains(cmd), "help lacks {cmd}");
    }
    run(&["--version"]).expect(0);
}

#[test]
fn help_never_shows_the_api_key_from_the_environment() {
    let mut cmd = terra();
    cmd.env("TERRA_API_KEY", "sk_env_secret_123").arg("--help");
    let r = run_with(cmd, b"");
    r.expect(0);
    assert!(!r.stdout.contains("sk_env_secret_123"));
}

#[test]
fn missing_credentials_are_usage_errors() {
    let r = run(&["--base-url", "http://127.0.0.1:1", "users"]);
    r.expect(2);
    assert!(r.stderr.contains("API key"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1);
    let r = run(&[
        "--base-url",
        "http://127.0.0.1:1",
        "--api-key",
        "k",
        "user",
        "info",
        "--user-id",
        "u",
    ]);
    r.expect(2);
    assert!(r.stderr.contains("dev"), "{}", r.stderr);
}

#[test]
fn sign_matches_the_known_answer() {
    let mut cmd = terra();
    cmd.args(["webhook", "sign", "--secret", "secret", "--timestamp", "10"]);
    let r = run_with(cmd, b"b");
    r.expect(0);
    assert_eq!(
        r.stdout.trim(),
        "t=10,v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b"
    );
}

const BODY: &str = r#"{"type":"deauth","status":"success","user":{"user_id":"u1","provider":"FITBIT"},"message":"User has deauthenticated"}"#;

fn signed(t: i64) -> String {
    let mut cmd = terra();
    cmd.args([
        "webhook",
        "sign",
        "--secret",
        "whsec",
        "--timestamp",
        &t.to_string(),
    ]);
    let r = run_with(cmd, BODY.as_bytes());
    r.expect(0);
    r.stdout.trim().to_owned()
}

fn verify(header: &str, extra: &[&str], body: &str) -> common::Run {
    let mut cmd = terra();
    cmd.args([
        "webhook",
        "verify",
        "--secret",
        "whsec",
        "--signature",
        header,
        "--now",
        "1000",
    ]);
    cmd.args(extra);
    run_with(cmd, body.as_bytes())
}

#[test]
fn verify_accepts_a_good_signature_and_parses() {
    let header = signed(990);
    let r = verify(&header, &[], BODY);
    r.expect(0);
    assert_eq!(r.stdout, "");
    let r = verify(&header, &["--parse"], BODY);
    r.expect(0);
    let v = r.json();
    assert_eq!(v["type"], "deauth");
    assert_eq!(v["user"]["user_id"], "u1");
}

#[test]
fn verify_rejects_tampering_age_and_malformed_headers() {
    let header = signed(990);
    let r = verify(&header, &[], &BODY.replace("u1", "u2"));
    r.expect(1);
    assert!(r.stderr.contains("signature"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1);

    let old = signed(100);
    let r = verify(&old, &[], BODY);
    r.expect(1);
    assert!(r.stderr.contains("old"), "{}", r.stderr);
    verify(&old, &["--tolerance", "1000"], BODY).expect(0);

    for bad in [
        "garbage",
        "t=abc,v1=00",
        "v1=deadbeef",
        "t=990",
        "t=990,v1=zz",
        "",
    ] {
        let r = verify(bad, &[], BODY);
        r.expect(1);
        assert!(r.stderr.starts_with("terra: "), "{}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    }
}

#[test]
fn decode_prints_each_document_as_one_line() {
    let input = "{\"user_id\":\"a\",\"provider\":\"GARMIN\"}\n{\"user_id\":\"b\",\"provider\":\"OURA\"}{\"user_id\":\"c\",\"provider\":\"WHOOP\"}  ";
    let mut cmd = terra();
    cmd.args(["decode", "user"]);
    let r = run_with(cmd, input.as_bytes());
    r.expect(0);
    let lines = r.json_lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["user_id"], "a");
    assert_eq!(lines[2]["provider"], "WHOOP");

    let mut cmd = terra();
    cmd.args(["decode", "user", "--check"]);
    let r = run_with(cmd, input.as_bytes());
    r.expect(0);
    assert_eq!(r.stdout, "");
}

/// A webhook body of about 2 MB: two activities of 20,000 heart-rate
/// samples each.
fn large_activity_event() -> serde_json::Value {
    // (Written with `type` first, as Terra does: `json!` sorts keys.)
    let samples: Vec<_> = (0..20_000)
        .map(|i| serde_json::json!({"timestamp": format!("2026-01-01T00:00:{:02}Z", i % 60), "bpm": f64::from(60 + i % 90) + 0.5}))
        .collect();
    let activity = serde_json::json!({
        "metadata": {"type": 1, "summary_id": "s"},
        "heart_rate_data": {"detailed": {"hr_samples": samples}},
    });
    serde_json::json!({
        "user": {"user_id": "u1", "provider": "GARMIN"},
        "data": [activity.clone(), activity],
    })
}

/// `event` as JSON with `"type": "activity"` as its first key.
fn activity_body(event: &serde_json::Value) -> Vec<u8> {
    let rest = serde_json::to_vec(event).unwrap();
    [&b"{\"type\":\"activity\","[..], &rest[1..]].concat()
}

#[test]
fn decode_reads_a_large_file_on_stdin() {
    // Large regular files are mapped rather than read; the result must be
    // the same as through a pipe.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("decode-large-event.json");
    let event = large_activity_event();
    let body = activity_body(&event);
    assert!(body.len() > 1 << 20, "{}", body.len());
    std::fs::write(&path, &body).unwrap();

    let mut cmd = terra();
    cmd.args(["decode", "event"]);
    let from_file = run_with_file(cmd, &path);
    from_file.expect(0);
    let mut expected = event.clone();
    expected["type"] = "activity".into();
    assert_eq!(from_file.json(), expected);
    let mut cmd = terra();
    cmd.args(["decode", "event"]);
    assert_eq!(run_with(cmd, &body).stdout, from_file.stdout);

    let mut cmd = terra();
    cmd.args(["decode", "event", "--check"]);
    let r = run_with_file(cmd, &path);
    r.expect(0);
    assert_eq!(r.stdout, "");

    // One odd sample near the end: kept and reported (also by `--check`),
    // or with `--strict` refused, naming it.
    let mut bad = event;
    bad["data"][1]["heart_rate_data"]["detailed"]["hr_samples"][19_999]["bpm"] =
        serde_json::json!("fast");
    // Then with `type` last (`json!` sorts keys): the path is still named.
    let mut sorted = bad.clone();
    sorted["type"] = "activity".into();
    let at = "data[1].heart_rate_data.detailed.hr_samples[19999].bpm";
    for body in [activity_body(&bad), serde_json::to_vec(&sorted).unwrap()] {
        std::fs::write(&path, body).unwrap();
        for (check, strict) in [(false, false), (true, false), (false, true), (true, true)] {
            let mut cmd = terra();
            cmd.args(["decode", "event"]);
            if check {
                cmd.arg("--check");
            }
            if strict {
                cmd.arg("--strict");
            }
            let r = run_with_file(cmd, &path);
            if strict {
                r.expect(1);
                assert!(r.stderr.contains(at), "{}", r.stderr);
                continue;
            }
            r.expect(0);
            assert_eq!(
                r.stderr,
                format!("terra: warning: document 1: {at}: expected number, found string\n")
            );
            if check {
                assert_eq!(r.stdout, "");
            } else {
                let out = r.json();
                assert_eq!(out, sorted);
            }
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn decode_names_the_path_in_an_event_whose_type_comes_last() {
    let input = concat!(
        "{\"type\":\"deauth\"}\n",
        "{\"data\":[{\"metadata\":{\"type\":\"run\"}}],\"type\":\"activity\"}\n",
        "{\"type\":\"auth\"}"
    );
    for check in [true, false] {
        let mut cmd = terra();
        cmd.args(["decode", "event", "--strict"]);
        if check {
            cmd.arg("--check");
        }
        let r = run_with(cmd, input.as_bytes());
        r.expect(1);
        assert!(
            r.stderr
                .starts_with("terra: document 2 does not decode at `data[0].metadata.type`"),
            "{}",
            r.stderr
        );
        // Tolerant (the default): every document decodes, with a warning.
        let mut cmd = terra();
        cmd.args(["decode", "event"]);
        if check {
            cmd.arg("--check");
        }
        let r = run_with(cmd, input.as_bytes());
        r.expect(0);
        assert_eq!(
            r.stderr,
            "terra: warning: document 2: data[0].metadata.type: expected integer code, found string\n"
        );
        if !check {
            let lines = r.json_lines();
            assert_eq!(lines.len(), 3);
            assert_eq!(lines[1]["data"][0]["metadata"]["type"], "run");
        }
    }
}

/// Values of every odd kind the issue lists: kept at their paths on stdout,
/// one warning each on stderr, exit 0; `--strict` fails on the first.
#[test]
fn decode_keeps_odd_values_and_warns() {
    let doc = serde_json::json!({
        "metadata": {"type": 1.1, "name": {"en": "Run"}, "summary_id": "s1",
                     "upload_type": "1"},
        "heart_rate_data": {"summary": {"avg_hr_bpm": "72", "max_hr_bpm": [170],
                                        "resting_hr_bpm": 50.5}},
        "device_data": {"name": "Watch", "activation_timestamp": 5},
        "distance_data": {"summary": {"steps": 10.5, "swimming": {"num_laps": 18446744073709551615u64}}},
        "calories_data": "lots",
        "cheat_detection": true,
        "lap_data": {"laps": [{"calories": 4.5}, "x", {"calories": "5"}]},
    });
    let input = serde_json::to_vec(&doc).unwrap();
    let mut cmd = terra();
    cmd.args(["decode", "activity"]);
    let r = run_with(cmd, &input);
    r.expect(0);
    assert_eq!(r.json(), doc, "every value at its path");
    let mut warnings: Vec<&str> = r.stderr.lines().collect();
    warnings.sort_unstable();
    let mut expected = vec![
        "terra: warning: document 1: metadata.type: expected integer code, found number",
        "terra: warning: document 1: metadata.name: expected string, found object",
        "terra: warning: document 1: metadata.upload_type: expected integer code, found string",
        "terra: warning: document 1: heart_rate_data.summary.avg_hr_bpm: expected number, found string",
        "terra: warning: document 1: heart_rate_data.summary.max_hr_bpm: expected number, found array",
        "terra: warning: document 1: device_data.activation_timestamp: expected date-time string, found integer",
        "terra: warning: document 1: distance_data.summary.steps: expected integer, found number",
        "terra: warning: document 1: distance_data.summary.swimming.num_laps: expected integer, found number",
        "terra: warning: document 1: calories_data: expected object, found string",
        "terra: warning: document 1: cheat_detection: expected number, found boolean",
        "terra: warning: document 1: lap_data.laps[1]: expected object, found string",
        "terra: warning: document 1: lap_data.laps[2].calories: expected number, found string",
    ];
    expected.sort_unstable();
    assert_eq!(warnings, expected, "{}", r.stderr);

    let mut cmd = terra();
    cmd.args(["decode", "activity", "--strict"]);
    let r = run_with(cmd, &input);
    r.expect(1);
    assert!(r.stderr.contains("does not decode at `"), "{}", r.stderr);
    assert_eq!(r.stdout, "");

    // `"true"` for a boolean, in the second document.
    let mut cmd = terra();
    cmd.args(["decode", "user"]);
    let input = "{\"user_id\":\"a\"}\n{\"user_id\":\"b\",\"active\":\"true\"}";
    let r = run_with(cmd, input.as_bytes());
    r.expect(0);
    assert_eq!(
        r.stderr,
        "terra: warning: document 2: active: expected boolean, found string\n"
    );
    assert_eq!(r.json_lines()[1]["active"], "true");
}

#[test]
fn decode_rejects_malformed_json() {
    for (input, needle) in [
        (
            "{\"user_id\":\"a\",\"provider\":\"X\"} {\"user_id\":",
            "document 2",
        ),
        ("not json", "document 1"),
        ("", "no JSON document"),
    ] {
        let mut cmd = terra();
        cmd.args(["decode", "user", "--check"]);
        let r = run_with(cmd, input.as_bytes());
        r.expect(1);
        assert!(r.stderr.contains(needle), "{input:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1);
    }
}

#[test]
fn decode_survives_a_closed_stdout() {
    let doc = "{\"user_id\":\"a\",\"provider\":\"GARMIN\"}\n".repeat(200_000);
    let mut cmd = terra();
    cmd.args(["decode", "user"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(doc.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A one-shot HTTP receiver answering `status`; returns its URL and a
/// handle yielding the request head and body.
fn receiver(status: u16) -> (String, std::thread::JoinHandle<(String, Vec<u8>)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/webhook", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(20)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
            head.push_str(&line);
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut body = vec![0; len];
        reader.read_exact(&mut body).unwrap();
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 {status} X\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok"
        )
        .unwrap();
        (head, body)
    });
    (url, handle)
}

#[test]
fn send_posts_a_signed_sample_event() {
    let (url, handle) = receiver(200);
    let r = run(&[
        "webhook", "send", "--url", &url, "--secret", "whsec", "--event", "activity",
    ]);
    r.expect(0);
    assert_eq!(r.json()["status"], 200);
    let (head, body) = handle.join().unwrap();
    let header = head
        .lines()
        .find_map(|l| l.strip_prefix("terra-signature: "))
        .expect("signature header")
        .trim()
        .to_owned();
    let event: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(event["type"], "activity");
    assert!(event["data"][0]["metadata"]["summary_id"].is_string());
    // The receiver's view: the header verifies against the body.
    let mut cmd = terra();
    cmd.args([
        "webhook",
        "verify",
        "--secret",
        "whsec",
        "--signature",
        &header,
        "--parse",
    ]);
    let v = run_with(cmd, &body);
    v.expect(0);
    assert_eq!(v.json()["type"], "activity");
}

#[test]
fn send_reports_a_failing_receiver() {
    let (url, handle) = receiver(500);
    let r = run(&[
        "webhook", "send", "--url", &url, "--secret", "whsec", "--event", "deauth",
    ]);
    r.expect(1);
    assert_eq!(r.json()["status"], 500);
    assert!(r.stderr.contains("500"), "{}", r.stderr);
    handle.join().unwrap();
}

#[test]
fn send_posts_a_file_and_fails_on_unreachable_receivers() {
    let dir = std::env::temp_dir().join(format!("tryterra-cli-send-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("event.json");
    std::fs::write(&file, BODY).unwrap();
    let (url, handle) = receiver(204);
    let r = run(&[
        "webhook",
        "send",
        "--url",
        &url,
        "--secret",
        "whsec",
        "--file",
        file.to_str().unwrap(),
    ]);
    r.expect(0);
    let (_, body) = handle.join().unwrap();
    assert_eq!(body, BODY.as_bytes());
    let r = run(&[
        "webhook",
        "send",
        "--url",
        "http://127.0.0.1:1/",
        "--secret",
        "s",
        "--event",
        "auth",
    ]);
    r.expect(3);
    assert_eq!(r.stderr.lines().count(), 1);
}

#[test]
fn every_sample_event_decodes_as_an_event() {
    for &event in tryterra_core::models::Event::KNOWN_TYPES {
        let (url, handle) = receiver(200);
        run(&[
            "webhook", "send", "--url", &url, "--secret", "s", "--event", event,
        ])
        .expect(0);
        let (_, body) = handle.join().unwrap();
        let mut cmd = terra();
        cmd.args(["decode", "event"]);
        let r = run_with(cmd, &body);
        r.expect(0);
        assert_eq!(r.json_lines()[0]["type"], event);
    }
}
