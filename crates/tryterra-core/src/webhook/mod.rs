//! Webhook deliveries: signature verification, signing, and event decoding.
//!
//! Terra POSTs each event as JSON to the developer's webhook URL with a
//! signature header, `terra-signature` (Terra also uses the name
//! `X-Terra-Signature`; header names are case-insensitive). For the body
//! `{"type":"healthcheck","status":"success"}` sent at 1767225600 and the
//! secret `my-webhook-secret`, it reads:
//!
//! ```text
//! terra-signature: t=1767225600,v1=2cebf678cf377a5153002f183ea25bf29fb974f0a9bacd2bb30a8552ed8ce6f0
//! ```
//!
//! `t` is the send time in unix seconds and each `v1` is the lowercase hex
//! HMAC-SHA256, keyed with the webhook secret, of the bytes of `t`, a `.`,
//! and the raw request body.
//!
//! A [`Verifier`] holds the secret and a tolerance for the timestamp (five
//! minutes by default). It checks the raw bytes first and only then decodes
//! the JSON, so nothing an unauthenticated sender writes reaches a parser:
//!
//! ```
//! use tryterra_core::webhook::{Verifier, WebhookError, sign};
//!
//! let verifier = Verifier::new("my-webhook-secret");
//! let body = br#"{"type":"healthcheck","status":"success"}"#;
//! let now = 1_767_225_600;
//! let header = sign(b"my-webhook-secret", now - 3, body);
//!
//! let event = verifier.verify_and_parse(body, &header, now)?;
//! assert_eq!(serde_json::to_value(&event).unwrap()["type"], "healthcheck");
//!
//! // A delivery signed with another secret, or replayed an hour later, fails.
//! let forged = sign(b"guess", now, body);
//! assert_eq!(verifier.verify(body, &forged, now).unwrap_err(), WebhookError::SignatureMismatch);
//! assert!(matches!(
//!     verifier.verify(body, &header, now + 3600),
//!     Err(WebhookError::TimestampTooOld { .. })
//! ));
//! # Ok::<(), WebhookError>(())
//! ```
//!
//! # What is accepted
//!
//! A header is accepted when, and only when:
//!
//! - it is at most [`MAX_HEADER_LEN`] bytes of visible ASCII, space or tab;
//! - it is a comma-separated list of `key=value` items, in any order, with
//!   optional spaces or tabs around each item (but not around the `=`);
//!   keys are letters, digits, `-` and `_`, and are case-sensitive;
//! - it has exactly one `t`, made of ASCII digits only (no sign), whose value
//!   fits an `i64`. Leading zeros are allowed: the MAC covers the digits as
//!   sent, so `t=010` is a different message from `t=10`;
//! - it has at least one `v1`, and every `v1` is exactly 64 hex digits.
//!   **Uppercase and mixed-case hex are accepted**: the value is compared as
//!   the 32 bytes it encodes, and case does not change those bytes. Terra
//!   sends lowercase, and [`sign`] produces lowercase;
//! - one of the `v1` values equals the expected MAC (compared in constant
//!   time, and every candidate is compared, so timing does not tell which one
//!   matched);
//! - `|now − t|` is at most the tolerance (computed without overflow for any
//!   pair of `i64` values).
//!
//! Items with other keys (`v0`, a future `v2`, …) are ignored. Every other
//! header is refused with a [`WebhookError`] naming the cause, and no input
//! (empty, huge, non-ASCII, a body that is not UTF-8) makes any of this panic.
//!
//! The checks run in this order: length, characters, shape, `t`, `v1`
//! syntax, signature, then time. The signature comes before the time, so
//! [`WebhookError::TimestampTooOld`] and [`WebhookError::TimestampInFuture`]
//! only ever describe authentic deliveries (a clock problem or a replay),
//! while a forged one is always [`WebhookError::SignatureMismatch`].
//!
//! # Replays and duplicates
//!
//! The tolerance bounds how long a captured delivery can be replayed. Within
//! the window, and because Terra delivers at least once, a receiver should
//! also remember which deliveries it has already handled: see
//! [`Delivery::trace_id`] and `examples/webhook_axum.rs`.

mod header;

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};

use crate::config::{Credentials, Secret};
use crate::error::{DecodeError, Error};
use crate::models::{DecodeMode, Event};

use header::SIGNATURE_BYTES;

/// Name of the header carrying Terra's signature.
pub const SIGNATURE_HEADER: &str = "terra-signature";

