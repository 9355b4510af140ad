//! Driving `tryterra-core` with an HTTP stack of your own.
//!
//! `tryterra-core` only builds `http::Request`s and reads `http::Response`s, so
//! any HTTP client can carry them. This example uses neither reqwest nor
//! ureq: it implements the SDK's `BlockingTransport` trait with a minimal
//! HTTP/1.1 client written on `std::net` (plain HTTP, one request per
//! connection), so every typed method of the SDK's client, with its retry
//! loop, runs over it. It talks to a small server started here on loopback,
//! which first answers 503 and then the list of providers.
//!
//! Run it with `cargo run --example custom_transport`.

use std::error::Error as StdError;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tryterra::client::{Attempt, BlockingTransport, Client};
use tryterra::{Config, Credentials, RetryPolicy, TransportError, TransportErrorKind};

type BoxError = Box<dyn StdError + Send + Sync>;

/// The transport: how to send one request and how to wait between two
/// attempts. Everything else (retries, parsing) is the SDK's.
struct StdNet {
    config: Config,
}

impl BlockingTransport for StdNet {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        send(request, &self.config)
    }

    fn sleep(&self, duration: Duration) {
        std::thread::sleep(duration);
    }
}

fn main() -> Result<(), BoxError> {
    let addr = start_server()?;
    let config = Config::with_base_url(format!("http://{addr}/v2"))?
        .timeout(Duration::from_secs(5))
        .retry(
            RetryPolicy::default()
                .with_delays(Duration::from_millis(20), Duration::from_millis(100)),
        );
    let credentials = Credentials::new("example-dev-id", "example-api-key");

    // The observer sees each attempt and what the retry loop decided.
    let attempts = Arc::new(AtomicU32::new(0));
    let seen = Arc::clone(&attempts);
    let terra = Client::with_transport(credentials, config.clone(), StdNet { config })
        .with_observer(move |a: &Attempt<'_>| {
            seen.fetch_add(1, Ordering::SeqCst);
            println!("attempt {}: {:?} -> {:?}", a.number, a.outcome, a.decision);
        });

    let providers = terra.list_providers().call()?;
    let attempts = attempts.load(Ordering::SeqCst);
    println!(
        "{} providers after {attempts} attempts: {}",
        providers.providers.len(),
        providers.providers.join(", ")
    );
    assert_eq!(attempts, 2, "the first 503 is retried");
    assert_eq!(providers.providers, ["FITBIT", "GARMIN", "OURA"]);
    assert_eq!(providers.sdk_providers, ["APPLE"]);
    Ok(())
}

/// A minimal HTTP/1.1 client over `std::net`: `http://` only, one request
/// per connection, the answer read until the peer closes.
fn send(
    request: http::Request<Vec<u8>>,
    config: &Config,
) -> Result<http::Response<Vec<u8>>, TransportError> {
    let io = |kind| move |e: std::io::Error| TransportError::new(kind, e);
    let uri = request.uri().clone();
    if uri.scheme_str() != Some("http") {
        return Err(TransportError::new(
            TransportErrorKind::Other,
            "this example client only speaks plain http",
        ));
    }
    let host = uri.host().unwrap_or("127.0.0.1");
    let port = uri.port_u16().unwrap_or(80);
    let target = uri.path_and_query().map_or("/", |p| p.as_str());
    let addr = (host, port)
        .to_socket_addrs()
        .map_err(io(TransportErrorKind::Connect))?
        .next()
        .ok_or_else(|| TransportError::new(TransportErrorKind::Connect, "no address"))?;
    let mut stream = TcpStream::connect_timeout(&addr, config.connect_timeout)
        .map_err(io(TransportErrorKind::Connect))?;
    stream
        .set_read_timeout(Some(config.timeout))
        .map_err(io(TransportErrorKind::Io))?;

    let mut head = format!(
        "{} {target} HTTP/1.1\r\nhost: {host}:{port}\r\n",
        request.method()
    );
    for (name, value) in request.headers() {
        let value = value
            .to_str()
            .map_err(|e| TransportError::new(TransportErrorKind::Other, e))?;
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "content-length: {}\r\nconnection: close\r\n\r\n",
        request.body().len()
    ));
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(request.body()))
        .map_err(io(TransportErrorKind::Io))?;

    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader
        .read_line(&mut status_line)
        .map_err(io(TransportErrorKind::Io))?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| TransportError::new(TransportErrorKind::Io, "bad status line"))?;
    let mut response = http::Response::builder().status(status);
    loop {
        let mut line = String::new();
        reader
            .read_line(&mut line)
            .map_err(io(TransportErrorKind::Io))?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            response = response.header(name.trim(), value.trim());
        }
    }
    let mut body = Vec::new();
    reader
        .take(config.max_response_bytes + 1)
        .read_to_end(&mut body)
        .map_err(io(TransportErrorKind::BodyRead))?;
    if body.len() as u64 > config.max_response_bytes {
        return Err(TransportError::from_kind(TransportErrorKind::TooLarge));
    }
    response
        .body(body)
        .map_err(|e| TransportError::new(TransportErrorKind::Io, e))
}

/// A stand-in for Terra on 127.0.0.1: answers `GET /v2/integrations`, the
/// first time with 503, then with the providers. Stops after two requests.
fn start_server() -> std::io::Result<std::net::SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().take(2).enumerate() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(match stream.try_clone() {
                Ok(s) => s,
                Err(_) => continue,
            });
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            // Skip the headers (GET: no body).
            loop {
                let mut line = String::new();
                match reader.read_line(&mut line) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if line.trim_end().is_empty() => break,
                    Ok(_) => {}
                }
            }
            let (status, body) = if !request_line.starts_with("GET /v2/integrations ") {
                (
                    "404 Not Found",
                    r#"{"status":"error","message":"no such path"}"#,
                )
            } else if n == 0 {
                (
                    "503 Service Unavailable",
                    r#"{"status":"error","message":"busy"}"#,
                )
            } else {
                (
                    "200 OK",
                    r#"{"status":"success","providers":["FITBIT","GARMIN","OURA"],"sdk_providers":["APPLE"]}"#,
                )
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    Ok(addr)
}
