//! Hand-written shortcuts on the generated models, for the values every
//! user computes: total sleep, distance, steps, calories, mean heart rate,
//! weight… Each returns `None` when the provider did not send the value;
//! none of them guesses or converts between providers' definitions.
//!
//! Durations Terra sends as seconds are returned as [`std::time::Duration`]
//! (`None` also for a negative or non-finite number). Other units are in
//! the method's name and documentation.
//!
//! [`Records`] gives the records of a data answer and of a data webhook
//! event as the same slice type, whether the list was sent, empty or absent.
//!
//! ```
//! use tryterra_core::models::{Records, Sleep, SleepEvent};
//! use std::time::Duration;
//!
//! let night: Sleep = serde_json::from_str(r#"{
//!     "sleep_durations_data": {"asleep": {"duration_asleep_state_seconds": 27000.0}},
//!     "heart_rate_data": {"summary": {"avg_hr_bpm": 54.5}}
//! }"#)?;
//! assert_eq!(night.asleep_duration(), Some(Duration::from_secs(7 * 3600 + 1800)));
//! assert_eq!(night.mean_heart_rate_bpm(), Some(54.5));
//!
//! let event: SleepEvent = serde_json::from_str(r#"{"type": "sleep"}"#)?;
//! assert!(event.records().is_empty()); // `data` absent: an empty slice
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::time::Duration;

use super::{
    Activity, ActivityEvent, Body, BodyEvent, Daily, DailyEvent, Menstruation, MenstruationEvent,
    Nutrition, NutritionEvent, OptF64, Sleep, SleepEvent, Timestamp,
};

/// Seconds as a [`Duration`]; `None` for a negative or non-finite number.
fn secs(s: OptF64) -> Option<Duration> {
    s.get().and_then(|s| Duration::try_from_secs_f64(s).ok())
}

/// The time from `start` to `end`, when both have an offset and `end` is
/// not earlier.
fn between(start: Option<&Timestamp>, end: Option<&Timestamp>) -> Option<Duration> {
    let (start, end) = (start?, end?);
    let s = start.to_unix_seconds()?;
    let e = end.to_unix_seconds()?;
    let nanos = |t: &Timestamp| i128::from(t.subsec_nanos());
    let total = (i128::from(e) - i128::from(s)) * 1_000_000_000 + nanos(end) - nanos(start);
    u64::try_from(total).ok().map(Duration::from_nanos)
}

/// The records of a data answer or a data webhook event, as one slice type.
///
/// Fetched data ([`DataResponse::data`](crate::ops::DataResponse::data)) is a list; the events' `data`
/// is an `Option<Vec<T>>` (a payload may omit it). Both give a `&[T]` here,
/// empty when there is nothing.
pub trait Records {
    /// The type of one record.
    type Record;

    /// The records, empty when there are none or the list was absent.
    fn records(&self) -> &[Self::Record];
}

macro_rules! event_records {
    ($($event:ident => $model:ident),* $(,)?) => {$(
        impl Records for $event {
            type Record = $model;
            fn records(&self) -> &[$model] {
                self.data.as_deref().unwrap_or(&[])
            }
        }
    )*};
}

event_records! {
    ActivityEvent => Activity,
    BodyEvent => Body,
    DailyEvent => Daily,
    SleepEvent => Sleep,
    NutritionEvent => Nutrition,
    MenstruationEvent => Menstruation,
}

