//! Sample webhook events for `terra webhook send`, shaped like Terra's own
//! deliveries (field names and types from the v2 spec), with times around
//! the moment they are generated.

use clap::ValueEnum;
use serde_json::{Value, json};

use terra_core::CalendarDate;

/// Event types `terra webhook send --event` can generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum SampleEvent {
    /// A user connected a provider.
    Auth,
    /// A user abandoned or failed the connection.
    AuthCancelled,
    /// A user was disconnected.
    Deauth,
    /// A user connected the same account again.
    UserReauth,
    /// The provider revoked access.
    AccessRevoked,
    /// The user changed the permissions granted.
    PermissionChange,
    /// Terra could not reach the provider for this user.
    ConnectionError,
    /// A large request is being processed.
    LargeRequestProcessing,
    /// A large request's data is about to arrive.
    LargeRequestSending,
    /// Terra checks that the endpoint is alive.
    Healthcheck,
    /// Activity data.
    Activity,
    /// Body data.
    Body,
    /// Daily data.
    Daily,
    /// Sleep data.
    Sleep,
    /// Nutrition data.
    Nutrition,
    /// Menstruation data.
    Menstruation,
    /// Athlete profile.
    Athlete,
}

const VERSION: &str = "2022-03-16";
const USER_ID: &str = "3a2e8f0c-5b1d-4c7e-9a6f-1d2b3c4d5e6f";

