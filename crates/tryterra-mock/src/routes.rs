//! The HTTP surface: Terra's v2 paths plus a few mock-only control paths.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, Request, State as AxState};
use axum::http;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use serde_json::{Value, json};
use tokio::sync::Notify;

use crate::data::{self, Kind, date_string, utc_rfc3339};
use crate::rng::{Rng, mix};
use crate::state::{LabSession, Pending, Planned, RecordKind, State, lock, read, write};
use crate::webhook::{now_unix, spawn_events};
use crate::{MockUser, RecordedRequest};

type St = AxState<Arc<State>>;
type Q = Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>;

/// Largest accepted lab report upload.
const MAX_UPLOAD: usize = 10 * 1024 * 1024;
/// Longest accepted date range, in days.
const MAX_RANGE_DAYS: i64 = 3660;
/// Days per webhook chunk of a large request.
const CHUNK_DAYS: i64 = 7;
/// Ranges longer than this many days are "large requests".
const LARGE_REQUEST_DAYS: i64 = 31;
/// The `version` field of data events.
const EVENT_VERSION: &str = "2022-03-16";

/// Builds the whole router.
pub(crate) fn router(state: Arc<State>) -> Router {
    let api = Router::new()
        .route("/v2/auth/authenticateUser", post(authenticate_user))
        .route(
            "/v2/auth/generateWidgetSession",
            post(generate_widget_session),
        )
        .route(
            "/v2/auth/deauthenticateUser",
            axum::routing::delete(deauthenticate_user),
        )
        .route("/v2/auth/generateAuthToken", post(generate_auth_token))
        .route("/v2/workouts", post(create_workout).get(list_workouts))
        .route(
            "/v2/workouts/{workout_id}",
            get(get_workout).delete(delete_workout),
        )
        .route("/v2/workouts/{workout_id}/plan", post(plan_workout))
        .route("/v2/plannedWorkouts", get(list_planned))
        .route(
            "/v2/plannedWorkouts/{planned_workout_id}",
            get(get_planned).patch(patch_planned).delete(delete_planned),
        )
        .route(
            "/v2/plannedWorkout",
            get(records::get_plans)
                .post(|s: St, q: Q, b: Bytes| records::write_records(s, q, b, RecordKind::Plan))
                .delete(|s: St, q: Q, b: Bytes| records::delete_records(s, q, b, RecordKind::Plan)),
        )
        .route("/v2/users/{user_id}", patch(records::modify_user))
        .route("/v2/userInfo", get(user_info))
        .route("/v2/subscriptions", get(subscriptions))
        .route("/v2/bulkUserInfo", post(bulk_user_info))
        .route("/v2/integrations", get(integrations))
        .route("/v2/integrations/detailed", get(integrations_detailed))
        .route(
            "/v2/lab-reports",
            post(upload_lab_report)
                .get(list_lab_reports)
                .layer(DefaultBodyLimit::max(MAX_UPLOAD + 64 * 1024)),
        )
        .route(
            "/v2/lab-reports/{session_id}",
            get(get_lab_report).delete(delete_lab_report),
        )
        .route(
            "/v2/lab-reports/{session_id}/deliveries",
            get(lab_deliveries),
        )
        .route("/v2/lab-reports/{session_id}/files", get(lab_files));
    let api = Kind::ALL.into_iter().fold(api, |api, kind| {
        let mut route = get(move |s: St, q: Q, h: HeaderMap| data_get(s, q, h, kind));
        if let Some(rk) = record_kind(kind) {
            route = route.post(move |s: St, q: Q, b: Bytes| records::write_records(s, q, b, rk));
            if rk != RecordKind::Activity {
                route =
                    route.delete(move |s: St, q: Q, b: Bytes| records::delete_records(s, q, b, rk));
            }
        }
        api.route(&format!("/v2/{}", kind.as_str()), route)
    });

    let control = Router::new()
        .route("/v2/mock/complete/{id}", post(complete).get(complete))
        .route("/widget/{id}", get(complete))
        .route("/auth/{id}", get(complete));

    api.merge(control)
        .method_not_allowed_fallback(|req: Request| async move {
            problem(
                StatusCode::METHOD_NOT_ALLOWED,
                req.uri().path(),
                format!("method {} is not allowed on this path", req.method()),
            )
        })
        .fallback(|req: Request| async move {
            problem(
                StatusCode::NOT_FOUND,
                req.uri().path(),
                "no such path on the Terra API v2 mock",
            )
        })
        .layer(axum::middleware::from_fn(problem_for_every_error))
        .with_state(state)
}

/// Largest error body [`problem_for_every_error`] reads back to quote it.
const MAX_QUOTED_ERROR: usize = 4096;

/// Turns any error answer that is not already problem+json (axum's own
/// rejections, such as a body over the size limit) into one, keeping the
/// status and quoting the original text as the detail.
async fn problem_for_every_error(req: Request, next: axum::middleware::Next) -> Response {
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    let status = resp.status();
    let is_problem = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, MAX_QUOTED_ERROR)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let detail = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_owned()
    } else {
        text
    };
    let mut out = problem(status, &path, detail);
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = parts.headers.get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}

// ---------------------------------------------------------------------------
// problem+json and small helpers