impl Sleep {
    /// Total time asleep (light, deep and REM together), from
    /// `sleep_durations_data.asleep.duration_asleep_state_seconds`.
    pub fn asleep_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .asleep
                .as_ref()?
                .duration_asleep_state_seconds,
        )
    }

    /// Time in deep sleep (`…asleep.duration_deep_sleep_state_seconds`).
    pub fn deep_sleep_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .asleep
                .as_ref()?
                .duration_deep_sleep_state_seconds,
        )
    }

    /// Time in light sleep (`…asleep.duration_light_sleep_state_seconds`).
    pub fn light_sleep_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .asleep
                .as_ref()?
                .duration_light_sleep_state_seconds,
        )
    }

    /// Time in REM sleep (`…asleep.duration_rem_sleep_state_seconds`).
    pub fn rem_sleep_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .asleep
                .as_ref()?
                .duration_rem_sleep_state_seconds,
        )
    }

    /// Time awake during the session (`…awake.duration_awake_state_seconds`).
    pub fn awake_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .awake
                .as_ref()?
                .duration_awake_state_seconds,
        )
    }

    /// Time from going to bed to falling asleep (`…awake.sleep_latency_seconds`).
    pub fn sleep_latency(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .awake
                .as_ref()?
                .sleep_latency_seconds,
        )
    }

    /// Time in bed (`…other.duration_in_bed_seconds`).
    pub fn in_bed_duration(&self) -> Option<Duration> {
        secs(
            self.sleep_durations_data
                .as_ref()?
                .other
                .as_ref()?
                .duration_in_bed_seconds,
        )
    }

    /// Sleep efficiency as the provider reports it (a fraction or a
    /// percentage, depending on the provider; `sleep_durations_data.sleep_efficiency`).
    pub fn sleep_efficiency(&self) -> Option<f64> {
        self.sleep_durations_data.as_ref()?.sleep_efficiency.get()
    }

    /// Mean heart rate over the session, in beats per minute.
    pub fn mean_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .avg_hr_bpm
            .get()
    }

    /// Resting heart rate, in beats per minute.
    pub fn resting_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .resting_hr_bpm
            .get()
    }

    /// Start of the session (`metadata.start_time`).
    pub fn start_time(&self) -> Option<&Timestamp> {
        self.metadata.as_ref()?.start_time.as_ref()
    }

    /// End of the session (`metadata.end_time`).
    pub fn end_time(&self) -> Option<&Timestamp> {
        self.metadata.as_ref()?.end_time.as_ref()
    }

    /// From start to end of the session (both need an offset).
    pub fn session_duration(&self) -> Option<Duration> {
        between(self.start_time(), self.end_time())
    }

    /// Whether the provider marked the session as a nap.
    pub fn is_nap(&self) -> Option<bool> {
        self.metadata.as_ref()?.is_nap
    }
}

impl Activity {
    /// The activity's name (`metadata.name`).
    pub fn name(&self) -> Option<&str> {
        self.metadata.as_ref()?.name.as_deref()
    }

    /// Start of the activity (`metadata.start_time`).
    pub fn start_time(&self) -> Option<&Timestamp> {
        self.metadata.as_ref()?.start_time.as_ref()
    }

    /// End of the activity (`metadata.end_time`).
    pub fn end_time(&self) -> Option<&Timestamp> {
        self.metadata.as_ref()?.end_time.as_ref()
    }

    /// From start to end (both need an offset).
    pub fn duration(&self) -> Option<Duration> {
        between(self.start_time(), self.end_time())
    }

    /// Time spent active (`active_durations_data.activity_seconds`).
    pub fn active_duration(&self) -> Option<Duration> {
        secs(self.active_durations_data.as_ref()?.activity_seconds)
    }

    /// Distance covered, in metres (`distance_data.summary.distance_meters`).
    pub fn distance_meters(&self) -> Option<f64> {
        self.distance_data
            .as_ref()?
            .summary
            .as_ref()?
            .distance_meters
            .get()
    }

    /// Steps taken (`distance_data.summary.steps`).
    pub fn steps(&self) -> Option<i64> {
        self.distance_data.as_ref()?.summary.as_ref()?.steps
    }

    /// Mean heart rate, in beats per minute (`heart_rate_data.summary.avg_hr_bpm`).
    pub fn mean_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .avg_hr_bpm
            .get()
    }

    /// Highest heart rate, in beats per minute (`heart_rate_data.summary.max_hr_bpm`).
    pub fn max_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .max_hr_bpm
            .get()
    }

    /// Energy burned in total, in kilocalories
    /// (`calories_data.total_burned_calories`).
    pub fn calories_kcal(&self) -> Option<f64> {
        self.calories_data.as_ref()?.total_burned_calories.get()
    }

    /// Energy burned by the activity itself (above the basal rate), in
    /// kilocalories (`calories_data.net_activity_calories`).
    pub fn active_calories_kcal(&self) -> Option<f64> {
        self.calories_data.as_ref()?.net_activity_calories.get()
    }
}

impl Daily {
    /// Start of the day (`metadata.start_time`).
    pub fn start_time(&self) -> Option<&Timestamp> {
        self.metadata.as_ref()?.start_time.as_ref()
    }

    /// Steps taken (`distance_data.steps`).
    pub fn steps(&self) -> Option<i64> {
        self.distance_data.as_ref()?.steps
    }

    /// Distance covered, in metres (`distance_data.distance_meters`).
    pub fn distance_meters(&self) -> Option<f64> {
        self.distance_data.as_ref()?.distance_meters.get()
    }

