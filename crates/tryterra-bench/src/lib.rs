//! Deterministic payload generators for the terra-rs benchmarks, load tests
//! and memory measurements.
//!
//! The payloads are webhook events (`{"type": …, "status": "success",
//! "user": {…}, "version": …, "data": [ … ]}`) with the field names of the
//! Terra v2 spec, densely filled with samples the way a real provider
//! sends them: a one-hour run sampled every second (heart rate, position,
//! speed, cadence, power, distance, elevation), nights of sleep with a
//! hypnogram and heart-rate samples, days with minute-by-minute heart rate,
//! and body records with continuous glucose readings.
//!
//! Everything comes from a small fixed-seed generator, so the same call
//! always returns the same bytes.

#![forbid(unsafe_code)]

use std::fmt::Write as _;

pub mod fuzz_checks;
pub mod ops;

#[doc(hidden)]
pub use tryterra_core as __core;

/// Evaluates `$body` with `$t` naming the webhook event model of `kind`
/// (`ActivityEvent`, `SleepEvent`, `DailyEvent` or `BodyEvent`), for code
/// that does the same thing with each kind's model.
///
/// ```
/// use tryterra_bench::{Kind, with_event_type};
///
/// let name = with_event_type!(Kind::Sleep, E => std::any::type_name::<E>());
/// assert!(name.ends_with("SleepEvent"));
/// ```
#[macro_export]
macro_rules! with_event_type {
    ($kind:expr, $t:ident => $body:expr) => {
        $crate::__by_kind!($kind, $t => $body, models::{ActivityEvent, SleepEvent, DailyEvent, BodyEvent})
    };
}

/// Runs `$body` with `$k` naming the data-kind marker of `$kind` for
/// `GetData` (`tryterra_core::ops::kind::Activity` for `Kind::Activity`, …).
#[macro_export]
macro_rules! with_data_kind {
    ($kind:expr, $k:ident => $body:expr) => {
        $crate::__by_kind!($kind, $k => $body, ops::kind::{Activity, Sleep, Daily, Body})
    };
}

/// The `match` behind [`with_event_type!`] and [`with_data_kind!`]: `$t`
/// names the type of `tryterra_core::$($module)::*` listed for each kind,
/// in the order activity, sleep, daily, body.
#[doc(hidden)]
#[macro_export]
macro_rules! __by_kind {
    ($kind:expr, $t:ident => $body:expr, $($module:ident)::+::{$a:ident, $s:ident, $d:ident, $b:ident}) => {
        match $kind {
            $crate::Kind::Activity => {
                type $t = $crate::__core::$($module)::+::$a;
                $body
            }
            $crate::Kind::Sleep => {
                type $t = $crate::__core::$($module)::+::$s;
                $body
            }
            $crate::Kind::Daily => {
                type $t = $crate::__core::$($module)::+::$d;
                $body
            }
            $crate::Kind::Body => {
                type $t = $crate::__core::$($module)::+::$b;
                $body
            }
        }
    };
}

/// The typed client's decode of `body` as an inline data answer of `kind`
/// (`GetData::parse_owned_response_with`, what `client.data(…)` runs on the
/// body its transport read; the answer keeps the buffer): the number of
/// records, or the SDK's error.
pub fn data_answer(kind: Kind, body: Vec<u8>) -> Result<usize, tryterra_core::Error> {
    use tryterra_core::Operation as _;
    with_data_kind!(kind, K => {
        let start = tryterra_core::CalendarDate::new(2026, 1, 1)?;
        let op = tryterra_core::ops::GetData::<K>::new("bench-user", start);
        let mut response = http::Response::new(body);
        *response.status_mut() = http::StatusCode::OK;
        op.parse_owned_response_with(response, tryterra_core::DecodeMode::Tolerant)
            .map(|r| r.value().data.len())
    })
}

