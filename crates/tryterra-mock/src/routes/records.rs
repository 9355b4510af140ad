//! The operations of Terra's official SDKs that the pinned spec lacks:
//! writing and deleting records, the singular `/plannedWorkout`, and
//! `PATCH /users/{user_id}`.
//!
//! What is written is kept: the data endpoints serve a user's written
//! records for their dates (inline and by webhook) after the generated
//! ones, deletes remove them, and the user change shows in `userInfo` and
//! `subscriptions`.

use super::*;
use crate::state::{RecordKind, Written};

/// The provider Terra documents each write for; used to choose the user
/// when a write names none.
fn documented_provider(kind: RecordKind) -> Option<&'static str> {
    match kind {
        RecordKind::Activity => Some("WAHOO"),
        RecordKind::Body => Some("GOOGLE"),
        RecordKind::Nutrition => Some("FITBIT"),
        RecordKind::Plan => None,
    }
}

fn path_of(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Activity => "/v2/activity",
        RecordKind::Body => "/v2/body",
        RecordKind::Nutrition => "/v2/nutrition",
        RecordKind::Plan => "/v2/plannedWorkout",
    }
}

/// The user a write is for: the `user_id` query when given; otherwise the
/// first user of the provider the write is documented for, or the only
/// user when there is one.
fn target_user(
    st: &State,
    q: &HashMap<String, String>,
    kind: RecordKind,
    inst: &str,
) -> Result<MockUser, Fail> {
    if let Some(id) = q.get("user_id") {
        if id.is_empty() {
            return Err(bad(inst, "query parameter `user_id` is empty"));
        }
        return user_or_404(st, id, inst);
    }
    if kind == RecordKind::Plan {
        return Err(bad(inst, "missing required query parameter `user_id`"));
    }
    let users = read(&st.users);
    if let Some(p) = documented_provider(kind)
        && let Some(u) = users.values().find(|u| u.provider == p)
    {
        return Ok(u.clone());
    }
    if users.len() == 1
        && let Some(u) = users.values().next()
    {
        return Ok(u.clone());
    }
    Err(bad(
        inst,
        format!(
            "no `user_id` given and no single user to write to ({} users, none of provider {})",
            users.len(),
            documented_provider(kind).unwrap_or("-")
        ),
    ))
}

/// The day number of an ISO 8601 date or date-time (its calendar date as
/// written, whatever the offset).
fn day_of(s: &str) -> Option<i64> {
    let date = s.get(..10)?;
    if s.len() > 10 && !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
        return None;
    }
    tryterra_core::CalendarDate::parse(date)
        .ok()
        .map(|d| d.days_since_epoch())
}