/// The other name Terra uses for the signature header.
pub const ALT_SIGNATURE_HEADER: &str = "x-terra-signature";

/// Name of the header carrying the delivery's trace id (the event id), the
/// same on every retry of one delivery.
pub const TRACE_ID_HEADER: &str = "x-terra-trace-id";

/// The timestamp tolerance of a new [`Verifier`]: five minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// The longest signature header accepted, in bytes (8 KiB). A real header is
/// under 100 bytes per signature.
pub const MAX_HEADER_LEN: usize = 8 * 1024;

type HmacSha256 = Hmac<Sha256>;

fn keyed_mac(secret: &[u8]) -> HmacSha256 {
    <HmacSha256 as Mac>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"))
}

/// Computes the lowercase hex HMAC-SHA256 of `"<timestamp>." + body` keyed
/// with `secret`.
pub fn compute_signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = keyed_mac(secret);
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Produces a `terra-signature` header value, `t=<timestamp>,v1=<hex>`, for
/// `body` signed with `secret` at `timestamp` (unix seconds).
///
/// Use it to test your own receiver, or to sign deliveries in an emulator.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    format!(
        "t={timestamp},v1={}",
        compute_signature(secret, timestamp, body)
    )
}

/// Checks a signature header against `body` and `secret`, with the default
/// tolerance, and answers yes or no.
///
/// The name is the one of the Python SDK's checker. Prefer
/// [`Verifier::verify`], which says why a delivery was refused.
pub fn check_terra_signature(secret: &[u8], body: &[u8], header: &str, now_unix: i64) -> bool {
    verify_with(
        &keyed_mac(secret),
        DEFAULT_TOLERANCE,
        body,
        header,
        now_unix,
    )
    .is_ok()
}

/// The current time in unix seconds, read from the system clock (negative
/// before 1970, saturating far from it): the `now_unix` the `verify…`
/// functions take.
pub fn unix_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

/// Why a webhook delivery was refused.
///
/// Every variant except [`WebhookError::Decode`] means the delivery is not
/// proven to come from Terra: answer 401 (see [`WebhookError::status`]).
/// No variant ever contains the secret, and none repeats the header's content.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The request has no signature header, or its value is empty.
    #[error("the webhook request has no terra-signature header")]
    MissingHeader,
    /// The header is not a comma-separated list of `key=value` items of
    /// visible ASCII, or the request carries several different signature
    /// headers.
    #[error("the terra-signature header is malformed: {reason}")]
    MalformedHeader {
        /// What is wrong (fixed text, never the header's content).
        reason: &'static str,
    },
    /// The header has no `t` item.
    #[error("the terra-signature header has no timestamp (t=)")]
    MissingTimestamp,
    /// The header has more than one `t` item.
    #[error("the terra-signature header has more than one timestamp (t=)")]
    DuplicateTimestamp,
    /// The `t` value is not a non-negative integer that fits an `i64`.
    #[error("the timestamp (t=) of the terra-signature header is not a non-negative integer")]
    InvalidTimestamp,
    /// The header has no `v1` item.
    #[error("the terra-signature header has no v1 signature")]
    NoSignature,
    /// A `v1` value is not exactly 64 hex digits.
    #[error("a v1 signature is not 64 hex digits")]
    InvalidHex,
    /// The timestamp is older than the tolerance allows (a late or replayed
    /// delivery, or a clock behind).
    #[error("the webhook timestamp is {}s old, more than the tolerance", .age.as_secs())]
    TimestampTooOld {
        /// How far in the past the timestamp is.
        age: Duration,
    },
    /// The timestamp is further in the future than the tolerance allows (the
    /// sender's clock or ours is off).
    #[error("the webhook timestamp is {}s in the future, more than the tolerance", .ahead.as_secs())]
    TimestampInFuture {
        /// How far in the future the timestamp is.
        ahead: Duration,
    },
    /// No `v1` matches the body and timestamp under this secret (wrong
    /// secret, or a modified body or timestamp).
    #[error("no webhook signature matches the body")]
    SignatureMismatch,
    /// The header is longer than [`MAX_HEADER_LEN`].
    #[error("the terra-signature header is {len} bytes long, over the limit of {max}")]
    HeaderTooLong {
        /// The header's length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The signature is valid but the body does not decode into an
    /// [`Event`].
    #[error(transparent)]
    Decode(Box<DecodeError>),
}