    /// Floors climbed (`distance_data.floors_climbed`).
    pub fn floors_climbed(&self) -> Option<i64> {
        self.distance_data.as_ref()?.floors_climbed
    }

    /// Energy burned in total (basal and active), in kilocalories
    /// (`calories_data.total_burned_calories`).
    pub fn calories_kcal(&self) -> Option<f64> {
        self.calories_data.as_ref()?.total_burned_calories.get()
    }

    /// Energy burned by activity (above the basal rate), in kilocalories
    /// (`calories_data.net_activity_calories`).
    pub fn active_calories_kcal(&self) -> Option<f64> {
        self.calories_data.as_ref()?.net_activity_calories.get()
    }

    /// Time spent active (`active_durations_data.activity_seconds`).
    pub fn active_duration(&self) -> Option<Duration> {
        secs(self.active_durations_data.as_ref()?.activity_seconds)
    }

    /// Mean heart rate over the day, in beats per minute.
    pub fn mean_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .avg_hr_bpm
            .get()
    }

    /// Resting heart rate, in beats per minute.
    pub fn resting_heart_rate_bpm(&self) -> Option<f64> {
        self.heart_rate_data
            .as_ref()?
            .summary
            .as_ref()?
            .resting_hr_bpm
            .get()
    }
}

impl Body {
    /// Body weight in kilograms: the day's average
    /// (`measurements_data.day_avg_weight_kg`), else the last measurement
    /// that has one.
    pub fn weight_kg(&self) -> Option<f64> {
        let m = self.measurements_data.as_ref()?;
        m.day_avg_weight_kg.get().or_else(|| {
            m.measurements
                .as_deref()?
                .iter()
                .rev()
                .find_map(|s| s.weight_kg.get())
        })
    }

    /// Body fat, in percent: the day's average, else the last measurement
    /// that has one.
    pub fn body_fat_percentage(&self) -> Option<f64> {
        let m = self.measurements_data.as_ref()?;
        m.day_avg_bodyfat_percentage.get().or_else(|| {
            m.measurements
                .as_deref()?
                .iter()
                .rev()
                .find_map(|s| s.bodyfat_percentage.get())
        })
    }

    /// Body mass index, in kg/m²: the day's average, else the last
    /// measurement that has one.
    pub fn bmi(&self) -> Option<f64> {
        let m = self.measurements_data.as_ref()?;
        m.day_avg_bmi.get().or_else(|| {
            m.measurements
                .as_deref()?
                .iter()
                .rev()
                .find_map(|s| s.bmi.get())
        })
    }

    /// Height, in centimetres: the day's average, else the last
    /// measurement that has one.
    pub fn height_cm(&self) -> Option<f64> {
        let m = self.measurements_data.as_ref()?;
        m.day_avg_height_cm.get().or_else(|| {
            m.measurements
                .as_deref()?
                .iter()
                .rev()
                .find_map(|s| s.height_cm.get())
        })
    }
}

impl Nutrition {
    /// Energy eaten, in kilocalories (`summary.macros.calories`).
    pub fn calories_kcal(&self) -> Option<f64> {
        self.summary.as_ref()?.macros.as_ref()?.calories.get()
    }

    /// Protein eaten, in grams (`summary.macros.protein_g`).
    pub fn protein_g(&self) -> Option<f64> {
        self.summary.as_ref()?.macros.as_ref()?.protein_g.get()
    }

    /// Carbohydrates eaten, in grams (`summary.macros.carbohydrates_g`).
    pub fn carbohydrates_g(&self) -> Option<f64> {
        self.summary
            .as_ref()?
            .macros
            .as_ref()?
            .carbohydrates_g
            .get()
    }

    /// Fat eaten, in grams (`summary.macros.fat_g`).
    pub fn fat_g(&self) -> Option<f64> {
        self.summary.as_ref()?.macros.as_ref()?.fat_g.get()
    }

