//! Issue 18: completions and man page, output formats, profiles, dry runs,
//! default dates, confirmations, help of offline commands, the emulator's
//! banner, `terra listen`, and what a terminal shows (under a pty).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Run, run, run_with, terra};
use serde_json::Value;
use tryterra_mock::{BlockingMockTerra, DEFAULT_API_KEY, DEFAULT_DEV_ID, MockTerra};

const TRANSPORTS: [&str; 2] = ["ureq", "reqwest"];

fn mock(users: usize) -> BlockingMockTerra {
    MockTerra::builder()
        .users(users)
        .start_blocking()
        .expect("start tryterra-mock")
}

/// `terra ARGS --transport T` against `mock`, credentials in the environment.
fn api(mock: &MockTerra, transport: &str, args: &[&str]) -> Run {
    let mut cmd = terra();
    cmd.env("TERRA_BASE_URL", mock.base_url())
        .env("TERRA_API_KEY", DEFAULT_API_KEY)
        .env("TERRA_DEV_ID", DEFAULT_DEV_ID)
        .env("TERRA_CONFIG", "/nonexistent/terra-test-config.toml")
        .args(args)
        .args(["--transport", transport]);
    run_with(cmd, b"")
}

fn total_requests(m: &MockTerra) -> u64 {
    m.request_counts().values().sum()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tryterra-cli-ux-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn which(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

// ---------------------------------------------------------------- point 1

#[test]
fn completions_parse_in_their_shells_and_the_man_page_renders() {
    let dir = temp_dir("completions");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let r = run(&["completions", shell]);
        r.expect(0);
        assert!(r.stdout.contains("terra"), "{shell}: {}", r.stdout);
        assert!(r.stdout.contains("listen"), "{shell}: no listen command");
        let file = dir.join(format!("terra.{shell}"));
        std::fs::write(&file, &r.stdout).unwrap();
        let checker = match shell {
            "bash" => Some(("bash", vec!["-n"])),
            "zsh" => Some(("zsh", vec!["-n"])),
            "fish" => Some(("fish", vec!["--no-execute"])),
            _ => None,
        };
        if let Some((prog, flags)) = checker {
            if prog != "bash" && !which(prog) {
                eprintln!("{prog} is not installed; its completions are not parsed");
                continue;
            }
            let out = Command::new(prog).args(flags).arg(&file).output().unwrap();
            assert!(
                out.status.success(),
                "{prog} rejects the completions: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    run(&["completions", "tcsh"]).expect(2);
    let man = run(&["man"]);
    man.expect(0);
    assert!(man.stdout.contains(".TH terra 1"), "{}", &man.stdout[..200]);
    assert!(man.stdout.contains("completions"));
    // One page per command, into a directory.
    let pages = dir.join("man");
    run(&["man", "--dir", pages.to_str().unwrap()]).expect(0);
    for page in [
        "terra.1",
        "terra-users.1",
        "terra-listen.1",
        "terra-user-deauth.1",
    ] {
        let text = std::fs::read_to_string(pages.join(page)).unwrap_or_default();
        assert!(text.contains(".TH"), "{page} is missing or empty");
    }
}

// ---------------------------------------------------------------- point 7

#[test]
fn offline_commands_show_no_api_flags_and_usage_lists_only_what_is_required() {
    let api_flags = [
        "--base-url",
        "--api-key",
        "--dev-id",
        "--transport",
        "--dry-run",
    ];
    for cmd in [
        &["webhook", "sign", "--help"][..],
        &["webhook", "verify", "--help"],
        &["webhook", "send", "--help"],
        &["decode", "--help"],
        &["completions", "--help"],
        &["man", "--help"],
        &["config", "--help"],
        &["listen", "--help"],
    ] {
        let r = run(cmd);
        r.expect(0);
        for flag in api_flags {
            assert!(
                !r.stdout.contains(flag),
                "{cmd:?} shows {flag}: {}",
                r.stdout
            );
        }
    }
    // The emulator takes the credentials it accepts, but no client options.
    let r = run(&["mock", "--help"]);
    r.expect(0);
    for flag in ["--base-url", "--transport", "--dry-run", "--profile"] {
        assert!(!r.stdout.contains(flag), "mock shows {flag}");
    }
    // What a missing --secret prints names only the required flags.
    let r = run(&["webhook", "verify"]);
    r.expect(2);
    let usage = r
        .stderr
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .unwrap_or_default();
    assert_eq!(
        usage, "Usage: terra webhook verify --secret <S> --signature <HEADER>",
        "{}",
        r.stderr
    );
    // API commands do show them, under their own heading.
    let r = run(&["users", "--help"]);
    r.expect(0);
    assert!(r.stdout.contains("API options:"), "{}", r.stdout);
    for flag in api_flags {
        assert!(r.stdout.contains(flag), "users --help lacks {flag}");
    }
    let r = run(&["user", "info", "--help"]);
    assert!(r.stdout.contains("--api-key"), "{}", r.stdout);
}

// ---------------------------------------------------------------- point 8

#[test]
fn mock_shows_its_webhook_secret_in_help_and_banner() {
    let r = run(&["mock", "--help"]);
    r.expect(0);
    assert!(
        r.stdout.contains(tryterra_mock::DEFAULT_WEBHOOK_SECRET),
        "{}",
        r.stdout
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_terra"))
        .args(["mock", "--port", "0", "--users", "1"])
        .env_remove("TERRA_API_KEY")
        .env_remove("TERRA_DEV_ID")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut banner = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(line) => {
                let done = line.starts_with("Press Ctrl-C");
                banner.push(line);
                if done {
                    break;
                }
            }
            Err(_) => continue,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let text = banner.join("\n");
    assert!(
        text.contains(&format!(
            "webhook secret: {}",
            tryterra_mock::DEFAULT_WEBHOOK_SECRET
        )),
        "{text}"
    );
}

// ---------------------------------------------------------------- point 2

#[test]
fn users_and_data_as_table_csv_and_ndjson_both_transports() {
    let m = mock(2);
    let users = m.users();
    let id = users[0].user_id.clone();
    for t in TRANSPORTS {
        let r = api(&m, t, &["users", "--output", "table"]);
        r.expect(0);
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert!(lines[0].trim_start().starts_with("USER_ID"), "{}", r.stdout);
        assert!(lines[0].contains("PROVIDER"));
        assert_eq!(lines.len(), 3, "{}", r.stdout);
        for u in &users {
            assert!(r.stdout.contains(&u.user_id));
        }
        // Not on a terminal: no colour even for a table.
        assert!(!r.stdout.contains('\u{1b}'));

        let r = api(&m, t, &["users", "-o", "csv"]);
        r.expect(0);
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert!(lines[0].starts_with("user_id,provider,"), "{}", r.stdout);
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with(&format!("{},", users[0].user_id)));

        let r = api(&m, t, &["users", "-o", "ndjson"]);
        r.expect(0);
        let docs = r.json_lines();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1]["user_id"], users[1].user_id.as_str());

        // Pipes still get the JSON answer by default.
        let r = api(&m, t, &["users"]);
        r.expect(0);
        assert_eq!(r.json()["users"].as_array().unwrap().len(), 2);

        let range = ["--start", "2024-01-01", "--end", "2024-01-03"];
        let mut args = vec!["data", "sleep", "--user-id", &id, "-o", "csv"];
        args.extend(range);
        let r = api(&m, t, &args);
        r.expect(0);
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 4, "{}", r.stdout);
        assert!(
            lines[0].starts_with("metadata.start_time,metadata.end_time"),
            "{}",
            lines[0]
        );
        // A night starts the evening before its day.
        assert!(lines[1].starts_with("2023-12-31T"), "{}", lines[1]);

        let mut args = vec!["data", "sleep", "--user-id", &id, "-o", "table"];
        args.extend(range);
        let r = api(&m, t, &args);
        r.expect(0);
        assert!(r.stdout.contains("METADATA.START_TIME"), "{}", r.stdout);
        assert_eq!(
            r.stdout.lines().filter(|l| l.contains("2024-01-0")).count(),
            3,
            "{}",
            r.stdout
        );

        let mut args = vec!["data", "daily", "--user-id", &id, "-o", "ndjson"];
        args.extend(range);
        let r = api(&m, t, &args);
        r.expect(0);
        assert_eq!(r.json_lines().len(), 3);

        // One object (user info) is a FIELD/VALUE table.
        let r = api(&m, t, &["user", "info", "--user-id", &id, "-o", "table"]);
        r.expect(0);
        assert!(r.stdout.contains("user.user_id"), "{}", r.stdout);
    }
    m.shutdown();
}

// ---------------------------------------------------------------- point 3

fn write_config(path: &std::path::Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn profiles_flag_beats_env_beats_profile() {
    let m = mock(1);
    let dir = temp_dir("profiles");
    let config = dir.join("config.toml");
    write_config(
        &config,
        &format!(
            "default_profile = \"local\"\n\n[profiles.local]\nbase_url = \"{}\"\ndev_id = \"{DEFAULT_DEV_ID}\"\napi_key_env = \"UX_TEST_KEY\"\n\n[profiles.dead]\nbase_url = \"http://127.0.0.1:9/v2\"\ndev_id = \"{DEFAULT_DEV_ID}\"\napi_key = \"stored-secret-key\"\n",
            m.base_url()
        ),
    );
    let base = |args: &[&str]| {
        let mut cmd = terra();
        cmd.env("TERRA_CONFIG", &config)
            .env("UX_TEST_KEY", DEFAULT_API_KEY)
            .args(args);
        cmd
    };
    for t in TRANSPORTS {
        let tr = ["--transport", t, "--max-attempts", "1", "--timeout", "5"];
        // The default profile alone.
        let mut cmd = base(&["users"]);
        cmd.args(tr);
        run_with(cmd, b"").expect(0);
        // --profile picks another one (its server is not there: status 3).
        let mut cmd = base(&["users", "--profile", "dead"]);
        cmd.args(tr);
        run_with(cmd, b"").expect(3);
        // ... and so does TERRA_PROFILE.
        let mut cmd = base(&["users"]);
        cmd.env("TERRA_PROFILE", "dead").args(tr);
        run_with(cmd, b"").expect(3);
        // The environment beats the profile: a dead base URL in the env.
        let mut cmd = base(&["users"]);
        cmd.env("TERRA_BASE_URL", "http://127.0.0.1:9/v2").args(tr);
        run_with(cmd, b"").expect(3);
        // A flag beats the environment, on either side of the command name.
        let mut cmd = base(&["users", "--base-url", &m.base_url()]);
        cmd.env("TERRA_BASE_URL", "http://127.0.0.1:9/v2").args(tr);
        run_with(cmd, b"").expect(0);
        let mut cmd = base(&["--base-url", &m.base_url(), "users"]);
        cmd.env("TERRA_BASE_URL", "http://127.0.0.1:9/v2").args(tr);
        run_with(cmd, b"").expect(0);
        // The key: env beats the profile's variable, a flag beats both.
        let mut cmd = base(&["users"]);
        cmd.env("UX_TEST_KEY", "wrong-key")
            .env("TERRA_API_KEY", DEFAULT_API_KEY)
            .args(tr);
        run_with(cmd, b"").expect(0);
        let mut cmd = base(&["users", "--api-key", "wrong-key"]);
        cmd.env("TERRA_API_KEY", DEFAULT_API_KEY).args(tr);
        let r = run_with(cmd, b"");
        r.expect(1);
        assert!(!r.stderr.contains("wrong-key"), "{}", r.stderr);
    }
    // A profile whose key variable is unset says so.
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config).args(["users"]);
    let r = run_with(cmd, b"");
    r.expect(2);
    assert!(r.stderr.contains("UX_TEST_KEY"), "{}", r.stderr);
    // An unknown profile is a usage error.
    let r = run_with(base(&["users", "--profile", "nope"]), b"");
    r.expect(2);
    assert!(r.stderr.contains("no profile `nope`"), "{}", r.stderr);

    // `terra config` shows the file with the stored key redacted.
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config).arg("config");
    let r = run_with(cmd, b"");
    r.expect(0);
    assert!(r.stdout.contains("[profiles.dead]"), "{}", r.stdout);
    assert!(r.stdout.contains("[redacted]"), "{}", r.stdout);
    assert!(!r.stdout.contains("stored-secret-key"), "{}", r.stdout);
    m.shutdown();
}