/// Checks one record of a write and returns the day it is filed under.
fn record_day(kind: RecordKind, i: usize, record: &Value, inst: &str) -> Result<i64, Fail> {
    let field = |name: &str| format!("data[{i}].{name}");
    let Some(o) = record.as_object() else {
        return Err(bad(inst, format!("`data[{i}]` must be a JSON object")));
    };
    let meta = match o.get("metadata") {
        Some(Value::Object(m)) => Some(m),
        None | Some(Value::Null) if kind == RecordKind::Plan => None,
        _ => {
            return Err(bad(
                inst,
                format!("`{}` is required and must be an object", field("metadata")),
            ));
        }
    };
    if kind == RecordKind::Plan {
        if let Some(steps) = o.get("steps")
            && !steps.is_array()
            && !steps.is_null()
        {
            return Err(bad(inst, format!("`{}` must be an array", field("steps"))));
        }
        let Some(meta) = meta else {
            return Ok(now_unix().div_euclid(86_400));
        };
        for key in ["planned_date", "created_date"] {
            match meta.get(key) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => match day_of(s) {
                    Some(d) => return Ok(d),
                    None => {
                        return Err(bad(
                            inst,
                            format!(
                                "`{}` must be an ISO 8601 date-time",
                                field(&format!("metadata.{key}"))
                            ),
                        ));
                    }
                },
                Some(_) => {
                    return Err(bad(
                        inst,
                        format!("`{}` must be a string", field(&format!("metadata.{key}"))),
                    ));
                }
            }
        }
        return Ok(now_unix().div_euclid(86_400));
    }
    let meta = meta.ok_or_else(|| bad(inst, format!("`{}` is required", field("metadata"))))?;
    let mut day = None;
    for key in ["start_time", "end_time"] {
        let name = field(&format!("metadata.{key}"));
        match meta.get(key) {
            Some(Value::String(s)) => match day_of(s) {
                Some(d) => {
                    if key == "start_time" {
                        day = Some(d);
                    }
                }
                None => return Err(bad(inst, format!("`{name}` must be an ISO 8601 date-time"))),
            },
            _ => {
                return Err(bad(
                    inst,
                    format!("`{name}` is required and must be a string"),
                ));
            }
        }
    }
    if kind == RecordKind::Activity {
        match meta.get("summary_id") {
            Some(Value::String(_)) => {}
            _ => {
                return Err(bad(
                    inst,
                    format!(
                        "`{}` is required and must be a string",
                        field("metadata.summary_id")
                    ),
                ));
            }
        }
        for key in ["type", "upload_type"] {
            if !meta.get(key).is_some_and(Value::is_number) {
                return Err(bad(
                    inst,
                    format!(
                        "`{}` is required and must be a number",
                        field(&format!("metadata.{key}"))
                    ),
                ));
            }
        }
    }
    day.ok_or_else(|| {
        bad(
            inst,
            format!("`{}` is required", field("metadata.start_time")),
        )
    })
}

/// `POST /activity`, `/body`, `/nutrition`, `/plannedWorkout`.
pub(super) async fn write_records(
    AxState(st): St,
    q: Q,
    body: Bytes,
    kind: RecordKind,
) -> Response {
    let inst = path_of(kind);
    let q = tri!(query(q, inst));
    let v = tri!(json_body(&body, inst, false));
    let o = tri!(object(&v, inst));
    let records = match o.get("data") {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "body field `data` must be an array",
            );
        }
        None => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "body field `data` is required",
            );
        }
    };
    let mut days = Vec::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        days.push(tri!(record_day(kind, i, r, inst)));
    }
    let user = tri!(target_user(&st, &q, kind, inst));
    let mut log_ids = Vec::with_capacity(records.len());
    let mut stored = Vec::with_capacity(records.len());
    for (record, day) in records.iter().zip(days) {
        let log_id = st.fresh_id(inst);
        let mut record = record.clone();
        if kind == RecordKind::Plan
            && let Some(meta) = record.get_mut("metadata").and_then(Value::as_object_mut)
            && !meta.contains_key("id")
        {
            meta.insert("id".to_owned(), json!(log_id));
        }
        stored.push(Written {
            user_id: user.user_id.clone(),
            kind,
            log_id: log_id.clone(),
            day,
            record,
        });
        log_ids.push(log_id);
    }
    lock(&st.written).extend(stored);
    let what = match kind {
        RecordKind::Activity => "Activity",
        RecordKind::Body => "Body",
        RecordKind::Nutrition => "Nutrition",
        RecordKind::Plan => "Planned workout",
    };
    ok(&json!({
        "user": user.to_json(),
        "log_ids": log_ids,
        "message": format!("{what} data created on the provider"),
    }))
}

