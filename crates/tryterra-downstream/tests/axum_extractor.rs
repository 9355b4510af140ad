//! The axum extractor as an application mounts it: good, tampered, stale
//! and malformed deliveries, each answered as documented.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::routing::post;
use http::{Request, StatusCode};
use tower::ServiceExt;
use tryterra::axum::TerraWebhook;
use tryterra::models::Event;
use tryterra::webhook::{SIGNATURE_HEADER, Verifier, sign, unix_now};

const SECRET: &[u8] = b"downstream-secret";

async fn handler(TerraWebhook(delivery): TerraWebhook) -> String {
    match delivery.event {
        Event::Auth(_) => "auth".to_owned(),
        other => other.type_str().unwrap_or("?").to_owned(),
    }
}

fn app() -> Router {
    Router::new()
        .route("/webhook", post(handler))
        .with_state(Verifier::new("downstream-secret"))
}

async fn deliver(body: &[u8], signature: Option<String>) -> (StatusCode, Option<String>, String) {
    let mut request = Request::post("/webhook");
    if let Some(sig) = signature {
        request = request.header(SIGNATURE_HEADER, sig);
    }
    let response = app()
        .oneshot(request.body(Body::from(body.to_vec())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (
        status,
        content_type,
        String::from_utf8(body.to_vec()).unwrap(),
    )
}

const AUTH: &[u8] = br#"{"type":"auth","status":"success","user":{"user_id":"u-1","provider":"GARMIN"},"reference_id":"r","widget_session_id":"w","version":"2022-03-16"}"#;

fn problem(body: &str) -> serde_json_lite::Problem {
    serde_json_lite::parse(body)
}

/// Just enough JSON reading for the problem bodies (no extra dependency).
mod serde_json_lite {
    pub struct Problem {
        pub status: String,
        pub detail: String,
    }
    pub fn parse(body: &str) -> Problem {
        let field = |name: &str| {
            let key = format!("\"{name}\":");
            let at = body
                .find(&key)
                .unwrap_or_else(|| panic!("no {name} in {body}"))
                + key.len();
            let rest = &body[at..];
            let rest = rest.strip_prefix('"').unwrap_or(rest);
            rest.split(['"', ',', '}']).next().unwrap().to_owned()
        };
        Problem {
            status: field("status"),
            detail: field("detail"),
        }
    }
}

#[tokio::test]
async fn good_tampered_stale_and_malformed_deliveries() {
    let now = unix_now();

    // Good: the handler runs with the decoded event.
    let (status, _, body) = deliver(AUTH, Some(sign(SECRET, now, AUTH))).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "auth"));

    // Tampered body: 401, problem+json, no secret or header in it.
    let sig = sign(SECRET, now, AUTH);
    let tampered = String::from_utf8(AUTH.to_vec())
        .unwrap()
        .replace("u-1", "u-2");
    let (status, ct, body) = deliver(tampered.as_bytes(), Some(sig.clone())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(ct.as_deref(), Some("application/problem+json"));
    let p = problem(&body);
    assert_eq!(p.status, "401");
    assert!(p.detail.contains("no webhook signature matches"), "{body}");
    assert!(
        !body.contains("downstream-secret") && !body.contains(&sig[10..]),
        "{body}"
    );

    // Stale: signed an hour ago, beyond the 300 s tolerance.
    let (status, ct, body) = deliver(AUTH, Some(sign(SECRET, now - 3600, AUTH))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(ct.as_deref(), Some("application/problem+json"));
    assert!(problem(&body).detail.contains("old"), "{body}");

    // No signature at all, and a malformed one.
    let (status, _, body) = deliver(AUTH, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        problem(&body).detail.contains("no terra-signature header"),
        "{body}"
    );
    let (status, _, _) = deliver(AUTH, Some("t=abc,v1=zz".into())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A body that is not an event, correctly signed: 400, problem+json. (An
    // event whose values do not fit the models is accepted: they are kept
    // and reported, see tolerant decoding.)
    for bad in [&b"not json"[..], b"[1, 2]", br#""an event""#] {
        let (status, ct, body) = deliver(bad, Some(sign(SECRET, now, bad))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(ct.as_deref(), Some("application/problem+json"));
        let p = problem(&body);
        assert_eq!(p.status, "400");
        assert!(p.detail.contains("not a Terra event"), "{body}");
    }
}
