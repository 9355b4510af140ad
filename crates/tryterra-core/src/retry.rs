//! The retry policy, as a pure function.
//!
//! Transports run the loop: after each attempt they ask
//! [`RetryPolicy::decide`] whether to stop or to wait and try again, and do
//! the sleeping themselves. Randomness (jitter) is passed in, so the policy
//! is deterministic under test.

use std::time::{Duration, SystemTime};

use crate::error::TransportErrorKind;

/// When and how often to retry. Plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Total attempts, the first one included (1 disables retries).
    pub max_attempts: u32,
    /// Backoff before the second attempt; doubles for each further attempt.
    pub base_delay: Duration,
    /// Upper bound of the exponential backoff.
    pub max_delay: Duration,
    /// Upper bound for a wait asked for by `Retry-After`. A longer wait
    /// stops the retries and returns the rate-limit error to the caller.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

/// What happened on one attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// An HTTP answer arrived with this status.
    Response {
        /// The status.
        status: http::StatusCode,
        /// The parsed `Retry-After` header, when present.
        retry_after: Option<Duration>,
    },
    /// The transport failed.
    Transport(TransportErrorKind),
}

/// The policy's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Do not try again: return this attempt's result.
    Stop,
    /// Wait this long, then try again.
    Retry(Duration),
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn never() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Same policy with another attempt count (at least 1).
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Same policy with other backoff bounds.
    #[must_use]
    pub fn with_delays(mut self, base: Duration, max: Duration) -> Self {
        self.base_delay = base;
        self.max_delay = max.max(base);
        self
    }

    /// Same policy with another cap on `Retry-After` waits.
    #[must_use]
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// Decides what to do after attempt number `attempt` (1 for the first)
    /// of a request with `method` ended in `outcome`.
    ///
    /// `jitter` is a random number in `[0, 1]` (values outside are clamped);
    /// the backoff before attempt `n + 1` lies in
    /// `[d / 2, d]` with `d = min(base_delay · 2^(n-1), max_delay)`.
    ///
    /// Rules:
    /// - never more than `max_attempts` attempts in total;
    /// - 429 is retried for every method (Terra refused the request without
    ///   acting on it), after `Retry-After` when given and not above
    ///   `max_retry_after`, otherwise after the backoff;
    /// - 502, 503, 504, timeouts and broken connections are retried only for
    ///   idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE), because
    ///   a POST or PATCH may already have taken effect;
    /// - connect failures are retried for every method: the request never
    ///   left the machine;
    /// - everything else (success, other statuses, TLS failures, oversized
    ///   bodies) stops.
    pub fn decide(
        &self,
        attempt: u32,
        method: &http::Method,
        outcome: &Outcome,
        jitter: f64,
    ) -> Decision {
        if attempt >= self.max_attempts {
            return Decision::Stop;
        }
        let idempotent = is_idempotent(method);
        // Computed only for a retry: most attempts end the exchange.
        let backoff = || self.backoff(attempt, jitter);
        match *outcome {
            Outcome::Response {
                status,
                retry_after,
            } => match status.as_u16() {
                429 => match retry_after {
                    Some(wait) if wait > self.max_retry_after => Decision::Stop,
                    Some(wait) => Decision::Retry(wait),
                    None => Decision::Retry(backoff()),
                },
                502..=504 if idempotent => Decision::Retry(backoff()),
                _ => Decision::Stop,
            },
            Outcome::Transport(kind) => match kind {
                TransportErrorKind::Connect => Decision::Retry(backoff()),
                TransportErrorKind::Timeout
                | TransportErrorKind::Io
                | TransportErrorKind::BodyRead
                    if idempotent =>
                {
                    Decision::Retry(backoff())
                }
                _ => Decision::Stop,
            },
        }
    }

    /// The jittered backoff after attempt `attempt`.
    pub fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        let exp = attempt.saturating_sub(1).min(31);
        let full = self
            .base_delay
            .checked_mul(1u32 << exp)
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        let jitter = if jitter.is_nan() {
            1.0
        } else {
            jitter.clamp(0.0, 1.0)
        };
        full.mul_f64(0.5 + jitter / 2.0)
    }

    /// An upper bound on the total time spent waiting between attempts.
    pub fn max_total_wait(&self) -> Duration {
        let per = self.max_delay.max(self.max_retry_after);
        per.saturating_mul(self.max_attempts.saturating_sub(1))
    }
}

