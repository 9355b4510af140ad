//! The one typed client over scripted transports, in both flavours: the
//! same calls, the same retry loop, the same results.

use std::collections::VecDeque;
use std::future::{Future, IntoFuture};
use std::io;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use tryterra_core::client::{AsyncTransport, Attempt, BlockingTransport, Client, FnTransport};
use tryterra_core::retry::Decision;
use tryterra_core::{
    CalendarDate, Config, Credentials, Error, RetryPolicy, TransportError, TransportErrorKind,
};

const KEY: &str = "key-3f9a-secret";

/// Answers from a script (the last answer repeats), records the requests
/// and the waits it was asked for. Waiting takes no time.
#[derive(Default)]
struct Script {
    answers: Mutex<VecDeque<Answer>>,
    sent: Mutex<Vec<http::Request<Vec<u8>>>>,
    waits: Mutex<Vec<Duration>>,
}

#[derive(Clone)]
enum Answer {
    Status(u16, &'static str),
    Fail(TransportErrorKind),
    Io(io::ErrorKind),
}

impl Script {
    fn new(answers: impl IntoIterator<Item = Answer>) -> Arc<Self> {
        Arc::new(Self {
            answers: Mutex::new(answers.into_iter().collect()),
            ..Self::default()
        })
    }

    fn answer(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        self.sent.lock().unwrap().push(request);
        let mut answers = self.answers.lock().unwrap();
        let next = if answers.len() > 1 {
            answers.pop_front()
        } else {
            answers.front().cloned()
        };
        match next.expect("a scripted answer") {
            Answer::Status(status, body) => {
                let mut response = http::Response::new(body.as_bytes().to_vec());
                *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
                Ok(response)
            }
            Answer::Fail(kind) => Err(TransportError::from_kind(kind)),
            Answer::Io(kind) => Err(TransportError::from_boxed(Box::new(io::Error::new(
                kind, "scripted",
            )))),
        }
    }