/// The kinds of payload the generators produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Workouts (`activity` events).
    Activity,
    /// Sleep sessions (`sleep` events).
    Sleep,
    /// Daily summaries (`daily` events).
    Daily,
    /// Body metrics (`body` events).
    Body,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: [Kind; 4] = [Kind::Activity, Kind::Sleep, Kind::Daily, Kind::Body];

    /// The event `type` string.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Activity => "activity",
            Kind::Sleep => "sleep",
            Kind::Daily => "daily",
            Kind::Body => "body",
        }
    }

    /// Parses `activity`, `sleep`, `daily` or `body`.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator with the given seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// An integer in `[0, n)` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Builds a webhook event of `kind` whose JSON is about `target_bytes`
/// long (within a few percent, and never less than one data item).
///
/// The output is deterministic: the same arguments give the same bytes.
pub fn event(kind: Kind, target_bytes: usize) -> Vec<u8> {
    let mut out = String::with_capacity(target_bytes + 64 * 1024);
    let mut rng = Rng::new(0x7e77a + kind as u64);
    out.push_str("{\"type\":\"");
    out.push_str(kind.as_str());
    out.push_str("\",\"status\":\"success\",\"version\":\"2022-03-16\",");
    out.push_str(
        "\"user\":{\"user_id\":\"8e3a4b9c-5d1f-4e2a-9b7c-1f2e3d4c5b6a\",\"provider\":\"GARMIN\",\
         \"last_webhook_update\":\"2026-01-14T09:12:33.512345+00:00\",\
         \"scopes\":\"activity,sleep,daily,body\",\"reference_id\":\"bench-user\",\"active\":true},",
    );
    out.push_str("\"data\":[");
    // Size of one item per unit of length (seconds of workout, nights, days):
    // measure one small item first, then size the rest to hit the target.
    // Bytes per unit of length (seconds of workout, hours of sleep, minutes
    // of a day), first guessed, then learnt from each item written.
    let mut per_unit = {
        let mut probe = String::new();
        let mut probe_rng = rng.clone();
        let units = match kind {
            Kind::Activity => 600,
            Kind::Sleep | Kind::Daily | Kind::Body => 240,
        };
        write_item(kind, &mut probe, &mut probe_rng, 0, units);
        probe.len() as f64 / f64::from(units)
    };
    let mut index = 0u32;
    loop {
        let before = out.len();
        let remaining = target_bytes.saturating_sub(before + 2);
        if index > 0 && remaining < 3_000 {
            break;
        }
        if index > 0 {
            out.push(',');
        }
        let units = (remaining as f64 / per_unit) as u32;
        let units = match kind {
            Kind::Activity => units.clamp(60, 3_600),
            Kind::Sleep => units.clamp(30, 540),
            Kind::Daily | Kind::Body => units.clamp(60, 1_440),
        };
        write_item(kind, &mut out, &mut rng, index, units);
        per_unit = (out.len() - before) as f64 / f64::from(units);
        index += 1;
        if out.len() + 2 >= target_bytes {
            break;
        }
    }
    out.push_str("]}");
    out.into_bytes()
}

/// Writes one data item of `kind` spanning `units` (seconds of a workout,
/// minutes of sleep or of a day).
fn write_item(kind: Kind, out: &mut String, rng: &mut Rng, index: u32, units: u32) {
    match kind {
        Kind::Activity => activity(out, rng, index, units),
        Kind::Sleep => sleep(out, rng, index, units),
        Kind::Daily => daily(out, rng, index, units),
        Kind::Body => body(out, rng, index, units),
    }
}

/// A data response as the REST API returns it inline (`{user, data,
/// type}`), built from the same items as [`event`].
pub fn data_response(kind: Kind, target_bytes: usize) -> Vec<u8> {
    // The event differs only by `status` and `version`, which the typed
    // envelope keeps in its extra map: reuse it.
    event(kind, target_bytes)
}