#[test]
fn config_set_stores_a_key_owner_only_and_never_shows_it() {
    let dir = temp_dir("config-set");
    let config = dir.join("sub").join("config.toml");
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config).args([
        "config",
        "set",
        "work",
        "--base-url",
        "https://api.tryterra.co/v2",
        "--dev-id",
        "my-dev",
        "--api-key-stdin",
        "--default",
    ]);
    let r = run_with(cmd, b"very-secret-key\n");
    r.expect(0);
    assert!(!r.stderr.contains("very-secret-key"));
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("very-secret-key") && text.contains("default_profile = \"work\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config).args(["config", "show"]);
    let r = run_with(cmd, b"");
    r.expect(0);
    assert!(!r.stdout.contains("very-secret-key"), "{}", r.stdout);
    assert!(r.stdout.contains("my-dev"));
    // The stored key is used (seen redacted in a dry run).
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config)
        .args(["users", "--dry-run", "-o", "json"]);
    let r = run_with(cmd, b"");
    r.expect(0);
    let v = r.json();
    assert_eq!(v["headers"]["dev-id"], "my-dev");
    assert_eq!(v["headers"]["x-api-key"], "[redacted]");
    assert!(!r.stdout.contains("very-secret-key"));
    // Switching to a key from the environment drops the stored one.
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", &config)
        .args(["config", "set", "work", "--api-key-env", "WORK_KEY"]);
    run_with(cmd, b"").expect(0);
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(!text.contains("very-secret-key"), "{text}");
    assert!(text.contains("WORK_KEY"));
}