    /// Water drunk, in millilitres (`summary.water_ml`).
    pub fn water_ml(&self) -> Option<f64> {
        self.summary.as_ref()?.water_ml.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::DataResponse;

    #[test]
    fn accessors_read_the_nested_fields() {
        let a: Activity = serde_json::from_str(
            r#"{"metadata": {"name": "Run", "start_time": "2026-01-03T07:00:00.000000+01:00",
                "end_time": "2026-01-03T07:45:00.500000+01:00"},
               "distance_data": {"summary": {"distance_meters": 8012.5, "steps": 9001}},
               "heart_rate_data": {"summary": {"avg_hr_bpm": 151.0, "max_hr_bpm": 181.0}},
               "calories_data": {"total_burned_calories": 640.0, "net_activity_calories": 580.0},
               "active_durations_data": {"activity_seconds": 2700.0}}"#,
        )
        .unwrap();
        assert_eq!(a.name(), Some("Run"));
        assert_eq!(a.duration(), Some(Duration::from_millis(2_700_500)));
        assert_eq!(a.active_duration(), Some(Duration::from_secs(2700)));
        assert_eq!(a.distance_meters(), Some(8012.5));
        assert_eq!(a.steps(), Some(9001));
        assert_eq!(a.mean_heart_rate_bpm(), Some(151.0));
        assert_eq!(a.max_heart_rate_bpm(), Some(181.0));
        assert_eq!(a.calories_kcal(), Some(640.0));
        assert_eq!(a.active_calories_kcal(), Some(580.0));
        assert_eq!(Activity::default().distance_meters(), None);

        let s: Sleep = serde_json::from_str(
            r#"{"sleep_durations_data": {"asleep": {"duration_asleep_state_seconds": 100.5,
                "duration_deep_sleep_state_seconds": -1.0},
                "awake": {"duration_awake_state_seconds": 60.0, "sleep_latency_seconds": 300.0},
                "other": {"duration_in_bed_seconds": 500.0}, "sleep_efficiency": 0.9},
               "metadata": {"is_nap": false, "start_time": "2026-01-03T23:00:00Z",
                "end_time": "2026-01-03T22:00:00Z"}}"#,
        )
        .unwrap();
        assert_eq!(s.asleep_duration(), Some(Duration::from_millis(100_500)));
        assert_eq!(
            s.deep_sleep_duration(),
            None,
            "negative seconds are no duration"
        );
        assert_eq!(s.awake_duration(), Some(Duration::from_secs(60)));
        assert_eq!(s.sleep_latency(), Some(Duration::from_secs(300)));
        assert_eq!(s.in_bed_duration(), Some(Duration::from_secs(500)));
        assert_eq!(s.sleep_efficiency(), Some(0.9));
        assert_eq!(s.is_nap(), Some(false));
        assert_eq!(s.session_duration(), None, "end before start");

        let d: Daily = serde_json::from_str(
            r#"{"distance_data": {"steps": 12000, "distance_meters": 9000.0, "floors_climbed": 4},
               "calories_data": {"total_burned_calories": 2500.0},
               "heart_rate_data": {"summary": {"resting_hr_bpm": 52.0}}}"#,
        )
        .unwrap();
        assert_eq!(d.steps(), Some(12000));
        assert_eq!(d.distance_meters(), Some(9000.0));
        assert_eq!(d.floors_climbed(), Some(4));
        assert_eq!(d.calories_kcal(), Some(2500.0));
        assert_eq!(d.resting_heart_rate_bpm(), Some(52.0));

        let b: Body = serde_json::from_str(
            r#"{"measurements_data": {"measurements": [{"weight_kg": 70.0, "BMI": 22.0},
                {"weight_kg": 70.4}, {"height_cm": 180.0}]}}"#,
        )
        .unwrap();
        assert_eq!(b.weight_kg(), Some(70.4));
        assert_eq!(b.bmi(), Some(22.0));
        assert_eq!(b.height_cm(), Some(180.0));
        assert_eq!(b.body_fat_percentage(), None);

        let n: Nutrition = serde_json::from_str(
            r#"{"summary": {"water_ml": 1500.0, "macros": {"calories": 2100.0, "protein_g": 90.0,
                "carbohydrates_g": 250.0, "fat_g": 70.0}}}"#,
        )
        .unwrap();
        assert_eq!(
            (
                n.calories_kcal(),
                n.protein_g(),
                n.carbohydrates_g(),
                n.fat_g(),
                n.water_ml()
            ),
            (
                Some(2100.0),
                Some(90.0),
                Some(250.0),
                Some(70.0),
                Some(1500.0)
            )
        );
    }

    #[test]
    fn records_are_one_slice_type() {
        let fetched: DataResponse<Sleep> =
            serde_json::from_str(r#"{"data": [{}, {}], "type": "sleep"}"#).unwrap();
        let event: SleepEvent = serde_json::from_str(r#"{"type": "sleep", "data": [{}]}"#).unwrap();
        fn count<R: Records>(r: &R) -> usize {
            r.records().len()
        }
        assert_eq!(count(&fetched), 2);
        assert_eq!(count(&event), 1);
        assert_eq!(count(&SleepEvent::default()), 0);
    }
}