/// A timestamp `seconds` after day `day`'s start (`2026-01-01` + day),
/// written the way Terra writes them: microseconds and an offset.
fn ts(out: &mut String, day: u32, seconds: u32) {
    // A simple 2026 calendar (not a leap year), wrapping after a year.
    const MONTHS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let total = u64::from(day) * 86_400 + u64::from(seconds);
    let mut d = ((total / 86_400) % 365) as u32;
    let s = (total % 86_400) as u32;
    let mut month = 0;
    while d >= MONTHS[month] {
        d -= MONTHS[month];
        month += 1;
    }
    let _ = write!(
        out,
        "\"2026-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}+01:00\"",
        month + 1,
        d + 1,
        s / 3600,
        (s / 60) % 60,
        s % 60,
        (seconds.wrapping_mul(7919)) % 1_000_000
    );
}

fn num(out: &mut String, v: f64, decimals: usize) {
    let _ = write!(out, "{v:.decimals$}");
}

/// Writes `"key":[ {sample}, … ]` for `n` samples `step` seconds apart.
fn series(
    out: &mut String,
    key: &str,
    day: u32,
    start: u32,
    n: u32,
    step: u32,
    mut one: impl FnMut(&mut String, u32),
) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":[");
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"timestamp\":");
        ts(out, day, start + i * step);
        one(out, i);
        out.push('}');
    }
    out.push(']');
}

fn device(out: &mut String) {
    out.push_str(
        "\"device_data\":{\"name\":\"Forerunner 965\",\"manufacturer\":\"Garmin\",\
         \"hardware_version\":\"1.0\",\"software_version\":\"19.18\",\"serial_number\":\"3412876590\"}",
    );
}

