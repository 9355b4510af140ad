//! Realistic sample values of Terra's models and webhook events, for your
//! own unit tests.
//!
//! The values come from the same deterministic generators the mock server
//! uses, decoded into `tryterra-core`'s typed models. A sample depends only on
//! its `seed`: the `seed`-th sample user is the `seed`-th user a
//! [`MockTerra`](crate::MockTerra) started with
//! [`users(n)`](crate::MockTerraBuilder::users) (`n > seed`) holds, and the
//! data samples are what the mock serves that user on [`SAMPLE_DATE`] with
//! `with_samples=true`.
//!
//! ```
//! use tryterra_mock::samples;
//!
//! let run = samples::activity_run(0);
//! let meta = run.metadata.as_ref().unwrap();
//! assert_eq!(meta.r#type.as_ref().map(|t| t.code()), Some(8)); // running
//! let hr = run.heart_rate_data.as_ref().unwrap();
//! assert!(!hr.detailed.as_ref().unwrap().hr_samples.as_ref().unwrap().is_empty());
//!
//! let night = samples::sleep_night(0);
//! let durations = night.sleep_durations_data.as_ref().unwrap();
//! assert!(durations.hypnogram_samples.as_ref().unwrap().len() > 10);
//!
//! let event = samples::event("deauth").unwrap();
//! assert_eq!(event.type_str(), Some("deauth"));
//! ```

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tryterra_core::models::{
    Activity, Athlete, Body, Daily, Event, Menstruation, Nutrition, Sleep, TerraUser,
};

use crate::MockUser;
use crate::data::{self, Kind, date_string, timestamp, user_offset, utc_rfc3339};
use crate::rng::{hash_str, uuid_like};
use crate::state::{PROVIDERS, seeded_user_id};

/// The day the data samples describe: `2026-01-05` (a Monday).
pub const SAMPLE_DATE: &str = "2026-01-05";
/// [`SAMPLE_DATE`] in days since 1970-01-01.
const SAMPLE_DAY: i64 = 20_458;
/// The payload version written into data events.
const EVENT_VERSION: &str = "2022-03-16";
/// `created_at` of the sample users (as for the mock's seeded users).
const CREATED_AT: &str = "2026-01-01T00:00:00Z";
/// Workout type code of running.
const RUNNING: i64 = 8;

/// Decodes a generated JSON value into a model. The generators only emit
/// fields of the spec with the right types (checked by this module's
/// tests), so a failure here is a bug in tryterra-mock.
fn decode<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).unwrap_or_else(|e| {
        panic!("tryterra-mock sample does not decode (a tryterra-mock bug): {e}")
    })
}

fn index(seed: u64) -> usize {
    (seed % (u32::MAX as u64)) as usize
}

/// The `seed`-th sample user, as the mock keeps it.
pub fn mock_user(seed: u64) -> MockUser {
    let i = index(seed);
    let provider = PROVIDERS[i % PROVIDERS.len()];
    MockUser {
        user_id: seeded_user_id(i),
        provider: provider.into(),
        reference_id: Some(format!("mock-user-{i}")),
        created_at: CREATED_AT.into(),
        scopes: crate::routes::default_scopes(provider),
        active: true,
    }
}

/// The `seed`-th sample user (`TerraUser`): a connection to GARMIN, FITBIT,
/// OURA, POLAR or WHOOP (in turn), with reference id `mock-user-{seed}`.
pub fn user(seed: u64) -> TerraUser {
    decode(mock_user(seed).to_json())
}

/// The records of `kind` the mock serves for the sample user on `day`.
fn records(kind: Kind, seed: u64, day: i64) -> Vec<Value> {
    let u = mock_user(seed);
    data::records(kind, &u.user_id, &u.provider, day, day, true)
}

fn one(kind: Kind, seed: u64) -> Value {
    records(kind, seed, SAMPLE_DAY)
        .into_iter()
        .next()
        .unwrap_or_else(|| json!({}))
}

/// The first workout of the sample user on or after [`SAMPLE_DATE`] for
/// which `pick` holds (looking at most a year ahead), or the first workout.
fn find_activity(seed: u64, pick: impl Fn(&Value) -> bool) -> Value {
    let mut first = None;
    for day in SAMPLE_DAY..SAMPLE_DAY + 366 {
        for record in records(Kind::Activity, seed, day) {
            if pick(&record) {
                return record;
            }
            first.get_or_insert(record);
        }
    }
    first.unwrap_or_else(|| json!({}))
}