/// A `application/problem+json` answer.
pub(crate) fn problem(status: StatusCode, instance: &str, detail: impl Into<String>) -> Response {
    let body = json!({
        "type": "about:blank",
        "title": status.canonical_reason().unwrap_or("Error"),
        "instance": instance,
        "detail": detail.into(),
    });
    let mut resp = (status, body.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    resp
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut resp = (status, body.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

fn ok(body: &Value) -> Response {
    json_response(StatusCode::OK, body)
}

type Fail = Box<Response>;

fn bad(instance: &str, detail: impl Into<String>) -> Fail {
    Box::new(problem(StatusCode::BAD_REQUEST, instance, detail))
}

fn not_found(instance: &str, detail: impl Into<String>) -> Fail {
    Box::new(problem(StatusCode::NOT_FOUND, instance, detail))
}

fn query(q: Q, instance: &str) -> Result<HashMap<String, String>, Fail> {
    q.map(|Query(m)| m)
        .map_err(|e| bad(instance, format!("malformed query string: {e}")))
}

fn required<'a>(
    q: &'a HashMap<String, String>,
    name: &str,
    instance: &str,
) -> Result<&'a str, Fail> {
    match q.get(name).map(|s| s.as_str()) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err(bad(
            instance,
            format!("missing required query parameter `{name}`"),
        )),
    }
}

fn boolean(
    q: &HashMap<String, String>,
    name: &str,
    default: bool,
    instance: &str,
) -> Result<bool, Fail> {
    match q.get(name) {
        None => Ok(default),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(bad(
                instance,
                format!("query parameter `{name}` must be a boolean (true or false), got `{v}`"),
            )),
        },
    }
}

fn integer(q: &HashMap<String, String>, name: &str, instance: &str) -> Result<Option<i64>, Fail> {
    match q.get(name) {
        None => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(Some)
            .ok_or_else(|| {
                bad(
                    instance,
                    format!("query parameter `{name}` must be a non-negative integer, got `{v}`"),
                )
            }),
    }
}

/// Parses a `start_date`/`end_date` value into a day number: `YYYY-MM-DD`
/// or unix seconds.
fn day_param(q: &HashMap<String, String>, name: &str, instance: &str) -> Result<Option<i64>, Fail> {
    let Some(v) = q.get(name) else {
        return Ok(None);
    };
    let err = || {
        bad(
            instance,
            format!(
                "query parameter `{name}` must be a date (YYYY-MM-DD) or unix seconds, got `{v}`"
            ),
        )
    };
    // Unix seconds, before 1970 too (the spec types the value as an integer).
    let digits = v.strip_prefix('-').unwrap_or(v);
    if !digits.is_empty() && digits.len() <= 12 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = v.parse().map_err(|_| err())?;
        return Ok(Some(secs.div_euclid(86_400)));
    }
    if v.len() == 10
        && let Ok(d) = tryterra_core::CalendarDate::parse(v)
    {
        return Ok(Some(d.days_since_epoch()));
    }
    Err(err())
}

fn json_body(body: &Bytes, instance: &str, allow_empty: bool) -> Result<Value, Fail> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return if allow_empty {
            Ok(json!({}))
        } else {
            Err(bad(instance, "a JSON request body is required"))
        };
    }
    serde_json::from_slice(body)
        .map_err(|e| bad(instance, format!("request body is not valid JSON: {e}")))
}

fn object<'a>(v: &'a Value, instance: &str) -> Result<&'a serde_json::Map<String, Value>, Fail> {
    v.as_object()
        .ok_or_else(|| bad(instance, "request body must be a JSON object"))
}

fn opt_string(
    o: &serde_json::Map<String, Value>,
    field: &str,
    instance: &str,
) -> Result<Option<String>, Fail> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(bad(
            instance,
            format!("body field `{field}` must be a string"),
        )),
    }
}

fn user_or_404(st: &State, user_id: &str, instance: &str) -> Result<MockUser, Fail> {
    st.user(user_id)
        .ok_or_else(|| not_found(instance, format!("user `{user_id}` not found")))
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(resp) => return *resp,
        }
    };
}

mod records;

/// The kind of written records a data path keeps, if clients can write it.
fn record_kind(kind: Kind) -> Option<RecordKind> {
    match kind {
        Kind::Activity => Some(RecordKind::Activity),
        Kind::Body => Some(RecordKind::Body),
        Kind::Nutrition => Some(RecordKind::Nutrition),
        _ => None,
    }
}

/// The records a data path serves for `user` on `first..=last`: the
/// generated ones, then those written by clients.
fn served_records(
    st: &State,
    kind: Kind,
    user: &MockUser,
    first: i64,
    last: i64,
    with_samples: bool,
) -> Vec<Value> {
    let mut out = data::records(
        kind,
        &user.user_id,
        &user.provider,
        first,
        last,
        with_samples,
    );
    if let Some(rk) = record_kind(kind) {
        out.extend(records::written_records(st, rk, &user.user_id, first, last));
    }
    out
}

// ---------------------------------------------------------------------------
// gate: request log, faults, authentication

/// Whether `path` is a Terra API path (authenticated, faults apply), as
/// opposed to the mock's own control paths.
pub(crate) fn is_api_path(path: &str) -> bool {
    path.starts_with("/v2/") && !path.starts_with("/v2/mock/")
}