fn activity(out: &mut String, rng: &mut Rng, index: u32, seconds: u32) {
    let day = index / 2;
    let start = 6 * 3600 + (index % 2) * 10 * 3600;
    let avg_hr = rng.range(125.0, 160.0);
    let speed = rng.range(2.4, 4.2);
    let lat0 = 51.5 + rng.range(-0.05, 0.05);
    let lng0 = -0.12 + rng.range(-0.05, 0.05);
    out.push('{');
    out.push_str(
        "\"metadata\":{\"name\":\"Morning Run\",\"type\":8,\"upload_type\":1,\"summary_id\":\"",
    );
    let _ = write!(out, "act-{index:06}");
    out.push_str("\",\"start_time\":");
    ts(out, day, start);
    out.push_str(",\"end_time\":");
    ts(out, day, start + seconds);
    out.push_str(",\"city\":\"London\",\"country\":\"GB\",\"timestamp_localization\":0},");
    device(out);
    // Heart rate: one sample a second, HRV every minute.
    out.push_str(",\"heart_rate_data\":{\"summary\":{\"avg_hr_bpm\":");
    num(out, avg_hr, 1);
    out.push_str(",\"max_hr_bpm\":");
    num(out, avg_hr + 25.0, 0);
    out.push_str(",\"min_hr_bpm\":");
    num(out, avg_hr - 40.0, 0);
    out.push_str(",\"resting_hr_bpm\":52,\"user_max_hr_bpm\":190,\"avg_hrv_rmssd\":");
    num(out, rng.range(20.0, 60.0), 2);
    out.push_str(",\"hr_zone_data\":[");
    for z in 0..5u32 {
        if z > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"zone\":{z},\"start_percentage\":{},\"end_percentage\":{},\"name\":\"Zone {}\",\"duration_seconds\":{}}}",
            50 + z * 10,
            60 + z * 10,
            z + 1,
            seconds / 5
        );
    }
    out.push_str("]},\"detailed\":{");
    let mut bpm = avg_hr;
    series(out, "hr_samples", day, start, seconds, 1, |o, i| {
        bpm = (bpm + rng.range(-2.0, 2.0)).clamp(90.0, 195.0);
        o.push_str(",\"bpm\":");
        num(o, bpm.round(), 0);
        let _ = write!(o, ",\"timer_duration_seconds\":{i},\"context\":1");
    });
    out.push(',');
    series(
        out,
        "hrv_samples_rmssd",
        day,
        start,
        seconds / 60,
        60,
        |o, _| {
            o.push_str(",\"hrv_rmssd\":");
            num(o, rng.range(15.0, 70.0), 2);
        },
    );
    out.push_str("}},");
    // Position: one fix a second, drifting along a route.
    let (mut lat, mut lng) = (lat0, lng0);
    out.push_str("\"position_data\":{\"start_pos_lat_lng_deg\":[");
    num(out, lat0, 6);
    out.push(',');
    num(out, lng0, 6);
    out.push_str("],\"center_pos_lat_lng_deg\":[");
    num(out, lat0 + 0.004, 6);
    out.push(',');
    num(out, lng0 + 0.004, 6);
    out.push_str("],");
    series(out, "position_samples", day, start, seconds, 1, |o, i| {
        lat += rng.range(-0.00002, 0.00006);
        lng += rng.range(-0.00002, 0.00006);
        o.push_str(",\"coords_lat_lng_deg\":[");
        num(o, lat, 7);
        o.push(',');
        num(o, lng, 7);
        let _ = write!(o, "],\"timer_duration_seconds\":{i}");
    });
    out.push_str(",\"end_pos_lat_lng_deg\":[");
    num(out, lat, 6);
    out.push(',');
    num(out, lng, 6);
    out.push_str("]},");
    // Movement: speed and cadence every second.
    out.push_str("\"movement_data\":{\"avg_speed_meters_per_second\":");
    num(out, speed, 3);
    out.push_str(",\"max_speed_meters_per_second\":");
    num(out, speed * 1.4, 3);
    out.push_str(",\"avg_cadence_rpm\":86.5,\"max_cadence_rpm\":97,");
    out.push_str("\"avg_pace_minutes_per_kilometer\":");
    num(out, 1000.0 / speed / 60.0, 3);
    out.push(',');
    series(out, "speed_samples", day, start, seconds, 1, |o, i| {
        o.push_str(",\"speed_meters_per_second\":");
        num(o, speed + rng.range(-0.6, 0.6), 3);
        let _ = write!(o, ",\"timer_duration_seconds\":{i}");
    });
    out.push(',');
    series(out, "cadence_samples", day, start, seconds, 1, |o, i| {
        o.push_str(",\"cadence_rpm\":");
        num(o, rng.range(78.0, 96.0).round(), 0);
        let _ = write!(o, ",\"timer_duration_seconds\":{i}");
    });
    out.push_str("},");
    // Power every second.
    out.push_str("\"power_data\":{\"avg_watts\":");
    num(out, rng.range(180.0, 260.0), 1);
    out.push_str(",\"max_watts\":410,");
    series(out, "power_samples", day, start, seconds, 1, |o, i| {
        o.push_str(",\"watts\":");
        num(o, rng.range(120.0, 380.0).round(), 0);
        let _ = write!(o, ",\"timer_duration_seconds\":{i}");
    });
    out.push_str("},");
    // Distance and elevation every second, steps every 10 s.
    let total = speed * seconds as f64;
    out.push_str("\"distance_data\":{\"summary\":{\"distance_meters\":");
    num(out, total, 1);
    let _ = write!(
        out,
        ",\"steps\":{},\"floors_climbed\":3,\"elevation\":{{\"gain_actual_meters\":42.5,\"loss_actual_meters\":40.1,\"max_meters\":61.2,\"min_meters\":12.4,\"avg_meters\":33.0}}}},\"detailed\":{{",
        seconds * 3 / 2
    );
    series(out, "distance_samples", day, start, seconds, 1, |o, i| {
        o.push_str(",\"distance_meters\":");
        num(o, speed * i as f64, 1);
        let _ = write!(o, ",\"timer_duration_seconds\":{i}");
    });
    out.push(',');
    let mut elev = 30.0;
    series(out, "elevation_samples", day, start, seconds, 1, |o, i| {
        elev = f64::clamp(elev + rng.range(-0.3, 0.3), 10.0, 70.0);
        o.push_str(",\"elev_meters\":");
        num(o, elev, 2);
        let _ = write!(o, ",\"timer_duration_seconds\":{i}");
    });
    out.push(',');
    series(out, "step_samples", day, start, seconds / 10, 10, |o, i| {
        let _ = write!(
            o,
            ",\"steps\":{},\"timer_duration_seconds\":{}",
            15 * (i + 1),
            i * 10
        );
    });
    out.push_str("}},");
    // Calories every minute, oxygen every minute.
    out.push_str("\"calories_data\":{\"total_burned_calories\":");
    num(out, seconds as f64 * 0.2, 1);
    out.push_str(",\"net_activity_calories\":");
    num(out, seconds as f64 * 0.17, 1);
    out.push_str(",\"BMR_calories\":70.0,");
    series(
        out,
        "calorie_samples",
        day,
        start,
        seconds / 60,
        60,
        |o, i| {
            let _ = write!(
                o,
                ",\"calories\":{:.1},\"timer_duration_seconds\":{}",
                12.0 * (i + 1) as f64,
                i * 60
            );
        },
    );
    out.push_str(
        "},\"oxygen_data\":{\"avg_saturation_percentage\":97.5,\"vo2max_ml_per_min_per_kg\":52.1,",
    );
    series(
        out,
        "saturation_samples",
        day,
        start,
        seconds / 60,
        60,
        |o, _| {
            o.push_str(",\"percentage\":");
            num(o, rng.range(94.0, 99.5), 1);
            o.push_str(",\"type\":0");
        },
    );
    out.push_str("},");
    let _ = write!(
        out,
        "\"active_durations_data\":{{\"activity_seconds\":{seconds},\"rest_seconds\":0,\"vigorous_intensity_seconds\":{},\"moderate_intensity_seconds\":{},\"low_intensity_seconds\":0,\"inactivity_seconds\":0}},",
        seconds * 2 / 3,
        seconds / 3
    );
    out.push_str("\"energy_data\":{\"energy_kilojoules\":");
    num(out, seconds as f64 * 0.9, 1);
    out.push_str("},\"TSS_data\":{\"TSS_samples\":[]},\"MET_data\":{\"avg_level\":9.8},");
    out.push_str("\"polyline_map_data\":{\"summary_polyline\":\"_p~iF~ps|U_ulLnnqC_mqNvxq`@\"},");
    out.push_str("\"strain_data\":{\"strain_level\":14.2},\"work_data\":{\"work_kilojoules\":");
    num(out, seconds as f64 * 0.22, 1);
    out.push_str("},\"cheat_detection\":0}");
}