// ---------------------------------------------------------------- point 4

#[test]
fn dry_run_sends_nothing_and_never_prints_the_key() {
    let m = MockTerra::builder()
        .users(1)
        .record_requests(true)
        .start_blocking()
        .unwrap();
    let id = m.users()[0].user_id.clone();
    let dir = temp_dir("dry-run");
    let records = dir.join("records.json");
    std::fs::write(&records, r#"[{"metadata":{"name":"run"}}]"#).unwrap();
    let records_s = records.to_str().unwrap();
    let out = dir.join("export.ndjson");
    let out_s = out.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["users"],
        vec!["providers"],
        vec!["user", "info", "--user-id", &id],
        vec!["user", "deauth", "--user-id", &id],
        vec!["delete", "body", "--user-id", &id, "--ids", "a,b"],
        vec!["data", "sleep", "--user-id", &id],
        vec!["widget", "--providers", "GARMIN,FITBIT"],
        vec!["write", "activity", "--user-id", &id, "--file", records_s],
        vec![
            "export",
            "--user-id",
            &id,
            "--types",
            "sleep,daily",
            "--start",
            "2024-01-01",
            "--end",
            "2024-03-31",
            "--out",
            out_s,
        ],
    ];
    for t in TRANSPORTS {
        for args in &commands {
            let mut with = args.clone();
            with.push("--dry-run");
            let r = api(&m, t, &with);
            r.expect(0);
            for text in [&r.stdout, &r.stderr] {
                assert!(
                    !text.contains(DEFAULT_API_KEY),
                    "{args:?} printed the key: {text}"
                );
            }
            // The provider list is sent without credentials.
            if args[0] != "providers" {
                assert!(
                    r.stdout.contains("x-api-key: [redacted]"),
                    "{args:?}: {}",
                    r.stdout
                );
            }
            assert!(r.stdout.contains(&m.base_url()), "{args:?}: {}", r.stdout);
            let mut json = with.clone();
            json.extend(["-o", "json"]);
            let r = api(&m, t, &json);
            r.expect(0);
            let first = r.stdout.lines().next().unwrap_or_default();
            let v: Value = serde_json::from_str(first).unwrap();
            assert_eq!(v["dry_run"], true);
            if args[0] != "providers" {
                assert_eq!(v["headers"]["x-api-key"], "[redacted]");
            }
            assert!(!r.stdout.contains(DEFAULT_API_KEY));
        }
    }
    // The export lists every window (2 types, 4 windows each), writes nothing.
    let r = api(
        &m,
        "ureq",
        &[&commands[8][..], &["--dry-run", "-o", "json"]].concat(),
    );
    assert_eq!(r.stdout.lines().count(), 8, "{}", r.stdout);
    assert!(!out.exists());
    // An export writes NDJSON whatever --output says, so a table is refused.
    let r = api(&m, "ureq", &[&commands[8][..], &["-o", "csv"]].concat());
    r.expect(2);
    assert!(!out.exists());
    // The body of a write is shown.
    let r = api(
        &m,
        "ureq",
        &[&commands[7][..], &["--dry-run", "-o", "json"]].concat(),
    );
    assert_eq!(r.json()["body"]["data"][0]["metadata"]["name"], "run");
    assert_eq!(r.json()["method"], "POST");
    assert_eq!(total_requests(&m), 0, "{:?}", m.request_counts());

    // No credentials at all: placeholders, still nothing sent.
    let mut cmd = terra();
    cmd.env("TERRA_CONFIG", "/nonexistent/terra.toml").args([
        "data",
        "sleep",
        "--user-id",
        "u1",
        "--base-url",
        &m.base_url(),
        "--dry-run",
    ]);
    let r = run_with(cmd, b"");
    r.expect(0);
    assert!(r.stdout.starts_with("GET "), "{}", r.stdout);
    assert!(r.stdout.contains("dev-id: <dev-id>"), "{}", r.stdout);
    assert!(r.stdout.contains("x-api-key: [redacted]"));
    assert_eq!(total_requests(&m), 0);
    m.shutdown();
}