/// A run (workout type 8) with its summary and minute-by-minute heart-rate,
/// distance and GPS position samples.
pub fn activity_run(seed: u64) -> Activity {
    decode(find_activity(seed, |a| {
        a["metadata"]["type"].as_i64() == Some(RUNNING)
    }))
}

/// A workout of any kind (run, ride or walk), with samples.
pub fn activity(seed: u64) -> Activity {
    decode(find_activity(seed, |_| true))
}

/// A week of workouts (zero to two a day) from [`SAMPLE_DATE`], with
/// samples.
pub fn activity_week(seed: u64) -> Vec<Activity> {
    (SAMPLE_DAY..SAMPLE_DAY + 7)
        .flat_map(|day| records(Kind::Activity, seed, day))
        .map(decode)
        .collect()
}

/// The night of sleep ending on the morning of [`SAMPLE_DATE`], with its
/// stage durations and a hypnogram (awake, light, deep and REM levels).
pub fn sleep_night(seed: u64) -> Sleep {
    decode(one(Kind::Sleep, seed))
}

/// The daily summary of [`SAMPLE_DATE`] (steps, distance, calories, heart
/// rate with hourly samples, stress, scores).
pub fn daily(seed: u64) -> Daily {
    decode(one(Kind::Daily, seed))
}

/// The body metrics of [`SAMPLE_DATE`] (weight, height, BMI, body fat,
/// blood pressure, temperature, hydration).
pub fn body(seed: u64) -> Body {
    decode(one(Kind::Body, seed))
}

/// The meals of [`SAMPLE_DATE`] (breakfast, lunch, dinner) with their
/// macros, and the day's totals.
pub fn nutrition(seed: u64) -> Nutrition {
    decode(one(Kind::Nutrition, seed))
}

/// The menstrual cycle state on [`SAMPLE_DATE`] (day in cycle, phase,
/// predicted ovulation and fertile window).
pub fn menstruation(seed: u64) -> Menstruation {
    decode(one(Kind::Menstruation, seed))
}

/// The sample user's profile.
pub fn athlete(seed: u64) -> Athlete {
    decode(data::athlete(&mock_user(seed).user_id))
}

/// The JSON body the mock answers to an inline data request (`to_webhook
/// =false`) of `kind` (`activity`, `body`, `daily`, `sleep`, `nutrition`,
/// `menstruation` or `athlete`) for the sample user on [`SAMPLE_DATE`];
/// `None` for another kind.
pub fn inline_response_json(kind: &str, seed: u64) -> Option<Value> {
    let u = mock_user(seed);
    if kind == "athlete" {
        return Some(
            json!({"athlete": data::athlete(&u.user_id), "type": "athlete", "user": u.to_json()}),
        );
    }
    let kind = kind_of(kind)?;
    Some(
        json!({"user": u.to_json(), "data": records(kind, seed, SAMPLE_DAY), "type": kind.as_str()}),
    )
}

/// The acknowledgement Terra sends for a `to_webhook=true` request of
/// `kind`, with the reference `reference`.
pub fn webhook_ack_json(kind: &str, seed: u64, reference: &str) -> Value {
    json!({
        "status": "success",
        "type": kind,
        "reference": reference,
        "trace_id": reference,
        "user": mock_user(seed).to_json(),
    })
}

fn kind_of(kind: &str) -> Option<Kind> {
    // Exact names only (`DataType::from_str` also accepts other cases).
    Kind::ALL.into_iter().find(|k| k.as_str() == kind)
}

/// A sample webhook event of type `event_type` (any of
/// [`Event::KNOWN_TYPES`]) about the sample user 0; `None` for another
/// type.
///
/// ```
/// use tryterra_core::models::Event;
///
/// for ty in Event::KNOWN_TYPES {
///     let event = tryterra_mock::samples::event(ty).unwrap();
///     assert_eq!(event.type_str(), Some(*ty));
///     assert!(!matches!(event, Event::Unrecognized(_)));
/// }
/// ```
pub fn event(event_type: &str) -> Option<Event> {
    event_json(event_type, 0).map(decode)
}