fn sleep(out: &mut String, rng: &mut Rng, index: u32, minutes: u32) {
    let day = index;
    let start = 23 * 3600 - rng.below(3600) as u32;
    let seconds = minutes * 60;
    out.push('{');
    out.push_str("\"metadata\":{\"is_nap\":false,\"upload_type\":1,\"timestamp_localization\":0,\"summary_id\":\"");
    let _ = write!(out, "slp-{index:06}");
    out.push_str("\",\"start_time\":");
    ts(out, day, start);
    out.push_str(",\"end_time\":");
    ts(out, day, start + seconds);
    out.push_str("},");
    device(out);
    out.push_str(",\"sleep_durations_data\":{\"sleep_efficiency\":");
    num(out, rng.range(0.8, 0.97), 3);
    let _ = write!(
        out,
        ",\"asleep\":{{\"duration_asleep_state_seconds\":{},\"duration_deep_sleep_state_seconds\":{},\"duration_light_sleep_state_seconds\":{},\"duration_REM_sleep_state_seconds\":{},\"num_REM_events\":5}},\"awake\":{{\"duration_awake_state_seconds\":{},\"num_wakeup_events\":3,\"sleep_latency_seconds\":420,\"wake_up_latency_seconds\":300}},\"other\":{{\"duration_in_bed_seconds\":{seconds}}},",
        seconds * 9 / 10,
        seconds / 5,
        seconds / 2,
        seconds / 5,
        seconds / 10
    );
    // Hypnogram every 30 s.
    series(
        out,
        "hypnogram_samples",
        day,
        start,
        seconds / 30,
        30,
        |o, _| {
            let _ = write!(o, ",\"level\":{}", 1 + rng.below(5));
        },
    );
    out.push_str("},\"heart_rate_data\":{\"summary\":{\"avg_hr_bpm\":");
    num(out, rng.range(48.0, 60.0), 1);
    out.push_str(",\"min_hr_bpm\":44,\"max_hr_bpm\":78,\"resting_hr_bpm\":47,\"avg_hrv_rmssd\":");
    num(out, rng.range(35.0, 80.0), 2);
    out.push_str("},\"detailed\":{");
    // Heart rate every 5 s, HRV every 5 min.
    series(out, "hr_samples", day, start, seconds / 5, 5, |o, i| {
        o.push_str(",\"bpm\":");
        num(o, rng.range(44.0, 70.0).round(), 0);
        let _ = write!(o, ",\"timer_duration_seconds\":{},\"context\":0", i * 5);
    });
    out.push(',');
    series(
        out,
        "hrv_samples_rmssd",
        day,
        start,
        seconds / 300,
        300,
        |o, _| {
            o.push_str(",\"hrv_rmssd\":");
            num(o, rng.range(25.0, 95.0), 2);
        },
    );
    out.push_str("}},\"respiration_data\":{\"breaths_data\":{\"avg_breaths_per_min\":");
    num(out, rng.range(12.0, 16.0), 1);
    out.push_str(",\"min_breaths_per_min\":10,\"max_breaths_per_min\":19,\"start_time\":");
    ts(out, day, start);
    out.push_str(",\"end_time\":");
    ts(out, day, start + seconds);
    out.push(',');
    series(out, "samples", day, start, seconds / 60, 60, |o, _| {
        o.push_str(",\"breaths_per_min\":");
        num(o, rng.range(10.0, 19.0), 1);
    });
    out.push_str("},\"oxygen_saturation_data\":{\"avg_saturation_percentage\":96.2,");
    series(out, "samples", day, start, seconds / 60, 60, |o, _| {
        o.push_str(",\"percentage\":");
        num(o, rng.range(92.0, 99.0), 1);
        o.push_str(",\"type\":0");
    });
    out.push_str("}},\"temperature_data\":{\"delta\":");
    num(out, rng.range(-0.5, 0.5), 2);
    out.push_str(
        "},\"readiness_data\":{\"readiness\":78,\"recovery_level\":4},\"scores\":{\"sleep\":82}}",
    );
}