/// Runs before the router on API paths: request log, latency, faults and
/// authentication. Returns the answer when the request stops here; a
/// dropped connection is signalled through `kill` and never answers.
pub(crate) async fn gate<B>(st: &State, req: &http::Request<B>, kill: &Notify) -> Option<Response> {
    let settings = &st.settings;
    if settings.record_requests {
        record_request(st, req);
    }
    let path = req.uri().path();
    let auth_failure = if path.starts_with("/v2/integrations") {
        None
    } else {
        let headers = req.headers();
        let key_ok = headers
            .get("x-api-key")
            .is_some_and(|v| v.as_bytes() == settings.api_key.as_bytes());
        let dev_ok = headers
            .get("dev-id")
            .is_some_and(|v| v.as_bytes() == settings.dev_id.as_bytes());
        match (key_ok, dev_ok) {
            (true, true) => None,
            (false, false) => Some("missing or invalid `x-api-key` and `dev-id` headers"),
            (false, true) => Some("missing or invalid `x-api-key` header"),
            (true, false) => Some("missing or unknown `dev-id` header"),
        }
    };
    let faults = &settings.faults;
    let has_faults = faults.rate_drop > 0.0 || faults.rate_429 > 0.0 || faults.rate_5xx > 0.0;
    if auth_failure.is_none() && !has_faults && faults.latency.is_zero() {
        return None;
    }
    let path = path.to_owned();
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    if has_faults {
        let n = st.fault_counter.fetch_add(1, Ordering::Relaxed);
        let u = Rng::new(mix(faults.seed ^ n.wrapping_mul(0xA24B_AED4_963E_E407))).unit();
        if u < faults.rate_drop {
            kill.notify_one();
            std::future::pending::<()>().await;
        } else if u < faults.rate_drop + faults.rate_429 {
            let mut resp = problem(
                StatusCode::TOO_MANY_REQUESTS,
                &path,
                "rate limit exceeded (injected fault)",
            );
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return Some(resp);
        } else if u < faults.rate_drop + faults.rate_429 + faults.rate_5xx {
            return Some(problem(
                StatusCode::SERVICE_UNAVAILABLE,
                &path,
                "service unavailable (injected fault)",
            ));
        }
    }
    auth_failure.map(|which| problem(StatusCode::UNAUTHORIZED, &path, which))
}

fn record_request<B>(st: &State, req: &http::Request<B>) {
    let path = req.uri().path().to_owned();
    let headers = req
        .headers()
        .iter()
        .filter(|(k, _)| *k != "x-api-key")
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    *lock(&st.counts).entry(path.clone()).or_insert(0) += 1;
    let rec = RecordedRequest {
        method: req.method().as_str().to_owned(),
        path,
        query: req.uri().query().map(str::to_owned),
        headers,
    };
    let mut log = lock(&st.requests);
    if log.len() >= crate::state::REQUEST_LOG_CAPACITY {
        log.pop_front();
    }
    log.push_back(rec);
}

// ---------------------------------------------------------------------------
// authentication flows

async fn generate_widget_session(AxState(st): St, body: Bytes) -> Response {
    let inst = "/v2/auth/generateWidgetSession";
    // The spec marks this body as required (`{}` is fine).
    let v = tri!(json_body(&body, inst, false));
    let o = tri!(object(&v, inst));
    let providers = tri!(opt_string(o, "providers", inst));
    let reference_id = tri!(opt_string(o, "reference_id", inst));
    for f in [
        "language",
        "auth_success_redirect_url",
        "auth_failure_redirect_url",
    ] {
        tri!(opt_string(o, f, inst));
    }
    let provider = providers.as_deref().and_then(|p| {
        let list: Vec<&str> = p
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        (list.len() == 1).then(|| list[0].to_ascii_uppercase())
    });
    let session_id = st.fresh_id("widget").replace('-', "");
    lock(&st.pending).insert(
        session_id.clone(),
        Pending {
            provider,
            reference_id,
            widget_session_id: Some(session_id.clone()),
            user_id: None,
        },
    );
    ok(&json!({
        "session_id": session_id,
        "url": format!("{}/widget/{session_id}", st.settings.origin),
        "status": "success",
        "expires_in": 900,
    }))
}

async fn authenticate_user(AxState(st): St, q: Q, body: Bytes) -> Response {
    let inst = "/v2/auth/authenticateUser";
    let q = tri!(query(q, inst));
    let resource = tri!(required(&q, "resource", inst)).to_ascii_uppercase();
    let v = tri!(json_body(&body, inst, true));
    let o = tri!(object(&v, inst));
    let reference_id = tri!(opt_string(o, "reference_id", inst));
    for f in [
        "language",
        "auth_success_redirect_url",
        "auth_failure_redirect_url",
    ] {
        tri!(opt_string(o, f, inst));
    }
    let user_id = st.fresh_id("user");
    let token = st.fresh_id("token").replace('-', "");
    lock(&st.pending).insert(
        token.clone(),
        Pending {
            provider: Some(resource),
            reference_id,
            widget_session_id: None,
            user_id: Some(user_id.clone()),
        },
    );
    ok(&json!({
        "status": "success",
        "user_id": user_id,
        "auth_url": format!("{}/auth/{token}", st.settings.origin),
    }))
}

