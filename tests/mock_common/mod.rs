//! Helpers of the transport tests against tryterra-mock: a webhook receiver on
//! loopback, dates, and the suite macro shared by both transports.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tryterra_core::models::Event;
use tryterra_core::webhook::{SIGNATURE_HEADER, Verifier};
use tryterra_core::{CalendarDate, DateParam};

#[allow(unused_macros)]
#[macro_use]
mod suite;

/// Bound on every wait of these tests.
pub const WAIT: Duration = Duration::from_secs(15);

/// The kinds of time-ranged data.
pub const KINDS: [&str; 6] = [
    "activity",
    "body",
    "daily",
    "sleep",
    "nutrition",
    "menstruation",
];

/// A day as a query parameter.
pub fn day(s: &str) -> DateParam {
    DateParam::Date(CalendarDate::parse(s).expect("date"))
}

/// The day `n` days after `s`.
pub fn day_plus(s: &str, n: i64) -> DateParam {
    DateParam::Date(
        CalendarDate::parse(s)
            .expect("date")
            .add_days(n)
            .expect("date"),
    )
}

pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("serialisable")
}

/// One webhook POST the receiver got.
#[derive(Clone, Debug)]
pub struct Hook {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Hook {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Verifies the signature with `verifier` and decodes the event.
    pub fn verify(&self, verifier: &Verifier) -> Event {
        let header = self
            .header(SIGNATURE_HEADER)
            .unwrap_or_else(|| panic!("no {SIGNATURE_HEADER} header: {self:?}"));
        verifier
            .verify_and_parse(&self.body, header, now_unix())
            .unwrap_or_else(|e| panic!("webhook refused: {e}"))
    }
}

/// A webhook receiver on 127.0.0.1: a plain HTTP/1.1 server answering
/// every POST with 200 and keeping what it received.
pub struct Receiver {
    url: String,
    hooks: Arc<Mutex<Vec<Hook>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Receiver {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let url = format!("http://{}/hooks/terra", listener.local_addr().unwrap());
        let hooks = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (Arc::clone(&hooks), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let h = Arc::clone(&h);
                        std::thread::spawn(move || serve(stream, &h));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        Self {
            url,
            hooks,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn hooks(&self) -> Vec<Hook> {
        self.hooks.lock().unwrap().clone()
    }

    /// Waits (at most [`WAIT`]) until `pred` holds for the hooks received.
    pub fn wait_until(&self, pred: impl Fn(&[Hook]) -> bool) -> Vec<Hook> {
        let deadline = Instant::now() + WAIT;
        loop {
            let hooks = self.hooks();
            if pred(&hooks) || Instant::now() >= deadline {
                return hooks;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits for the hooks whose `x-terra-trace-id` is `trace`, until
    /// `n` arrived (or [`WAIT`] passed).
    pub fn wait_for_trace(&self, trace: &str, n: usize) -> Vec<Hook> {
        let pick = |hooks: &[Hook]| -> Vec<Hook> {
            hooks
                .iter()
                .filter(|h| h.header("x-terra-trace-id") == Some(trace))
                .cloned()
                .collect()
        };
        pick(&self.wait_until(|hooks| pick(hooks).len() >= n))
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Reads requests from one connection (keep-alive) and answers 200 to each.
fn serve(stream: TcpStream, hooks: &Mutex<Vec<Hook>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let path = line.split_whitespace().nth(1).unwrap_or("").to_owned();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
            }
        }
        let len = headers
            .iter()
            .find(|(k, _)| k == "content-length")
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        hooks.lock().unwrap().push(Hook {
            path,
            headers,
            body,
        });
        if writer
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
            .is_err()
        {
            return;
        }
    }
}