// ---------------------------------------------------------------- point 5

fn days_of(v: &Value) -> Vec<String> {
    v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["metadata"]["start_time"].as_str().unwrap()[..10].to_owned())
        .collect()
}

#[test]
fn default_range_is_the_last_seven_full_days_up_to_now() {
    let m = mock(1);
    let id = m.users()[0].user_id.clone();
    let today = tryterra_core::CalendarDate::today_utc();
    let day = |n: i64| today.add_days(-n).unwrap().to_string();
    for t in TRANSPORTS {
        let r = api(&m, t, &["data", "daily", "--user-id", &id]);
        r.expect(0);
        let days = days_of(&r.json());
        // 7 full days before today, and today so far.
        let want: Vec<String> = (0..=7).rev().map(day).collect();
        assert_eq!(days, want, "{t}");

        let r = api(
            &m,
            t,
            &[
                "data",
                "daily",
                "--user-id",
                &id,
                "--start",
                "-3d",
                "--end",
                "today",
            ],
        );
        r.expect(0);
        assert_eq!(
            days_of(&r.json()),
            (0..=3).rev().map(day).collect::<Vec<_>>()
        );

        let r = api(
            &m,
            t,
            &[
                "data",
                "daily",
                "--user-id",
                &id,
                "--start",
                "yesterday",
                "--end",
                "yesterday",
            ],
        );
        r.expect(0);
        assert_eq!(days_of(&r.json()), vec![day(1)]);

        let r = api(
            &m,
            t,
            &["data", "daily", "--user-id", &id, "--start", "-1w"],
        );
        r.expect(0);
        assert_eq!(days_of(&r.json()).first(), Some(&day(7)));

        let r = api(
            &m,
            t,
            &["data", "daily", "--user-id", &id, "--start", "-xd"],
        );
        r.expect(2);
        assert!(r.stderr.contains("--start"), "{}", r.stderr);
    }
    m.shutdown();
}