fn daily(out: &mut String, rng: &mut Rng, index: u32, minutes: u32) {
    let day = index;
    out.push('{');
    out.push_str("\"metadata\":{\"upload_type\":1,\"timestamp_localization\":0,\"start_time\":");
    ts(out, day, 0);
    out.push_str(",\"end_time\":");
    ts(out, day, 86_399);
    out.push_str("},");
    device(out);
    let steps = 6_000 + rng.below(8_000);
    let _ = write!(
        out,
        ",\"distance_data\":{{\"steps\":{steps},\"distance_meters\":{:.1},\"floors_climbed\":{},\"detailed\":{{",
        steps as f64 * 0.78,
        rng.below(20)
    );
    series(out, "step_samples", day, 0, minutes / 15, 900, |o, i| {
        let _ = write!(
            o,
            ",\"steps\":{},\"timer_duration_seconds\":{}",
            80 * (i + 1),
            i * 900
        );
    });
    out.push(',');
    series(
        out,
        "distance_samples",
        day,
        0,
        minutes / 15,
        900,
        |o, i| {
            let _ = write!(
                o,
                ",\"distance_meters\":{:.1},\"timer_duration_seconds\":{}",
                62.4 * (i + 1) as f64,
                i * 900
            );
        },
    );
    out.push_str("}},\"heart_rate_data\":{\"summary\":{\"avg_hr_bpm\":");
    num(out, rng.range(60.0, 80.0), 1);
    out.push_str(",\"min_hr_bpm\":46,\"max_hr_bpm\":162,\"resting_hr_bpm\":54},\"detailed\":{");
    series(out, "hr_samples", day, 0, minutes, 60, |o, i| {
        o.push_str(",\"bpm\":");
        num(o, rng.range(50.0, 120.0).round(), 0);
        let _ = write!(o, ",\"timer_duration_seconds\":{},\"context\":0", i * 60);
    });
    out.push_str("}},\"calories_data\":{\"total_burned_calories\":");
    num(out, rng.range(1_900.0, 3_200.0), 1);
    out.push_str(",\"BMR_calories\":1650.0,\"net_activity_calories\":540.2,");
    series(out, "calorie_samples", day, 0, minutes / 15, 900, |o, i| {
        let _ = write!(
            o,
            ",\"calories\":{:.1},\"timer_duration_seconds\":{}",
            25.0 + (i % 7) as f64,
            i * 900
        );
    });
    out.push_str("},\"MET_data\":{\"avg_level\":1.4,\"num_low_intensity_minutes\":210,\"num_moderate_intensity_minutes\":35,\"num_high_intensity_minutes\":12,\"num_inactive_minutes\":700,");
    series(out, "MET_samples", day, 0, minutes, 60, |o, _| {
        o.push_str(",\"level\":");
        num(o, rng.range(1.0, 6.0), 2);
    });
    out.push_str("},\"stress_data\":{\"avg_stress_level\":32,\"max_stress_level\":88,\"rest_stress_duration_seconds\":30000,\"low_stress_duration_seconds\":20000,");
    series(out, "samples", day, 0, minutes / 3, 180, |o, _| {
        let _ = write!(o, ",\"level\":{}", rng.below(100));
    });
    out.push_str("},\"oxygen_data\":{\"avg_saturation_percentage\":97.0,");
    series(
        out,
        "saturation_samples",
        day,
        0,
        minutes / 10,
        600,
        |o, _| {
            o.push_str(",\"percentage\":");
            num(o, rng.range(94.0, 99.5), 1);
            o.push_str(",\"type\":0");
        },
    );
    out.push_str("},\"active_durations_data\":{\"activity_seconds\":4200,\"inactivity_seconds\":42000,\"low_intensity_seconds\":12600,\"moderate_intensity_seconds\":2100,\"vigorous_intensity_seconds\":720,\"rest_seconds\":28800},");
    out.push_str("\"scores\":{\"activity\":71,\"recovery\":64,\"sleep\":80},\"strain_data\":{\"strain_level\":11.3}}");
}