async fn generate_auth_token(AxState(st): St) -> Response {
    let token = st.fresh_id("sdk-token").replace('-', "");
    lock(&st.pending).insert(
        token.clone(),
        Pending {
            provider: Some("APPLE".into()),
            reference_id: None,
            widget_session_id: None,
            user_id: None,
        },
    );
    ok(&json!({"status": "success", "token": token, "expires_in": 180}))
}

async fn deauthenticate_user(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/auth/deauthenticateUser";
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst));
    let Some(user) = write(&st.users).remove(user_id) else {
        return problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("user `{user_id}` not found"),
        );
    };
    let mut u = user.to_json();
    u["active"] = json!(false);
    let event = json!({
        "type": "deauth",
        "status": "success",
        "user": u,
        "message": "User has deauthenticated",
    });
    spawn_events(&st, st.fresh_id("trace"), vec![event]);
    ok(&json!({"status": "success"}))
}

/// Completes a pending widget session or auth URL (mock-only).
async fn complete(AxState(st): St, uri: Uri, Path(id): Path<String>, q: Q) -> Response {
    let inst = uri.path();
    let q = tri!(query(q, inst));
    match complete_pending(
        &st,
        &id,
        q.get("provider").map(String::as_str),
        q.get("reference_id").map(String::as_str),
    ) {
        Some(user) => ok(&json!({"status": "success", "user": user.to_json()})),
        None => problem(
            StatusCode::NOT_FOUND,
            inst,
            "no pending widget session or auth token with this id",
        ),
    }
}

/// Completes the widget session or auth token `id`, if pending: creates
/// the user and sends the `auth` webhook. `provider` and `reference_id`
/// override what the flow was started with.
pub(crate) fn complete_pending(
    st: &Arc<State>,
    id: &str,
    provider: Option<&str>,
    reference_id: Option<&str>,
) -> Option<MockUser> {
    // Accept the whole widget or auth URL too.
    let id = id.trim_end_matches('/').rsplit('/').next().unwrap_or(id);
    let pending = lock(&st.pending).remove(id)?;
    let provider = provider
        .map(str::to_ascii_uppercase)
        .or(pending.provider)
        .unwrap_or_else(|| "GARMIN".into());
    let reference_id = reference_id.map(str::to_owned).or(pending.reference_id);
    Some(create_user(
        st,
        pending.user_id,
        &provider,
        reference_id,
        pending.widget_session_id,
    ))
}

/// Creates a user and sends the `auth` webhook. Shared by the HTTP flows and
/// [`crate::MockTerra::authenticate_user`].
pub(crate) fn create_user(
    st: &Arc<State>,
    user_id: Option<String>,
    provider: &str,
    reference_id: Option<String>,
    widget_session_id: Option<String>,
) -> MockUser {
    let user = MockUser {
        user_id: user_id.unwrap_or_else(|| st.fresh_id("user")),
        provider: provider.to_ascii_uppercase(),
        reference_id: reference_id.clone(),
        created_at: utc_rfc3339(now_unix()),
        scopes: default_scopes(provider),
        active: true,
    };
    write(&st.users).insert(user.user_id.clone(), user.clone());
    let mut event = json!({
        "type": "auth",
        "status": "success",
        "user": user.to_json(),
        "reference_id": reference_id,
        "widget_session_id": widget_session_id,
        "message": "User has successfully authenticated",
    });
    if let Some(o) = event.as_object_mut() {
        o.retain(|_, v| !v.is_null());
    }
    spawn_events(st, st.fresh_id("trace"), vec![event]);
    user
}

pub(crate) fn default_scopes(provider: &str) -> String {
    match provider {
        "GARMIN" => "activity,sleep,daily,body".into(),
        "OURA" => "daily,heartrate,personal,session,workout".into(),
        _ => "activity,sleep,daily,body,nutrition".into(),
    }
}

// ---------------------------------------------------------------------------
// data endpoints

