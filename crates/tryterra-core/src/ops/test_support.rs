//! Helpers for the operations' unit tests.

use crate::config::{Config, Credentials};
use crate::error::Error;
use crate::operation::Operation;

pub const BASE: &str = "http://127.0.0.1:9/v2";

pub fn config() -> Config {
    Config::with_base_url(BASE).unwrap()
}

pub fn creds() -> Credentials {
    Credentials::new("dev-123", "key-abc")
}

/// Builds the request of `op` with the test configuration.
pub fn request<O: Operation>(op: &O) -> http::Request<Vec<u8>> {
    op.to_request(&config(), &creds()).unwrap()
}

/// Builds the request and expects an invalid-input error naming `field`.
pub fn invalid<O: Operation>(op: &O, field: &str) {
    match op.to_request(&config(), &creds()) {
        Err(Error::InvalidInput(e)) => assert_eq!(e.field, field, "{e}"),
        other => panic!("expected invalid input on {field}, got {other:?}"),
    }
}

/// The part of the URI after the base URL.
pub fn path_and_query(req: &http::Request<Vec<u8>>) -> String {
    let uri = req.uri().to_string();
    uri.strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{uri} does not start with {BASE}"))
        .to_owned()
}

/// The query parameters, decoded, in order.
pub fn query(req: &http::Request<Vec<u8>>) -> Vec<(String, String)> {
    req.uri()
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap();
            out.push(h);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Checks method, path+query, the authentication headers, the user agent
/// and the content type.
pub fn assert_request(
    req: &http::Request<Vec<u8>>,
    method: http::Method,
    path_query: &str,
    authenticated: bool,
    content_type: Option<&str>,
) {
    assert_eq!(req.method(), method);
    assert_eq!(path_and_query(req), path_query);
    let h = req.headers();
    if authenticated {
        assert_eq!(h["x-api-key"], "key-abc");
        assert!(h["x-api-key"].is_sensitive());
        assert_eq!(h["dev-id"], "dev-123");
    } else {
        assert!(h.get("x-api-key").is_none());
        assert!(h.get("dev-id").is_none());
    }
    assert_eq!(
        h["user-agent"].to_str().unwrap(),
        config().user_agent.as_str()
    );
    assert_eq!(h["accept"], "application/json");
    assert_eq!(
        h.get("content-type").map(|v| v.to_str().unwrap()),
        content_type
    );
    if content_type.is_none() {
        assert!(req.body().is_empty());
    }
}

/// The JSON body of a request.
pub fn json_body(req: &http::Request<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(req.body()).unwrap()
}

/// An answer with a JSON content type.
pub fn answer(status: u16, body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.as_bytes().to_vec())
        .unwrap()
}

/// An answer with the given headers.
pub fn answer_with(status: u16, headers: &[(&str, &str)], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.to_vec()).unwrap()
}