impl WebhookError {
    /// The status a receiver should answer with: 400 Bad Request for
    /// [`WebhookError::Decode`] (the delivery is authentic, its content is
    /// not understood), 401 Unauthorized for everything else.
    pub fn status(&self) -> http::StatusCode {
        match self {
            WebhookError::Decode(_) => http::StatusCode::BAD_REQUEST,
            _ => http::StatusCode::UNAUTHORIZED,
        }
    }

    /// `true` when the error says the delivery is not authenticated (every
    /// variant but [`WebhookError::Decode`]).
    pub fn is_signature_error(&self) -> bool {
        !matches!(self, WebhookError::Decode(_))
    }
}

/// What a successful verification proved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct VerifiedSignature {
    /// The signed timestamp (`t`), in unix seconds.
    pub timestamp: i64,
    /// The `v1` value that matched, as bytes. It identifies this exact
    /// (timestamp, body) pair, so it serves as a replay key.
    pub signature: [u8; 32],
}

impl VerifiedSignature {
    /// The matching signature as lowercase hex.
    pub fn signature_hex(&self) -> String {
        hex::encode(self.signature)
    }
}

/// A verified and decoded delivery, from [`Verifier::verify_delivery`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Delivery {
    /// The decoded event.
    pub event: Event,
    /// What the signature check proved.
    pub signature: VerifiedSignature,
    /// The `x-terra-trace-id` header, when present and readable: the
    /// delivery's id, the same on each retry of one delivery. It is **not**
    /// covered by the signature.
    pub trace_id: Option<String>,
}

/// Checks webhook signatures with one secret and one timestamp tolerance.
///
/// Cheap to clone; `Debug` never shows the secret.
#[derive(Clone)]
pub struct Verifier {
    /// The HMAC already keyed with the secret.
    mac: HmacSha256,
    tolerance: Duration,
    mode: DecodeMode,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secret", &"[redacted]")
            .field("tolerance", &self.tolerance)
            .field("mode", &self.mode)
            .finish()
    }
}

impl Verifier {
    /// A verifier for `secret` with the default tolerance of five minutes.
    ///
    /// An empty secret is accepted by HMAC but protects nothing; make sure
    /// the secret is configured.
    pub fn new(secret: impl Into<Secret>) -> Self {
        let secret = secret.into();
        Self {
            mac: keyed_mac(secret.expose().as_bytes()),
            tolerance: DEFAULT_TOLERANCE,
            mode: DecodeMode::Tolerant,
        }
    }

    /// A verifier for the webhook secret of `credentials`, if they have one.
    pub fn from_credentials(credentials: &Credentials) -> Option<Self> {
        credentials.webhook_secret().cloned().map(Self::new)
    }

    /// Sets how far the signed timestamp may be from `now`, in either
    /// direction. Whole seconds count; the fraction is ignored.
    #[must_use]
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The timestamp tolerance.
    pub fn tolerance(&self) -> Duration {
        self.tolerance
    }

    /// Sets how verified bodies are decoded. The default,
    /// [`DecodeMode::Tolerant`], accepts an authentic delivery whatever its
    /// values' kinds, keeps every value, and reports the ones that did not
    /// fit ([`crate::models::Mismatches`] on the event). With
    /// [`DecodeMode::Strict`] such a delivery is a [`WebhookError::Decode`]
    /// naming the field: for validating a sender, not for receiving data
    /// (Terra retries a refused delivery, and it fails again).
    #[must_use]
    pub fn with_decode_mode(mut self, mode: DecodeMode) -> Self {
        self.mode = mode;
        self
    }

    /// Shorthand for `with_decode_mode(DecodeMode::Strict)`.
    #[must_use]
    pub fn strict(self) -> Self {
        self.with_decode_mode(DecodeMode::Strict)
    }

    /// How verified bodies are decoded.
    pub fn decode_mode(&self) -> DecodeMode {
        self.mode
    }

    /// Verifies a signature header against the raw body, at `now_unix`
    /// (unix seconds). See the [module documentation](self) for what is
    /// accepted.
    #[doc(alias = "check_terra_signature")]
    pub fn verify(
        &self,
        body: &[u8],
        header: &str,
        now_unix: i64,
    ) -> Result<VerifiedSignature, WebhookError> {
        verify_with(&self.mac, self.tolerance, body, header, now_unix)
    }

    /// [`Verifier::verify`] at the current time of the system clock.
    pub fn verify_now(&self, body: &[u8], header: &str) -> Result<VerifiedSignature, WebhookError> {
        self.verify(body, header, unix_now())
    }