async fn data_get(AxState(st): St, q: Q, _h: HeaderMap, kind: Kind) -> Response {
    let inst = format!("/v2/{}", kind.as_str());
    let inst = inst.as_str();
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst)).to_owned();
    let to_webhook = tri!(boolean(&q, "to_webhook", true, inst));
    let (first, last, with_samples) = if kind == Kind::Athlete {
        (0, 0, false)
    } else {
        let with_samples = tri!(boolean(&q, "with_samples", false, inst));
        let Some(first) = tri!(day_param(&q, "start_date", inst)) else {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "missing required query parameter `start_date`",
            );
        };
        let last = tri!(day_param(&q, "end_date", inst)).unwrap_or(first);
        if last < first {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "`end_date` is before `start_date`",
            );
        }
        if last - first >= MAX_RANGE_DAYS {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                format!("date range longer than {MAX_RANGE_DAYS} days"),
            );
        }
        (first, last, with_samples)
    };
    let user = tri!(user_or_404(&st, &user_id, inst));
    let quirks = st.settings.quirks;
    let mut user_json = user.to_json();
    if quirks {
        data::quirk_user(&mut user_json);
    }
    // The records of the days `a..=b`, with their oddities when asked for.
    let records_of = |a: i64, b: i64| {
        let mut records = served_records(&st, kind, &user, a, b, with_samples);
        if quirks {
            data::add_quirks(&mut records);
        }
        records
    };

    if kind == Kind::Athlete {
        let mut athlete = data::athlete(&user.user_id);
        if quirks {
            data::quirk_record(&mut athlete);
        }
        if !to_webhook {
            return ok(&json!({"athlete": athlete, "type": "athlete", "user": user_json}));
        }
        let reference = st.fresh_id("reference");
        let event = json!({"type": "athlete", "athlete": athlete, "user": user_json, "version": EVENT_VERSION});
        spawn_events(&st, reference.clone(), vec![event]);
        return ok(&ack(kind, &reference, &user_json, None));
    }

    if !to_webhook {
        let records = records_of(first, last);
        return ok(&json!({"user": user_json, "data": records, "type": kind.as_str()}));
    }

    let reference = st.fresh_id("reference");
    let days = last - first + 1;
    let mut events = Vec::new();
    let message = if days > LARGE_REQUEST_DAYS {
        let chunks = (days + CHUNK_DAYS - 1) / CHUNK_DAYS;
        events.push(json!({
            "type": "large_request_processing",
            "status": "processing",
            "message": "Large request is being processed",
            "user": user_json,
            "reference": reference,
        }));
        events.push(json!({
            "type": "large_request_sending",
            "user": user_json,
            "reference": reference,
            "message": format!("Large request will be sent in {chunks} payloads"),
            "expected_payloads": chunks,
        }));
        for c in 0..chunks {
            let a = first + c * CHUNK_DAYS;
            let b = (a + CHUNK_DAYS - 1).min(last);
            let records = records_of(a, b);
            events.push(json!({
                "type": kind.as_str(),
                "user": user_json,
                "data": records,
                "version": EVENT_VERSION,
                "terra_reference": reference,
            }));
        }
        Some(format!(
            "Request is over a month long; data will be sent in {chunks} chunks"
        ))
    } else {
        let records = records_of(first, last);
        events.push(json!({
            "type": kind.as_str(),
            "user": user_json,
            "data": records,
            "version": EVENT_VERSION,
        }));
        None
    };
    spawn_events(&st, reference.clone(), events);
    ok(&ack(kind, &reference, &user_json, message))
}

fn ack(kind: Kind, reference: &str, user: &Value, message: Option<String>) -> Value {
    let mut v = json!({
        "status": "success",
        "type": kind.as_str(),
        "reference": reference,
        "trace_id": reference,
        "user": user,
    });
    if let Some(m) = message {
        v["message"] = json!(m);
    }
    v
}

// ---------------------------------------------------------------------------
// users

async fn user_info(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/userInfo";
    let q = tri!(query(q, inst));
    if let Some(user_id) = q.get("user_id") {
        let user = tri!(user_or_404(&st, user_id, inst));
        let mut u = user.to_json();
        u["last_polled_at"] = Value::Null;
        u["most_recent_data_at"] = Value::Null;
        return ok(&json!({"user": u, "status": "success", "is_authenticated": true}));
    }
    if let Some(reference) = q.get("reference_id") {
        let users: Vec<Value> = read(&st.users)
            .values()
            .filter(|u| u.reference_id.as_deref() == Some(reference.as_str()))
            .map(MockUser::to_json)
            .collect();
        if users.is_empty() {
            return problem(
                StatusCode::NOT_FOUND,
                inst,
                "no user with this reference_id",
            );
        }
        return ok(&Value::Array(users));
    }
    problem(
        StatusCode::BAD_REQUEST,
        inst,
        "one of `user_id` or `reference_id` is required",
    )
}

async fn subscriptions(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/subscriptions";
    let q = tri!(query(q, inst));
    let page = tri!(integer(&q, "page", inst));
    let per_page = tri!(integer(&q, "per_page", inst)).unwrap_or(500).max(1);
    let users: Vec<Value> = read(&st.users).values().map(MockUser::to_json).collect();
    match page {
        None => ok(&json!({"users": users})),
        Some(page) => {
            let per = per_page as usize;
            let max_page = if users.is_empty() {
                0
            } else {
                (users.len() - 1) / per
            };
            let results: Vec<Value> = users
                .into_iter()
                .skip((page as usize).saturating_mul(per))
                .take(per)
                .collect();
            let next = if (page as usize) < max_page {
                json!(page + 1)
            } else {
                Value::Null
            };
            ok(&json!({"data": {"next": next, "max_page": max_page, "results": results}}))
        }
    }
}

async fn bulk_user_info(AxState(st): St, body: Bytes) -> Response {
    let inst = "/v2/bulkUserInfo";
    let v = tri!(json_body(&body, inst, false));
    let Some(ids) = v.as_array() else {
        return problem(
            StatusCode::BAD_REQUEST,
            inst,
            "request body must be a JSON array of user ids",
        );
    };
    let users = read(&st.users);
    let mut out = Vec::new();
    for id in ids {
        let Some(id) = id.as_str() else {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "request body must be a JSON array of strings",
            );
        };
        if let Some(u) = users.get(id) {
            out.push(u.to_json());
        }
    }
    if out.is_empty() && !ids.is_empty() {
        return problem(StatusCode::NOT_FOUND, inst, "none of the given users exist");
    }
    ok(&Value::Array(out))
}