/// `true` for the HTTP methods that can be repeated without extra effect.
pub fn is_idempotent(method: &http::Method) -> bool {
    matches!(
        *method,
        http::Method::GET
            | http::Method::HEAD
            | http::Method::PUT
            | http::Method::DELETE
            | http::Method::OPTIONS
            | http::Method::TRACE
    )
}

/// Reads a `Retry-After` header given as a number of seconds. An HTTP date
/// needs the current time: see [`parse_retry_after_at`].
pub fn parse_retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    crate::error::retry_after_seconds(headers)
}

/// Reads a `Retry-After` header given as seconds or as an HTTP date
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), relative to `now`.
pub fn parse_retry_after_at(headers: &http::HeaderMap, now: SystemTime) -> Option<Duration> {
    if let Some(d) = parse_retry_after(headers) {
        return Some(d);
    }
    let v = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    let at = crate::dates::parse_http_date(v)?;
    let now = now.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs() as i64;
    Some(Duration::from_secs(at.saturating_sub(now).max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::{Method, StatusCode};

    fn status(code: u16) -> Outcome {
        Outcome::Response {
            status: StatusCode::from_u16(code).unwrap(),
            retry_after: None,
        }
    }

    #[test]
    fn table() {
        let p = RetryPolicy::default();
        let get = Method::GET;
        let post = Method::POST;
        assert!(matches!(
            p.decide(1, &get, &status(503), 1.0),
            Decision::Retry(_)
        ));
        assert_eq!(p.decide(3, &get, &status(503), 1.0), Decision::Stop);
        assert_eq!(p.decide(1, &post, &status(503), 1.0), Decision::Stop);
        assert_eq!(p.decide(1, &post, &status(500), 1.0), Decision::Stop);
        assert_eq!(p.decide(1, &get, &status(500), 1.0), Decision::Stop);
        assert_eq!(p.decide(1, &get, &status(404), 1.0), Decision::Stop);
        assert_eq!(p.decide(1, &get, &status(200), 1.0), Decision::Stop);
        let limited = Outcome::Response {
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after: Some(Duration::from_secs(2)),
        };
        assert_eq!(
            p.decide(1, &post, &limited, 0.3),
            Decision::Retry(Duration::from_secs(2))
        );
        let too_long = Outcome::Response {
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after: Some(Duration::from_secs(3600)),
        };
        assert_eq!(p.decide(1, &get, &too_long, 0.3), Decision::Stop);
        let connect = Outcome::Transport(TransportErrorKind::Connect);
        assert!(matches!(
            p.decide(1, &post, &connect, 0.0),
            Decision::Retry(_)
        ));
        let timeout = Outcome::Transport(TransportErrorKind::Timeout);
        assert!(matches!(
            p.decide(1, &get, &timeout, 0.0),
            Decision::Retry(_)
        ));
        assert_eq!(p.decide(1, &post, &timeout, 0.0), Decision::Stop);
        let tls = Outcome::Transport(TransportErrorKind::Tls);
        assert_eq!(p.decide(1, &get, &tls, 0.0), Decision::Stop);
    }

    #[test]
    fn backoff_bounds() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1, 1.0), Duration::from_millis(500));
        assert_eq!(p.backoff(1, 0.0), Duration::from_millis(250));
        assert_eq!(p.backoff(2, 1.0), Duration::from_secs(1));
        assert_eq!(p.backoff(40, 1.0), Duration::from_secs(8));
        assert_eq!(p.backoff(u32::MAX, f64::NAN), Duration::from_secs(8));
    }

    #[test]
    fn retry_after_forms() {
        let mut h = http::HeaderMap::new();
        h.insert(http::header::RETRY_AFTER, "120".parse().unwrap());
        assert_eq!(parse_retry_after(&h), Some(Duration::from_secs(120)));
        h.insert(
            http::header::RETRY_AFTER,
            "Sun, 06 Nov 1994 08:49:37 GMT".parse().unwrap(),
        );
        assert_eq!(parse_retry_after(&h), None);
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777 - 30);
        assert_eq!(parse_retry_after_at(&h, now), Some(Duration::from_secs(30)));
        h.insert(http::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(parse_retry_after_at(&h, now), None);
    }
}