fn body(out: &mut String, rng: &mut Rng, index: u32, minutes: u32) {
    let day = index;
    out.push('{');
    out.push_str("\"metadata\":{\"timestamp_localization\":0,\"start_time\":");
    ts(out, day, 0);
    out.push_str(",\"end_time\":");
    ts(out, day, 86_399);
    out.push_str("},");
    device(out);
    // Continuous glucose: one reading a minute (detailed) and every 5 min.
    out.push_str(",\"glucose_data\":{\"day_avg_blood_glucose_mg_per_dL\":");
    num(out, rng.range(85.0, 120.0), 1);
    out.push_str(",\"time_in_range\":0.92,\"gmi\":5.6,");
    series(
        out,
        "blood_glucose_samples",
        day,
        0,
        minutes / 5,
        300,
        |o, _| {
            o.push_str(",\"blood_glucose_mg_per_dL\":");
            num(o, rng.range(70.0, 160.0), 1);
            let _ = write!(
                o,
                ",\"glucose_level_flag\":0,\"trend_arrow\":{}",
                rng.below(5)
            );
        },
    );
    out.push(',');
    series(
        out,
        "detailed_blood_glucose_samples",
        day,
        0,
        minutes,
        60,
        |o, _| {
            o.push_str(",\"blood_glucose_mg_per_dL\":");
            num(o, rng.range(70.0, 160.0), 1);
            o.push_str(",\"glucose_level_flag\":0,\"trend_arrow\":2");
        },
    );
    out.push_str("},\"blood_pressure_data\":{");
    series(
        out,
        "blood_pressure_samples",
        day,
        8 * 3600,
        4,
        3600,
        |o, _| {
            let _ = write!(
                o,
                ",\"systolic_bp\":{},\"diastolic_bp\":{}",
                110 + rng.below(25),
                70 + rng.below(15)
            );
        },
    );
    out.push_str("},\"measurements_data\":{\"measurements\":[{\"measurement_time\":");
    ts(out, day, 7 * 3600);
    out.push_str(",\"weight_kg\":");
    num(out, rng.range(60.0, 90.0), 2);
    out.push_str(",\"height_cm\":178.0,\"BMI\":23.4,\"bodyfat_percentage\":18.2,\"muscle_mass_g\":33000,\"bone_mass_g\":3100,\"water_percentage\":55.1}]},");
    out.push_str("\"temperature_data\":{");
    series(
        out,
        "body_temperature_samples",
        day,
        0,
        minutes / 5,
        300,
        |o, _| {
            o.push_str(",\"temperature_celsius\":");
            num(o, rng.range(36.1, 37.4), 2);
        },
    );
    out.push_str("},\"oxygen_data\":{\"avg_saturation_percentage\":97.1,");
    series(
        out,
        "saturation_samples",
        day,
        0,
        minutes / 5,
        300,
        |o, _| {
            o.push_str(",\"percentage\":");
            num(o, rng.range(94.0, 99.5), 1);
            o.push_str(",\"type\":0");
        },
    );
    out.push_str(
        "},\"heart_data\":{\"heart_rate_data\":{\"summary\":{\"avg_hr_bpm\":64.0},\"detailed\":{",
    );
    series(out, "hr_samples", day, 0, minutes / 5, 300, |o, _| {
        o.push_str(",\"bpm\":");
        num(o, rng.range(50.0, 110.0).round(), 0);
    });
    out.push_str("}},");
    series(
        out,
        "rr_interval_samples",
        day,
        0,
        minutes / 5,
        300,
        |o, _| {
            o.push_str(",\"rr_interval_ms\":");
            num(o, rng.range(700.0, 1100.0), 1);
            o.push_str(",\"hr_bpm\":");
            num(o, rng.range(55.0, 85.0).round(), 0);
        },
    );
    out.push_str("}}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_valid_json_of_about_the_target_size_and_deterministic() {
        for kind in Kind::ALL {
            for target in [100_000usize, 1_000_000] {
                let bytes = event(kind, target);
                let v: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON");
                assert_eq!(v["type"], kind.as_str());
                assert!(!v["data"].as_array().unwrap().is_empty());
                let ratio = bytes.len() as f64 / target as f64;
                assert!(
                    (0.9..1.1).contains(&ratio),
                    "{kind:?} {target}: {}",
                    bytes.len()
                );
                assert_eq!(bytes, event(kind, target));
            }
        }
    }

    #[test]
    fn payloads_decode_into_the_typed_models_and_event() {
        for kind in Kind::ALL {
            let bytes = event(kind, 200_000);
            let ev: tryterra_core::models::Event = serde_json::from_slice(&bytes).expect("Event");
            assert_eq!(ev.type_str(), Some(kind.as_str()));
            let typed = serde_json::to_value(&ev).unwrap();
            let raw: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            // Lossless: what the typed model re-encodes is the input.
            assert_eq!(
                typed["data"].as_array().unwrap().len(),
                raw["data"].as_array().unwrap().len()
            );
        }
    }
}