/// Every sample event, one per entry of [`Event::KNOWN_TYPES`].
pub fn events() -> Vec<Event> {
    Event::KNOWN_TYPES.iter().filter_map(|t| event(t)).collect()
}

/// The JSON body of [`event`] for the sample user `seed`.
pub fn event_json(event_type: &str, seed: u64) -> Option<Value> {
    let u = mock_user(seed);
    let user = u.to_json();
    let offset = user_offset(&u.user_id);
    let at = |secs: i64| timestamp(SAMPLE_DAY * 86_400 + secs, offset);
    let reference = uuid_like(hash_str("sample-reference") ^ seed);
    let data_event = |kind: Kind| {
        json!({
            "type": kind.as_str(),
            "user": user,
            "data": records(kind, seed, SAMPLE_DAY),
            "version": EVENT_VERSION,
        })
    };
    let v = match event_type {
        "auth" => json!({
            "type": "auth",
            "status": "success",
            "user": user,
            "reference_id": u.reference_id,
            "widget_session_id": uuid_like(hash_str("sample-widget") ^ seed).replace('-', ""),
            "message": "User has successfully authenticated",
        }),
        "auth_cancelled" => json!({
            "type": "auth_cancelled",
            "status": "error",
            "reason": "user_cancelled",
            "reference_id": u.reference_id,
            "flow_id": uuid_like(hash_str("sample-flow") ^ seed),
        }),
        "deauth" => {
            let mut gone = user.clone();
            gone["active"] = json!(false);
            json!({
                "type": "deauth",
                "status": "success",
                "user": gone,
                "message": "User has deauthenticated",
            })
        }
        "user_reauth" => {
            let mut old = user.clone();
            old["user_id"] = json!(uuid_like(hash_str("sample-old-user") ^ seed));
            old["active"] = json!(false);
            json!({
                "type": "user_reauth",
                "status": "warning",
                "new_user": user,
                "old_user": old,
                "message": "User has reauthenticated",
                "version": EVENT_VERSION,
            })
        }
        "access_revoked" => json!({
            "type": "access_revoked",
            "status": "warning",
            "user": user,
            "message": "User revoked access",
        }),
        "permission_change" => json!({
            "type": "permission_change",
            "status": "warning",
            "user": user,
            "message": "User permissions have changed",
            "version": EVENT_VERSION,
            "scopes_added": "nutrition",
            "scopes_removed": "body",
        }),
        "connection_error" => json!({
            "type": "connection_error",
            "status": "warning",
            "user": user,
            "message": "The provider rejected the connection's credentials",
        }),
        "large_request_processing" => json!({
            "type": "large_request_processing",
            "status": "processing",
            "message": "Large request is being processed",
            "user": user,
            "reference": reference,
        }),
        "large_request_sending" => json!({
            "type": "large_request_sending",
            "user": user,
            "reference": reference,
            "message": "Large request will be sent in 5 payloads",
            "expected_payloads": 5,
        }),
        "s3_payload" => json!({
            "type": "s3_payload",
            "status": "success",
            "url": format!("https://terra-payloads.example.com/{reference}.json"),
            "expires_in": 3600,
        }),
        "activity" => data_event(Kind::Activity),
        "body" => data_event(Kind::Body),
        "daily" => data_event(Kind::Daily),
        "sleep" => data_event(Kind::Sleep),
        "nutrition" => data_event(Kind::Nutrition),
        "menstruation" => data_event(Kind::Menstruation),
        "athlete" => json!({
            "type": "athlete",
            "athlete": data::athlete(&u.user_id),
            "user": user,
            "version": EVENT_VERSION,
        }),
        "planned_workout" => json!({
            "type": "planned_workout",
            "user": user,
            "version": EVENT_VERSION,
            "data": [{
                "planned_workout_id": "1001",
                "workout_id": "1000",
                "planned_date": date_string(SAMPLE_DAY + 2),
                "provider_workout_id": "prov-1001",
                "is_external": false,
                "created_at": utc_rfc3339(SAMPLE_DAY * 86_400 + 9 * 3600),
                "last_updated_at": utc_rfc3339(SAMPLE_DAY * 86_400 + 9 * 3600),
            }],
        }),
        "hormone" => json!({
            "type": "hormone",
            "user": user,
            "version": EVENT_VERSION,
            "data": [{
                "timestamp": at(7 * 3600),
                "lh_mIU_per_ml": 6.4,
                "e3g_ng_per_ml": 112.0,
                "pdg_ug_per_ml": 2.1,
            }],
        }),
        "health_observation" => json!({
            "type": "health_observation",
            "user": user,
            "version": EVENT_VERSION,
            "data": [{
                "metadata": {
                    "start_time": at(14 * 3600),
                    "end_time": at(16 * 3600),
                    "summary_id": uuid_like(hash_str("sample-observation") ^ seed),
                    "timestamp_localization": 1,
                },
                "observation_data": {
                    "category": 1,
                    "observation_type": "headache",
                    "codes": [{"system": "http://snomed.info/sct", "code": "25064002", "display": "Headache"}],
                    "value": {"value_type": 2, "boolean": true},
                    "severity": 2,
                    "status": 1,
                },
            }],
        }),
        "lab_report.completed" => json!({
            "type": "lab_report.completed",
            "event_id": uuid_like(hash_str("sample-lab-event") ^ seed),
            "occurred_at": utc_rfc3339(SAMPLE_DAY * 86_400 + 10 * 3600),
            "upload_id": uuid_like(hash_str("sample-upload") ^ seed),
            "data": {
                "session_id": uuid_like(hash_str("sample-lab") ^ seed),
                "reference_id": u.reference_id,
                "report_date": date_string(SAMPLE_DAY - 3),
                "results_count": 2,
                "results": [
                    {
                        "source": {"name": "Glucose", "value": "92", "units": "mg/dL"},
                        "biomarker": {"key": "glucose", "display_name": "Glucose", "loinc_code": "2345-7"},
                        "measurement": {"type": "numeric", "numeric": 92.0, "units": "mg/dL"},
                    },
                    {
                        "source": {"name": "Hemoglobin A1c", "value": "5.3", "units": "%"},
                        "biomarker": {"key": "hba1c", "display_name": "Hemoglobin A1c", "loinc_code": "4548-4"},
                        "measurement": {"type": "numeric", "numeric": 5.3, "units": "%"},
                    },
                ],
            },
        }),
        "lab_report.failed" => json!({
            "type": "lab_report.failed",
            "event_id": uuid_like(hash_str("sample-lab-failed") ^ seed),
            "occurred_at": utc_rfc3339(SAMPLE_DAY * 86_400 + 10 * 3600),
            "upload_id": uuid_like(hash_str("sample-upload") ^ seed),
            "data": {
                "session_id": uuid_like(hash_str("sample-lab") ^ seed),
                "reference_id": u.reference_id,
                "error": {"code": "unreadable_document", "message": "The file could not be read", "retriable": false},
            },
        }),
        "google_no_datasource" => json!({
            "type": "google_no_datasource",
            "status": "warning",
            "user": user,
            "message": "No data source is available for this user",
        }),
        "healthcheck" => json!({
            "type": "healthcheck",
            "status": "success",
            "creation_timestamp": utc_rfc3339(SAMPLE_DAY * 86_400),
            "trend_percentage": 0.0,
            "sent_webhooks_last_hour": 42,
        }),
        "processing" => json!({
            "type": "processing",
            "status": "processing",
            "user": user,
            "message": "Data is being processed and will be sent shortly",
            "retry_after_seconds": 60,
        }),
        "rate_limit_hit" => json!({
            "type": "rate_limit_hit",
            "status": "warning",
            "user": user,
            "message": "The provider's rate limit was hit; data will follow later",
        }),
        _ => return None,
    };
    Some(strip_nulls(v))
}