// ---------------------------------------------------------------------------
// integrations (no authentication)

const INTEGRATIONS: [(&str, &str); 8] = [
    ("GARMIN", "Garmin"),
    ("FITBIT", "Fitbit"),
    ("OURA", "Oura"),
    ("POLAR", "Polar"),
    ("WHOOP", "WHOOP"),
    ("WITHINGS", "Withings"),
    ("SUUNTO", "Suunto"),
    ("COROS", "COROS"),
];
const SDK_INTEGRATIONS: [(&str, &str); 3] = [
    ("APPLE", "Apple Health"),
    ("SAMSUNG", "Samsung Health"),
    ("GOOGLE", "Health Connect"),
];

async fn integrations() -> Response {
    let providers: Vec<&str> = INTEGRATIONS.iter().map(|p| p.0).collect();
    let sdk: Vec<&str> = SDK_INTEGRATIONS.iter().map(|p| p.0).collect();
    ok(&json!({"providers": providers, "sdk_providers": sdk, "status": "success"}))
}

async fn integrations_detailed(q: Q) -> Response {
    let inst = "/v2/integrations/detailed";
    let q = tri!(query(q, inst));
    let sdk = tri!(boolean(&q, "sdk", false, inst));
    let mut list: Vec<(&str, &str, bool)> =
        INTEGRATIONS.iter().map(|p| (p.0, p.1, false)).collect();
    if sdk {
        list.extend(SDK_INTEGRATIONS.iter().map(|p| (p.0, p.1, true)));
    }
    let providers: Vec<Value> = list
        .into_iter()
        .map(|(id, name, is_sdk)| {
            json!({
                "provider": id,
                "name": name,
                "icon": format!("https://example.com/icons/{}.png", id.to_ascii_lowercase()),
                "setup": if is_sdk { "SDK" } else { "TERRA_MANAGED" },
                "enabled": true,
                "types": {
                    "activity": true, "body": true, "daily": true, "sleep": true,
                    "nutrition": id == "FITBIT", "menstruation": id == "OURA" || id == "FITBIT",
                },
            })
        })
        .collect();
    ok(&json!({"status": "success", "providers": providers}))
}

// ---------------------------------------------------------------------------
// workouts

/// Reads an int64 path id. Ids the mock never hands out (negative ones)
/// are valid but unknown: `Ok(None)`, for a 404.
fn workout_id(raw: &str, inst: &str) -> Result<Option<u64>, Fail> {
    let id = raw.parse::<i64>().map_err(|_| {
        bad(
            inst,
            format!("path parameter must be a 64-bit integer, got `{raw}`"),
        )
    })?;
    Ok(u64::try_from(id).ok())
}

/// [`workout_id`], answering 404 for an id that cannot exist.
fn known_id(raw: &str, inst: &str, what: &str) -> Result<u64, Fail> {
    workout_id(raw, inst)?.ok_or_else(|| not_found(inst, format!("{what} {raw} not found")))
}

async fn create_workout(AxState(st): St, body: Bytes) -> Response {
    let inst = "/v2/workouts";
    let v = tri!(json_body(&body, inst, false));
    if let Err(fault) = crate::template::validate(&v) {
        return problem(
            StatusCode::BAD_REQUEST,
            inst,
            format!("invalid workout template: {fault}"),
        );
    }
    let id = st.fresh_num();
    let mut stored = v.clone();
    stored["workout_id"] = json!(id.to_string());
    lock(&st.workouts).insert(id, stored);
    ok(&json!({"status": "success", "workout_id": id.to_string()}))
}

async fn list_workouts(AxState(st): St) -> Response {
    let all: Vec<Value> = lock(&st.workouts).values().cloned().collect();
    ok(&Value::Array(all))
}

async fn get_workout(AxState(st): St, uri: Uri, Path(raw): Path<String>) -> Response {
    let inst = uri.path();
    let id = tri!(known_id(&raw, inst, "workout"));
    match lock(&st.workouts).get(&id) {
        Some(w) => ok(w),
        None => problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("workout {id} not found"),
        ),
    }
}

async fn delete_workout(AxState(st): St, uri: Uri, Path(raw): Path<String>) -> Response {
    let inst = uri.path();
    let id = tri!(known_id(&raw, inst, "workout"));
    if lock(&st.workouts).remove(&id).is_none() {
        return problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("workout {id} not found"),
        );
    }
    lock(&st.planned).retain(|_, p| p.workout_id != id);
    StatusCode::NO_CONTENT.into_response()
}

fn planned_date(v: &Value, inst: &str) -> Result<String, Fail> {
    let o = object(v, inst)?;
    match o.get("planned_date") {
        Some(Value::String(s)) if tryterra_core::CalendarDate::parse(s).is_ok() => Ok(s.clone()),
        Some(_) => Err(bad(
            inst,
            "body field `planned_date` must be a date (YYYY-MM-DD)",
        )),
        None => Err(bad(inst, "body field `planned_date` is required")),
    }
}