// ---------------------------------------------------------------- point 6

#[test]
fn destructive_commands_refuse_without_yes_when_stdin_is_not_a_terminal() {
    let m = MockTerra::builder()
        .users(1)
        .record_requests(true)
        .start_blocking()
        .unwrap();
    let id = m.users()[0].user_id.clone();
    for t in TRANSPORTS {
        for args in [
            &["user", "deauth", "--user-id", &id][..],
            &["delete", "nutrition", "--user-id", &id, "--ids", "a"],
        ] {
            let r = api(&m, t, args);
            r.expect(2);
            assert!(r.stderr.contains("without --yes"), "{}", r.stderr);
            assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        }
    }
    assert_eq!(total_requests(&m), 0, "{:?}", m.request_counts());
    for t in TRANSPORTS {
        api(
            &m,
            t,
            &[
                "delete",
                "nutrition",
                "--user-id",
                &id,
                "--ids",
                "a",
                "--yes",
            ],
        )
        .expect(0);
    }
    assert_eq!(m.request_count("/v2/nutrition"), 2);
    api(&m, "ureq", &["user", "deauth", "--user-id", &id, "-y"]).expect(0);
    assert_eq!(m.users().len(), 0);
    m.shutdown();
}

// --------------------------------------------------------------- point 10

