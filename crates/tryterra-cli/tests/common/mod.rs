//! Running the built `terra` binary with a deadline.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of `terra` produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout parsed as one JSON document.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {:?} / {:?}",
                self.stdout, self.stderr
            )
        })
    }

    /// stdout parsed as JSON lines.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
            .collect()
    }

    /// Asserts the exit status, showing the output when it differs.
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "unexpected exit status; stdout={:?} stderr={:?}",
            self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }
}

/// A `terra` command with a clean environment (no TERRA_* variables, no
/// config file).
pub fn terra() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_terra"));
    for var in [
        "TERRA_BASE_URL",
        "TERRA_API_KEY",
        "TERRA_DEV_ID",
        "TERRA_WEBHOOK_SECRET",
        "TERRA_PROFILE",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    // No config file of the machine's user: tests that need one set their own.
    cmd.env("TERRA_CONFIG", "/nonexistent/tryterra-cli-test/config.toml");
    cmd
}

/// Runs `cmd` with `stdin`, killing it after 60 seconds.
pub fn run_with(mut cmd: Command, stdin: &[u8]) -> Run {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn terra");
    let mut child_stdin = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = child_stdin.write_all(&input);
    });
    let run = finish(child);
    let _ = writer.join();
    run
}

/// Runs `cmd` with the file at `path` as its stdin (so `terra` sees a
/// regular file, not a pipe), killing it after 60 seconds.
pub fn run_with_file(mut cmd: Command, path: &std::path::Path) -> Run {
    cmd.stdin(std::fs::File::open(path).expect("open stdin file"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    finish(cmd.spawn().expect("spawn terra"))
}

/// Collects the output of `child`, killing it after 60 seconds.
fn finish(mut child: std::process::Child) -> Run {
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("terra did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    Run {
        code: status.code().unwrap_or(-1),
        stdout,
        stderr,
    }
}

/// Runs `terra ARGS` with empty stdin.
pub fn run(args: &[&str]) -> Run {
    let mut cmd = terra();
    cmd.args(args);
    run_with(cmd, b"")
}
