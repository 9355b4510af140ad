//! Terra webhooks in axum (feature `axum`): the [`TerraWebhook`] extractor.
//!
//! A handler that takes a [`TerraWebhook`] only runs for a delivery whose
//! signature is valid (under the router state's [`Verifier`], at the
//! current time) and whose body is a Terra event. Anything else is answered
//! before the handler, with an `application/problem+json` body:
//!
//! | delivery | answer |
//! |---|---|
//! | no, malformed, forged or stale signature | 401 Unauthorized |
//! | authentic, but the body is not an event | 400 Bad Request |
//! | body over [`MAX_BODY_BYTES`] | 413 Payload Too Large |
//! | body unreadable | 400 Bad Request |
//!
//! The verifier comes from the router's state: a `Verifier` itself, or any
//! state with `impl FromRef<YourState> for Verifier`.
//!
//! ```no_run
//! use axum::{routing::post, Router};
//! use tryterra::axum::TerraWebhook;
//! use tryterra::models::Event;
//! use tryterra::webhook::Verifier;
//!
//! async fn webhook(TerraWebhook(delivery): TerraWebhook) -> &'static str {
//!     match delivery.event {
//!         Event::Auth(_) => println!("a user connected"),
//!         other => println!("{:?}", other.type_str()),
//!     }
//!     "ok"
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let verifier = Verifier::new(std::env::var("TERRA_WEBHOOK_SECRET")?);
//! let app: Router = Router::new().route("/webhook", post(webhook)).with_state(verifier);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await?;
//! # Ok(())
//! # }
//! ```

use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tryterra_core::http::{self, HeaderValue, StatusCode, header};
use tryterra_core::webhook::{Delivery, Verifier, WebhookError};

/// The largest body the extractor reads: Terra sends payloads of at most
/// 10 MB, with room to spare.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// A verified, decoded Terra webhook delivery: the event, the signature
/// that matched (a replay key) and the `x-terra-trace-id` header.
#[derive(Clone, Debug)]
pub struct TerraWebhook(pub Delivery);

impl TerraWebhook {
    /// The decoded event.
    pub fn event(&self) -> &tryterra_core::models::Event {
        &self.0.event
    }

    /// The decoded event, owned.
    pub fn into_event(self) -> tryterra_core::models::Event {
        self.0.event
    }
}

impl<S> FromRequest<S> for TerraWebhook
where
    S: Send + Sync,
    Verifier: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = Verifier::from_ref(state);
        let (parts, body) = request.into_parts();
        let bytes = match Limited::new(body, MAX_BODY_BYTES).collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
                return Err(WebhookRejection::TooLarge);
            }
            Err(_) => return Err(WebhookRejection::Unreadable),
        };
        let request = http::Request::from_parts(parts, bytes);
        verifier
            .verify_delivery_now(&request)
            .map(TerraWebhook)
            .map_err(WebhookRejection::Refused)
    }
}

/// Why [`TerraWebhook`] refused a delivery; answers with the status and a
/// problem+json body (RFC 9457) that never contains the secret, the
/// signature header or the body.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// The verifier refused it: 401 for a signature error, 400 for an
    /// authentic body that is not an event ([`WebhookError::status`]).
    Refused(WebhookError),
    /// The body is larger than [`MAX_BODY_BYTES`]: 413.
    TooLarge,
    /// The body could not be read: 400.
    Unreadable,
}

impl WebhookRejection {
    /// The status of the answer.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Refused(e) => e.status(),
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unreadable => StatusCode::BAD_REQUEST,
        }
    }

    /// The `detail` of the problem body.
    fn detail(&self) -> String {
        match self {
            Self::Refused(WebhookError::Decode(d)) => match d.path.as_str() {
                "" | "." => "the body is signed but is not a Terra event".to_owned(),
                path => format!("the body is signed but is not a Terra event (at `{path}`)"),
            },
            Self::Refused(e) => e.to_string(),
            Self::TooLarge => format!("the body is larger than {MAX_BODY_BYTES} bytes"),
            Self::Unreadable => "the body could not be read".to_owned(),
        }
    }
}

impl std::fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail())
    }
}

impl std::error::Error for WebhookRejection {}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = serde_json::json!({
            "type": "about:blank",
            "title": status.canonical_reason().unwrap_or("Error"),
            "status": status.as_u16(),
            "detail": self.detail(),
        });
        let mut response = (status, body.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}