type Received = Arc<Mutex<Vec<(Vec<(String, String)>, Vec<u8>)>>>;

/// A receiver on loopback recording the headers and body of each request,
/// answering 200.
fn recording_receiver() -> (String, Received) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/forwarded", listener.local_addr().unwrap());
    let seen: Received = Arc::new(Mutex::new(Vec::new()));
    let store = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                loop {
                    let mut headers = Vec::new();
                    let mut len = 0usize;
                    let mut first = true;
                    loop {
                        let mut line = String::new();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if std::mem::take(&mut first) {
                            continue;
                        }
                        if let Some((k, v)) = line.split_once(':') {
                            let k = k.trim().to_ascii_lowercase();
                            if k == "content-length" {
                                len = v.trim().parse().unwrap_or(0);
                            }
                            headers.push((k, v.trim().to_owned()));
                        }
                    }
                    let mut body = vec![0; len];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    store.lock().unwrap().push((headers, body));
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

/// Starts `terra listen ARGS`; returns the child and the URL it listens on.
fn start_listen(args: &[&str]) -> (std::process::Child, String, std::thread::JoinHandle<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_terra"))
        .arg("listen")
        .args(args)
        .env_remove("TERRA_WEBHOOK_SECRET")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stderr);
        let mut first = String::new();
        let _ = reader.read_line(&mut first);
        let _ = tx.send(first);
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
    });
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = BufReader::new(stdout).read_to_string(&mut s);
        s
    });
    let first = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {first:?}"))
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    (child, url, out)
}

