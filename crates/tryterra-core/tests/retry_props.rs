//! Property tests of the retry policy and of the retry loop every client
//! runs (the `Exchange` step machine): whatever the configuration, the
//! outcome sequence and the jitter, no more attempts than configured, waits
//! within bounds, and a request that may have reached Terra with a
//! non-idempotent method is never sent again.

use std::sync::Mutex;
use std::time::Duration;

use http::{Method, StatusCode};
use proptest::prelude::*;
use tryterra_core::client::{Attempt, Exchange, Step};
use tryterra_core::operation::RequestBuilder;
use tryterra_core::retry::is_idempotent;
use tryterra_core::{
    Config, Credentials, Decision, Error, Operation, Outcome, RetryPolicy, TransportError,
    TransportErrorKind,
};

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![
        Just(Method::GET),
        Just(Method::HEAD),
        Just(Method::PUT),
        Just(Method::DELETE),
        Just(Method::OPTIONS),
        Just(Method::TRACE),
        Just(Method::POST),
        Just(Method::PATCH),
        Just(Method::CONNECT),
    ]
}

fn kind() -> impl Strategy<Value = TransportErrorKind> {
    prop_oneof![
        Just(TransportErrorKind::Connect),
        Just(TransportErrorKind::Timeout),
        Just(TransportErrorKind::Tls),
        Just(TransportErrorKind::Io),
        Just(TransportErrorKind::BodyRead),
        Just(TransportErrorKind::TooLarge),
        Just(TransportErrorKind::Other),
    ]
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        // Statuses, weighted towards the interesting ones.
        (
            prop_oneof![
                Just(200u16),
                Just(204),
                Just(400),
                Just(401),
                Just(404),
                Just(429),
                Just(500),
                Just(502),
                Just(503),
                Just(504),
                100u16..600,
            ],
            proptest::option::of(0u64..200_000),
        )
            .prop_map(|(code, retry_after)| Outcome::Response {
                status: StatusCode::from_u16(code).expect("100..600 is a valid status"),
                retry_after: retry_after.map(Duration::from_millis),
            }),
        kind().prop_map(Outcome::Transport),
    ]
}

fn policy() -> impl Strategy<Value = RetryPolicy> {
    (1u32..8, 0u64..5_000, 0u64..60_000, 0u64..120_000).prop_map(|(attempts, base, max, ra)| {
        RetryPolicy::default()
            .with_max_attempts(attempts)
            .with_delays(Duration::from_millis(base), Duration::from_millis(max))
            .with_max_retry_after(Duration::from_millis(ra))
    })
}

/// `true` when the request may have reached Terra and been acted upon: any
/// HTTP answer other than 429, or a transport failure after the connection
/// was made.
fn may_have_reached_terra(outcome: &Outcome) -> bool {
    match outcome {
        Outcome::Response { status, .. } => *status != StatusCode::TOO_MANY_REQUESTS,
        Outcome::Transport(kind) => !matches!(kind, TransportErrorKind::Connect),
        _ => true,
    }
}

/// A request with the given method whose answer is not looked at.
struct Probe(Method);

impl Operation for Probe {
    type Output = ();

    fn to_request(&self, c: &Config, k: &Credentials) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(self.0.clone(), c, "/probe").build(c, k)
    }

    fn parse_response<B: AsRef<[u8]>>(&self, _: http::Response<B>) -> Result<(), Error> {
        Ok(())
    }
}

/// What the transport hands back for a scripted outcome. A `Retry-After`
/// travels as whole seconds, as in a real header.
fn answer(outcome: Outcome) -> Result<http::Response<Vec<u8>>, TransportError> {
    match outcome {
        Outcome::Response {
            status,
            retry_after,
        } => {
            let mut response = http::Response::new(Vec::new());
            *response.status_mut() = status;
            if let Some(wait) = retry_after {
                response.headers_mut().insert(
                    http::header::RETRY_AFTER,
                    http::HeaderValue::from(wait.as_secs()),
                );
            }
            Ok(response)
        }
        Outcome::Transport(kind) => Err(TransportError::from_kind(kind)),
        _ => Err(TransportError::from_kind(TransportErrorKind::Other)),
    }
}

