//! A minimal loopback HTTP/1.1 server for the transport tests: it records
//! every request and answers from a script, one reply per request.
//!
//! Each connection is answered once and closed (`Connection: close`), so the
//! number of recorded requests is the number of attempts a client made.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tryterra_core::operation::{RequestBuilder, parse_json};
use tryterra_core::{Config, Credentials, Error, Operation, Response};

#[macro_use]
mod suite;

pub const API_KEY: &str = "sk_test_SUPER_SECRET_key_0123456789";
pub const WEBHOOK_SECRET: &str = "whsec_ALSO_SECRET_abcdef";
pub const DEV_ID: &str = "testing-dev-id";

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// A header's value (names compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// A query parameter's decoded value.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }

    /// Asserts the headers every authenticated request carries.
    pub fn assert_authenticated(&self) {
        assert_eq!(self.header("x-api-key"), Some(API_KEY), "{self:?}");
        assert_eq!(self.header("dev-id"), Some(DEV_ID), "{self:?}");
        assert!(
            self.header("user-agent")
                .is_some_and(|ua| ua.starts_with("terra-rs/")),
            "{self:?}"
        );
    }
}

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A complete answer.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// These bytes as they are, then the connection is closed.
    Raw(Vec<u8>),
    /// Waits, then sends the inner reply.
    Slow(Duration, Box<Reply>),
    /// Reads only the start of the request, sends these bytes, and closes
    /// with the rest of the request unread, so the kernel resets the
    /// connection (RST) instead of closing it cleanly.
    Reset(Vec<u8>),
}

impl Reply {
    /// A JSON answer.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into().into_bytes(),
        }
    }

    /// An HTML answer (what a proxy in front of Terra sends).
    pub fn html(status: u16, body: &str) -> Self {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "text/html".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// Adds a header to a full answer.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }

    /// The same reply after `delay`.
    pub fn slow(self, delay: Duration) -> Self {
        Reply::Slow(delay, Box::new(self))
    }
}

struct State {
    script: Mutex<VecDeque<Reply>>,
    fallback: Mutex<Option<Reply>>,
    requests: Mutex<Vec<Recorded>>,
    stop: AtomicBool,
}

/// The loopback server; stops when dropped.
pub struct Server {
    addr: SocketAddr,
    state: Arc<State>,
}

impl Server {
    /// Starts a server on an ephemeral port of 127.0.0.1.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(State {
            script: Mutex::new(VecDeque::new()),
            fallback: Mutex::new(None),
            requests: Mutex::new(Vec::new()),
            stop: AtomicBool::new(false),
        });
        let st = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if st.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let st = st.clone();
                std::thread::spawn(move || handle(stream, &st));
            }
        });
        Server { addr, state }
    }

    /// `http://127.0.0.1:<port>/v2`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v2", self.addr)
    }

    /// A configuration pointing at this server, with short retry delays.
    pub fn config(&self) -> Config {
        Config::with_base_url(self.base_url())
            .unwrap()
            .timeout(Duration::from_secs(5))
            .connect_timeout(Duration::from_secs(2))
            .retry(
                tryterra_core::RetryPolicy::default()
                    .with_delays(Duration::from_millis(10), Duration::from_millis(50)),
            )
    }

    /// Queues a reply for the next request.
    pub fn push(&self, reply: Reply) -> &Self {
        self.state.script.lock().unwrap().push_back(reply);
        self
    }

    /// The reply used once the script is exhausted.
    pub fn fallback(&self, reply: Reply) -> &Self {
        *self.state.fallback.lock().unwrap() = Some(reply);
        self
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    /// The only request received (panics unless exactly one arrived).
    pub fn single(&self) -> Recorded {
        let r = self.requests();
        assert_eq!(r.len(), 1, "expected exactly one request: {r:#?}");
        r.into_iter().next().unwrap()
    }

    /// The number of requests (attempts) received.
    pub fn count(&self) -> usize {
        self.state.requests.lock().unwrap().len()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

/// Credentials with the test key, dev id and webhook secret.
pub fn credentials() -> Credentials {
    Credentials::new(DEV_ID, API_KEY).with_webhook_secret(WEBHOOK_SECRET)
}

fn handle(mut stream: TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let reply = state
        .script
        .lock()
        .unwrap()
        .pop_front()
        .or_else(|| state.fallback.lock().unwrap().clone())
        .unwrap_or_else(|| Reply::json(599, r#"{"message":"no scripted reply"}"#));
    if let Reply::Reset(bytes) = reply {
        let mut start = [0u8; 8];
        let Ok(n) = stream.read(&mut start) else {
            return;
        };
        let head = String::from_utf8_lossy(&start[..n]);
        state.requests.lock().unwrap().push(Recorded {
            method: head.split_whitespace().next().unwrap_or("").to_owned(),
            path: String::new(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Vec::new(),
        });
        let _ = stream.write_all(&bytes);
        // Dropping the socket with unread input makes the kernel send RST.
        return;
    }
    let Some(recorded) = read_request(&stream) else {
        return;
    };
    state.requests.lock().unwrap().push(recorded);
    write_reply(stream, reply);
}

fn write_reply(mut stream: TcpStream, reply: Reply) {
    match reply {
        Reply::Slow(delay, inner) => {
            std::thread::sleep(delay);
            return write_reply(stream, *inner);
        }
        Reply::Raw(bytes) | Reply::Reset(bytes) => {
            let _ = stream.write_all(&bytes);
            let _ = stream.flush();
        }
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut out = format!("HTTP/1.1 {status} Whatever\r\n");
            for (k, v) in &headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str(&format!(
                "content-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            ));
            let _ = stream.write_all(out.as_bytes());
            let _ = stream.write_all(&body);
            let _ = stream.flush();
        }
    }
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

fn read_request(stream: &TcpStream) -> Option<Recorded> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    let len = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), parse_query(q)),
        None => (target, Vec::new()),
    };
    Some(Recorded {
        method,
        path,
        query,
        headers,
        body,
    })
}

fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        if let (b'%', Some(b)) = (bytes[i], hex) {
            out.push(b);
            i += 3;
        } else if bytes[i] == b'+' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A home-made operation for the fault tests: any method, any path, JSON
/// answer kept as untyped JSON.
pub struct Probe {
    pub method: http::Method,
    pub path: &'static str,
}

impl Probe {
    pub fn get(path: &'static str) -> Self {
        Probe {
            method: http::Method::GET,
            path,
        }
    }

    pub fn post(path: &'static str) -> Self {
        Probe {
            method: http::Method::POST,
            path,
        }
    }
}

impl Operation for Probe {
    type Output = Response<serde_json::Value>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(self.method.clone(), config, self.path).build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}