/// Runs `op.parse_response` over the error shapes every endpoint can get
/// and checks that each gives the matching error.
pub fn assert_error_shapes<O: Operation>(op: &O)
where
    O::Output: std::fmt::Debug,
{
    // RFC 9457 problem, 404
    let e = op
        .parse_response(answer_with(
            404,
            &[("content-type", "application/problem+json")],
            br#"{"type":"about:blank","title":"Not Found","instance":"/v2/x","detail":"no such user"}"#,
        ))
        .unwrap_err();
    match &e {
        Error::Api(api) => {
            assert_eq!(api.status, 404);
            assert_eq!(api.message.as_deref(), Some("no such user"));
            assert_eq!(
                api.problem.as_ref().and_then(|p| p.title.as_deref()),
                Some("Not Found")
            );
        }
        other => panic!("{other:?}"),
    }
    // Terra's {status, message}, 400
    let e = op
        .parse_response(answer(
            400,
            r#"{"status":"error","message":"start_date is required"}"#,
        ))
        .unwrap_err();
    match &e {
        Error::Api(api) => {
            assert_eq!(api.status, 400);
            assert_eq!(api.message.as_deref(), Some("start_date is required"));
            assert!(api.problem.is_none());
        }
        other => panic!("{other:?}"),
    }
    // 429 with Retry-After
    let e = op
        .parse_response(answer_with(
            429,
            &[("retry-after", "7"), ("content-type", "application/json")],
            br#"{"status":"error","message":"slow down"}"#,
        ))
        .unwrap_err();
    match &e {
        Error::RateLimited { retry_after, error } => {
            assert_eq!(*retry_after, Some(std::time::Duration::from_secs(7)));
            assert_eq!(error.message.as_deref(), Some("slow down"));
        }
        other => panic!("{other:?}"),
    }
    // HTML 502 from a proxy
    let html = b"<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>";
    let e = op
        .parse_response(answer_with(502, &[("content-type", "text/html")], html))
        .unwrap_err();
    match &e {
        Error::Api(api) => {
            assert_eq!(api.status, 502);
            assert_eq!(api.body, html);
            assert_eq!(api.content_type.as_deref(), Some("text/html"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.status(), Some(http::StatusCode::BAD_GATEWAY));
}

/// Checks that a success answer with a value of the wrong kind at `path`
/// decodes tolerantly, with that value kept and reported as the only
/// mismatch, and that a strict decode refuses it naming the path (or, for
/// a member read by a hand-written decoder, the path of that member).
pub fn assert_misfit_kept<O: Operation>(op: &O, status: u16, body: &[u8], path: &str)
where
    O::Output: std::fmt::Debug + crate::models::Mismatches,
{
    use crate::models::Mismatches;
    let got = op
        .parse_response(answer_with(
            status,
            &[("content-type", "application/json")],
            body,
        ))
        .unwrap_or_else(|e| panic!("{body:?} decodes tolerantly: {e}"));
    let paths: Vec<String> = got.mismatches().into_iter().map(|m| m.path).collect();
    assert_eq!(paths, [path], "{got:?}");
    let e = op
        .parse_response_with(
            answer_with(status, &[("content-type", "application/json")], body),
            crate::DecodeMode::Strict,
        )
        .unwrap_err();
    match &e {
        // Members read by a hand-written decoder are refused as a whole,
        // so the strict path may stop at the member holding the misfit.
        Error::Decode(d) => assert!(path.starts_with(d.path.as_str()), "{e}"),
        other => panic!("expected a strict decode error for {body:?}, got {other:?}"),
    }
}

/// Checks that a success answer with a malformed body is a decode error
/// mentioning `needle`, keeping the raw body.
pub fn assert_decode_error<O: Operation>(op: &O, status: u16, body: &[u8], needle: &str)
where
    O::Output: std::fmt::Debug,
{
    let e = op
        .parse_response(answer_with(
            status,
            &[("content-type", "application/json")],
            body,
        ))
        .unwrap_err();
    match &e {
        Error::Decode(d) => {
            assert_eq!(d.body, body);
            assert_eq!(d.status.map(|s| s.as_u16()), Some(status));
        }
        other => panic!("expected a decode error for {body:?}, got {other:?}"),
    }
    assert!(
        e.to_string().contains(needle),
        "`{e}` should contain `{needle}`"
    );
}

/// The malformed bodies every JSON endpoint must refuse: empty, truncated,
/// not JSON, HTML.
pub fn assert_malformed_bodies<O: Operation>(op: &O, status: u16)
where
    O::Output: std::fmt::Debug,
{
    malformed(op, status, b"{\"status\":\"succ");
}

/// [`assert_malformed_bodies`] for endpoints answering a JSON array.
pub fn assert_malformed_list_bodies<O: Operation>(op: &O, status: u16)
where
    O::Output: std::fmt::Debug,
{
    malformed(op, status, b"[{\"user_id\":\"u-");
}

fn malformed<O: Operation>(op: &O, status: u16, truncated: &[u8])
where
    O::Output: std::fmt::Debug,
{
    assert_decode_error(op, status, b"", "empty");
    assert_decode_error(op, status, truncated, "not valid JSON");
    assert_decode_error(op, status, b"OK", "not valid JSON");
    assert_decode_error(op, status, b"<html><body>hi</body></html>", "HTML");
}