/// `DELETE /body` (ids under `log_ids`), `/nutrition` and
/// `/plannedWorkout` (ids under `data`).
pub(super) async fn delete_records(
    AxState(st): St,
    q: Q,
    body: Bytes,
    kind: RecordKind,
) -> Response {
    let inst = path_of(kind);
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst)).to_owned();
    let v = tri!(json_body(&body, inst, true));
    let o = tri!(object(&v, inst));
    let (key, other) = if kind == RecordKind::Body {
        ("log_ids", "data")
    } else {
        ("data", "log_ids")
    };
    if o.contains_key(other) && !o.contains_key(key) {
        return problem(
            StatusCode::BAD_REQUEST,
            inst,
            format!("DELETE {inst} takes the identifiers under `{key}`, not `{other}`"),
        );
    }
    let ids: Vec<String> = match o.get(key) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => {
            let mut ids = Vec::with_capacity(a.len());
            for (i, id) in a.iter().enumerate() {
                match id {
                    Value::String(s) => ids.push(s.clone()),
                    _ => {
                        return problem(
                            StatusCode::BAD_REQUEST,
                            inst,
                            format!("`{key}[{i}]` must be a string"),
                        );
                    }
                }
            }
            ids
        }
        Some(_) => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                format!("body field `{key}` must be an array of strings"),
            );
        }
    };
    let user = tri!(user_or_404(&st, &user_id, inst));
    let mut written = lock(&st.written);
    let processed: Vec<Value> = ids
        .iter()
        .map(|id| {
            let before = written.len();
            written.retain(|w| !(w.kind == kind && w.user_id == user_id && &w.log_id == id));
            let code = if written.len() < before { 200 } else { 404 };
            json!({"id": id, "response_code": code})
        })
        .collect();
    drop(written);
    ok(&json!({"user": user.to_json(), "processed_data": processed}))
}

/// The written records of `kind` for `user_id` on the days `first..=last`.
pub(super) fn written_records(
    st: &State,
    kind: RecordKind,
    user_id: &str,
    first: i64,
    last: i64,
) -> Vec<Value> {
    lock(&st.written)
        .iter()
        .filter(|w| w.kind == kind && w.user_id == user_id && (first..=last).contains(&w.day))
        .map(|w| w.record.clone())
        .collect()
}

/// `GET /plannedWorkout`: the written plans of a user, inline or by webhook.
pub(super) async fn get_plans(AxState(st): St, q: Q) -> Response {
    let inst = "/v2/plannedWorkout";
    let q = tri!(query(q, inst));
    let user_id = tri!(required(&q, "user_id", inst)).to_owned();
    let to_webhook = tri!(boolean(&q, "to_webhook", true, inst));
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
    let user = tri!(user_or_404(&st, &user_id, inst));
    let user_json = user.to_json();
    let plans = written_records(&st, RecordKind::Plan, &user_id, first, last);
    if !to_webhook {
        return ok(&json!({"user": user_json, "data": plans, "type": "planned_workout"}));
    }
    let reference = st.fresh_id("reference");
    let event = json!({
        "type": "planned_workout",
        "user": user_json,
        "data": plans,
        "version": EVENT_VERSION,
    });
    spawn_events(&st, reference.clone(), vec![event]);
    ok(&json!({
        "status": "success",
        "type": "planned_workout",
        "reference": reference,
        "trace_id": reference,
        "message": "Data will be sent to your webhook",
        "user": user_json,
    }))
}

/// `PATCH /users/{user_id}`: changes `reference_id` (a string, or `null`
/// to clear it) and `active`.
pub(super) async fn modify_user(
    AxState(st): St,
    uri: Uri,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Response {
    let inst = uri.path();
    let v = tri!(json_body(&body, inst, true));
    let o = tri!(object(&v, inst));
    let reference = match o.get("reference_id") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) => Some(Some(s.clone())),
        Some(_) => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "body field `reference_id` must be a string",
            );
        }
    };
    let active = match o.get("active") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            return problem(
                StatusCode::BAD_REQUEST,
                inst,
                "body field `active` must be a boolean",
            );
        }
    };
    let mut users = write(&st.users);
    let Some(user) = users.get_mut(&user_id) else {
        return problem(
            StatusCode::NOT_FOUND,
            inst,
            format!("user `{user_id}` not found"),
        );
    };
    if let Some(r) = reference {
        user.reference_id = r;
    }
    if let Some(a) = active {
        user.active = a;
    }
    let u = user.to_json();
    drop(users);
    ok(&json!({"user": u, "status": "success"}))
}