/// Drops `null` members of the top-level object (optional fields absent).
fn strip_nulls(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.retain(|_, x| !x.is_null());
    }
    v
}

/// A webhook delivery of `event` signed with `secret` at `timestamp` (unix
/// seconds): the raw body and the `terra-signature` header, as Terra (and
/// the mock) would POST them. Feed both to your webhook handler.
///
/// ```
/// use tryterra_core::webhook::Verifier;
///
/// let event = tryterra_mock::samples::event("sleep").unwrap();
/// let (body, signature) = tryterra_mock::samples::signed_webhook(&event, b"my-secret", 1_767_600_000);
/// let verified = Verifier::new("my-secret")
///     .verify_and_parse(&body, &signature, 1_767_600_010)
///     .unwrap();
/// assert_eq!(verified, event);
/// ```
pub fn signed_webhook(event: &Event, secret: &[u8], timestamp: i64) -> (Vec<u8>, String) {
    let body = serde_json::to_vec(event).unwrap_or_default();
    let header = tryterra_core::webhook::sign(secret, timestamp, &body);
    (body, header)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `v` without `null` members at any depth (the models omit absent
    /// fields when serialising), numbers compared as `f64`.
    fn no_nulls(v: Value) -> Value {
        match v {
            Value::Object(o) => Value::Object(
                o.into_iter()
                    .filter(|(_, x)| !x.is_null())
                    .map(|(k, x)| (k, no_nulls(x)))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.into_iter().map(no_nulls).collect()),
            Value::Number(n) => json!(n.as_f64()),
            other => other,
        }
    }

    #[test]
    fn sample_date_matches_its_day_number() {
        assert_eq!(date_string(SAMPLE_DAY), SAMPLE_DATE);
    }

    #[test]
    fn every_known_event_type_has_a_typed_sample() {
        for ty in Event::KNOWN_TYPES {
            let v = event_json(ty, 3).unwrap_or_else(|| panic!("no sample for {ty}"));
            // Strict decode through tryterra-core's own entry point.
            let bytes = serde_json::to_vec(&v).unwrap();
            let event = Event::from_slice(&bytes).unwrap_or_else(|e| panic!("{ty}: {e}"));
            assert_eq!(event.type_str(), Some(*ty));
            assert!(!matches!(event, Event::Unrecognized(_)), "{ty}");
            // Nothing of the sample lands in the unknown-field bags at the top.
            let back = serde_json::to_value(&event).unwrap();
            assert_eq!(no_nulls(back), no_nulls(v), "{ty} does not round-trip");
        }
        assert_eq!(events().len(), Event::KNOWN_TYPES.len());
        assert!(event("no_such_event").is_none());
    }

    #[test]
    fn data_samples_are_rich_and_deterministic() {
        for seed in 0..20 {
            let run = activity_run(seed);
            assert_eq!(run, activity_run(seed));
            let meta = run.metadata.as_ref().unwrap();
            assert_eq!(
                meta.r#type.as_ref().map(|t| i64::from(t.code())),
                Some(RUNNING)
            );
            assert!(meta.start_time.is_some() && meta.end_time.is_some());
            let hr = run.heart_rate_data.as_ref().unwrap();
            assert!(
                hr.detailed
                    .as_ref()
                    .unwrap()
                    .hr_samples
                    .as_ref()
                    .unwrap()
                    .len()
                    > 10
            );
            let pos = run.position_data.as_ref().unwrap();
            assert!(pos.position_samples.as_ref().unwrap().len() > 10);
            let dist = run
                .distance_data
                .as_ref()
                .unwrap()
                .summary
                .as_ref()
                .unwrap();
            assert!(dist.distance_meters.get().unwrap() > 1000.0);

            let night = sleep_night(seed);
            let d = night.sleep_durations_data.as_ref().unwrap();
            assert!(d.hypnogram_samples.as_ref().unwrap().len() > 10);
            assert!(night.metadata.as_ref().unwrap().start_time.is_some());

            assert!(daily(seed).distance_data.unwrap().steps.unwrap() > 1000);
            assert!(
                body(seed).measurements_data.unwrap().measurements.unwrap()[0]
                    .weight_kg
                    .get()
                    .unwrap()
                    > 50.0
            );
            assert_eq!(nutrition(seed).meals.unwrap().len(), 3);
            assert!(
                menstruation(seed)
                    .menstruation_data
                    .unwrap()
                    .day_in_cycle
                    .is_some()
            );
            assert!(athlete(seed).first_name.is_some());
            assert_eq!(user(seed).reference_id, Some(format!("mock-user-{seed}")));
        }
        assert!(!activity_week(0).is_empty());
    }

    #[test]
    fn inline_bodies_decode_as_the_operations_answers() {
        for kind in [
            "activity",
            "body",
            "daily",
            "sleep",
            "nutrition",
            "menstruation",
            "athlete",
        ] {
            let v = inline_response_json(kind, 1).unwrap();
            assert_eq!(v["type"], kind);
            assert_eq!(v["user"]["user_id"], mock_user(1).user_id);
        }
        assert!(inline_response_json("nope", 1).is_none());
    }
}