async fn plan_workout(
    AxState(st): St,
    uri: Uri,
    Path(raw): Path<String>,
    q: Q,
    body: Bytes,
) -> Response {
    let inst = uri.path();
    let id = tri!(workout_id(&raw, inst));
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst)).to_owned();
    let v = tri!(json_body(&body, inst, false));
    let date = tri!(planned_date(&v, inst));
    for f in [
        "ftp",
        "max_heart_rate",
        "threshold_heart_rate",
        "threshold_speed",
        "pool_length_meters",
    ] {
        if v.get(f).is_some_and(|x| !x.is_number() && !x.is_null()) {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                format!("body field `{f}` must be a number"),
            );
        }
    }
    tri!(user_or_404(&st, &user_id, inst));
    let Some(id) = id.filter(|id| lock(&st.workouts).contains_key(id)) else {
        return problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("workout {raw} not found"),
        );
    };
    let pid = st.fresh_num();
    let now = utc_rfc3339(now_unix());
    lock(&st.planned).insert(
        pid,
        Planned {
            user_id,
            workout_id: id,
            planned_date: date,
            created_at: now.clone(),
            updated_at: now,
        },
    );
    json_response(
        StatusCode::CREATED,
        &json!({
            "status": "success",
            "planned_workout_id": pid.to_string(),
            "provider_workout_id": format!("prov-{pid}"),
        }),
    )
}

fn planned_summary(pid: u64, p: &Planned) -> Value {
    json!({
        "planned_workout_id": pid.to_string(),
        "planned_date": p.planned_date,
        "is_external": false,
        "workout_id": p.workout_id.to_string(),
        "provider_workout_id": format!("prov-{pid}"),
    })
}

async fn list_planned(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/plannedWorkouts";
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst)).to_owned();
    let from = tri!(day_param(&q, "start_date", inst));
    let to = tri!(day_param(&q, "end_date", inst));
    tri!(user_or_404(&st, &user_id, inst));
    let (from, to) = match (from, to) {
        (None, None) => {
            let today = now_unix().div_euclid(86_400);
            (Some(today - 30), None)
        }
        other => other,
    };
    let list: Vec<Value> = lock(&st.planned)
        .iter()
        .filter(|(_, p)| p.user_id == user_id)
        .filter(|(_, p)| {
            let d = tryterra_core::CalendarDate::parse(&p.planned_date)
                .map(|d| d.days_since_epoch())
                .unwrap_or(0);
            from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)
        })
        .map(|(pid, p)| {
            json!({
                "planned_workout_id": pid.to_string(),
                "workout_id": p.workout_id.to_string(),
                "planned_date": p.planned_date,
                "provider_workout_id": format!("prov-{pid}"),
                "created_at": p.created_at,
                "last_updated_at": p.updated_at,
                "is_external": false,
            })
        })
        .collect();
    ok(&Value::Array(list))
}

fn planned_lookup(st: &State, raw: &str, q: Q, inst: &str) -> Result<u64, Fail> {
    let pid = workout_id(raw, inst)?;
    let q = query(q, inst)?;
    let user_id = required(&q, "user_id", inst)?.to_owned();
    user_or_404(st, &user_id, inst)?;
    match pid.and_then(|pid| {
        lock(&st.planned)
            .get(&pid)
            .map(|p| (pid, p.user_id == user_id))
    }) {
        Some((pid, true)) => Ok(pid),
        _ => Err(not_found(inst, format!("planned workout {raw} not found"))),
    }
}

async fn get_planned(AxState(st): St, uri: Uri, Path(raw): Path<String>, q: Q) -> Response {
    let inst = uri.path();
    let pid = tri!(planned_lookup(&st, &raw, q, inst));
    match lock(&st.planned).get(&pid) {
        Some(p) => ok(&planned_summary(pid, p)),
        None => problem(StatusCode::NOT_FOUND, inst, "planned workout not found"),
    }
}

async fn patch_planned(
    AxState(st): St,
    uri: Uri,
    Path(raw): Path<String>,
    q: Q,
    body: Bytes,
) -> Response {
    let inst = uri.path();
    let v = tri!(json_body(&body, inst, false));
    let date = tri!(planned_date(&v, inst));
    let pid = tri!(planned_lookup(&st, &raw, q, inst));
    let mut planned = lock(&st.planned);
    match planned.get_mut(&pid) {
        Some(p) => {
            p.planned_date = date;
            p.updated_at = utc_rfc3339(now_unix());
            ok(&planned_summary(pid, p))
        }
        None => problem(StatusCode::NOT_FOUND, inst, "planned workout not found"),
    }
}

async fn delete_planned(AxState(st): St, uri: Uri, Path(raw): Path<String>, q: Q) -> Response {
    let inst = uri.path();
    let pid = tri!(planned_lookup(&st, &raw, q, inst));
    lock(&st.planned).remove(&pid);
    StatusCode::NO_CONTENT.into_response()
}

// ---------------------------------------------------------------------------
// lab reports