/// Drives the SDK's own retry loop (the [`Exchange`] step machine every
/// client runs) over a scripted sequence of outcomes (the last one
/// repeats), and returns the number of requests sent and, for each retry,
/// the outcome the loop saw and the wait it asked for.
fn simulate(
    policy: &RetryPolicy,
    method: &Method,
    outcomes: &[Outcome],
) -> (u32, Vec<(Outcome, Duration)>) {
    let config = Config::default().retry(policy.clone());
    let credentials = Credentials::new("dev", "key");
    let seen = Mutex::new(Vec::new());
    let observer = |a: &Attempt<'_>| {
        seen.lock()
            .expect("not poisoned")
            .push((a.outcome, a.decision));
    };
    let probe = Probe(method.clone());
    let mut exchange = Exchange::new(&probe, &config, &credentials).observed(Some(&observer));
    let mut step = exchange.start();
    let mut sent = 0u32;
    loop {
        step = match step {
            Step::Send(request) => {
                assert_eq!(request.method(), method);
                sent += 1;
                assert!(sent <= 1_000, "runaway retry loop");
                let i = (sent as usize - 1).min(outcomes.len() - 1);
                exchange.received(answer(outcomes[i]))
            }
            Step::Wait(_) => exchange.resume(),
            Step::Done(_) => break,
        };
    }
    assert_eq!(exchange.attempts(), sent);
    let waits = seen
        .into_inner()
        .expect("not poisoned")
        .into_iter()
        .filter_map(|(outcome, decision)| match decision {
            Decision::Retry(wait) => Some((outcome, wait)),
            Decision::Stop => None,
        })
        .collect();
    (sent, waits)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Never more attempts than configured, and the policy's own bound on
    /// the total wait holds.
    #[test]
    fn never_more_attempts_than_configured(
        policy in policy(),
        method in method(),
        outcomes in proptest::collection::vec(outcome(), 1..12),
    ) {
        let (attempts, waits) = simulate(&policy, &method, &outcomes);
        prop_assert!(attempts >= 1);
        prop_assert!(attempts <= policy.max_attempts);
        prop_assert_eq!(waits.len() as u32, attempts - 1);
        let total: Duration = waits.iter().map(|(_, w)| *w).sum();
        prop_assert!(total <= policy.max_total_wait(), "{total:?} > {:?}", policy.max_total_wait());
    }

    /// Every wait lies within bounds: a backoff is in `[d/2, d]` with
    /// `d = min(base · 2^(n-1), max_delay)`, and a `Retry-After` wait is
    /// exactly what the server asked for and never above the cap.
    #[test]
    fn delays_within_bounds(
        policy in policy(),
        method in method(),
        attempt in 1u32..40,
        outcome in outcome(),
        jitter in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(f64::NEG_INFINITY), -10.0f64..10.0],
    ) {
        if let Decision::Retry(wait) = policy.decide(attempt, &method, &outcome, jitter) {
            prop_assert!(attempt < policy.max_attempts);
            match outcome {
                Outcome::Response { status, retry_after: Some(asked) }
                    if status == StatusCode::TOO_MANY_REQUESTS =>
                {
                    prop_assert_eq!(wait, asked);
                    prop_assert!(wait <= policy.max_retry_after);
                }
                _ => {
                    let exp = attempt.saturating_sub(1).min(31);
                    let full = policy
                        .base_delay
                        .checked_mul(1u32 << exp)
                        .unwrap_or(policy.max_delay)
                        .min(policy.max_delay);
                    // One nanosecond of slack for the float multiplication.
                    prop_assert!(wait + Duration::from_nanos(1) >= full / 2, "{wait:?} < {:?}/2", full);
                    prop_assert!(wait <= full, "{wait:?} > {full:?}");
                    prop_assert!(wait <= policy.max_delay);
                }
            }
        }
    }

    /// A POST or PATCH (or any non-idempotent method) is retried only after
    /// a connect failure or a 429: never after an outcome where Terra may
    /// have received it (5xx, timeout, io or body errors, …).
    #[test]
    fn non_idempotent_never_retried_after_reaching_terra(
        policy in policy(),
        method in prop_oneof![Just(Method::POST), Just(Method::PATCH), Just(Method::CONNECT)],
        outcomes in proptest::collection::vec(outcome(), 1..12),
    ) {
        prop_assert!(!is_idempotent(&method));
        let (_, waits) = simulate(&policy, &method, &outcomes);
        for (outcome, _) in &waits {
            prop_assert!(!may_have_reached_terra(outcome), "{method} retried after {outcome:?}");
        }
    }

    /// What is retried at all: only 429, 502–504, and the transient
    /// transport failures; never a success, a client error, a 500, a TLS
    /// failure or an oversized body.
    #[test]
    fn only_transient_outcomes_are_retried(
        policy in policy(),
        method in method(),
        attempt in 1u32..10,
        outcome in outcome(),
    ) {
        if let Decision::Retry(_) = policy.decide(attempt, &method, &outcome, 0.5) {
            let transient = match outcome {
                Outcome::Response { status, .. } => matches!(status.as_u16(), 429 | 502..=504),
                Outcome::Transport(kind) => matches!(
                    kind,
                    TransportErrorKind::Connect
                        | TransportErrorKind::Timeout
                        | TransportErrorKind::Io
                        | TransportErrorKind::BodyRead
                ),
                _ => false,
            };
            prop_assert!(transient, "retried after {outcome:?}");
        }
    }

    /// Idempotent methods are retried after 502–504 and transient transport
    /// failures while attempts remain (liveness of the policy).
    #[test]
    fn idempotent_methods_are_retried_while_attempts_remain(
        policy in policy(),
        method in prop_oneof![Just(Method::GET), Just(Method::PUT), Just(Method::DELETE)],
        code in prop_oneof![Just(502u16), Just(503), Just(504)],
    ) {
        let outcome = Outcome::Response { status: StatusCode::from_u16(code).unwrap(), retry_after: None };
        let (attempts, _) = simulate(&policy, &method, &[outcome]);
        prop_assert_eq!(attempts, policy.max_attempts);
    }
}