    /// Verifies the signature, then decodes the body into an [`Event`].
    ///
    /// The body reaches the JSON parser only after the signature matched.
    #[doc(alias = "handle_webhook")]
    pub fn verify_and_parse(
        &self,
        body: &[u8],
        header: &str,
        now_unix: i64,
    ) -> Result<Event, WebhookError> {
        self.verify(body, header, now_unix)?;
        decode_event(body, self.mode)
    }

    /// Verifies and decodes a whole HTTP request, as an axum, hyper or tower
    /// handler holds it (with its body collected).
    ///
    /// The signature is read from `terra-signature` or `x-terra-signature`.
    /// Several signature headers are accepted only when they all carry the
    /// same value.
    #[doc(alias = "handle_flask_webhook")]
    pub fn verify_request<B: AsRef<[u8]>>(
        &self,
        request: &http::Request<B>,
        now_unix: i64,
    ) -> Result<Event, WebhookError> {
        self.verify_delivery(request, now_unix)
            .map(|delivery| delivery.event)
    }

    /// [`Verifier::verify_request`] at the current time of the system clock:
    /// the framework-free core of a webhook handler.
    ///
    /// ```
    /// use tryterra_core::webhook::{sign, Verifier, SIGNATURE_HEADER};
    /// use tryterra_core::models::Event;
    ///
    /// let verifier = Verifier::new("whsec");
    /// let body = br#"{"type":"auth","status":"success","user":{"user_id":"u-1"}}"#.to_vec();
    /// let now = tryterra_core::webhook::unix_now();
    /// let request = http::Request::post("/webhook")
    ///     .header(SIGNATURE_HEADER, sign(b"whsec", now, &body))
    ///     .body(body)?;
    /// let event = verifier.verify_request_now(&request)?;
    /// assert!(matches!(event, Event::Auth(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn verify_request_now<B: AsRef<[u8]>>(
        &self,
        request: &http::Request<B>,
    ) -> Result<Event, WebhookError> {
        self.verify_request(request, unix_now())
    }

    /// [`Verifier::verify_delivery`] at the current time of the system clock.
    pub fn verify_delivery_now<B: AsRef<[u8]>>(
        &self,
        request: &http::Request<B>,
    ) -> Result<Delivery, WebhookError> {
        self.verify_delivery(request, unix_now())
    }

    /// Like [`Verifier::verify_request`], and also returns what a receiver
    /// needs to de-duplicate: the matching signature and the trace id.
    pub fn verify_delivery<B: AsRef<[u8]>>(
        &self,
        request: &http::Request<B>,
        now_unix: i64,
    ) -> Result<Delivery, WebhookError> {
        let header = signature_header(request.headers())?;
        let body = request.body().as_ref();
        let signature = self.verify(body, header, now_unix)?;
        let event = decode_event(body, self.mode)?;
        let trace_id = request
            .headers()
            .get(TRACE_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty());
        Ok(Delivery {
            event,
            signature,
            trace_id,
        })
    }
}

/// Finds the one signature header value of a request.
fn signature_header(headers: &http::HeaderMap) -> Result<&str, WebhookError> {
    let mut found: Option<&http::HeaderValue> = None;
    let values = headers
        .get_all(SIGNATURE_HEADER)
        .iter()
        .chain(headers.get_all(ALT_SIGNATURE_HEADER).iter());
    for value in values {
        if value.len() > MAX_HEADER_LEN {
            return Err(WebhookError::HeaderTooLong {
                len: value.len(),
                max: MAX_HEADER_LEN,
            });
        }
        match found {
            Some(first) if first.as_bytes() != value.as_bytes() => {
                return Err(WebhookError::MalformedHeader {
                    reason: "the request carries several different signature headers",
                });
            }
            Some(_) => {}
            None => found = Some(value),
        }
    }
    let value = found.ok_or(WebhookError::MissingHeader)?;
    value.to_str().map_err(|_| WebhookError::MalformedHeader {
        reason: "the value contains characters other than visible ASCII, space and tab",
    })
}

/// Decodes a (verified) body into an [`Event`], naming the failing field
/// wherever `type` appears in the object.
fn decode_event(body: &[u8], mode: DecodeMode) -> Result<Event, WebhookError> {
    Event::from_slice_with(body, mode).map_err(|e| match e {
        Error::Decode(d) => WebhookError::Decode(d),
        // `decode_json` reports nothing else; keep whatever it said.
        other => WebhookError::Decode(Box::new(DecodeError {
            status: None,
            path: ".".to_owned(),
            message: other.to_string(),
            line: 0,
            column: 0,
            body: body.to_vec(),
        })),
    })
}