/// Waits up to 60 s for `child` to exit by itself.
fn wait_exit(child: &mut std::process::Child) -> i32 {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("terra listen did not stop after --max-events");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn listen_verifies_prints_and_forwards_the_emulators_deliveries() {
    let (forward_url, forwarded) = recording_receiver();
    let secret = tryterra_mock::DEFAULT_WEBHOOK_SECRET;
    let (mut child, url, out) = start_listen(&[
        "--secret",
        secret,
        "--port",
        "0",
        "--forward-to",
        &forward_url,
        "--max-events",
        "3",
    ]);
    let m = MockTerra::builder()
        .users(1)
        .webhook_url(url.clone())
        .start_blocking()
        .unwrap();
    let id = m.users()[0].user_id.clone();
    let range = [
        "--start",
        "2024-01-01",
        "--end",
        "2024-01-03",
        "--to-webhook",
    ];
    for (t, kind) in [("ureq", "sleep"), ("reqwest", "daily")] {
        let mut args = vec!["data", kind, "--user-id", &id];
        args.extend(range);
        api(&m, t, &args).expect(0);
        let got = m.wait_for_deliveries(1, Duration::from_secs(20));
        assert!(!got.is_empty());
    }
    let delivered = m.wait_for_deliveries(2, Duration::from_secs(20));
    assert_eq!(delivered.len(), 2);
    assert!(
        delivered.iter().all(|d| d.status == Some(200)),
        "{delivered:?}"
    );
    // A delivery signed with another secret is refused with 401.
    let mut cmd = terra();
    cmd.args([
        "webhook",
        "send",
        "--url",
        &url,
        "--secret",
        "not-the-secret",
        "--event",
        "activity",
    ]);
    let r = run_with(cmd, b"");
    r.expect(1);
    assert!(r.stdout.contains("401"), "{}", r.stdout);

    assert_eq!(wait_exit(&mut child), 0);
    let printed = out.join().unwrap();
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 3, "{printed}");
    assert!(
        lines[0].starts_with(&format!("verified sleep user={id} records=3")),
        "{printed}"
    );
    assert!(
        lines[1].starts_with(&format!("verified daily user={id} records=3")),
        "{printed}"
    );
    assert!(lines[0].contains("-> forwarded 200"), "{printed}");
    assert!(lines[2].starts_with("rejected"), "{printed}");
    assert!(!printed.contains(secret));
    // The two verified bodies were forwarded as received, with their headers.
    let fwd = forwarded.lock().unwrap().clone();
    assert_eq!(fwd.len(), 2, "{fwd:?}");
    for ((headers, body), d) in fwd.iter().zip(&delivered) {
        let v: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(v, d.body);
        let sig = headers
            .iter()
            .find(|(k, _)| k == "terra-signature")
            .map(|(_, v)| v.clone())
            .expect("signature forwarded");
        // The forwarded signature still verifies over the forwarded body.
        let mut cmd = terra();
        cmd.args(["webhook", "verify", "--secret", secret, "--signature", &sig]);
        run_with(cmd, body).expect(0);
    }
    m.shutdown();
}

#[test]
fn listen_prints_whole_events_as_json_and_refuses_remote_forwarding() {
    let secret = "listen-secret";
    let (mut child, url, out) = start_listen(&[
        "--secret",
        secret,
        "--port",
        "0",
        "--max-events",
        "1",
        "--output",
        "json",
    ]);
    let mut cmd = terra();
    cmd.args([
        "webhook", "send", "--url", &url, "--secret", secret, "--event", "sleep",
    ]);
    run_with(cmd, b"").expect(0);
    assert_eq!(wait_exit(&mut child), 0);
    let printed = out.join().unwrap();
    let v: Value = serde_json::from_str(printed.trim()).unwrap();
    assert_eq!(v["type"], "sleep");
    assert!(v["data"].is_array());

    let r = run(&[
        "listen",
        "--secret",
        "s",
        "--port",
        "0",
        "--forward-to",
        "http://example.com/hook",
    ]);
    r.expect(2);
    assert!(r.stderr.contains("local URL"), "{}", r.stderr);
}

// ----------------------------------------------------------- the terminal