async fn upload_lab_report(
    AxState(st): St,
    q: Q,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let inst = "/v2/lab-reports";
    let q = tri!(query(q, inst));
    let mut multipart = match multipart {
        Ok(m) => m,
        Err(e) => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                format!("expected a multipart/form-data body: {e}"),
            );
        }
    };
    if headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n > MAX_UPLOAD + 64 * 1024)
    {
        return problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            inst,
            "file larger than 10 MB",
        );
    }
    let mut file = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                if field.name() == Some("file") {
                    let filename = field.file_name().unwrap_or("report.pdf").to_owned();
                    match field.bytes().await {
                        Ok(b) if b.len() > MAX_UPLOAD => {
                            return problem(
                                StatusCode::PAYLOAD_TOO_LARGE,
                                inst,
                                "file larger than 10 MB",
                            );
                        }
                        Ok(b) if b.is_empty() => {
                            return problem(
                                StatusCode::BAD_REQUEST,
                                inst,
                                "form field `file` is empty",
                            );
                        }
                        Ok(b) => file = Some((filename, b.len())),
                        Err(e) => {
                            return problem(
                                e.status(),
                                inst,
                                format!("could not read the upload: {e}"),
                            );
                        }
                    }
                }
            }
            Ok(None) => break,
            Err(e) => return problem(e.status(), inst, format!("malformed multipart body: {e}")),
        }
    }
    let Some((filename, bytes)) = file else {
        return problem(
            StatusCode::BAD_REQUEST,
            inst,
            "form field `file` is required",
        );
    };
    let upload_id = st.fresh_id("upload");
    let session_id = st.fresh_id("lab-session");
    lock(&st.labs).insert(
        session_id,
        LabSession {
            upload_id: upload_id.clone(),
            reference_id: q.get("reference_id").cloned(),
            filename,
            bytes,
            uploaded_at: utc_rfc3339(now_unix()),
        },
    );
    json_response(
        StatusCode::ACCEPTED,
        &json!({"upload_id": upload_id, "current_status": "processing"}),
    )
}

fn lab_summary(session_id: &str, s: &LabSession) -> Value {
    let mut v = json!({
        "session_id": session_id,
        "upload_id": s.upload_id,
        "report_type": "blood_panel",
        "current_status": "completed",
        "uploaded_at": s.uploaded_at,
        "updated_at": s.uploaded_at,
        "report_date": date_string(now_unix().div_euclid(86_400) - 3),
        "lab_name": "Mock Diagnostics",
        "input_bytes": s.bytes,
        "results_count": 2,
        "file_count": 1,
    });
    // Omitted when not set: the spec types it as a string, never null.
    if let Some(r) = &s.reference_id {
        v["reference_id"] = json!(r);
    }
    v
}

async fn list_lab_reports(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/lab-reports";
    let q = tri!(query(q, inst));
    for f in [
        "report_date_from",
        "report_date_to",
        "uploaded_at_from",
        "uploaded_at_to",
    ] {
        if let Some(v) = q.get(f)
            && tryterra_core::CalendarDate::parse(v).is_err()
        {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                format!("query parameter `{f}` must be a date (YYYY-MM-DD)"),
            );
        }
    }
    let sessions: Vec<Value> = lock(&st.labs)
        .iter()
        .filter(|(_, s)| {
            q.get("reference_id")
                .is_none_or(|r| s.reference_id.as_ref() == Some(r))
        })
        .filter(|(_, s)| q.get("upload_id").is_none_or(|u| &s.upload_id == u))
        .map(|(id, s)| lab_summary(id, s))
        .collect();
    ok(&json!({"sessions": sessions}))
}

fn lab_or_404(st: &State, id: &str, inst: &str) -> Result<LabSession, Fail> {
    lock(&st.labs)
        .get(id)
        .cloned()
        .ok_or_else(|| not_found(inst, format!("lab report session `{id}` not found")))
}

async fn get_lab_report(AxState(st): St, uri: Uri, Path(id): Path<String>) -> Response {
    let inst = uri.path();
    let s = tri!(lab_or_404(&st, &id, inst));
    let mut v = lab_summary(&id, &s);
    v["status_history"] = json!([
        {"status": "processing", "timestamp": s.uploaded_at},
        {"status": "completed", "timestamp": s.uploaded_at},
    ]);
    v["results"] = json!([]);
    v["panels"] = json!([]);
    v["results_count"] = json!(0);
    ok(&v)
}

async fn delete_lab_report(AxState(st): St, uri: Uri, Path(id): Path<String>) -> Response {
    let inst = uri.path();
    if lock(&st.labs).remove(&id).is_none() {
        return problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("lab report session `{id}` not found"),
        );
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn lab_deliveries(AxState(st): St, uri: Uri, Path(id): Path<String>) -> Response {
    let inst = uri.path();
    tri!(lab_or_404(&st, &id, inst));
    ok(&json!({"deliveries": [{
        "destination_id": "webhook-default",
        "destination_type": "webhook",
        "status": "delivered",
        "attempt_count": 0,
    }]}))
}

async fn lab_files(AxState(st): St, uri: Uri, Path(id): Path<String>) -> Response {
    let inst = uri.path();
    let s = tri!(lab_or_404(&st, &id, inst));
    let origin = &st.settings.origin;
    ok(&json!({
        "files": [{
            "filename": s.filename,
            "presigned_url": format!("{origin}/mock/files/{id}/{}", s.filename),
        }],
        "expires_at": utc_rfc3339(now_unix() + 3600),
    }))
}