/// The whole check, with a MAC already keyed with the secret.
fn verify_with(
    keyed: &HmacSha256,
    tolerance: Duration,
    body: &[u8],
    header: &str,
    now_unix: i64,
) -> Result<VerifiedSignature, WebhookError> {
    let parsed = header::parse(header, MAX_HEADER_LEN)?;

    let mut mac = keyed.clone();
    mac.update(parsed.timestamp_text.as_bytes());
    mac.update(b".");
    mac.update(body);
    let expected: [u8; SIGNATURE_BYTES] = mac.finalize().into_bytes().into();

    // Compare every candidate, without stopping at the first match.
    let mut matched = Choice::from(0);
    let mut matching = [0u8; SIGNATURE_BYTES];
    for candidate in &parsed.signatures {
        let is_match = candidate.ct_eq(&expected);
        matched |= is_match;
        for (m, c) in matching.iter_mut().zip(candidate) {
            *m = u8::conditional_select(m, c, is_match);
        }
    }
    if !bool::from(matched) {
        return Err(WebhookError::SignatureMismatch);
    }

    // The signature is authentic; now check it is recent. i128 holds the
    // difference of any two i64 values.
    let tolerance = i128::from(tolerance.as_secs());
    let age = i128::from(now_unix) - i128::from(parsed.timestamp);
    let secs = |v: i128| Duration::from_secs(u64::try_from(v).unwrap_or(u64::MAX));
    if age > tolerance {
        return Err(WebhookError::TimestampTooOld { age: secs(age) });
    }
    if -age > tolerance {
        return Err(WebhookError::TimestampInFuture { ahead: secs(-age) });
    }

    Ok(VerifiedSignature {
        timestamp: parsed.timestamp,
        signature: matching,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answer_from_the_seed() {
        assert_eq!(
            sign(b"secret", 10, b"b"),
            "t=10,v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b"
        );
    }

    #[test]
    fn module_doc_example_is_right() {
        assert_eq!(
            sign(
                b"my-webhook-secret",
                1_767_225_600,
                br#"{"type":"healthcheck","status":"success"}"#
            ),
            "t=1767225600,v1=2cebf678cf377a5153002f183ea25bf29fb974f0a9bacd2bb30a8552ed8ce6f0"
        );
    }

    #[test]
    fn known_answer_verifies() {
        let v = Verifier::new("secret");
        let header = "t=10,v1=ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b";
        let ok = v.verify(b"b", header, 10).unwrap();
        assert_eq!(ok.timestamp, 10);
        assert_eq!(
            ok.signature_hex(),
            "ad2da523c6d08e6ba4d8c36d86d5ca1f31f26992aabde11659556ced1d96509b"
        );
        assert!(check_terra_signature(b"secret", b"b", header, 10));
        assert!(!check_terra_signature(b"secret", b"c", header, 10));
    }

    #[test]
    fn debug_hides_the_secret() {
        let v = Verifier::new("whsec_very_secret").with_tolerance(Duration::from_secs(5));
        let shown = format!("{v:?}");
        assert!(!shown.contains("whsec_very_secret"));
        assert!(shown.contains("[redacted]"));
        assert!(shown.contains("5s"));
    }

    #[test]
    fn from_credentials_uses_the_webhook_secret() {
        let creds = Credentials::new("dev", "key");
        assert!(Verifier::from_credentials(&creds).is_none());
        let v = Verifier::from_credentials(&creds.with_webhook_secret("s")).unwrap();
        assert!(v.verify(b"x", &sign(b"s", 5, b"x"), 5).is_ok());
    }

    #[test]
    fn verify_now_reads_the_clock() {
        let v = Verifier::new("s");
        let now = unix_now();
        assert!(now > 1_700_000_000);
        assert!(v.verify_now(b"x", &sign(b"s", now, b"x")).is_ok());
        assert!(matches!(
            v.verify_now(b"x", &sign(b"s", now - 10_000, b"x")),
            Err(WebhookError::TimestampTooOld { .. })
        ));
    }

    #[test]
    fn statuses() {
        assert_eq!(WebhookError::SignatureMismatch.status(), 401);
        assert!(WebhookError::MissingHeader.is_signature_error());
    }
}
