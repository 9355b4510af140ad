//! Deterministic sample data, built as JSON following the spec's field names.
//!
//! Every value depends only on the user id and the day, so the same request
//! gives the same bytes.

use serde_json::{Map, Value, json};
use tryterra_core::CalendarDate;

use crate::rng::{Rng, hash_str, uuid_like};

/// The kinds of data the endpoints serve: the SDK's own [`DataType`]
/// (`as_str` gives the path segment and the `type` string).
///
/// [`DataType`]: tryterra_core::ops::DataType
pub(crate) use tryterra_core::ops::DataType as Kind;

/// The year, month and day of a day number (days since 1970-01-01); days
/// outside the SDK's calendar range (never produced here) read as the epoch.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    CalendarDate::from_days_since_epoch(days)
        .map_or((1970, 1, 1), |d| (i64::from(d.year()), d.month(), d.day()))
}

/// Formats a local wall-clock instant (seconds since the epoch, in local
/// time) with its UTC offset, e.g. `2026-01-02T07:30:00.000000+01:00`.
pub(crate) fn timestamp(local_secs: i64, offset_secs: i32) -> String {
    let days = local_secs.div_euclid(86_400);
    let sod = local_secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let sign = if offset_secs < 0 { '-' } else { '+' };
    let off = offset_secs.unsigned_abs();
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.000000{sign}{:02}:{:02}",
        sod / 3600,
        (sod / 60) % 60,
        sod % 60,
        off / 3600,
        (off / 60) % 60
    )
}

/// `YYYY-MM-DD` for a day number.
pub(crate) fn date_string(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// RFC 3339 in UTC with a `Z`, for metadata-like fields (`created_at`).
pub(crate) fn utc_rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let sod = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        sod / 3600,
        (sod / 60) % 60,
        sod % 60
    )
}

/// Where a user lives: (UTC offset in seconds, city, country, latitude,
/// longitude).
type Home = (i32, &'static str, &'static str, f64, f64);

const HOMES: [Home; 6] = [
    (0, "London", "GB", 51.5072, -0.1276),
    (3600, "Berlin", "DE", 52.52, 13.405),
    (-18_000, "New York", "US", 40.7128, -74.006),
    (7200, "Athens", "GR", 37.9838, 23.7275),
    (19_800, "Mumbai", "IN", 19.076, 72.8777),
    (-28_800, "San Francisco", "US", 37.7749, -122.4194),
];

/// The user's home (deterministic per user).
fn home(user_id: &str) -> Home {
    HOMES[(hash_str(user_id) % HOMES.len() as u64) as usize]
}