/// Runs `terra ARGS` under a pseudo-terminal (`script` from util-linux),
/// with `envs` set; returns what the terminal showed.
fn on_terminal(args: &[&str], envs: &[(&str, &str)], stdin: &[u8]) -> Run {
    let mut line = shell_quote(env!("CARGO_BIN_EXE_terra"));
    for a in args {
        line.push(' ');
        line.push_str(&shell_quote(a));
    }
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env("TERRA_CONFIG", "/nonexistent/terra.toml");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    run_with(cmd, stdin)
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

#[test]
fn a_terminal_shows_a_coloured_table_and_a_progress_bar_and_no_colour_with_no_color() {
    if !which("script") {
        eprintln!("no `script` (util-linux): the terminal test is skipped");
        return;
    }
    let m = mock(2);
    let id = m.users()[0].user_id.clone();
    let base = m.base_url();
    let env = [
        ("TERRA_BASE_URL", base.as_str()),
        ("TERRA_API_KEY", DEFAULT_API_KEY),
        ("TERRA_DEV_ID", DEFAULT_DEV_ID),
    ];
    // A table by default, with a bold header.
    let r = on_terminal(&["users"], &env, b"");
    r.expect(0);
    assert!(r.stdout.contains("\u{1b}[1m"), "{:?}", r.stdout);
    assert!(r.stdout.contains("USER_ID"), "{:?}", r.stdout);
    assert!(r.stdout.contains(&id));
    assert!(!r.stdout.contains("{\""), "{:?}", r.stdout);
    // NO_COLOR: the same table, no escape codes at all.
    let mut no_colour = env.to_vec();
    no_colour.push(("NO_COLOR", "1"));
    let r = on_terminal(&["users"], &no_colour, b"");
    r.expect(0);
    assert!(r.stdout.contains("USER_ID"), "{:?}", r.stdout);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    let r = on_terminal(&["data", "sleep", "--user-id", &id], &no_colour, b"");
    r.expect(0);
    assert!(r.stdout.contains("METADATA.START_TIME"), "{:?}", r.stdout);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    // An error's prefix is red on a terminal, plain with NO_COLOR.
    let r = on_terminal(
        &["data", "sleep", "--user-id", &id, "--start", "-xd"],
        &env,
        b"",
    );
    r.expect(2);
    assert!(
        r.stdout.contains("\u{1b}[1m\u{1b}[31mterra"),
        "{:?}",
        r.stdout
    );
    let r = on_terminal(
        &["data", "sleep", "--user-id", &id, "--start", "-xd"],
        &no_colour,
        b"",
    );
    r.expect(2);
    assert!(r.stdout.starts_with("terra: --start"), "{:?}", r.stdout);
    // The export draws its bar on the terminal.
    let r = on_terminal(
        &[
            "export",
            "--user-id",
            &id,
            "--types",
            "sleep,daily",
            "--start",
            "2024-01-01",
            "--end",
            "2024-06-30",
            "--concurrency",
            "1",
            "-o",
            "json",
        ],
        &env,
        b"",
    );
    r.expect(0);
    assert!(r.stdout.contains("windows"), "{:?}", r.stdout);
    assert!(r.stdout.contains("ETA"), "{:?}", r.stdout);
    assert!(r.stdout.contains("14/14 windows"), "{:?}", r.stdout);
    // A destructive command asks; anything but yes cancels.
    let r = on_terminal(&["user", "deauth", "--user-id", &id], &env, b"n\n");
    r.expect(1);
    assert!(r.stdout.contains("deauthenticate user"), "{:?}", r.stdout);
    assert!(r.stdout.contains("[y/N]"));
    assert_eq!(m.users().len(), 2);
    let r = on_terminal(&["user", "deauth", "--user-id", &id], &env, b"y\n");
    r.expect(0);
    assert_eq!(m.users().len(), 1);
    m.shutdown();
}