fn iso(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let Some(date) = CalendarDate::from_days_since_epoch(days) else {
        return "1970-01-01T00:00:00.000000+00:00".to_owned();
    };
    format!(
        "{date}T{:02}:{:02}:{:02}.000000+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn user(now: i64) -> Value {
    json!({
        "user_id": USER_ID,
        "provider": "GARMIN",
        "reference_id": "customer-42",
        "scopes": "activity,sleep,daily,body",
        "active": true,
        "created_at": iso(now - 30 * 86_400),
        "last_webhook_update": iso(now - 3_600),
    })
}

fn hr_samples(start: i64, n: i64, step: i64, base: f64) -> Value {
    Value::Array(
        (0..n)
            .map(|i| {
                let wobble = ((i * 7) % 13) as f64;
                json!({"timestamp": iso(start + i * step), "bpm": base + wobble})
            })
            .collect(),
    )
}

fn data_event(kind: &str, now: i64, records: Vec<Value>) -> Value {
    json!({"type": kind, "user": user(now), "data": records, "version": VERSION})
}

/// Builds the sample event `kind` as if Terra sent it at `now` (unix seconds).
pub fn sample(kind: SampleEvent, now: i64) -> Value {
    let day_start = now - now.rem_euclid(86_400);
    let yesterday = day_start - 86_400;
    match kind {
        SampleEvent::Auth => json!({
            "type": "auth",
            "status": "success",
            "user": user(now),
            "message": "User has successfully authenticated",
            "widget_session_id": "6f1d9c2a-0b7e-4d3a-8c5f-2e4a6b8d0c1e",
            "flow_id": "flow-8d0c1e",
            "reference_id": "customer-42",
        }),
        SampleEvent::AuthCancelled => json!({
            "type": "auth_cancelled",
            "status": "error",
            "reason": "user_cancelled",
            "reference_id": "customer-42",
            "flow_id": "flow-8d0c1e",
        }),
        SampleEvent::Deauth => json!({
            "type": "deauth",
            "status": "success",
            "user": user(now),
            "message": "User has deauthenticated",
        }),
        SampleEvent::UserReauth => json!({
            "type": "user_reauth",
            "status": "warning",
            "message": "User has reauthenticated",
            "new_user": user(now),
            "old_user": {
                "user_id": "9c8b7a6f-5e4d-4c3b-2a1f-0e9d8c7b6a5f",
                "provider": "GARMIN",
                "reference_id": "customer-42",
                "active": false,
                "created_at": iso(now - 90 * 86_400),
            },
            "version": VERSION,
        }),
        SampleEvent::AccessRevoked => json!({
            "type": "access_revoked",
            "status": "warning",
            "user": user(now),
            "message": "User revoked access",
        }),
        SampleEvent::PermissionChange => json!({
            "type": "permission_change",
            "status": "warning",
            "user": user(now),
            "message": "User permissions have changed",
            "version": VERSION,
            "scopes_added": "nutrition",
            "scopes_removed": "body",
        }),
        SampleEvent::ConnectionError => json!({
            "type": "connection_error",
            "status": "warning",
            "user": user(now),
            "message": "Provider answered 401: the user's token is no longer valid",
        }),
        SampleEvent::LargeRequestProcessing => json!({
            "type": "large_request_processing",
            "status": "processing",
            "user": user(now),
            "message": "Large request is processing",
            "reference": "d2b6e4f8-1a3c-4e5f-9b7d-0c2e4a6b8d01",
        }),
        SampleEvent::LargeRequestSending => json!({
            "type": "large_request_sending",
            "user": user(now),
            "message": "Large request is being sent",
            "reference": "d2b6e4f8-1a3c-4e5f-9b7d-0c2e4a6b8d01",
            "expected_payloads": 3,
        }),
        SampleEvent::Healthcheck => json!({
            "type": "healthcheck",
            "status": "success",
            "creation_timestamp": iso(now),
            "trend_percentage": 0.0,
            "sent_webhooks_last_hour": 120,
        }),
        SampleEvent::Activity => {
            let start = yesterday + 7 * 3600;
            let end = start + 45 * 60;
            data_event(
                "activity",
                now,
                vec![json!({
                    "metadata": {
                        "summary_id": format!("activity-{start}"),
                        "name": "Morning Run",
                        "type": 8,
                        "upload_type": 1,
                        "start_time": iso(start),
                        "end_time": iso(end),
                        "city": "Lisbon",
                        "country": "PT",
                    },
                    "device_data": {"name": "Forerunner 265", "manufacturer": "Garmin"},
                    "distance_data": {"summary": {"distance_meters": 8012.5, "steps": 7420, "floors_climbed": 3}},
                    "calories_data": {"total_burned_calories": 612.0, "net_activity_calories": 540.0},
                    "heart_rate_data": {
                        "summary": {"avg_hr_bpm": 148.0, "max_hr_bpm": 176.0, "min_hr_bpm": 92.0, "resting_hr_bpm": 54.0},
                        "detailed": {"hr_samples": hr_samples(start, 10, 270, 140.0)},
                    },
                    "active_durations_data": {"activity_seconds": 2700},
                })],
            )
        }
        SampleEvent::Body => data_event(
            "body",
            now,
            vec![json!({
                "metadata": {"start_time": iso(yesterday), "end_time": iso(day_start)},
                "measurements_data": {
                    "measurements": [{
                        "measurement_time": iso(yesterday + 7 * 3600),
                        "weight_kg": 71.4,
                        "bodyfat_percentage": 17.9,
                        "BMI": 22.6,
                    }],
                    "day_avg_weight_kg": 71.4,
                },
                "heart_data": {"heart_rate_data": {"summary": {"resting_hr_bpm": 54.0}}},
                "device_data": {"name": "Index S2", "manufacturer": "Garmin"},
            })],
        ),
        SampleEvent::Daily => data_event(
            "daily",
            now,
            vec![json!({
                "metadata": {"start_time": iso(yesterday), "end_time": iso(day_start), "upload_type": 1},
                "distance_data": {"distance_meters": 11840.0, "steps": 14211, "floors_climbed": 9},
                "calories_data": {"total_burned_calories": 2610.0, "BMR_calories": 1702.0, "net_activity_calories": 908.0},
                "heart_rate_data": {"summary": {"avg_hr_bpm": 71.0, "max_hr_bpm": 176.0, "min_hr_bpm": 49.0, "resting_hr_bpm": 54.0}},
                "active_durations_data": {"activity_seconds": 5400},
            })],
        ),
        SampleEvent::Sleep => {
            let start = yesterday - 2 * 3600;
            let end = start + 8 * 3600;
            data_event(
                "sleep",
                now,
                vec![json!({
                    "metadata": {
                        "summary_id": format!("sleep-{start}"),
                        "start_time": iso(start),
                        "end_time": iso(end),
                        "upload_type": 2,
                        "is_nap": false,
                    },
                    "sleep_durations_data": {
                        "asleep": {
                            "duration_asleep_state_seconds": 26_100,
                            "duration_deep_sleep_state_seconds": 5_400,
                            "duration_light_sleep_state_seconds": 14_400,
                            "duration_REM_sleep_state_seconds": 6_300,
                        },
                        "awake": {"duration_awake_state_seconds": 2_700, "num_wakeup_events": 3},
                        "sleep_efficiency": 0.906,
                    },
                    "heart_rate_data": {
                        "summary": {"avg_hr_bpm": 56.0, "min_hr_bpm": 47.0, "max_hr_bpm": 81.0},
                        "detailed": {"hr_samples": hr_samples(start, 8, 3600, 50.0)},
                    },
                    "device_data": {"name": "Forerunner 265", "manufacturer": "Garmin"},
                })],
            )
        }
        SampleEvent::Nutrition => data_event(
            "nutrition",
            now,
            vec![json!({
                "metadata": {"start_time": iso(yesterday), "end_time": iso(day_start)},
                "summary": {
                    "macros": {"calories": 2240.0, "protein_g": 121.0, "carbohydrates_g": 248.0, "fat_g": 79.0, "fiber_g": 31.0, "sugar_g": 62.0},
                    "water_ml": 1800.0,
                },
            })],
        ),
        SampleEvent::Menstruation => data_event(
            "menstruation",
            now,
            vec![json!({
                "metadata": {"start_time": iso(yesterday), "end_time": iso(day_start)},
                "menstruation_data": {
                    "period_length_days": 5,
                    "cycle_length_days": 28,
                    "day_in_cycle": 12,
                    "period_start_date": iso(yesterday - 11 * 86_400)[..10].to_owned(),
                    "is_predicted_cycle": false,
                },
            })],
        ),
        SampleEvent::Athlete => json!({
            "type": "athlete",
            "user": user(now),
            "version": VERSION,
            "athlete": {
                "first_name": "Ana",
                "last_name": "Sousa",
                "sex": "female",
                "gender": "female",
                "date_of_birth": "1991-04-17",
                "age": 35,
                "city": "Lisbon",
                "country": "PT",
                "provider_user_id": "garmin-88412",
            },
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_formats_utc() {
        assert_eq!(iso(0), "1970-01-01T00:00:00.000000+00:00");
        assert_eq!(iso(1_700_000_000), "2023-11-14T22:13:20.000000+00:00");
    }

    #[test]
    fn every_sample_has_its_type() {
        for kind in SampleEvent::value_variants() {
            let v = sample(*kind, 1_700_000_000);
            let name = kind
                .to_possible_value()
                .map(|p| p.get_name().to_owned())
                .unwrap_or_default();
            assert_eq!(v["type"], name.as_str());
        }
    }
}