/// The user's fixed UTC offset in seconds (deterministic per user).
pub(crate) fn user_offset(user_id: &str) -> i32 {
    home(user_id).0
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn device(rng: &mut Rng, provider: &str) -> Value {
    let (manufacturer, name) = match provider {
        "GARMIN" => ("Garmin", "Forerunner 265"),
        "FITBIT" => ("Fitbit", "Charge 6"),
        "OURA" => ("Oura", "Oura Ring Gen3"),
        "POLAR" => ("Polar", "Vantage V3"),
        "WHOOP" => ("WHOOP", "WHOOP 4.0"),
        _ => ("Terra Mock", "Mock Band"),
    };
    json!({
        "manufacturer": manufacturer,
        "name": name,
        "serial_number": format!("SN{:08}", rng.range_i(0, 99_999_999)),
        "software_version": "4.20",
        "hardware_version": "2",
    })
}

/// Builds the list of records of `kind` for the days `first..=last`.
pub(crate) fn records(
    kind: Kind,
    user_id: &str,
    provider: &str,
    first: i64,
    last: i64,
    with_samples: bool,
) -> Vec<Value> {
    let mut out = Vec::new();
    for day in first..=last {
        match kind {
            Kind::Activity => activities(&mut out, user_id, provider, day, with_samples),
            Kind::Body => out.push(body(user_id, provider, day, with_samples)),
            Kind::Daily => out.push(daily(user_id, provider, day, with_samples)),
            Kind::Sleep => out.push(sleep(user_id, provider, day, with_samples)),
            Kind::Nutrition => out.push(nutrition(user_id, day, with_samples)),
            Kind::Menstruation => out.push(menstruation(user_id, day)),
            // The athlete profile has no dated records.
            _ => {}
        }
    }
    out
}

/// Number of workouts a user recorded on `day`.
fn workouts_on(user_id: &str, day: i64) -> usize {
    let mut rng = Rng::for_key(user_id, day, 100);
    let u = rng.unit();
    if u < 0.25 {
        0
    } else if u < 0.8 {
        1
    } else {
        2
    }
}

fn activities(out: &mut Vec<Value>, user_id: &str, provider: &str, day: i64, with_samples: bool) {
    let n = workouts_on(user_id, day);
    for i in 0..n {
        out.push(activity(user_id, provider, day, i as u64, with_samples));
    }
}

/// One workout: (type code, name, speed m/s, cadence rpm).
const SPORTS: [(u32, &str, f64, f64); 4] = [
    (8, "Morning Run", 2.9, 82.0),
    (1, "Evening Ride", 7.2, 88.0),
    (7, "Walk", 1.4, 55.0),
    (8, "Tempo Run", 3.4, 86.0),
];

fn activity(user_id: &str, provider: &str, day: i64, index: u64, with_samples: bool) -> Value {
    let mut rng = Rng::for_key(user_id, day, 200 + index);
    let offset = user_offset(user_id);
    let &(type_code, name, speed, cadence) = rng.pick(&SPORTS);
    let start_sod = if index == 0 {
        rng.range_i(6 * 3600, 9 * 3600) / 60 * 60
    } else {
        rng.range_i(17 * 3600, 20 * 3600) / 60 * 60
    };
    let duration = rng.range_i(20 * 60, 75 * 60) / 60 * 60;
    let start = day * 86_400 + start_sod;
    let end = start + duration;
    let speed = speed * rng.range_f(0.85, 1.15);
    let distance = round1(speed * duration as f64);
    let avg_hr = rng.range_f(128.0, 158.0).round();
    let max_hr = (avg_hr + rng.range_f(12.0, 30.0)).round();
    let min_hr = (avg_hr - rng.range_f(25.0, 40.0)).round();
    let steps = if type_code == 1 {
        0
    } else {
        (cadence * 2.0 * duration as f64 / 60.0).round() as i64
    };
    let calories = round1(duration as f64 / 60.0 * rng.range_f(8.0, 12.0));
    let (_, city, country, lat_home, lng_home) = home(user_id);
    let lat0 = lat_home + (hash_str(user_id) % 1000) as f64 / 100_000.0;
    let lng0 = lng_home + (hash_str(user_id) % 777) as f64 / 100_000.0;
    let summary_id = uuid_like(hash_str(user_id) ^ (day as u64) << 8 ^ index);

    let mut hr_samples = Vec::new();
    let mut pos_samples = Vec::new();
    let mut dist_samples = Vec::new();
    if with_samples {
        let step = 60;
        let mut t = 0;
        let mut bpm = min_hr;
        let mut lat = lat0;
        let mut lng = lng0;
        while t <= duration {
            let target = avg_hr + rng.range_f(-8.0, 8.0);
            bpm = (bpm + (target - bpm) * 0.5).clamp(min_hr, max_hr).round();
            let ts = timestamp(start + t, offset);
            hr_samples.push(json!({"timestamp": ts, "bpm": bpm, "timer_duration_seconds": t}));
            pos_samples.push(json!({
                "timestamp": ts,
                "coords_lat_lng_deg": [round6(lat), round6(lng)],
                "timer_duration_seconds": t,
            }));
            dist_samples.push(json!({
                "timestamp": ts,
                "distance_meters": round1(speed * t as f64),
                "timer_duration_seconds": t,
            }));
            lat += rng.range_f(-0.0004, 0.0009);
            lng += rng.range_f(-0.0004, 0.0009);
            t += step;
        }
    }
    let end_pos = pos_samples
        .last()
        .and_then(|s| s.get("coords_lat_lng_deg").cloned())
        .unwrap_or_else(|| json!([round6(lat0 + 0.01), round6(lng0 + 0.01)]));

    json!({
        "metadata": {
            "summary_id": summary_id,
            "name": name,
            "type": type_code,
            "upload_type": 1,
            "start_time": timestamp(start, offset),
            "end_time": timestamp(end, offset),
            "timestamp_localization": 1,
            "city": city,
            "country": country,
            "state": null,
        },
        "device_data": device(&mut rng, provider),
        "distance_data": {
            "summary": {
                "distance_meters": distance,
                "steps": steps,
                "floors_climbed": rng.range_i(0, 12),
                "elevation": {
                    "gain_actual_meters": round1(rng.range_f(5.0, 120.0)),
                    "loss_actual_meters": round1(rng.range_f(5.0, 120.0)),
                    "max_meters": round1(rng.range_f(40.0, 90.0)),
                    "min_meters": round1(rng.range_f(5.0, 35.0)),
                    "avg_meters": round1(rng.range_f(35.0, 45.0)),
                },
            },
            "detailed": { "distance_samples": dist_samples },
        },
        "heart_rate_data": {
            "summary": {
                "avg_hr_bpm": avg_hr,
                "max_hr_bpm": max_hr,
                "min_hr_bpm": min_hr,
                "resting_hr_bpm": round1(rng.range_f(48.0, 62.0)),
                "user_max_hr_bpm": 190.0,
                "avg_hrv_rmssd": round1(rng.range_f(20.0, 60.0)),
                "hr_zone_data": hr_zones(&mut rng, duration),
            },
            "detailed": { "hr_samples": hr_samples, "hrv_samples_rmssd": [], "hrv_samples_sdnn": [] },
        },
        "calories_data": {
            "total_burned_calories": calories,
            "net_activity_calories": round1(calories * 0.85),
            "BMR_calories": round1(calories * 0.15),
            "calorie_samples": [],
        },
        "movement_data": {
            "avg_speed_meters_per_second": round2(speed),
            "max_speed_meters_per_second": round2(speed * 1.3),
            "avg_pace_minutes_per_kilometer": round2(1000.0 / speed / 60.0),
            "avg_cadence_rpm": round1(cadence),
            "max_cadence_rpm": round1(cadence * 1.15),
            "speed_samples": [],
            "cadence_samples": [],
        },
        "active_durations_data": {
            "activity_seconds": duration,
            "moderate_intensity_seconds": duration * 2 / 3,
            "vigorous_intensity_seconds": duration / 3,
            "low_intensity_seconds": 0,
            "rest_seconds": 0,
            "inactivity_seconds": 0,
            "activity_levels_samples": [],
        },
        "position_data": {
            "start_pos_lat_lng_deg": [round6(lat0), round6(lng0)],
            "end_pos_lat_lng_deg": end_pos,
            "center_pos_lat_lng_deg": [round6(lat0 + 0.005), round6(lng0 + 0.005)],
            "position_samples": pos_samples,
        },
        "oxygen_data": {
            "vo2max_ml_per_min_per_kg": round1(rng.range_f(38.0, 55.0)),
            "saturation_samples": [],
            "vo2_samples": [],
        },
        "energy_data": { "energy_kilojoules": round1(calories * 4.184) },
    })
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn hr_zones(rng: &mut Rng, duration: i64) -> Value {
    let mut left = duration as f64;
    let names = ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5"];
    let mut zones = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let share = if i == 4 { 1.0 } else { rng.range_f(0.1, 0.35) };
        let secs = (left * share).round();
        left -= secs;
        zones.push(json!({
            "zone": i,
            "name": name,
            "start_percentage": 50 + 10 * i,
            "end_percentage": 60 + 10 * i,
            "duration_seconds": secs,
        }));
    }
    Value::Array(zones)
}

fn daily(user_id: &str, provider: &str, day: i64, with_samples: bool) -> Value {
    let mut rng = Rng::for_key(user_id, day, 300);
    let offset = user_offset(user_id);
    let start = day * 86_400;
    let steps = rng.range_i(3_500, 16_000);
    let distance = round1(steps as f64 * rng.range_f(0.7, 0.82));
    let bmr = round1(rng.range_f(1500.0, 1800.0));
    let active = round1(steps as f64 * 0.045 + rng.range_f(50.0, 300.0));
    let resting = round1(rng.range_f(48.0, 64.0));
    let avg_hr = round1(resting + rng.range_f(12.0, 22.0));
    let mut hr_samples = Vec::new();
    let mut step_samples = Vec::new();
    if with_samples {
        for h in 0..24 {
            let ts = timestamp(start + h * 3600, offset);
            let bpm = if (7..22).contains(&h) {
                avg_hr + rng.range_f(-5.0, 25.0)
            } else {
                resting + rng.range_f(-2.0, 6.0)
            };
            hr_samples
                .push(json!({"timestamp": ts, "bpm": bpm.round(), "timer_duration_seconds": null}));
            step_samples.push(json!({"timestamp": ts, "steps": if (7..22).contains(&h) { steps / 15 } else { 0 }, "timer_duration_seconds": 3600}));
        }
    }
    json!({
        "metadata": {
            "start_time": timestamp(start, offset),
            "end_time": timestamp(start + 86_399, offset),
            "upload_type": 1,
            "timestamp_localization": 1,
        },
        "device_data": device(&mut rng, provider),
        "distance_data": {
            "steps": steps,
            "distance_meters": distance,
            "floors_climbed": rng.range_i(2, 25),
            "elevation": { "gain_actual_meters": round1(rng.range_f(10.0, 80.0)) },
            "detailed": { "step_samples": step_samples, "distance_samples": [] },
        },
        "calories_data": {
            "BMR_calories": bmr,
            "net_activity_calories": active,
            "total_burned_calories": round1(bmr + active),
            "calorie_samples": [],
        },
        "heart_rate_data": {
            "summary": {
                "avg_hr_bpm": avg_hr,
                "resting_hr_bpm": resting,
                "max_hr_bpm": round1(avg_hr + rng.range_f(50.0, 80.0)),
                "min_hr_bpm": round1(resting - rng.range_f(2.0, 6.0)),
                "avg_hrv_rmssd": round1(rng.range_f(25.0, 70.0)),
            },
            "detailed": { "hr_samples": hr_samples, "hrv_samples_rmssd": [], "hrv_samples_sdnn": [] },
        },
        "active_durations_data": {
            "activity_seconds": rng.range_i(1800, 9000),
            "low_intensity_seconds": rng.range_i(3600, 14_400),
            "moderate_intensity_seconds": rng.range_i(600, 3600),
            "vigorous_intensity_seconds": rng.range_i(0, 1800),
            "inactivity_seconds": rng.range_i(20_000, 40_000),
            "rest_seconds": rng.range_i(20_000, 30_000),
            "activity_levels_samples": [],
        },
        "stress_data": {
            "avg_stress_level": rng.range_i(20, 45),
            "max_stress_level": rng.range_i(60, 95),
            "samples": [],
            "body_battery_samples": [],
        },
        "oxygen_data": { "avg_saturation_percentage": round1(rng.range_f(95.0, 99.0)), "saturation_samples": [], "vo2_samples": [] },
        "scores": { "activity": rng.range_i(40, 95), "recovery": rng.range_i(30, 95), "sleep": rng.range_i(50, 95) },
        "MET_data": {
            "avg_level": round2(rng.range_f(1.2, 2.2)),
            "num_high_intensity_minutes": rng.range_i(0, 40),
            "num_moderate_intensity_minutes": rng.range_i(10, 70),
            "num_low_intensity_minutes": rng.range_i(100, 300),
            "num_inactive_minutes": rng.range_i(400, 800),
            "MET_samples": [],
        },
    })
}

/// Sleep ending on the morning of `day`.
fn sleep(user_id: &str, provider: &str, day: i64, with_samples: bool) -> Value {
    let mut rng = Rng::for_key(user_id, day, 400);
    let offset = user_offset(user_id);
    let bed = day * 86_400 - rng.range_i(30 * 60, 150 * 60) / 60 * 60; // previous evening
    let in_bed = rng.range_i(6 * 3600 + 1800, 9 * 3600) / 60 * 60;
    let wake = bed + in_bed;
    let latency = rng.range_i(300, 1500) / 30 * 30;
    let awake = rng.range_i(600, 2400) / 30 * 30 + latency;
    let asleep = in_bed - awake;
    let deep = (asleep as f64 * rng.range_f(0.15, 0.22)).round() as i64 / 30 * 30;
    let rem = (asleep as f64 * rng.range_f(0.18, 0.25)).round() as i64 / 30 * 30;
    let light = asleep - deep - rem;
    let mut hypnogram = Vec::new();
    if with_samples {
        // 30-minute blocks cycling light → deep → light → REM, awake at the edges.
        let pattern = [4, 5, 4, 6];
        let mut t = bed;
        hypnogram.push(json!({"timestamp": timestamp(t, offset), "level": 1}));
        t += latency;
        let mut i = 0;
        while t < wake - 900 {
            hypnogram.push(json!({"timestamp": timestamp(t, offset), "level": pattern[i % 4]}));
            t += 1800;
            i += 1;
        }
        hypnogram.push(json!({"timestamp": timestamp(wake - 600, offset), "level": 1}));
    }
    let avg_hr = round1(rng.range_f(48.0, 60.0));
    json!({
        "metadata": {
            "summary_id": uuid_like(hash_str(user_id) ^ (day as u64).wrapping_mul(31) ^ 0x5ee9),
            "start_time": timestamp(bed, offset),
            "end_time": timestamp(wake, offset),
            "is_nap": false,
            "upload_type": 1,
            "timestamp_localization": 1,
        },
        "device_data": device(&mut rng, provider),
        "sleep_durations_data": {
            "asleep": {
                "duration_asleep_state_seconds": asleep,
                "duration_deep_sleep_state_seconds": deep,
                "duration_light_sleep_state_seconds": light,
                "duration_REM_sleep_state_seconds": rem,
                "num_REM_events": rng.range_i(3, 6),
            },
            "awake": {
                "duration_awake_state_seconds": awake,
                "sleep_latency_seconds": latency,
                "num_wakeup_events": rng.range_i(1, 5),
                "num_out_of_bed_events": rng.range_i(0, 2),
            },
            "other": { "duration_in_bed_seconds": in_bed, "duration_unmeasurable_sleep_seconds": 0 },
            "sleep_efficiency": round2(asleep as f64 / in_bed as f64),
            "hypnogram_samples": hypnogram,
        },
        "heart_rate_data": {
            "summary": {
                "avg_hr_bpm": avg_hr,
                "min_hr_bpm": round1(avg_hr - rng.range_f(4.0, 9.0)),
                "max_hr_bpm": round1(avg_hr + rng.range_f(10.0, 25.0)),
                "resting_hr_bpm": round1(avg_hr - 3.0),
                "avg_hrv_rmssd": round1(rng.range_f(30.0, 80.0)),
            },
            "detailed": { "hr_samples": [], "hrv_samples_rmssd": [], "hrv_samples_sdnn": [] },
        },
        "respiration_data": {
            "breaths_data": {
                "avg_breaths_per_min": round1(rng.range_f(12.0, 16.0)),
                "min_breaths_per_min": round1(rng.range_f(9.0, 12.0)),
                "max_breaths_per_min": round1(rng.range_f(16.0, 20.0)),
                "samples": [],
            },
            "oxygen_saturation_data": { "avg_saturation_percentage": round1(rng.range_f(94.0, 99.0)), "samples": [] },
        },
        "readiness_data": { "readiness": rng.range_i(40, 95), "recovery_level": rng.range_i(1, 5) },
        "scores": { "sleep": rng.range_i(55, 95) },
        "temperature_data": { "delta": round2(rng.range_f(-0.5, 0.5)) },
    })
}

fn body(user_id: &str, provider: &str, day: i64, with_samples: bool) -> Value {
    let mut rng = Rng::for_key(user_id, day, 500);
    let offset = user_offset(user_id);
    let start = day * 86_400;
    // Weight drifts slowly: base per user plus a small daily wobble.
    let base = 60.0 + (hash_str(user_id) % 300) as f64 / 10.0;
    let weight = round1(base + rng.range_f(-0.6, 0.6));
    let height = 160.0 + (hash_str(user_id) % 350) as f64 / 10.0;
    let sys = rng.range_i(108, 132);
    let dia = rng.range_i(68, 84);
    let measured = timestamp(start + 7 * 3600 + 15 * 60, offset);
    let bp_samples = if with_samples {
        json!([{ "timestamp": measured, "systolic_bp": sys, "diastolic_bp": dia }])
    } else {
        json!([])
    };
    json!({
        "metadata": {
            "start_time": timestamp(start, offset),
            "end_time": timestamp(start + 86_399, offset),
            "timestamp_localization": 1,
        },
        "device_data": device(&mut rng, provider),
        "measurements_data": {
            "measurements": [{
                "measurement_time": measured,
                "weight_kg": weight,
                "height_cm": round1(height),
                "BMI": round1(weight / (height / 100.0).powi(2)),
                "bodyfat_percentage": round1(rng.range_f(14.0, 28.0)),
            }],
            "day_avg_weight_kg": weight,
            "day_avg_height_cm": round1(height),
            "day_avg_bmi": round1(weight / (height / 100.0).powi(2)),
        },
        "blood_pressure_data": {
            "blood_pressure_samples": bp_samples,
            "day_avg_systolic_bp": sys,
            "day_avg_diastolic_bp": dia,
        },
        "heart_data": {
            "heart_rate_data": { "summary": { "resting_hr_bpm": round1(rng.range_f(48.0, 64.0)) } },
        },
        "oxygen_data": { "avg_saturation_percentage": round1(rng.range_f(95.0, 99.0)), "saturation_samples": [], "vo2_samples": [] },
        "temperature_data": {
            "day_avg_body_temperature_celsius": round2(rng.range_f(36.3, 37.1)),
            "body_temperature_samples": [],
            "skin_temperature_samples": [],
            "ambient_temperature_samples": [],
        },
        "hydration_data": { "day_total_water_consumption_ml": rng.range_i(1200, 2800) },
    })
}

fn nutrition(user_id: &str, day: i64, with_samples: bool) -> Value {
    let mut rng = Rng::for_key(user_id, day, 600);
    let offset = user_offset(user_id);
    let start = day * 86_400;
    const MEALS: [(u32, &str, i64); 3] = [
        (1, "Oatmeal with berries", 8),
        (3, "Chicken salad", 13),
        (5, "Salmon and rice", 19),
    ];
    let mut meals = Vec::new();
    let mut totals = [0.0f64; 4]; // calories, protein, carbs, fat
    for (i, &(ty, name, hour)) in MEALS.iter().enumerate() {
        let cal = round1(rng.range_f(350.0, 800.0));
        let protein = round1(cal * rng.range_f(0.05, 0.09));
        let carbs = round1(cal * rng.range_f(0.08, 0.14));
        let fat = round1(cal * rng.range_f(0.02, 0.04));
        totals[0] += cal;
        totals[1] += protein;
        totals[2] += carbs;
        totals[3] += fat;
        if with_samples {
            meals.push(json!({
                "id": uuid_like(hash_str(user_id) ^ (day as u64) << 4 ^ i as u64),
                "name": name,
                "type": ty,
                "timestamp": timestamp(start + hour * 3600, offset),
                "quantity": { "unit": 1, "amount": round1(rng.range_f(200.0, 500.0)) },
                "macros": { "calories": cal, "protein_g": protein, "carbohydrates_g": carbs, "fat_g": fat },
                "micros": { "sodium_mg": round1(rng.range_f(100.0, 900.0)) },
            }));
        }
    }
    json!({
        "metadata": {
            "start_time": timestamp(start, offset),
            "end_time": timestamp(start + 86_399, offset),
            "timestamp_localization": 1,
        },
        "summary": {
            "macros": {
                "calories": round1(totals[0]),
                "protein_g": round1(totals[1]),
                "carbohydrates_g": round1(totals[2]),
                "fat_g": round1(totals[3]),
            },
            "micros": {},
            "water_ml": rng.range_i(1000, 2500),
            "drink_ml": rng.range_i(200, 900),
        },
        "meals": meals,
        "drink_samples": [],
    })
}

fn menstruation(user_id: &str, day: i64) -> Value {
    let offset = user_offset(user_id);
    let start = day * 86_400;
    let cycle = 26 + (hash_str(user_id) % 6) as i64;
    let anchor = 20_454 + (hash_str(user_id) % cycle as u64) as i64; // a day in January 2026
    let day_in_cycle = (day - anchor).rem_euclid(cycle) + 1;
    let period_start = day - day_in_cycle + 1;
    // Phase codes: 1 period, 2 follicular, 3 fertile window, 4 ovulation,
    // 5 luteal. Ovulation is on cycle day `cycle / 2 + 1`.
    let ovulation = cycle / 2 + 1;
    let phase = match day_in_cycle {
        1..=5 => 1,
        d if d == ovulation => 4,
        d if d >= ovulation - 5 && d <= ovulation + 1 => 3,
        d if d < ovulation => 2,
        _ => 5,
    };
    json!({
        "metadata": {
            "start_time": timestamp(start, offset),
            "end_time": timestamp(start + 86_399, offset),
            "timestamp_localization": 1,
        },
        "menstruation_data": {
            "period_length_days": 5,
            "cycle_length_days": cycle,
            "predicted_cycle_length_days": cycle,
            "day_in_cycle": day_in_cycle,
            "current_phase": phase,
            "period_start_date": date_string(period_start),
            "ovulation_day": date_string(period_start + cycle / 2),
            "fertility_window_start": date_string(period_start + cycle / 2 - 5),
            "fertility_window_end": date_string(period_start + cycle / 2 + 1),
            "is_predicted_cycle": false,
            "menstruation_flow": [],
            "intervals": [],
        },
    })
}

/// The athlete profile of a user.
pub(crate) fn athlete(user_id: &str) -> Value {
    let mut rng = Rng::new(hash_str(user_id) ^ 0xa7);
    let first = *rng.pick(&["Alex", "Sam", "Jordan", "Robin", "Kim", "Charlie"]);
    let last = *rng.pick(&["Smith", "Garcia", "Novak", "Okafor", "Larsen", "Tanaka"]);
    let age = rng.range_i(22, 58);
    let birth_year = 2026 - age;
    let sex = *rng.pick(&["female", "male"]);
    let mut m = Map::new();
    m.insert("first_name".into(), json!(first));
    m.insert("last_name".into(), json!(last));
    m.insert("age".into(), json!(age));
    m.insert("sex".into(), json!(sex));
    m.insert("gender".into(), json!(sex));
    m.insert(
        "date_of_birth".into(),
        json!(format!(
            "{birth_year:04}-{:02}-{:02}",
            rng.range_i(1, 12),
            rng.range_i(1, 28)
        )),
    );
    m.insert(
        "email".into(),
        json!(format!(
            "{}.{}@example.com",
            first.to_lowercase(),
            last.to_lowercase()
        )),
    );
    let (_, city, country, _, _) = home(user_id);
    m.insert("city".into(), json!(city));
    m.insert("state".into(), Value::Null);
    m.insert("country".into(), json!(country));
    m.insert("bio".into(), json!("Generated by tryterra-mock"));
    m.insert("account_creation_date".into(), json!("2024-03-01"));
    m.insert(
        "provider_user_id".into(),
        json!(format!("{:x}", hash_str(user_id) >> 16)),
    );
    Value::Object(m)
}

/// Puts a few provider-style oddities into the first of `records` (see
/// `MockTerraBuilder::quirks`).
pub(crate) fn add_quirks(records: &mut [Value]) {
    if let Some(first) = records.first_mut() {
        quirk_record(first);
    }
}

/// One record with its oddities: the first `upload_type` code written with
/// a fraction (`1.1`), and the first other number written as a string.
pub(crate) fn quirk_record(record: &mut Value) {
    fn bump_code(v: &mut Value) -> bool {
        match v {
            Value::Object(m) => {
                if let Some(code) = m.get_mut("upload_type")
                    && let Some(n) = code.as_i64()
                {
                    *code = json!(n as f64 + 0.1);
                    return true;
                }
                m.values_mut().any(bump_code)
            }
            Value::Array(a) => a.iter_mut().any(bump_code),
            _ => false,
        }
    }
    fn stringify_number(v: &mut Value) -> bool {
        match v {
            Value::Object(m) => m
                .iter_mut()
                .filter(|(k, _)| k.as_str() != "upload_type")
                .any(|(_, v)| stringify_number(v)),
            Value::Array(a) => a.iter_mut().any(stringify_number),
            Value::Number(n) => {
                *v = Value::String(n.to_string());
                true
            }
            _ => false,
        }
    }
    bump_code(record);
    stringify_number(record);
}

/// The user of a quirky answer: `"active": "true"`.
pub(crate) fn quirk_user(user: &mut Value) {
    if let Some(active) = user.get_mut("active")
        && let Some(b) = active.as_bool()
    {
        *active = Value::String(b.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_have_offsets() {
        assert_eq!(timestamp(0, 0), "1970-01-01T00:00:00.000000+00:00");
        assert_eq!(
            timestamp(86_400 + 3661, -18_000),
            "1970-01-02T01:01:01.000000-05:00"
        );
        assert_eq!(timestamp(0, 19_800), "1970-01-01T00:00:00.000000+05:30");
        assert_eq!(utc_rfc3339(86_400), "1970-01-02T00:00:00Z");
    }

    #[test]
    fn same_inputs_same_records() {
        for kind in Kind::ALL.into_iter().filter(|k| *k != Kind::Athlete) {
            let a = records(kind, "u1", "GARMIN", 20_450, 20_456, true);
            let b = records(kind, "u1", "GARMIN", 20_450, 20_456, true);
            assert_eq!(a, b);
        }
        assert_eq!(athlete("x"), athlete("x"));
    }

    #[test]
    fn quirks_change_a_few_values_of_the_first_record_only() {
        let mut records = super::records(Kind::Activity, "u1", "GARMIN", 20_458, 20_460, false);
        let clean = records.clone();
        super::add_quirks(&mut records);
        assert_eq!(records[1..], clean[1..]);
        let code = &records[0]["metadata"]["upload_type"];
        assert_eq!(
            code.as_f64(),
            Some(clean[0]["metadata"]["upload_type"].as_f64().unwrap() + 0.1)
        );
        let strings_now = |v: &Value| v.to_string().matches('"').count();
        assert!(strings_now(&records[0]) > strings_now(&clean[0]));
        let mut user = serde_json::json!({"user_id": "u", "active": true});
        super::quirk_user(&mut user);
        assert_eq!(user["active"], "true");
    }
}