    fn sent(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
}

/// Runs a future whose every step is ready at once (the scripted
/// transport's futures are), with no runtime.
fn ready<F: IntoFuture>(f: F) -> F::Output {
    let mut f = pin!(f.into_future());
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..10_000 {
        if let Poll::Ready(out) = f.as_mut().poll(&mut cx) {
            return out;
        }
    }
    panic!("the future did not finish");
}

fn config(attempts: u32) -> Config {
    Config::with_base_url("https://terra.test/v2")
        .unwrap()
        .retry(RetryPolicy::default().with_max_attempts(attempts))
}

/// A blocking client over the script; its waits are recorded, not slept.
fn blocking(script: &Arc<Script>, attempts: u32) -> Client<impl BlockingTransport + use<>> {
    let (s, w) = (Arc::clone(script), Arc::clone(script));
    let transport = FnTransport::new(
        move |request| s.answer(request),
        move |wait| w.waits.lock().unwrap().push(wait),
    );
    Client::with_transport(Credentials::new("dev-1", KEY), config(attempts), transport)
}

/// An async client over the same script.
fn nonblocking(script: &Arc<Script>, attempts: u32) -> Client<impl AsyncTransport + use<>> {
    let (s, w) = (Arc::clone(script), Arc::clone(script));
    let transport = FnTransport::new(
        move |request| std::future::ready(s.answer(request)),
        move |wait| {
            w.waits.lock().unwrap().push(wait);
            std::future::ready(())
        },
    );
    Client::with_transport(Credentials::new("dev-1", KEY), config(attempts), transport)
}

const PROVIDERS: &str = r#"{"status":"success","providers":["GARMIN","OURA"]}"#;

#[test]
fn both_flavours_send_the_same_request_and_read_the_same_answer() {
    let x = Script::new([Answer::Status(200, PROVIDERS)]);
    let y = Script::new([Answer::Status(200, PROVIDERS)]);
    let a = blocking(&x, 3).list_providers().call().unwrap();
    let b = ready(nonblocking(&y, 3).list_providers()).unwrap();
    assert_eq!(a.providers, ["GARMIN", "OURA"]);
    assert_eq!(a.raw(), b.raw());
    let (sent_x, sent_y) = (x.sent.lock().unwrap(), y.sent.lock().unwrap());
    let (ra, rb) = (&sent_x[0], &sent_y[0]);
    assert_eq!(ra.uri(), "https://terra.test/v2/integrations");
    assert_eq!(
        (ra.method(), ra.uri(), ra.headers()),
        (rb.method(), rb.uri(), rb.headers())
    );
}

#[test]
fn gateway_errors_are_retried_with_the_transports_sleep() {
    for flavour in ["blocking", "async"] {
        let script = Script::new([
            Answer::Status(503, "{}"),
            Answer::Fail(TransportErrorKind::Timeout),
            Answer::Status(200, PROVIDERS),
        ]);
        let got = match flavour {
            "blocking" => blocking(&script, 3).list_providers().call(),
            _ => ready(nonblocking(&script, 3).list_providers()),
        };
        assert_eq!(got.unwrap().providers.len(), 2, "{flavour}");
        assert_eq!(script.sent(), 3, "{flavour}");
        let waits = script.waits.lock().unwrap().clone();
        assert_eq!(
            waits.len(),
            2,
            "{flavour}: one wait between each two attempts"
        );
        let base = RetryPolicy::default().base_delay;
        assert!(waits[0] >= base / 2 && waits[0] <= base, "{waits:?}");
    }
}

#[test]
fn transport_errors_keep_their_kind_and_end_the_call() {
    let cases = [
        (
            Answer::Io(io::ErrorKind::ConnectionRefused),
            TransportErrorKind::Connect,
            3,
        ),
        (
            Answer::Io(io::ErrorKind::TimedOut),
            TransportErrorKind::Timeout,
            3,
        ),
        (
            Answer::Fail(TransportErrorKind::Tls),
            TransportErrorKind::Tls,
            1,
        ),
        (
            Answer::Fail(TransportErrorKind::Other),
            TransportErrorKind::Other,
            1,
        ),
    ];
    for (answer, kind, attempts) in cases {
        let script = Script::new([answer]);
        let err = blocking(&script, 3).list_providers().call().unwrap_err();
        assert!(
            matches!(err, Error::Transport(ref t) if t.kind == kind),
            "{err:?}"
        );
        assert_eq!(script.sent(), attempts, "{kind:?}");
    }
}

#[test]
fn an_answer_above_the_body_limit_is_refused() {
    let script = Script::new([Answer::Status(200, PROVIDERS)]);
    let s = Arc::clone(&script);
    let transport = FnTransport::new(move |request| s.answer(request), |_: Duration| {});
    let config = Config::default().max_response_bytes(8);
    let terra = Client::with_transport(Credentials::new("d", KEY), config, transport);
    let err = terra.list_providers().call().unwrap_err();
    assert!(
        matches!(err, Error::Transport(ref t) if t.kind == TransportErrorKind::TooLarge),
        "{err:?}"
    );
}

#[test]
fn a_request_refused_before_sending_sends_nothing() {
    let script = Script::new([Answer::Status(200, "{}")]);
    let start = CalendarDate::new(2026, 3, 10).unwrap();
    let end = CalendarDate::new(2026, 3, 1).unwrap();
    let err = blocking(&script, 3)
        .sleep("u-1")
        .since(start)
        .until(end)
        .call()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    assert_eq!(script.sent(), 0);
}

#[test]
fn the_observer_sees_every_attempt_and_the_decision_taken() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let script = Script::new([
        Answer::Status(502, "{}"),
        Answer::Status(401, r#"{"message":"no"}"#),
    ]);
    let terra = blocking(&script, 3).with_observer(move |a: &Attempt<'_>| {
        log.lock().unwrap().push((
            a.number,
            a.max_attempts,
            a.method.clone(),
            a.uri.to_string(),
            a.decision,
        ));
    });
    let err = terra.list_providers().call().unwrap_err();
    assert_eq!(err.status(), Some(http::StatusCode::UNAUTHORIZED));
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!((seen[0].0, seen[0].1), (1, 3));
    assert!(matches!(seen[0].4, Decision::Retry(_)));
    assert_eq!(seen[1].4, Decision::Stop);
    assert_eq!(seen[1].3, "https://terra.test/v2/integrations");
    assert!(!format!("{seen:?} {terra:?}").contains(KEY));
}

#[test]
fn a_mapped_call_and_a_user_handle() {
    let terra = blocking(&Script::new([Answer::Status(200, PROVIDERS)]), 1);
    let n = terra
        .list_providers()
        .map(|r| r.providers.len())
        .call()
        .unwrap();
    assert_eq!(n, 2);
    let user = r#"{"status":"success","is_authenticated":true,"user":{"user_id":"u-7","provider":"OURA"}}"#;
    let script = Script::new([Answer::Status(200, user)]);
    let terra = blocking(&script, 1);
    let handle = terra.from_user_id("u-7").call().unwrap();
    assert_eq!(handle.id(), "u-7");
    assert_eq!(
        handle.terra_user().and_then(|u| u.provider.as_deref()),
        Some("OURA")
    );
    let sent = script.sent.lock().unwrap();
    assert_eq!(sent[0].uri(), "https://terra.test/v2/userInfo?user_id=u-7");
}

#[test]
fn list_users_follows_pages_forward_only() {
    let script = Script::new([
        Answer::Status(200, r#"{"data":{"next":1,"results":[{"user_id":"a"}]}}"#),
        Answer::Status(200, r#"{"data":{"next":2,"results":[{"user_id":"b"}]}}"#),
        // A `next` that points back ends the walk.
        Answer::Status(200, r#"{"data":{"next":1,"results":[{"user_id":"c"}]}}"#),
    ]);
    let users = ready(nonblocking(&script, 1).list_users()).unwrap();
    let ids: Vec<_> = users.iter().filter_map(|u| u.user_id.as_deref()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(script.sent(), 3);
}

#[test]
fn errors_say_how_many_attempts_and_what_to_do_about_them() {
    // Three 503s: retryable, three attempts, and the message says so.
    let script = Script::new([Answer::Status(503, r#"{"message":"busy"}"#)]);
    let err = blocking(&script, 3).list_providers().call().unwrap_err();
    assert!(err.is_retryable() && !err.is_unauthorized() && !err.is_rate_limited());
    assert_eq!(err.attempts(), Some(3));
    assert_eq!(
        err.to_string(),
        "Terra answered HTTP 503 Service Unavailable: busy (after 3 attempts)"
    );
    // A 401 is not retried and says nothing about attempts.
    let script = Script::new([Answer::Status(401, r#"{"message":"bad key"}"#)]);
    let err = blocking(&script, 3).list_providers().call().unwrap_err();
    assert!(err.is_unauthorized() && !err.is_retryable());
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(
        err.to_string(),
        "Terra answered HTTP 401 Unauthorized: bad key"
    );
    // A connect failure names its root cause, however deep it is.
    let script = Script::new([Answer::Io(io::ErrorKind::ConnectionRefused)]);
    let err = blocking(&script, 2).list_providers().call().unwrap_err();
    assert!(err.is_retryable());
    assert_eq!(err.attempts(), Some(2));
    assert_eq!(
        err.to_string(),
        "transport error (connect): scripted (after 2 attempts)"
    );
}

#[test]
fn a_rate_limit_reports_its_wait_and_attempts() {
    let script = Arc::new(Script::default());
    let s = Arc::clone(&script);
    let transport = FnTransport::new(
        move |request: http::Request<Vec<u8>>| {
            s.sent.lock().unwrap().push(request);
            let mut answer = http::Response::new(br#"{"message":"slow down"}"#.to_vec());
            *answer.status_mut() = http::StatusCode::TOO_MANY_REQUESTS;
            answer.headers_mut().insert(
                http::header::RETRY_AFTER,
                http::HeaderValue::from_static("1"),
            );
            Ok::<_, io::Error>(answer)
        },
        |_: Duration| {},
    );
    let terra = Client::with_transport(Credentials::new("d", KEY), config(2), transport);
    let err = terra.list_providers().call().unwrap_err();
    assert!(err.is_rate_limited() && err.is_retryable());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(err.attempts(), Some(2));
    assert_eq!(
        err.to_string(),
        "rate limited by Terra (HTTP 429), retry after 1s (after 2 attempts)"
    );
}

#[test]
fn a_404_under_a_base_url_without_the_version_hints_at_it() {
    for (base, hinted) in [
        ("https://api.tryterra.co", true),
        ("https://proxy.example/terra", true),
        ("https://api.tryterra.co/v2", false),
        ("https://access.tryterra.co/api/v2", false),
    ] {
        let script = Script::new([Answer::Status(404, r#"{"message":"Not Found"}"#)]);
        let s = Arc::clone(&script);
        let transport = FnTransport::new(move |request| s.answer(request), |_: Duration| {});
        let config = Config::with_base_url(base).unwrap();
        let terra = Client::with_transport(Credentials::new("d", KEY), config, transport);
        let err = terra.user_info_by_id("u-1").call().unwrap_err();
        let text = err.to_string();
        assert_eq!(
            text.contains("has no API version"),
            hinted,
            "{base}: {text}"
        );
        if hinted {
            assert!(text.contains("https://api.tryterra.co/v2"), "{text}");
        }
    }
}

#[test]
fn the_client_decodes_tolerantly_unless_its_config_asks_for_strict() {
    use tryterra_core::DecodeMode;
    let odd = r#"{"status":"success","providers":["OURA"],"sdk_providers":"APPLE"}"#;
    let tolerant = blocking(&Script::new([Answer::Status(200, odd)]), 1);
    let got = tolerant.list_providers().call().unwrap();
    assert_eq!(got.providers, ["OURA"]);
    let report: Vec<String> = got.mismatches().iter().map(|m| m.path.clone()).collect();
    assert_eq!(report, ["sdk_providers"]);

    let script = Script::new([Answer::Status(200, odd)]);
    let s = Arc::clone(&script);
    let transport = FnTransport::new(move |request| s.answer(request), |_: Duration| {});
    let config = config(1).decode_mode(DecodeMode::Strict);
    let strict = Client::with_transport(Credentials::new("d", KEY), config, transport);
    let err = strict.list_providers().call().unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("sdk_providers"), "{err}");
}
