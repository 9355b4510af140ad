//! Models generated from Terra's v2 OpenAPI spec (info.version `2026.07.17.1`).
//!
//! Do not edit: regenerate with `cargo run -p xtask -- codegen`.

use serde::{Deserialize, Serialize};

use super::{DateString, Event, Extra, Timestamp};

/// A reusable structured workout that can be planned for users.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkoutTemplate {
    /// Name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Sport. See [`WorkoutSport`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sport: Option<WorkoutSport>,
    /// Environment. See [`EnvironmentType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<EnvironmentType>,
    /// Pool length, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_length_meters: Option<f64>,
    /// Step blocks. A list of [`StepBlock`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_blocks: Option<Vec<StepBlock>>,
    /// Estimated duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_duration_seconds: Option<f64>,
    /// Estimated distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_distance_meters: Option<f64>,
    /// Estimated, in kilocalories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_calories: Option<f64>,
    /// Workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Another name the spec uses for [`PlannedWorkout`].
pub type PlannedWorkoutItem = PlannedWorkout;

/// Short description of a planned workout, returned when one is created or changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutSummary {
    /// Planned workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_workout_id: Option<String>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Is external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_external: Option<bool>,
    /// Workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Provider workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_workout_id: Option<String>,
    /// Coercion warnings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coercion_warnings: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Error body of a failed request, in the RFC 9457 problem-details shape.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Type or kind of the record.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Title.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Instance.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Options for creating an authentication widget session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WidgetSessionParams {
    /// Providers. A comma-separated list; `providers_list()` splits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<String>,
    /// Language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Auth success redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_success_redirect_url: Option<String>,
    /// Auth failure redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_failure_redirect_url: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

impl WidgetSessionParams {
    /// The items of the comma-separated `providers` field (empty when it is absent).
    pub fn providers_list(&self) -> Vec<&str> {
        self.providers
            .as_deref()
            .map(super::support::split_list)
            .unwrap_or_default()
    }
}

/// Another name the spec uses for [`TerraUser`].
pub type User = TerraUser;

/// Acknowledgement returned when the requested data will be delivered to the webhook instead of the response.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataSentToWebhook {
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Type or kind of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Identifier for tracing the request (the same as `reference`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Human-readable message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connection the payload belongs to. See [`DataSentToWebhookUser`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<DataSentToWebhookUser>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `user` object inside [`DataSentToWebhook`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataSentToWebhookUser {
    /// Terra's identifier of the connection (a UUID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// When the object was created. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Whether the connection is currently active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Permissions the user granted. A comma-separated list; `scopes_list()` splits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// When Terra last sent a webhook for this connection. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_webhook_update: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

impl DataSentToWebhookUser {
    /// The items of the comma-separated `scopes` field (empty when it is absent).
    pub fn scopes_list(&self) -> Vec<&str> {
        self.scopes
            .as_deref()
            .map(super::support::split_list)
            .unwrap_or_default()
    }
}

/// One workout or activity session recorded by a provider, with its summary figures and optional sample series.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Active durations data. See [`ActiveDurationsData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_durations_data: Option<ActiveDurationsData>,
    /// Calories data. See [`CaloriesData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories_data: Option<CaloriesData>,
    /// Cheat detection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cheat_detection: Option<f64>,
    /// Data enrichment. See [`DataEnrichment`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<DataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Distance data. See [`DistanceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_data: Option<DistanceData>,
    /// Energy data. See [`EnergyData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy_data: Option<EnergyData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Lap data. See [`LapData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lap_data: Option<LapData>,
    /// MET data. See [`METData`].
    #[serde(rename = "MET_data", default, skip_serializing_if = "Option::is_none")]
    pub met_data: Option<METData>,
    /// Identifiers and time window of the record. See [`ActivityMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ActivityMetadata>,
    /// Movement data. See [`MovementData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub movement_data: Option<MovementData>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Polyline map data. See [`PolylineMapData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polyline_map_data: Option<PolylineMapData>,
    /// Position data. See [`PositionData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_data: Option<PositionData>,
    /// Power data. See [`PowerData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_data: Option<PowerData>,
    /// Strain data. See [`StrainData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_data: Option<StrainData>,
    /// TSS data. See [`TSSData`].
    #[serde(rename = "TSS_data", default, skip_serializing_if = "Option::is_none")]
    pub tss_data: Option<TSSData>,
    /// Work data. See [`WorkData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_data: Option<WorkData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Profile information the provider holds about the user.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Athlete {
    /// Age.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub age: Option<i64>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Bio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Date of birth. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<DateString>,
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Account creation date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_creation_date: Option<DateString>,
    /// Provider user ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_user_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body of the athlete endpoint: the athlete profile with its connection.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AthleteCollection {
    /// Athlete. See [`Athlete`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub athlete: Option<Athlete>,
    /// Type or kind of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Body measurements for one day (weight, blood pressure, glucose, temperature, heart metrics, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Blood pressure data. See [`BloodPressureData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blood_pressure_data: Option<BloodPressureData>,
    /// Device data. See [`DeviceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Heart data. See [`HeartData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_data: Option<HeartData>,
    /// Hydration data. See [`HydrationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hydration_data: Option<HydrationData>,
    /// Ketone data. See [`KetoneData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ketone_data: Option<KetoneData>,
    /// Measurements data. See [`MeasurementsData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurements_data: Option<MeasurementsData>,
    /// Identifiers and time window of the record. See [`BodyMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BodyMetadata>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Temperature data. See [`TemperatureData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_data: Option<TemperatureData>,
    /// Glucose data. See [`GlucoseData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glucose_data: Option<GlucoseData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Totals and summaries for one day of a user's activity (steps, calories, heart rate, stress, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Daily {
    /// Active durations data. See [`ActiveDurationsData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_durations_data: Option<ActiveDurationsData>,
    /// Calories data. See [`CaloriesData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories_data: Option<CaloriesData>,
    /// Data enrichment. See [`DailyDataEnrichment`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<DailyDataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Distance data. See [`DailyDistanceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_data: Option<DailyDistanceData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// MET data. See [`METData`].
    #[serde(rename = "MET_data", default, skip_serializing_if = "Option::is_none")]
    pub met_data: Option<METData>,
    /// Identifiers and time window of the record. See [`DailyMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<DailyMetadata>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Scores. See [`ScoresData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<ScoresData>,
    /// Strain data. See [`StrainData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_data: Option<StrainData>,
    /// Stress data. See [`StressData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress_data: Option<StressData>,
    /// Tag data. See [`TagData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_data: Option<TagData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Menstrual cycle data for one day or cycle.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Menstruation {
    /// Identifiers and time window of the record. See [`MenstruationMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<MenstruationMetadata>,
    /// Menstruation data. See [`MenstruationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub menstruation_data: Option<MenstruationData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One hormone test result (for example from an at-home fertility test).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HormoneSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// LH, in milli-international units per millilitre.
    #[serde(
        rename = "lh_mIU_per_ml",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lh_miu_per_ml: Option<f64>,
    /// E3G, in nanograms per millilitre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e3g_ng_per_ml: Option<f64>,
    /// PdG ug per, in millilitres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdg_ug_per_ml: Option<f64>,
    /// HCG, in milli-international units per millilitre.
    #[serde(
        rename = "hcg_mIU_per_ml",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hcg_miu_per_ml: Option<f64>,
    /// FSH, in milli-international units per millilitre.
    #[serde(
        rename = "fsh_mIU_per_ml",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fsh_miu_per_ml: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A provider connection as listed by the connections API.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub id: Option<i64>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// When the object was created. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The data provider, in upper case (for example `GARMIN`).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Last polled at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_polled_at: Option<Timestamp>,
    /// Last updated at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_at: Option<Timestamp>,
    /// Most recent data at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub most_recent_data_at: Option<Timestamp>,
    /// Permissions the user granted. A list; each item: A comma-separated list; `scopes_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Nutrition logged for one day: meals, drinks and daily macro and micro totals.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Nutrition {
    /// Drink samples. A list of [`DrinkSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drink_samples: Option<Vec<DrinkSample>>,
    /// Meals. A list of [`Meal`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meals: Option<Vec<Meal>>,
    /// Identifiers and time window of the record. See [`NutritionMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<NutritionMetadata>,
    /// Summary. See [`NutritionSummary`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<NutritionSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One sleep session: durations per stage, heart rate, breathing and readiness figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sleep {
    /// Data enrichment. See [`SleepDataEnrichment`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<SleepDataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Identifiers and time window of the record. See [`SleepMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SleepMetadata>,
    /// Readiness data. See [`ReadinessData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_data: Option<ReadinessData>,
    /// Respiration data. See [`RespirationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiration_data: Option<RespirationData>,
    /// Scores. See [`SleepScores`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<SleepScores>,
    /// Sleep durations data. See [`SleepDurationsData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_durations_data: Option<SleepDurationsData>,
    /// Temperature data. See [`SleepTemperatureData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_data: Option<SleepTemperatureData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Another name the spec uses for [`AuthSuccessEvent`].
pub type UserAuthWebhook = AuthSuccessEvent;

/// Another name the spec uses for [`AuthErrorEvent`].
pub type UserAuthWebhookError = AuthErrorEvent;

/// Another name the spec uses for [`PermissionChangeEvent`].
pub type PermissionChangeWebhook = PermissionChangeEvent;

/// Another name the spec uses for [`UserReauthEvent`].
pub type UserReauthWebhook = UserReauthEvent;

/// Another name the spec uses for [`DeauthEvent`].
pub type UserDeauthWebhook = DeauthEvent;

/// Another name the spec uses for [`AccessRevokedEvent`].
pub type AccessRevokedWebhook = AccessRevokedEvent;

/// Another name the spec uses for [`ConnectionErrorEvent`].
pub type ConnectionErrorWebhook = ConnectionErrorEvent;

/// Another name the spec uses for [`LargeRequestSendingEvent`].
pub type LargeRequestSendingWebhook = LargeRequestSendingEvent;

/// Another name the spec uses for [`LargeRequestProcessingEvent`].
pub type LargeRequestProcessingResponse = LargeRequestProcessingEvent;

/// Another name the spec uses for [`AuthErrorEvent`].
pub type AuthenticationFailedWebhook = AuthErrorEvent;

/// Another name the spec uses for [`S3PayloadEvent`].
pub type S3UploadWebhook = S3PayloadEvent;

/// Another name the spec uses for [`ActivityEvent`].
pub type ActivityWebhook = ActivityEvent;

/// Another name the spec uses for [`DailyEvent`].
pub type DailyWebhook = DailyEvent;

/// Another name the spec uses for [`NutritionEvent`].
pub type NutritionWebhook = NutritionEvent;

/// Another name the spec uses for [`AthleteEvent`].
pub type AthleteWebhook = AthleteEvent;

/// Another name the spec uses for [`SleepEvent`].
pub type SleepWebhook = SleepEvent;

/// Another name the spec uses for [`MenstruationEvent`].
pub type MenstruationWebhook = MenstruationEvent;

/// Another name the spec uses for [`BodyEvent`].
pub type BodyWebhook = BodyEvent;

/// Another name the spec uses for [`PlannedWorkoutEvent`].
pub type PlannedWorkoutWebhook = PlannedWorkoutEvent;

/// Another name the spec uses for [`HormoneEvent`].
pub type HormoneWebhook = HormoneEvent;

/// Another name the spec uses for [`HealthObservationEvent`].
pub type HealthObservationWebhook = HealthObservationEvent;

/// Another name the spec uses for [`Event`].
pub type LabReportWebhook = Event;

/// Response body listing the providers available to the developer, with details.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntegrationsResponse {
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Providers. A list of [`IntegrationProvider`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<IntegrationProvider>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One provider Terra can connect to, with the data types it offers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntegrationProvider {
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Setup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<String>,
    /// Enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Types. See [`IntegrationProviderTypes`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<IntegrationProviderTypes>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `types` object inside [`IntegrationProvider`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntegrationProviderTypes {
    /// Activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<bool>,
    /// Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<bool>,
    /// Nutrition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nutrition: Option<bool>,
    /// Daily.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily: Option<bool>,
    /// Sleep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<bool>,
    /// Menstruation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub menstruation: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Another name the spec uses for [`WebhookEventType`].
pub type WebhookEvents = WebhookEventType;

/// Response body of a lab report upload: the upload's id and status.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportUploadResponse {
    /// Upload ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body: lab report reprocess response.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportReprocessResponse {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body listing lab report sessions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportListResponse {
    /// Sessions. A list of [`LabReportSession`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<LabReportSession>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One uploaded lab report and what was extracted from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportSession {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Upload ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Report type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_type: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Uploaded at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_at: Option<Timestamp>,
    /// Updated at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Report date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_date: Option<DateString>,
    /// Report time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_time: Option<String>,
    /// Collection date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_date: Option<DateString>,
    /// Collection time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_time: Option<String>,
    /// Report locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_locale: Option<String>,
    /// Lab name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lab_name: Option<String>,
    /// Patient age at collection.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub patient_age_at_collection: Option<i64>,
    /// Patient sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_sex: Option<String>,
    /// Input, in bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub input_bytes: Option<i64>,
    /// Results count.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub results_count: Option<i64>,
    /// Output, in bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub output_bytes: Option<i64>,
    /// File count.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub file_count: Option<i64>,
    /// Status history. A list of [`LabReportStatusEntry`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_history: Option<Vec<LabReportStatusEntry>>,
    /// Results. A list of [`LabReportResult`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<LabReportResult>>,
    /// Panels. A list of [`LabReportPanel`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panels: Option<Vec<LabReportPanel>>,
    /// Report notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report status entry (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportStatusEntry {
    /// Status word of the payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report panel (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportPanel {
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub id: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report result (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportResult {
    /// Source. See [`LabReportResultSource`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LabReportResultSource>,
    /// Biomarker. See [`LabReportBiomarker`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biomarker: Option<LabReportBiomarker>,
    /// Measurement. See [`LabReportMeasurement`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<LabReportMeasurement>,
    /// Interpretation. See [`LabReportInterpretation`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<LabReportInterpretation>,
    /// Reference ranges. A list of [`LabReportReferenceRange`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_ranges: Option<Vec<LabReportReferenceRange>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report result source (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportResultSource {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel: Option<String>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// Flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Reference text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_text: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report biomarker (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportBiomarker {
    /// Key.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// LOINC code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loinc_code: Option<String>,
    /// Panel ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub panel_id: Option<i64>,
    /// Panel key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel_key: Option<String>,
    /// Specimen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specimen: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report measurement (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportMeasurement {
    /// Type or kind of the record.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Numeric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numeric: Option<f64>,
    /// Bounded. See [`LabReportBoundedValue`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounded: Option<LabReportBoundedValue>,
    /// Qualitative. See [`LabReportQualitativeValue`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualitative: Option<LabReportQualitativeValue>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Absent reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absent_reason: Option<String>,
    /// Units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// UCUM code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ucum_code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report bounded value (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportBoundedValue {
    /// Operator.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report qualitative value (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportQualitativeValue {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report interpretation (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportInterpretation {
    /// Flag.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Flag raw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag_raw: Option<String>,
    /// Source.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Applied range. See [`LabReportAppliedRange`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_range: Option<LabReportAppliedRange>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report applied range (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportAppliedRange {
    /// Lower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<f64>,
    /// Upper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report reference range (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportReferenceRange {
    /// Lower.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<f64>,
    /// Upper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// Type or kind of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Context. See [`LabReportRangeContext`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<LabReportRangeContext>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report range context (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportRangeContext {
    /// Sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// Age lower.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub age_lower: Option<i64>,
    /// Age upper.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub age_upper: Option<i64>,
    /// Pregnancy status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pregnancy_status: Option<String>,
    /// Gestational week lower.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub gestational_week_lower: Option<i64>,
    /// Gestational week upper.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub gestational_week_upper: Option<i64>,
    /// Cycle phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_phase: Option<String>,
    /// Reference population.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_population: Option<String>,
    /// Modifiers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifiers: Option<Vec<String>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body listing the webhook deliveries of a lab report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportDeliveriesResponse {
    /// Deliveries. A list of [`LabReportDelivery`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliveries: Option<Vec<LabReportDelivery>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report delivery (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportDelivery {
    /// Destination ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_id: Option<String>,
    /// Destination type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_type: Option<String>,
    /// Status word of the payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Attempt count.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub attempt_count: Option<i64>,
    /// Last error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body with temporary download links for a lab report's files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportFilesResponse {
    /// Files. A list of [`LabReportFile`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<LabReportFile>>,
    /// Thumbnail. See [`LabReportFile`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<LabReportFile>,
    /// Expires at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Response body: lab report artifacts response.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportArtifactsResponse {
    /// Artifacts. A list of [`LabReportFile`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifacts: Option<Vec<LabReportFile>>,
    /// Expires at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report file (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportFile {
    /// Filename.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Presigned URL.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presigned_url: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A connection between one end user and one provider, as Terra identifies it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TerraUser {
    /// Terra's identifier of the connection (a UUID).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// When the object was created. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When Terra last sent a webhook for this connection. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_webhook_update: Option<Timestamp>,
    /// Permissions the user granted. A comma-separated list; `scopes_list()` splits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Whether the connection is currently active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

impl TerraUser {
    /// The items of the comma-separated `scopes` field (empty when it is absent).
    pub fn scopes_list(&self) -> Vec<&str> {
        self.scopes
            .as_deref()
            .map(super::support::split_list)
            .unwrap_or_default()
    }
}

int_enum! {
    /// Integer code for activity level.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    ActivityLevel {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Rest” (code 1).
        Rest = 1 => "Rest",
        /// “Inactive” (code 2).
        Inactive = 2 => "Inactive",
        /// “Low Intensity” (code 3).
        LowIntensity = 3 => "Low Intensity",
        /// “Medium Intensity” (code 4).
        MediumIntensity = 4 => "Medium Intensity",
        /// “High Intensity” (code 5).
        HighIntensity = 5 => "High Intensity",
    }
}

/// One activity level sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActivityLevelSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Activity level. Integer code; see [`ActivityLevel`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_level: Option<ActivityLevel>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The active durations part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActiveDurationsData {
    /// Activity levels samples. A list of [`ActivityLevelSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_levels_samples: Option<Vec<ActivityLevelSample>>,
    /// Activity, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_seconds: Option<f64>,
    /// Inactivity, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inactivity_seconds: Option<f64>,
    /// Low intensity, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_intensity_seconds: Option<f64>,
    /// Moderate intensity, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderate_intensity_seconds: Option<f64>,
    /// Number of continuous inactive periods.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_continuous_inactive_periods: Option<i64>,
    /// Rest, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<f64>,
    /// Vigorous intensity, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vigorous_intensity_seconds: Option<f64>,
    /// Standing hours count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_hours_count: Option<f64>,
    /// Standing, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One calorie sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CalorieSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Calories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The calories part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CaloriesData {
    /// BMR, in kilocalories.
    #[serde(
        rename = "BMR_calories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bmr_calories: Option<f64>,
    /// Calorie samples. A list of [`CalorieSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calorie_samples: Option<Vec<CalorieSample>>,
    /// Net activity, in kilocalories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_activity_calories: Option<f64>,
    /// Net intake, in kilocalories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_intake_calories: Option<f64>,
    /// Total burned, in kilocalories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_burned_calories: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A map from names to numeric values.
pub type RecordFloat = std::collections::BTreeMap<String, f64>;

/// Data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataEnrichment {
    /// Efficiency score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub efficiency_score: Option<f64>,
    /// Efficiency contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub efficiency_contributors: Option<RecordFloat>,
    /// Strain score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_score: Option<f64>,
    /// Strain contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_contributors: Option<RecordFloat>,
    /// RCRS score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rcrs_score: Option<f64>,
    /// RCRS contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rcrs_contributors: Option<RecordFloat>,
    /// TRIMP score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trimp_score: Option<f64>,
    /// TRIMP contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trimp_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of device data type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    DeviceDataType {
        /// `STEPS`: “Steps”.
        Steps = "STEPS",
        /// `ACTIVE_MINUTES`: “Active Minutes”.
        ActiveMinutes = "ACTIVE_MINUTES",
        /// `BMR`: “Basal Metabolic Rate”.
        Bmr = "BMR",
        /// `CALORIES`: “Calories”.
        Calories = "CALORIES",
        /// `DISTANCE`: “Distance”.
        Distance = "DISTANCE",
        /// `HEART_RATE`: “Heart Rate”.
        HeartRate = "HEART_RATE",
        /// `OXYGEN_SATURATION`: “Oxygen Saturation”.
        OxygenSaturation = "OXYGEN_SATURATION",
        /// `SLEEP_TYPE`: “Sleep Classification”.
        SleepType = "SLEEP_TYPE",
        /// `SPEED`: “Speed”.
        Speed = "SPEED",
        /// `CADENCE`: “Cadence”.
        Cadence = "CADENCE",
    }
}

/// The other device part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OtherDeviceData {
    /// Manufacturer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// Hardware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware_version: Option<String>,
    /// Serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Software version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// Data provided. A list; each item: See [`DeviceDataType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_provided: Option<Vec<DeviceDataType>>,
    /// Last upload date. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_upload_date: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The device part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceData {
    /// Activation timestamp. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_timestamp: Option<Timestamp>,
    /// Data provided. A list; each item: See [`DeviceDataType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_provided: Option<Vec<DeviceDataType>>,
    /// Hardware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware_version: Option<String>,
    /// Last upload date. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_upload_date: Option<Timestamp>,
    /// Manufacturer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other devices. A list of [`OtherDeviceData`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_devices: Option<Vec<OtherDeviceData>>,
    /// Serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Software version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One distance sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DistanceSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_meters: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One elevation sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ElevationSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Elevation, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elev_meters: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One floors climbed sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FloorsClimbedSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Floors climbed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floors_climbed: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One step sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StepSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Distance data detailed (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DistanceDataDetailed {
    /// Distance samples. A list of [`DistanceSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_samples: Option<Vec<DistanceSample>>,
    /// Elevation samples. A list of [`ElevationSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elevation_samples: Option<Vec<ElevationSample>>,
    /// Floors climbed samples. A list of [`FloorsClimbedSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floors_climbed_samples: Option<Vec<FloorsClimbedSample>>,
    /// Step samples. A list of [`StepSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_samples: Option<Vec<StepSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The elevation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ElevationData {
    /// Average, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_meters: Option<f64>,
    /// Gain actual, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gain_actual_meters: Option<f64>,
    /// Gain planned, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gain_planned_meters: Option<f64>,
    /// Loss actual, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loss_actual_meters: Option<f64>,
    /// Maximum, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_meters: Option<f64>,
    /// Minimum, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_meters: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The swimming part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SwimmingData {
    /// Number of laps.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_laps: Option<i64>,
    /// Number of strokes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_strokes: Option<i64>,
    /// Pool length, in metres.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub pool_length_meters: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Distance data summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DistanceDataSummary {
    /// Distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_meters: Option<f64>,
    /// Elevation. See [`ElevationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elevation: Option<ElevationData>,
    /// Floors climbed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub floors_climbed: Option<i64>,
    /// Steps.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub steps: Option<i64>,
    /// Swimming. See [`SwimmingData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimmingData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The distance part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DistanceData {
    /// Detailed. See [`DistanceDataDetailed`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detailed: Option<DistanceDataDetailed>,
    /// Summary. See [`DistanceDataSummary`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistanceDataSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The energy part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EnergyData {
    /// Energy, in kilojoules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy_kilojoules: Option<f64>,
    /// Energy planned, in kilojoules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub energy_planned_kilojoules: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for heart rate context.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    HeartRateContext {
        /// “Not Set” (code 0).
        NotSet = 0 => "Not Set",
        /// “Active” (code 1).
        Active = 1 => "Active",
        /// “Not Active” (code 2).
        NotActive = 2 => "Not Active",
    }
}

/// One heart rate data sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateDataSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bpm: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Context. Integer code; see [`HeartRateContext`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<HeartRateContext>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Heart rate variability data sample RMSSD (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateVariabilityDataSampleRMSSD {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate variability RMSSD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hrv_rmssd: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Heart rate variability data sample SDNN (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateVariabilityDataSampleSDNN {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate variability SDNN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hrv_sdnn: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Heart rate data detailed (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateDataDetailed {
    /// Heart rate samples. A list of [`HeartRateDataSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_samples: Option<Vec<HeartRateDataSample>>,
    /// Heart rate variability samples RMSSD. A list of [`HeartRateVariabilityDataSampleRMSSD`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hrv_samples_rmssd: Option<Vec<HeartRateVariabilityDataSampleRMSSD>>,
    /// Heart rate variability samples SDNN. A list of [`HeartRateVariabilityDataSampleSDNN`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hrv_samples_sdnn: Option<Vec<HeartRateVariabilityDataSampleSDNN>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The heart rate zone part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateZoneData {
    /// Zone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub zone: Option<i64>,
    /// Start, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_percentage: Option<f64>,
    /// End, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_percentage: Option<f64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Heart rate data summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateDataSummary {
    /// Average heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hr_bpm: Option<f64>,
    /// Average heart rate variability RMSSD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hrv_rmssd: Option<f64>,
    /// Average heart rate variability SDNN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hrv_sdnn: Option<f64>,
    /// Heart rate zone data. A list of [`HeartRateZoneData`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_zone_data: Option<Vec<HeartRateZoneData>>,
    /// Maximum heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_hr_bpm: Option<f64>,
    /// Minimum heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_hr_bpm: Option<f64>,
    /// Resting heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resting_hr_bpm: Option<f64>,
    /// User maximum heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_max_hr_bpm: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The heart rate part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartRateData {
    /// Detailed. See [`HeartRateDataDetailed`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detailed: Option<HeartRateDataDetailed>,
    /// Summary. See [`HeartRateDataSummary`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<HeartRateDataSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One lap sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LapSample {
    /// Calories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories: Option<f64>,
    /// Average heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hr_bpm: Option<f64>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Average speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_speed_meters_per_second: Option<f64>,
    /// Distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_meters: Option<f64>,
    /// Total strokes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub total_strokes: Option<i64>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Stroke type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stroke_type: Option<String>,
    /// Average, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_watts: Option<f64>,
    /// Active duration, in seconds.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub active_duration_seconds: Option<i64>,
    /// Trigger method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_method: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The lap part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LapData {
    /// Laps. A list of [`LapSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laps: Option<Vec<LapSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One MET sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct METSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The MET part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct METData {
    /// MET samples. A list of [`METSample`] items.
    #[serde(
        rename = "MET_samples",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub met_samples: Option<Vec<METSample>>,
    /// Average level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_level: Option<f64>,
    /// Number of high intensity, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_high_intensity_minutes: Option<f64>,
    /// Number of inactive, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_inactive_minutes: Option<f64>,
    /// Number of low intensity, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_low_intensity_minutes: Option<f64>,
    /// Number of moderate intensity, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_moderate_intensity_minutes: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for timestamp localization.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    TimestampLocalization {
        /// Code 0 (the spec gives no title).
        Code0 = 0 => "0",
        /// Code 1 (the spec gives no title).
        Code1 = 1 => "1",
    }
}

int_enum! {
    /// Integer code for activity type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    ActivityType {
        /// “In Vehicle” (code 0).
        InVehicle = 0 => "In Vehicle",
        /// “Biking” (code 1).
        Biking = 1 => "Biking",
        /// “Still” (code 3).
        Still = 3 => "Still",
        /// “Unknown” (code 4).
        Unknown = 4 => "Unknown",
        /// “Tilting” (code 5).
        Tilting = 5 => "Tilting",
        /// “Walking” (code 7).
        Walking = 7 => "Walking",
        /// “Running” (code 8).
        Running = 8 => "Running",
        /// “Aerobics” (code 9).
        Aerobics = 9 => "Aerobics",
        /// “Badminton” (code 10).
        Badminton = 10 => "Badminton",
        /// “Baseball” (code 11).
        Baseball = 11 => "Baseball",
        /// “Basketball” (code 12).
        Basketball = 12 => "Basketball",
        /// “Biathlon” (code 13).
        Biathlon = 13 => "Biathlon",
        /// “Hand Biking” (code 14).
        HandBiking = 14 => "Hand Biking",
        /// “Mountain Biking” (code 15).
        MountainBiking = 15 => "Mountain Biking",
        /// “Road Biking” (code 16).
        RoadBiking = 16 => "Road Biking",
        /// “Spinning” (code 17).
        Spinning = 17 => "Spinning",
        /// “Stationary Biking” (code 18).
        StationaryBiking = 18 => "Stationary Biking",
        /// “Utility Biking” (code 19).
        UtilityBiking = 19 => "Utility Biking",
        /// “Boxing” (code 20).
        Boxing = 20 => "Boxing",
        /// “Calisthenics” (code 21).
        Calisthenics = 21 => "Calisthenics",
        /// “Circuit Training” (code 22).
        CircuitTraining = 22 => "Circuit Training",
        /// “Cricket” (code 23).
        Cricket = 23 => "Cricket",
        /// “Dancing” (code 24).
        Dancing = 24 => "Dancing",
        /// “Elliptical” (code 25).
        Elliptical = 25 => "Elliptical",
        /// “Fencing” (code 26).
        Fencing = 26 => "Fencing",
        /// “American Football” (code 27).
        AmericanFootball = 27 => "American Football",
        /// “Australian Football” (code 28).
        AustralianFootball = 28 => "Australian Football",
        /// “English Football” (code 29).
        EnglishFootball = 29 => "English Football",
        /// “Frisbee” (code 30).
        Frisbee = 30 => "Frisbee",
        /// “Gardening” (code 31).
        Gardening = 31 => "Gardening",
        /// “Golf” (code 32).
        Golf = 32 => "Golf",
        /// “Gymnastics” (code 33).
        Gymnastics = 33 => "Gymnastics",
        /// “Handball” (code 34).
        Handball = 34 => "Handball",
        /// “Hiking” (code 35).
        Hiking = 35 => "Hiking",
        /// “Hockey” (code 36).
        Hockey = 36 => "Hockey",
        /// “Horseback Riding” (code 37).
        HorsebackRiding = 37 => "Horseback Riding",
        /// “Housework” (code 38).
        Housework = 38 => "Housework",
        /// “Jumping Rope” (code 39).
        JumpingRope = 39 => "Jumping Rope",
        /// “Kayaking” (code 40).
        Kayaking = 40 => "Kayaking",
        /// “Kettlebell Training” (code 41).
        KettlebellTraining = 41 => "Kettlebell Training",
        /// “Kickboxing” (code 42).
        Kickboxing = 42 => "Kickboxing",
        /// “Kitesurfing” (code 43).
        Kitesurfing = 43 => "Kitesurfing",
        /// “Martial Arts” (code 44).
        MartialArts = 44 => "Martial Arts",
        /// “Meditation” (code 45).
        Meditation = 45 => "Meditation",
        /// “Mixed Martial Arts” (code 46).
        MixedMartialArts = 46 => "Mixed Martial Arts",
        /// “P90X Exercises” (code 47).
        P90XExercises = 47 => "P90X Exercises",
        /// “Paragliding” (code 48).
        Paragliding = 48 => "Paragliding",
        /// “Pilates” (code 49).
        Pilates = 49 => "Pilates",
        /// “Polo” (code 50).
        Polo = 50 => "Polo",
        /// “Racquetball” (code 51).
        Racquetball = 51 => "Racquetball",
        /// “Rock Climbing” (code 52).
        RockClimbing = 52 => "Rock Climbing",
        /// “Rowing” (code 53).
        Rowing = 53 => "Rowing",
        /// “Rowing Machine” (code 54).
        RowingMachine = 54 => "Rowing Machine",
        /// “Rugby” (code 55).
        Rugby = 55 => "Rugby",
        /// “Jogging” (code 56).
        Jogging = 56 => "Jogging",
        /// “Running on Sand” (code 57).
        RunningOnSand = 57 => "Running on Sand",
        /// “Treadmill Running” (code 58).
        TreadmillRunning = 58 => "Treadmill Running",
        /// “Sailing” (code 59).
        Sailing = 59 => "Sailing",
        /// “Scuba Diving” (code 60).
        ScubaDiving = 60 => "Scuba Diving",
        /// “Skateboarding” (code 61).
        Skateboarding = 61 => "Skateboarding",
        /// “Skating” (code 62).
        Skating = 62 => "Skating",
        /// “Cross Skating” (code 63).
        CrossSkating = 63 => "Cross Skating",
        /// “Indoor Rollerblading” (code 64).
        IndoorRollerblading = 64 => "Indoor Rollerblading",
        /// “Skiing” (code 65).
        Skiing = 65 => "Skiing",
        /// “Back Country Skiing” (code 66).
        BackCountrySkiing = 66 => "Back Country Skiing",
        /// “Cross Country Skiing” (code 67).
        CrossCountrySkiing = 67 => "Cross Country Skiing",
        /// “Downhill Skiing” (code 68).
        DownhillSkiing = 68 => "Downhill Skiing",
        /// “Kite Skiing” (code 69).
        KiteSkiing = 69 => "Kite Skiing",
        /// “Roller Skiing” (code 70).
        RollerSkiing = 70 => "Roller Skiing",
        /// “Sledding” (code 71).
        Sledding = 71 => "Sledding",
        /// “Snowboarding” (code 73).
        Snowboarding = 73 => "Snowboarding",
        /// “Snowmobile” (code 74).
        Snowmobile = 74 => "Snowmobile",
        /// “Snowshoeing” (code 75).
        Snowshoeing = 75 => "Snowshoeing",
        /// “Squash” (code 76).
        Squash = 76 => "Squash",
        /// “Stair Climbing” (code 77).
        StairClimbing = 77 => "Stair Climbing",
        /// “Stair Climbing Machine” (code 78).
        StairClimbingMachine = 78 => "Stair Climbing Machine",
        /// “Stand Up Paddleboarding” (code 79).
        StandUpPaddleboarding = 79 => "Stand Up Paddleboarding",
        /// “Strength Training” (code 80).
        StrengthTraining = 80 => "Strength Training",
        /// “Surfing” (code 81).
        Surfing = 81 => "Surfing",
        /// “Swimming” (code 82).
        Swimming = 82 => "Swimming",
        /// “Swimming in Pool” (code 83).
        SwimmingInPool = 83 => "Swimming in Pool",
        /// “Open Water Swimming” (code 84).
        OpenWaterSwimming = 84 => "Open Water Swimming",
        /// “Table Tennis” (code 85).
        TableTennis = 85 => "Table Tennis",
        /// “Team Sports” (code 86).
        TeamSports = 86 => "Team Sports",
        /// “Tennis” (code 87).
        Tennis = 87 => "Tennis",
        /// “Treadmill” (code 88).
        Treadmill = 88 => "Treadmill",
        /// “Volleyball” (code 89).
        Volleyball = 89 => "Volleyball",
        /// “Beach Volleyball” (code 90).
        BeachVolleyball = 90 => "Beach Volleyball",
        /// “Indoor Volleyball” (code 91).
        IndoorVolleyball = 91 => "Indoor Volleyball",
        /// “Wakeboarding” (code 92).
        Wakeboarding = 92 => "Wakeboarding",
        /// “Walking for Fitness” (code 93).
        WalkingForFitness = 93 => "Walking for Fitness",
        /// “Nordic Walking” (code 94).
        NordicWalking = 94 => "Nordic Walking",
        /// “Treadmill Walking” (code 95).
        TreadmillWalking = 95 => "Treadmill Walking",
        /// “Water Polo” (code 96).
        WaterPolo = 96 => "Water Polo",
        /// “Weightlifting” (code 97).
        Weightlifting = 97 => "Weightlifting",
        /// “Wheelchair” (code 98).
        Wheelchair = 98 => "Wheelchair",
        /// “Windsurfing” (code 99).
        Windsurfing = 99 => "Windsurfing",
        /// “Yoga” (code 100).
        Yoga = 100 => "Yoga",
        /// “Zumba” (code 101).
        Zumba = 101 => "Zumba",
        /// “Diving” (code 102).
        Diving = 102 => "Diving",
        /// “Ergometer” (code 103).
        Ergometer = 103 => "Ergometer",
        /// “Ice Skating” (code 104).
        IceSkating = 104 => "Ice Skating",
        /// “Indoor Skating” (code 105).
        IndoorSkating = 105 => "Indoor Skating",
        /// “Curling” (code 106).
        Curling = 106 => "Curling",
        /// “Other” (code 108).
        Other = 108 => "Other",
        /// “CrossFit” (code 113).
        CrossFit = 113 => "CrossFit",
        /// “HIIT” (code 114).
        HIIT = 114 => "HIIT",
        /// “Interval Training” (code 115).
        IntervalTraining = 115 => "Interval Training",
        /// “Walking with Stroller” (code 116).
        WalkingWithStroller = 116 => "Walking with Stroller",
        /// “Elevator” (code 117).
        Elevator = 117 => "Elevator",
        /// “Escalator” (code 118).
        Escalator = 118 => "Escalator",
        /// “Archery” (code 119).
        Archery = 119 => "Archery",
        /// “Softball” (code 120).
        Softball = 120 => "Softball",
        /// “Guided Breathing” (code 122).
        GuidedBreathing = 122 => "Guided Breathing",
        /// “Cardio Training” (code 123).
        CardioTraining = 123 => "Cardio Training",
        /// “Lacrosse” (code 124).
        Lacrosse = 124 => "Lacrosse",
        /// “Stretching” (code 125).
        Stretching = 125 => "Stretching",
        /// “Triathlon” (code 126).
        Triathlon = 126 => "Triathlon",
        /// “Inline Skating” (code 127).
        InlineSkating = 127 => "Inline Skating",
        /// “Sky Diving” (code 128).
        SkyDiving = 128 => "Sky Diving",
        /// “Paddling” (code 129).
        Paddling = 129 => "Paddling",
        /// “Mountaineering” (code 130).
        Mountaineering = 130 => "Mountaineering",
        /// “Fishing” (code 131).
        Fishing = 131 => "Fishing",
        /// “Water Skiing” (code 132).
        WaterSkiing = 132 => "Water Skiing",
        /// “Indoor Running” (code 133).
        IndoorRunning = 133 => "Indoor Running",
        /// “Padel Tennis” (code 134).
        PadelTennis = 134 => "Padel Tennis",
        /// “Driving” (code 135).
        Driving = 135 => "Driving",
        /// “Off-Road Driving” (code 136).
        OffRoadDriving = 136 => "Off-Road Driving",
        /// “Motorbiking” (code 137).
        Motorbiking = 137 => "Motorbiking",
        /// “Motor Racing” (code 138).
        MotorRacing = 138 => "Motor Racing",
        /// “Enduro” (code 139).
        Enduro = 139 => "Enduro",
        /// “Canoeing” (code 140).
        Canoeing = 140 => "Canoeing",
        /// “Orienteering” (code 141).
        Orienteering = 141 => "Orienteering",
        /// “Hang Gliding” (code 142).
        HangGliding = 142 => "Hang Gliding",
        /// “Flying” (code 143).
        Flying = 143 => "Flying",
        /// “Hot Air Ballooning” (code 144).
        HotAirBallooning = 144 => "Hot Air Ballooning",
        /// “Jet Skiing” (code 145).
        JetSkiing = 145 => "Jet Skiing",
        /// “Power Boating” (code 146).
        PowerBoating = 146 => "Power Boating",
        /// “Gaelic Football” (code 147).
        GaelicFootball = 147 => "Gaelic Football",
        /// “Hurling” (code 148).
        Hurling = 148 => "Hurling",
        /// “Trail Running” (code 149).
        TrailRunning = 149 => "Trail Running",
        /// “Gravel Cycling” (code 150).
        GravelCycling = 150 => "Gravel Cycling",
        /// “Multisport” (code 151).
        Multisport = 151 => "Multisport",
        /// “E-Biking” (code 152).
        EBiking = 152 => "E-Biking",
        /// “E-Mountain Biking” (code 153).
        EMountainBiking = 153 => "E-Mountain Biking",
        /// “Physical Therapy” (code 154).
        PhysicalTherapy = 154 => "Physical Therapy",
    }
}

int_enum! {
    /// Integer code for upload type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    UploadType {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Automatic” (code 1).
        Automatic = 1 => "Automatic",
        /// “Manual” (code 2).
        Manual = 2 => "Manual",
        /// “Update” (code 3).
        Update = 3 => "Update",
        /// “Delete” (code 4).
        Delete = 4 => "Delete",
        /// “Pending” (code 5).
        Pending = 5 => "Pending",
        /// “Third party upload” (code 6).
        ThirdPartyUpload = 6 => "Third party upload",
    }
}

/// Metadata of an activity record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActivityMetadata {
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Identifier of the record at the provider.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Type or kind of the record. Integer code; see [`ActivityType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ActivityType>,
    /// Upload type. Integer code; see [`UploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<UploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One cadence sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CadenceSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Cadence, in revolutions per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence_rpm: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One speed sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpeedSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_meters_per_second: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One torque sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TorqueSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Torque, in newton metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub torque_newton_meters: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The movement part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MovementData {
    /// Adjusted maximum speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjusted_max_speed_meters_per_second: Option<f64>,
    /// Average cadence, in revolutions per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_cadence_rpm: Option<f64>,
    /// Average pace, in minutes per kilometre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_pace_minutes_per_kilometer: Option<f64>,
    /// Average speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_speed_meters_per_second: Option<f64>,
    /// Average torque, in newton metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_torque_newton_meters: Option<f64>,
    /// Average velocity, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_velocity_meters_per_second: Option<f64>,
    /// Cadence samples. A list of [`CadenceSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence_samples: Option<Vec<CadenceSample>>,
    /// Maximum cadence, in revolutions per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cadence_rpm: Option<f64>,
    /// Maximum pace, in minutes per kilometre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_pace_minutes_per_kilometer: Option<f64>,
    /// Maximum speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_speed_meters_per_second: Option<f64>,
    /// Maximum torque, in newton metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_torque_newton_meters: Option<f64>,
    /// Maximum velocity, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_velocity_meters_per_second: Option<f64>,
    /// Normalized speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_speed_meters_per_second: Option<f64>,
    /// Speed samples. A list of [`SpeedSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_samples: Option<Vec<SpeedSample>>,
    /// Torque samples. A list of [`TorqueSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub torque_samples: Option<Vec<TorqueSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for oxygen saturation type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    OxygenSaturationType {
        /// “Blood” (code 0).
        Blood = 0 => "Blood",
        /// “Muscle” (code 1).
        Muscle = 1 => "Muscle",
    }
}

/// One oxygen saturation sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OxygenSaturationSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentage: Option<f64>,
    /// Type or kind of the record. Integer code; see [`OxygenSaturationType`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OxygenSaturationType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One vo2 max sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vo2MaxSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// VO2max, in millilitres per minute per kilogram.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vo2max_ml_per_min_per_kg: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The oxygen part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OxygenData {
    /// Average saturation, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_saturation_percentage: Option<f64>,
    /// Saturation samples. A list of [`OxygenSaturationSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturation_samples: Option<Vec<OxygenSaturationSample>>,
    /// VO2 samples. A list of [`Vo2MaxSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vo2_samples: Option<Vec<Vo2MaxSample>>,
    /// VO2max, in millilitres per minute per kilogram.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vo2max_ml_per_min_per_kg: Option<f64>,
    /// Day average VO2max, in millilitres per minute per kilogram.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_vo2max_ml_per_min_per_kg: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The polyline map part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PolylineMapData {
    /// Summary polyline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_polyline: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One position sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PositionSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Coords latitude longitude, in degrees. Two numbers, latitude then longitude; either may be null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coords_lat_lng_deg: Option<Vec<Option<f64>>>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The position part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PositionData {
    /// Center position latitude longitude, in degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center_pos_lat_lng_deg: Option<Vec<f64>>,
    /// End position latitude longitude, in degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_pos_lat_lng_deg: Option<Vec<f64>>,
    /// Position samples. A list of [`PositionSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_samples: Option<Vec<PositionSample>>,
    /// Start position latitude longitude, in degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_pos_lat_lng_deg: Option<Vec<f64>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One power sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PowerSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watts: Option<f64>,
    /// Timer duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The power part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PowerData {
    /// Average, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_watts: Option<f64>,
    /// Maximum, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_watts: Option<f64>,
    /// Power samples. A list of [`PowerSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_samples: Option<Vec<PowerSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The strain part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StrainData {
    /// Strain level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One TSS sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TSSSample {
    /// Planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<f64>,
    /// Actual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    /// Method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Intensity factor planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity_factor_planned: Option<f64>,
    /// Intensity factor actual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity_factor_actual: Option<f64>,
    /// Normalized power, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized_power_watts: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The TSS part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TSSData {
    /// TSS samples. A list of [`TSSSample`] items.
    #[serde(
        rename = "TSS_samples",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tss_samples: Option<Vec<TSSSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The work part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkData {
    /// Work, in kilojoules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_kilojoules: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One blood pressure sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BloodPressureSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Diastolic blood pressure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diastolic_bp: Option<f64>,
    /// Systolic blood pressure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systolic_bp: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The blood pressure part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BloodPressureData {
    /// Blood pressure samples. A list of [`BloodPressureSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blood_pressure_samples: Option<Vec<BloodPressureSample>>,
    /// Day average systolic blood pressure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_systolic_bp: Option<f64>,
    /// Day average diastolic blood pressure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_diastolic_bp: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for an atrial fibrillation (AFib) classification.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    AFibFlag {
        /// “Negative” (code 0).
        Negative = 0 => "Negative",
        /// “Positive” (code 1).
        Positive = 1 => "Positive",
        /// “Inconclusive” (code 2).
        Inconclusive = 2 => "Inconclusive",
    }
}

/// One atrial fibrillation (AFib) classification tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AFibClassificationSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// AFib classification. Integer code; see [`AFibFlag`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afib_classification: Option<AFibFlag>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One raw ECG sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawECGSample {
    /// Potential, in microvolts.
    #[serde(
        rename = "potential_uV",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_uv: Option<f64>,
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// ECG reading (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ECGReading {
    /// Start timestamp. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_timestamp: Option<Timestamp>,
    /// Average heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hr_bpm: Option<f64>,
    /// AFib classification. Integer code; see [`AFibFlag`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afib_classification: Option<AFibFlag>,
    /// Raw signal. A list of [`RawECGSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_signal: Option<Vec<RawECGSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One pulse velocity sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PulseVelocitySample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Pulse wave velocity, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulse_wave_velocity_meters_per_second: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One RR interval sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RRIntervalSample {
    /// RR interval, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rr_interval_ms: Option<f64>,
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_bpm: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The heart part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeartData {
    /// AFib classification samples. A list of [`AFibClassificationSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afib_classification_samples: Option<Vec<AFibClassificationSample>>,
    /// ECG signal. A list of [`ECGReading`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecg_signal: Option<Vec<ECGReading>>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Pulse wave velocity samples. A list of [`PulseVelocitySample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulse_wave_velocity_samples: Option<Vec<PulseVelocitySample>>,
    /// RR interval samples. A list of [`RRIntervalSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rr_interval_samples: Option<Vec<RRIntervalSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One hydration measurement sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HydrationMeasurementSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Hydration, in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hydration_kg: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The hydration part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HydrationData {
    /// Day total water consumption, in millilitres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_total_water_consumption_ml: Option<f64>,
    /// Hydration amount samples. A list of [`HydrationMeasurementSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hydration_amount_samples: Option<Vec<HydrationMeasurementSample>>,
    /// Day average hydration, in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_hydration_kg: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for ketone sample type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    KetoneSampleType {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Blood” (code 1).
        Blood = 1 => "Blood",
        /// “Urine” (code 2).
        Urine = 2 => "Urine",
        /// “Breath” (code 3).
        Breath = 3 => "Breath",
    }
}

/// One ketone sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KetoneSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Ketone, in milligrams per decilitre.
    #[serde(
        rename = "ketone_mg_per_dL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ketone_mg_per_dl: Option<f64>,
    /// Sample type. Integer code; see [`KetoneSampleType`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_type: Option<KetoneSampleType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The ketone part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KetoneData {
    /// Ketone samples. A list of [`KetoneSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ketone_samples: Option<Vec<KetoneSample>>,
    /// Day average ketone, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_ketone_mg_per_dL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub day_avg_ketone_mg_per_dl: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One measurement data sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MeasurementDataSample {
    /// Measurement time. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement_time: Option<Timestamp>,
    /// BMI.
    #[serde(rename = "BMI", default, skip_serializing_if = "Option::is_none")]
    pub bmi: Option<f64>,
    /// BMR.
    #[serde(rename = "BMR", default, skip_serializing_if = "Option::is_none")]
    pub bmr: Option<f64>,
    /// RMR.
    #[serde(rename = "RMR", default, skip_serializing_if = "Option::is_none")]
    pub rmr: Option<f64>,
    /// Estimated fitness age.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub estimated_fitness_age: Option<i64>,
    /// Skin fold, in millimetres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skin_fold_mm: Option<f64>,
    /// Bodyfat, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bodyfat_percentage: Option<f64>,
    /// Weight, in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// Height, in centimetres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height_cm: Option<f64>,
    /// Bone mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bone_mass_g: Option<f64>,
    /// Muscle mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub muscle_mass_g: Option<f64>,
    /// Lean mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lean_mass_g: Option<f64>,
    /// Water, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water_percentage: Option<f64>,
    /// Insulin units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insulin_units: Option<f64>,
    /// Insulin type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insulin_type: Option<String>,
    /// Urine color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urine_color: Option<String>,
    /// User notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_notes: Option<String>,
    /// Visceral fat level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visceral_fat_level: Option<f64>,
    /// Visceral fat category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visceral_fat_category: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The measurements part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MeasurementsData {
    /// Measurements. A list of [`MeasurementDataSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurements: Option<Vec<MeasurementDataSample>>,
    /// Day average BMI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_bmi: Option<f64>,
    /// Day average BMR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_bmr: Option<f64>,
    /// Day average RMR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_rmr: Option<f64>,
    /// Day average estimated fitness age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_estimated_fitness_age: Option<f64>,
    /// Day average skin fold, in millimetres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_skin_fold_mm: Option<f64>,
    /// Day average bodyfat, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_bodyfat_percentage: Option<f64>,
    /// Day average weight, in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_weight_kg: Option<f64>,
    /// Day average height, in centimetres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_height_cm: Option<f64>,
    /// Day average bone mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_bone_mass_g: Option<f64>,
    /// Day average muscle mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_muscle_mass_g: Option<f64>,
    /// Day average lean mass, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_lean_mass_g: Option<f64>,
    /// Day average water, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_water_percentage: Option<f64>,
    /// Day average insulin units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_insulin_units: Option<f64>,
    /// Day average visceral fat level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_visceral_fat_level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a body record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BodyMetadata {
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One temperature sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemperatureSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Temperature, in degrees Celsius.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_celsius: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The temperature part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemperatureData {
    /// Ambient temperature samples. A list of [`TemperatureSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambient_temperature_samples: Option<Vec<TemperatureSample>>,
    /// Body temperature samples. A list of [`TemperatureSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_temperature_samples: Option<Vec<TemperatureSample>>,
    /// Skin temperature samples. A list of [`TemperatureSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skin_temperature_samples: Option<Vec<TemperatureSample>>,
    /// Day average ambient temperature, in degrees Celsius.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_ambient_temperature_celsius: Option<f64>,
    /// Day average body temperature, in degrees Celsius.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_body_temperature_celsius: Option<f64>,
    /// Day average skin temperature, in degrees Celsius.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_avg_skin_temperature_celsius: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for glucose flag.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    GlucoseFlag {
        /// “Normal” (code 0).
        Normal = 0 => "Normal",
        /// “High” (code 1).
        High = 1 => "High",
        /// “Low” (code 2).
        Low = 2 => "Low",
    }
}

int_enum! {
    /// Integer code for trend arrow.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    TrendArrow {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Falling Quickly” (code 1).
        FallingQuickly = 1 => "Falling Quickly",
        /// “Falling” (code 2).
        Falling = 2 => "Falling",
        /// “Flat” (code 3).
        Flat = 3 => "Flat",
        /// “Rising” (code 4).
        Rising = 4 => "Rising",
        /// “Rising Quickly” (code 5).
        RisingQuickly = 5 => "Rising Quickly",
    }
}

/// One glucose data sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GlucoseDataSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "blood_glucose_mg_per_dL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub blood_glucose_mg_per_dl: Option<f64>,
    /// Glucose level flag. Integer code; see [`GlucoseFlag`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glucose_level_flag: Option<GlucoseFlag>,
    /// Trend arrow. Integer code; see [`TrendArrow`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend_arrow: Option<TrendArrow>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One daily pattern sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyPatternSample {
    /// Time from midnight.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub time_from_midnight: Option<i64>,
    /// Percentile 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentile_5: Option<f64>,
    /// Percentile 25.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentile_25: Option<f64>,
    /// Percentile 50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentile_50: Option<f64>,
    /// Percentile 75.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentile_75: Option<f64>,
    /// Percentile 95.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percentile_95: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The glucose part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GlucoseData {
    /// Blood glucose samples. A list of [`GlucoseDataSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blood_glucose_samples: Option<Vec<GlucoseDataSample>>,
    /// Detailed blood glucose samples. A list of [`GlucoseDataSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detailed_blood_glucose_samples: Option<Vec<GlucoseDataSample>>,
    /// Day average blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_blood_glucose_mg_per_dL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub day_avg_blood_glucose_mg_per_dl: Option<f64>,
    /// Day average detailed blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_detailed_blood_glucose_mg_per_dL",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub day_avg_detailed_blood_glucose_mg_per_dl: Option<f64>,
    /// Day average blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_blood_glucose_mg_per_dl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub day_avg_blood_glucose_mg_per_dl_deprecated: Option<f64>,
    /// GMI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmi: Option<f64>,
    /// Time in range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_in_range: Option<f64>,
    /// Sensor usage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub sensor_usage: Option<i64>,
    /// Daily patterns. A list of [`DailyPatternSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_patterns: Option<Vec<DailyPatternSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Daily data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyDataEnrichment {
    /// Total stress score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_stress_score: Option<f64>,
    /// Stress contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress_contributors: Option<RecordFloat>,
    /// Respiratory score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_score: Option<f64>,
    /// Respiratory contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_contributors: Option<RecordFloat>,
    /// Immune index.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub immune_index: Option<i64>,
    /// Immune contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immune_contributors: Option<RecordFloat>,
    /// Resilience score.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub resilience_score: Option<i64>,
    /// Resilience contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resilience_contributors: Option<RecordFloat>,
    /// Strain index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_index: Option<f64>,
    /// Strain traffic light.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_traffic_light: Option<String>,
    /// Strain contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strain_contributors: Option<RecordFloat>,
    /// Total stress score v2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_stress_score_v2: Option<f64>,
    /// Total stress score v2 contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_stress_score_v2_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The daily distance part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyDistanceData {
    /// Detailed. See [`DistanceDataDetailed`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detailed: Option<DistanceDataDetailed>,
    /// Distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_meters: Option<f64>,
    /// Elevation. See [`ElevationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elevation: Option<ElevationData>,
    /// Floors climbed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub floors_climbed: Option<i64>,
    /// Steps.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub steps: Option<i64>,
    /// Swimming. See [`SwimmingData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimmingData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a daily record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyMetadata {
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Upload type. Integer code; see [`UploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<UploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The scores part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoresData {
    /// Activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<f64>,
    /// Recovery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery: Option<f64>,
    /// Sleep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One stress sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StressSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for stress level.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    StressLevel {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Rest” (code 1).
        Rest = 1 => "Rest",
        /// “Low” (code 2).
        Low = 2 => "Low",
        /// “Medium” (code 3).
        Medium = 3 => "Medium",
        /// “High” (code 4).
        High = 4 => "High",
    }
}

/// One body battery sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BodyBatterySample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The stress part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StressData {
    /// Average stress level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_stress_level: Option<f64>,
    /// Activity stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_stress_duration_seconds: Option<f64>,
    /// Low stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_stress_duration_seconds: Option<f64>,
    /// Maximum stress level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_stress_level: Option<f64>,
    /// Medium stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium_stress_duration_seconds: Option<f64>,
    /// The individual samples. A list of [`StressSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<StressSample>>,
    /// Rest stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_stress_duration_seconds: Option<f64>,
    /// High stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_stress_duration_seconds: Option<f64>,
    /// Stress duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress_duration_seconds: Option<f64>,
    /// Stress rating. Integer code; see [`StressLevel`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stress_rating: Option<StressLevel>,
    /// Body battery samples. A list of [`BodyBatterySample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_battery_samples: Option<Vec<BodyBatterySample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Tag entry (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TagEntry {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Tag name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// Notes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The tag part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TagData {
    /// Tags. A list of [`TagEntry`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<TagEntry>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a menstruation record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MenstruationMetadata {
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for menstruation interval.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    MenstruationInterval {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Period” (code 1).
        Period = 1 => "Period",
        /// “Follicular” (code 2).
        Follicular = 2 => "Follicular",
        /// “Fertile Window” (code 3).
        FertileWindow = 3 => "Fertile Window",
        /// “Ovulation” (code 4).
        Ovulation = 4 => "Ovulation",
        /// “Luteal” (code 5).
        Luteal = 5 => "Luteal",
        /// “PMS” (code 6).
        PMS = 6 => "PMS",
        /// “First Trimester” (code 7).
        FirstTrimester = 7 => "First Trimester",
        /// “Second Trimester” (code 8).
        SecondTrimester = 8 => "Second Trimester",
        /// “Third Trimester” (code 9).
        ThirdTrimester = 9 => "Third Trimester",
    }
}

int_enum! {
    /// Integer code for menstruation flow.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    MenstruationFlow {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “None” (code 1).
        None = 1 => "None",
        /// “Light” (code 2).
        Light = 2 => "Light",
        /// “Medium” (code 3).
        Medium = 3 => "Medium",
        /// “Heavy” (code 4).
        Heavy = 4 => "Heavy",
        /// “Had” (code 5).
        Had = 5 => "Had",
    }
}

/// One menstruation flow sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MenstruationFlowSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Flow. Integer code; see [`MenstruationFlow`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<MenstruationFlow>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One menstruation interval sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MenstruationIntervalSample {
    /// Start timestamp. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_timestamp: Option<Timestamp>,
    /// End timestamp. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<Timestamp>,
    /// Phase. Integer code; see [`MenstruationInterval`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<MenstruationInterval>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The menstruation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MenstruationData {
    /// Period length, in days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub period_length_days: Option<i64>,
    /// Current phase. Integer code; see [`MenstruationInterval`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_phase: Option<MenstruationInterval>,
    /// Length of current phase, in days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub length_of_current_phase_days: Option<i64>,
    /// Days until next phase.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub days_until_next_phase: Option<i64>,
    /// Period start date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start_date: Option<DateString>,
    /// Predicted cycle length, in days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub predicted_cycle_length_days: Option<i64>,
    /// Day in cycle.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub day_in_cycle: Option<i64>,
    /// Last updated time. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<Timestamp>,
    /// Cycle length, in days.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub cycle_length_days: Option<i64>,
    /// Is predicted cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_predicted_cycle: Option<bool>,
    /// Menstruation flow. A list of [`MenstruationFlowSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub menstruation_flow: Option<Vec<MenstruationFlowSample>>,
    /// Intervals. A list of [`MenstruationIntervalSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intervals: Option<Vec<MenstruationIntervalSample>>,
    /// Fertility window start. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fertility_window_start: Option<DateString>,
    /// Fertility window end. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fertility_window_end: Option<DateString>,
    /// Ovulation day. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ovulation_day: Option<DateString>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for nutrition units.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    NutritionUnits {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Gram” (code 1).
        Gram = 1 => "Gram",
        /// “Teaspoon” (code 2).
        Teaspoon = 2 => "Teaspoon",
        /// “Tablespoon” (code 3).
        Tablespoon = 3 => "Tablespoon",
        /// “Cup” (code 4).
        Cup = 4 => "Cup",
        /// “Medium Egg” (code 5).
        MediumEgg = 5 => "Medium Egg",
        /// “Large Egg” (code 6).
        LargeEgg = 6 => "Large Egg",
        /// “Small Egg” (code 7).
        SmallEgg = 7 => "Small Egg",
        /// “Milliliter” (code 8).
        Milliliter = 8 => "Milliliter",
        /// “Ounce” (code 9).
        Ounce = 9 => "Ounce",
        /// “Count” (code 10).
        Count = 10 => "Count",
        /// “Scoop” (code 11).
        Scoop = 11 => "Scoop",
        /// “Fluid Ounce” (code 12).
        FluidOunce = 12 => "Fluid Ounce",
    }
}

/// One drink sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DrinkSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Drink volume.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drink_volume: Option<f64>,
    /// Drink unit. Integer code; see [`NutritionUnits`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drink_unit: Option<NutritionUnits>,
    /// Drink name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drink_name: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Nutrition micros (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionMicros {
    /// Biotin, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biotin_mg: Option<f64>,
    /// Caffeine, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caffeine_mg: Option<f64>,
    /// Calcium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calcium_mg: Option<f64>,
    /// Sodium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sodium_mg: Option<f64>,
    /// Chloride, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chloride_mg: Option<f64>,
    /// Chromium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chromium_mg: Option<f64>,
    /// Copper, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copper_mg: Option<f64>,
    /// Folate, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folate_mg: Option<f64>,
    /// Folic acid, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folic_acid_mg: Option<f64>,
    /// Iodine, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iodine_mg: Option<f64>,
    /// Iron, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iron_mg: Option<f64>,
    /// Magnesium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub magnesium_mg: Option<f64>,
    /// Manganese, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manganese_mg: Option<f64>,
    /// Molybdenum, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub molybdenum_mg: Option<f64>,
    /// Niacin, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niacin_mg: Option<f64>,
    /// Pantothenic acid, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pantothenic_acid_mg: Option<f64>,
    /// Phosphorus, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phosphorus_mg: Option<f64>,
    /// Potassium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub potassium_mg: Option<f64>,
    /// Riboflavin, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub riboflavin_mg: Option<f64>,
    /// Selenium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selenium_mg: Option<f64>,
    /// Thiamin, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thiamin_mg: Option<f64>,
    /// Vitamin A, in milligrams.
    #[serde(
        rename = "vitamin_A_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_a_mg: Option<f64>,
    /// Vitamin B12, in milligrams.
    #[serde(
        rename = "vitamin_B12_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_b12_mg: Option<f64>,
    /// Vitamin B6, in milligrams.
    #[serde(
        rename = "vitamin_B6_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_b6_mg: Option<f64>,
    /// Vitamin C, in milligrams.
    #[serde(
        rename = "vitamin_C_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_c_mg: Option<f64>,
    /// Vitamin D, in milligrams.
    #[serde(
        rename = "vitamin_D_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_d_mg: Option<f64>,
    /// Vitamin D2, in milligrams.
    #[serde(
        rename = "vitamin_D2_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_d2_mg: Option<f64>,
    /// Vitamin D3, in milligrams.
    #[serde(
        rename = "vitamin_D3_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_d3_mg: Option<f64>,
    /// Vitamin E, in milligrams.
    #[serde(
        rename = "vitamin_E_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_e_mg: Option<f64>,
    /// Vitamin K, in milligrams.
    #[serde(
        rename = "vitamin_K_mg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vitamin_k_mg: Option<f64>,
    /// Zinc, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zinc_mg: Option<f64>,
    /// Cystine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cystine_g: Option<f64>,
    /// Histidine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub histidine_g: Option<f64>,
    /// Isoleucine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isoleucine_g: Option<f64>,
    /// Leucine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leucine_g: Option<f64>,
    /// Lysine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lysine_g: Option<f64>,
    /// Methionine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methionine_g: Option<f64>,
    /// Phenylalanine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phenylalanine_g: Option<f64>,
    /// Threonine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threonine_g: Option<f64>,
    /// Tryptophan, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tryptophan_g: Option<f64>,
    /// Tyrosine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tyrosine_g: Option<f64>,
    /// Valine, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valine_g: Option<f64>,
    /// Monounsaturated fat, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monounsaturated_fat_g: Option<f64>,
    /// Polyunsaturated fat, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polyunsaturated_fat_g: Option<f64>,
    /// Omega3, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omega3_g: Option<f64>,
    /// Omega6, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omega6_g: Option<f64>,
    /// Starch, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starch_g: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for meal type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    MealType {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Breakfast” (code 1).
        Breakfast = 1 => "Breakfast",
        /// “Morning Snack” (code 2).
        MorningSnack = 2 => "Morning Snack",
        /// “Lunch” (code 3).
        Lunch = 3 => "Lunch",
        /// “Afternoon Snack” (code 4).
        AfternoonSnack = 4 => "Afternoon Snack",
        /// “Dinner” (code 5).
        Dinner = 5 => "Dinner",
        /// “Snack” (code 6).
        Snack = 6 => "Snack",
    }
}

/// Nutrition quantity (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionQuantity {
    /// Unit. Integer code; see [`NutritionUnits`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<NutritionUnits>,
    /// Amount.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Nutrition macros (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionMacros {
    /// Alcohol, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alcohol_g: Option<f64>,
    /// Calories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories: Option<f64>,
    /// Carbohydrates, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carbohydrates_g: Option<f64>,
    /// Cholesterol, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cholesterol_mg: Option<f64>,
    /// Fat, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fat_g: Option<f64>,
    /// Fiber, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiber_g: Option<f64>,
    /// Net carbohydrates, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_carbohydrates_g: Option<f64>,
    /// Protein, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protein_g: Option<f64>,
    /// Saturated fat, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturated_fat_g: Option<f64>,
    /// Sodium, in milligrams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sodium_mg: Option<f64>,
    /// Sugar, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sugar_g: Option<f64>,
    /// Trans fat, in grams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trans_fat_g: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Meal (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meal {
    /// Micros. See [`NutritionMicros`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub micros: Option<NutritionMicros>,
    /// Type or kind of the record. Integer code; see [`MealType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MealType>,
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Quantity. See [`NutritionQuantity`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<NutritionQuantity>,
    /// Name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Macros. See [`NutritionMacros`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub macros: Option<NutritionMacros>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a nutrition record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionMetadata {
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Nutrition summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionSummary {
    /// Macros. See [`NutritionMacros`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub macros: Option<NutritionMacros>,
    /// Micros. See [`NutritionMicros`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub micros: Option<NutritionMicros>,
    /// Water, in millilitres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub water_ml: Option<f64>,
    /// Drink, in millilitres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drink_ml: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Sleep data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepDataEnrichment {
    /// Sleep score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_score: Option<f64>,
    /// Sleep contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_contributors: Option<RecordFloat>,
    /// Readiness score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_score: Option<f64>,
    /// Readiness contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_contributors: Option<RecordFloat>,
    /// Sleep score v2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_score_v2: Option<f64>,
    /// Sleep score v2 contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_score_v2_contributors: Option<RecordFloat>,
    /// Respiratory score v2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_score_v2: Option<f64>,
    /// Respiratory score v2 contributors. See [`RecordFloat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_score_v2_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for sleep upload type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    SleepUploadType {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Manual” (code 1).
        Manual = 1 => "Manual",
        /// “Automatic” (code 2).
        Automatic = 2 => "Automatic",
        /// “Tentative” (code 3).
        Tentative = 3 => "Tentative",
        /// “Indeterminate” (code 4).
        Indeterminate = 4 => "Indeterminate",
    }
}

/// Metadata of a sleep record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepMetadata {
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Is nap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_nap: Option<bool>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Identifier of the record at the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Upload type. Integer code; see [`SleepUploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<SleepUploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The readiness part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadinessData {
    /// Readiness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<f64>,
    /// Recovery level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_level: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One breath sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BreathSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Breaths, in per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths_per_min: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The breaths part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BreathsData {
    /// Average breaths, in per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_breaths_per_min: Option<f64>,
    /// Maximum breaths, in per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_breaths_per_min: Option<f64>,
    /// Minimum breaths, in per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_breaths_per_min: Option<f64>,
    /// On demand reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_demand_reading: Option<bool>,
    /// The individual samples. A list of [`BreathSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<BreathSample>>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The oxygen saturation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OxygenSaturationData {
    /// Average saturation, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_saturation_percentage: Option<f64>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// The individual samples. A list of [`OxygenSaturationSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<OxygenSaturationSample>>,
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One snoring sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SnoringSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The snoring part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SnoringData {
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Number of snoring events.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_snoring_events: Option<i64>,
    /// The individual samples. A list of [`SnoringSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<Vec<SnoringSample>>,
    /// Total snoring duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_snoring_duration_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The respiration part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RespirationData {
    /// Breaths data. See [`BreathsData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breaths_data: Option<BreathsData>,
    /// Oxygen saturation data. See [`OxygenSaturationData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oxygen_saturation_data: Option<OxygenSaturationData>,
    /// Snoring data. See [`SnoringData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoring_data: Option<SnoringData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Sleep scores (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepScores {
    /// Sleep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Asleep durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AsleepDurations {
    /// Duration asleep state, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_asleep_state_seconds: Option<f64>,
    /// Duration deep sleep state, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_deep_sleep_state_seconds: Option<f64>,
    /// Duration light sleep state, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_light_sleep_state_seconds: Option<f64>,
    /// Duration REM sleep state, in seconds.
    #[serde(
        rename = "duration_REM_sleep_state_seconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_rem_sleep_state_seconds: Option<f64>,
    /// Number of REM events.
    #[serde(
        rename = "num_REM_events",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_rem_events: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Awake durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AwakeDurations {
    /// Duration awake state, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_awake_state_seconds: Option<f64>,
    /// Duration long interruption, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_long_interruption_seconds: Option<f64>,
    /// Duration short interruption, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_short_interruption_seconds: Option<f64>,
    /// Number of out of bed events.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_out_of_bed_events: Option<i64>,
    /// Number of wakeup events.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub num_wakeup_events: Option<i64>,
    /// Sleep latency, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_latency_seconds: Option<f64>,
    /// Wake up latency, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wake_up_latency_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for sleep level.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    SleepLevel {
        /// “Unknown” (code 0).
        Unknown = 0 => "Unknown",
        /// “Awake” (code 1).
        Awake = 1 => "Awake",
        /// “Sleeping” (code 2).
        Sleeping = 2 => "Sleeping",
        /// “Out of bed” (code 3).
        OutOfBed = 3 => "Out of bed",
        /// “Light sleep” (code 4).
        LightSleep = 4 => "Light sleep",
        /// “Deep sleep” (code 5).
        DeepSleep = 5 => "Deep sleep",
        /// “REM sleep” (code 6).
        REMSleep = 6 => "REM sleep",
    }
}

/// One sleep hypnogram sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepHypnogramSample {
    /// The moment the value refers to. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level. Integer code; see [`SleepLevel`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<SleepLevel>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Other sleep durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OtherSleepDurations {
    /// Duration in bed, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_in_bed_seconds: Option<f64>,
    /// Duration unmeasurable sleep, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_unmeasurable_sleep_seconds: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The sleep durations part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepDurationsData {
    /// Asleep. See [`AsleepDurations`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asleep: Option<AsleepDurations>,
    /// Awake. See [`AwakeDurations`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awake: Option<AwakeDurations>,
    /// Hypnogram samples. A list of [`SleepHypnogramSample`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hypnogram_samples: Option<Vec<SleepHypnogramSample>>,
    /// Other. See [`OtherSleepDurations`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<OtherSleepDurations>,
    /// Sleep efficiency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sleep_efficiency: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The sleep temperature part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepTemperatureData {
    /// Delta.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delta: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of workout sport.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    WorkoutSport {
        /// `running`.
        Running = "running",
        /// `cycling`.
        Cycling = "cycling",
        /// `swimming`.
        Swimming = "swimming",
        /// `strength`.
        Strength = "strength",
        /// `rowing`.
        Rowing = "rowing",
        /// `yoga`.
        Yoga = "yoga",
        /// `pilates`.
        Pilates = "pilates",
        /// `cardio`.
        Cardio = "cardio",
        /// `trail_running`.
        TrailRunning = "trail_running",
        /// `mountain_biking`.
        MountainBiking = "mountain_biking",
        /// `backcountry_skiing`.
        BackcountrySkiing = "backcountry_skiing",
        /// `hiking`.
        Hiking = "hiking",
        /// `walking`.
        Walking = "walking",
        /// `elliptical`.
        Elliptical = "elliptical",
        /// `stair_climbing`.
        StairClimbing = "stair_climbing",
    }
}

string_enum! {
    /// Known values of environment type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    EnvironmentType {
        /// `indoor`.
        Indoor = "indoor",
        /// `outdoor`.
        Outdoor = "outdoor",
        /// `pool`.
        Pool = "pool",
    }
}

string_enum! {
    /// Known values of completion condition type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    CompletionConditionType {
        /// `time`.
        Time = "time",
        /// `distance`.
        Distance = "distance",
        /// `hr`.
        Hr = "hr",
        /// `calories`.
        Calories = "calories",
        /// `open`.
        Open = "open",
        /// `power`.
        Power = "power",
        /// `reps`.
        Reps = "reps",
        /// `hr_percentage`.
        HrPercentage = "hr_percentage",
        /// `power_percentage`.
        PowerPercentage = "power_percentage",
        /// `hr_less_than`.
        HrLessThan = "hr_less_than",
        /// `hr_greater_than`.
        HrGreaterThan = "hr_greater_than",
    }
}

/// Completion condition (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CompletionCondition {
    /// Type or kind of the record. See [`CompletionConditionType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompletionConditionType>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Value low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_low: Option<f64>,
    /// Value high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of workout step target type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    WorkoutStepTargetType {
        /// `speed`.
        Speed = "speed",
        /// `heart_rate`.
        HeartRate = "heart_rate",
        /// `open`.
        Open = "open",
        /// `cadence`.
        Cadence = "cadence",
        /// `power`.
        Power = "power",
        /// `swim_stroke`.
        SwimStroke = "swim_stroke",
        /// `speed_lap`.
        SpeedLap = "speed_lap",
        /// `heart_rate_lap`.
        HeartRateLap = "heart_rate_lap",
        /// `pace`.
        Pace = "pace",
        /// `heart_rate_threshold_percentage`.
        HeartRateThresholdPercentage = "heart_rate_threshold_percentage",
        /// `heart_rate_max_percentage`.
        HeartRateMaxPercentage = "heart_rate_max_percentage",
    }
}

/// Intensity target (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntensityTarget {
    /// Target type. See [`WorkoutStepTargetType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<WorkoutStepTargetType>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Value low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_low: Option<f64>,
    /// Value high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of workout step intensity.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    WorkoutStepIntensity {
        /// `rest`.
        Rest = "rest",
        /// `warmup`.
        Warmup = "warmup",
        /// `cooldown`.
        Cooldown = "cooldown",
        /// `recovery`.
        Recovery = "recovery",
        /// `active`.
        Active = "active",
    }
}

string_enum! {
    /// Known values of step control type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    StepControlType {
        /// `grade`.
        Grade = "grade",
        /// `resistance`.
        Resistance = "resistance",
    }
}

/// Step control (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StepControl {
    /// Type or kind of the record. See [`StepControlType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StepControlType>,
    /// Value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of weight unit.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    WeightUnit {
        /// `kg`.
        Kg = "kg",
        /// `lbs`.
        Lbs = "lbs",
    }
}

/// The strength part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StrengthData {
    /// Exercise name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_name: Option<String>,
    /// Weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Weight display unit. See [`WeightUnit`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_display_unit: Option<WeightUnit>,
    /// Exercise category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_category: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

string_enum! {
    /// Known values of swim stroke type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    SwimStrokeType {
        /// `backstroke`.
        Backstroke = "backstroke",
        /// `breaststroke`.
        Breaststroke = "breaststroke",
        /// `drill`.
        Drill = "drill",
        /// `butterfly`.
        Butterfly = "butterfly",
        /// `freestyle`.
        Freestyle = "freestyle",
        /// `mixed`.
        Mixed = "mixed",
        /// `im`.
        Im = "im",
    }
}

string_enum! {
    /// Known values of drill type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    DrillType {
        /// `kick`.
        Kick = "kick",
        /// `pull`.
        Pull = "pull",
        /// `drill`.
        Drill = "drill",
    }
}

string_enum! {
    /// Known values of swim equipment type.
    ///
    /// Any other string decodes to `Unrecognized` with the string kept.
    SwimEquipmentType {
        /// `none`.
        None = "none",
        /// `swim_fins`.
        SwimFins = "swim_fins",
        /// `swim_kickboard`.
        SwimKickboard = "swim_kickboard",
        /// `swim_paddles`.
        SwimPaddles = "swim_paddles",
        /// `swim_pull_buoy`.
        SwimPullBuoy = "swim_pull_buoy",
        /// `swim_snorkel`.
        SwimSnorkel = "swim_snorkel",
    }
}

/// The swim step part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SwimStepData {
    /// Stroke type. See [`SwimStrokeType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stroke_type: Option<SwimStrokeType>,
    /// Drill type. See [`DrillType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drill_type: Option<DrillType>,
    /// Equipment. A list; each item: See [`SwimEquipmentType`] for the known values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equipment: Option<Vec<SwimEquipmentType>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Workout step (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkoutStep {
    /// Completion condition. See [`CompletionCondition`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_condition: Option<CompletionCondition>,
    /// Intensity targets. A list of [`IntensityTarget`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity_targets: Option<Vec<IntensityTarget>>,
    /// Intensity type. See [`WorkoutStepIntensity`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity_type: Option<WorkoutStepIntensity>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Controls. A list of [`StepControl`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controls: Option<Vec<StepControl>>,
    /// Strength. See [`StrengthData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<StrengthData>,
    /// Swimming. See [`SwimStepData`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimStepData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Step block (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StepBlock {
    /// Completion condition. See [`CompletionCondition`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_condition: Option<CompletionCondition>,
    /// Steps. A list of [`WorkoutStep`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<WorkoutStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Athlete metrics (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AthleteMetrics {
    /// Threshold heart rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_heart_rate: Option<f64>,
    /// Maximum heart rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_heart_rate: Option<f64>,
    /// Threshold speed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_speed: Option<f64>,
    /// FTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ftp: Option<f64>,
    /// Pool length, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_length_meters: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a planned workout details record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutDetailsMetadata {
    /// ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type or kind of the record.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub r#type: Option<i64>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Created date. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<Timestamp>,
    /// Estimated TSS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_tss: Option<f64>,
    /// Estimated if.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_if: Option<f64>,
    /// Estimated duration, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_duration_seconds: Option<f64>,
    /// Estimated distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_distance_meters: Option<f64>,
    /// Estimated, in kilocalories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_calories: Option<f64>,
    /// Estimated elevation gain, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_elevation_gain_meters: Option<f64>,
    /// Estimated energy, in kilojoules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_energy_kj: Option<f64>,
    /// Estimated speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_speed_meters_per_second: Option<f64>,
    /// Pool length, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_length_meters: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Planned workout details step duration (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutDetailsStepDuration {
    /// Duration type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub duration_type: Option<i64>,
    /// Seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
    /// Distance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_meters: Option<f64>,
    /// Heart rate below, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_below_bpm: Option<f64>,
    /// Heart rate above, in beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_above_bpm: Option<f64>,
    /// Calories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calories: Option<f64>,
    /// Power below, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_below_watts: Option<f64>,
    /// Power above, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_above_watts: Option<f64>,
    /// Reps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<f64>,
    /// Rest, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<f64>,
    /// Steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Planned workout details step target (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutDetailsStepTarget {
    /// Target type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub target_type: Option<i64>,
    /// Heart rate bpm high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_bpm_high: Option<f64>,
    /// Heart rate bpm low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_bpm_low: Option<f64>,
    /// Cadence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<f64>,
    /// Cadence high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence_high: Option<f64>,
    /// Cadence low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence_low: Option<f64>,
    /// Power, in watts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_watt: Option<f64>,
    /// Power watt high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_watt_high: Option<f64>,
    /// Power watt low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_watt_low: Option<f64>,
    /// Swim strokes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swim_strokes: Option<f64>,
    /// Heart rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_percentage: Option<f64>,
    /// Heart rate percentage high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_percentage_high: Option<f64>,
    /// Heart rate percentage low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hr_percentage_low: Option<f64>,
    /// Speed, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_percentage: Option<f64>,
    /// Speed percentage high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_percentage_high: Option<f64>,
    /// Speed percentage low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_percentage_low: Option<f64>,
    /// Power, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_percentage: Option<f64>,
    /// Power percentage high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_percentage_high: Option<f64>,
    /// Power percentage low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power_percentage_low: Option<f64>,
    /// Repetitions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub repetitions: Option<i64>,
    /// Speed, in metres per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_meters_per_second: Option<f64>,
    /// Speed meters per second low.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_meters_per_second_low: Option<f64>,
    /// Speed meters per second high.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_meters_per_second_high: Option<f64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Planned workout details step (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutDetailsStep {
    /// Order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub order: Option<i64>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Intensity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub intensity: Option<i64>,
    /// Type or kind of the record.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub r#type: Option<i64>,
    /// Durations. A list of [`PlannedWorkoutDetailsStepDuration`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub durations: Option<Vec<PlannedWorkoutDetailsStepDuration>>,
    /// Targets. A list of [`PlannedWorkoutDetailsStepTarget`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<PlannedWorkoutDetailsStepTarget>>,
    /// Stroke type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub stroke_type: Option<i64>,
    /// Equipment type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_vec_i64"
    )]
    pub equipment_type: Option<Vec<i64>>,
    /// Exercise name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_name: Option<String>,
    /// Exercise category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub exercise_category: Option<i64>,
    /// Weight, in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// Steps. A list of [`PlannedWorkoutDetailsStep`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<PlannedWorkoutDetailsStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Planned workout details (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutDetails {
    /// Identifiers and time window of the record. See [`PlannedWorkoutDetailsMetadata`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PlannedWorkoutDetailsMetadata>,
    /// Steps. A list of [`PlannedWorkoutDetailsStep`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<PlannedWorkoutDetailsStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A workout scheduled for a user on a given date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkout {
    /// Planned workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_workout_id: Option<String>,
    /// Workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Provider workout ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_workout_id: Option<String>,
    /// Coercion warnings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coercion_warnings: Option<String>,
    /// When the object was created. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last updated at. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_at: Option<Timestamp>,
    /// Is external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_external: Option<bool>,
    /// Athlete metrics. See [`AthleteMetrics`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub athlete_metrics: Option<AthleteMetrics>,
    /// Details. See [`PlannedWorkoutDetails`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<PlannedWorkoutDetails>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Fields shared by every webhook event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvent {
    /// Type or kind of the record.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the auth success event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthSuccessEvent {
    /// Type or kind of the record. Always `auth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Flow ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// Widget session ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widget_session_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the auth error event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthErrorEvent {
    /// Type or kind of the record. Always `auth_cancelled` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `error` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Flow ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// Reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the deauth event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeauthEvent {
    /// Type or kind of the record. Always `deauth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the user reauth event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserReauthEvent {
    /// Type or kind of the record. Always `user_reauth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection that replaced the old one. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_user: Option<TerraUser>,
    /// The connection that was replaced. See [`TerraUser`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the access revoked event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccessRevokedEvent {
    /// Type or kind of the record. Always `access_revoked` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the permission change event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PermissionChangeEvent {
    /// Type or kind of the record. Always `permission_change` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Scopes added. A comma-separated list; `scopes_added_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes_added: Option<String>,
    /// Scopes removed. A comma-separated list; `scopes_removed_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes_removed: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PermissionChangeEvent {
    /// The items of the comma-separated `scopes_added` field (empty when it is absent).
    pub fn scopes_added_list(&self) -> Vec<&str> {
        self.scopes_added
            .as_deref()
            .map(super::support::split_list)
            .unwrap_or_default()
    }
    /// The items of the comma-separated `scopes_removed` field (empty when it is absent).
    pub fn scopes_removed_list(&self) -> Vec<&str> {
        self.scopes_removed
            .as_deref()
            .map(super::support::split_list)
            .unwrap_or_default()
    }
}

/// Webhook payload of the connection error event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionErrorEvent {
    /// Type or kind of the record. Always `connection_error` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the large request sending event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LargeRequestSendingEvent {
    /// Type or kind of the record. Always `large_request_sending` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// How many data payloads the request will be split into.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub expected_payloads: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the large request processing event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LargeRequestProcessingEvent {
    /// Type or kind of the record. Always `large_request_processing` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `processing` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the S3 payload event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct S3PayloadEvent {
    /// Type or kind of the record. Always `s3_payload` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Download URL.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Lifetime of the URL or token, in seconds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub expires_in: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the activity event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActivityEvent {
    /// Type or kind of the record. Always `activity` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Activity`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Activity>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the athlete event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AthleteEvent {
    /// Type or kind of the record. Always `athlete` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Athlete. See [`Athlete`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub athlete: Option<Athlete>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the nutrition event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NutritionEvent {
    /// Type or kind of the record. Always `nutrition` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Nutrition`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Nutrition>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the daily event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyEvent {
    /// Type or kind of the record. Always `daily` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Daily`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Daily>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the sleep event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SleepEvent {
    /// Type or kind of the record. Always `sleep` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Sleep`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Sleep>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the menstruation event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MenstruationEvent {
    /// Type or kind of the record. Always `menstruation` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Menstruation`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Menstruation>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the body event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BodyEvent {
    /// Type or kind of the record. Always `body` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Body`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Body>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report event result source (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportEventResultSource {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel: Option<String>,
    /// Value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// Flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Reference text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_text: Option<String>,
    /// Collection date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_date: Option<DateString>,
    /// Collection time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_time: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report event result (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportEventResult {
    /// Source. See [`LabReportEventResultSource`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LabReportEventResultSource>,
    /// Biomarker. See [`LabReportBiomarker`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biomarker: Option<LabReportBiomarker>,
    /// Measurement. See [`LabReportMeasurement`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement: Option<LabReportMeasurement>,
    /// Interpretation. See [`LabReportInterpretation`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<LabReportInterpretation>,
    /// Reference ranges. A list of [`LabReportReferenceRange`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_ranges: Option<Vec<LabReportReferenceRange>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The lab report event part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportEventData {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Report date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_date: Option<DateString>,
    /// Report time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_time: Option<String>,
    /// Report locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_locale: Option<String>,
    /// Results count.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::support::opt_i64"
    )]
    pub results_count: Option<i64>,
    /// Results. A list of [`LabReportEventResult`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<LabReportEventResult>>,
    /// Panels. A list of [`LabReportPanel`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panels: Option<Vec<LabReportPanel>>,
    /// Report notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the lab report completed event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportCompletedEvent {
    /// Type or kind of the record. Always `lab_report.completed` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Event ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// Occurred at. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<Timestamp>,
    /// Upload ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The records carried by the payload. See [`LabReportEventData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<LabReportEventData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lab report event error (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportEventError {
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Retriable.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retriable: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The lab report failure part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportFailureData {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Error. See [`LabReportEventError`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<LabReportEventError>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the lab report failed event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LabReportFailedEvent {
    /// Type or kind of the record. Always `lab_report.failed` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Event ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// Occurred at. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<Timestamp>,
    /// Upload ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The records carried by the payload. See [`LabReportFailureData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<LabReportFailureData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the planned workout event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedWorkoutEvent {
    /// Type or kind of the record. Always `planned_workout` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`PlannedWorkout`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<PlannedWorkout>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the hormone event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HormoneEvent {
    /// Type or kind of the record. Always `hormone` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`HormoneSample`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<HormoneSample>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Metadata of a health observation record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthObservationMetadata {
    /// Start of the period covered. An ISO 8601 date-time, kept as sent.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time, kept as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Identifier of the record at the provider.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for health observation category.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    HealthObservationCategory {
        /// “Unspecified” (code 0).
        Unspecified = 0 => "Unspecified",
        /// “Symptom” (code 1).
        Symptom = 1 => "Symptom",
        /// “Reproductive Health” (code 2).
        ReproductiveHealth = 2 => "Reproductive Health",
        /// “Self Care” (code 3).
        SelfCare = 3 => "Self Care",
        /// “Medication” (code 4).
        Medication = 4 => "Medication",
        /// “Lab & Health Metrics” (code 5).
        LabHealthMetrics = 5 => "Lab & Health Metrics",
        /// “State of Mind” (code 6).
        StateOfMind = 6 => "State of Mind",
        /// “Device Event” (code 7).
        DeviceEvent = 7 => "Device Event",
        /// “Clinical” (code 8).
        Clinical = 8 => "Clinical",
    }
}

/// Observation code (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservationCode {
    /// System.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for observation value type.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    ObservationValueType {
        /// “None” (code 0).
        None = 0 => "None",
        /// “Quantity” (code 1).
        Quantity = 1 => "Quantity",
        /// “Boolean” (code 2).
        Boolean = 2 => "Boolean",
        /// “String” (code 3).
        String = 3 => "String",
        /// “Code” (code 4).
        Code = 4 => "Code",
    }
}

/// Observation value (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservationValue {
    /// Value type. Integer code; see [`ObservationValueType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<ObservationValueType>,
    /// Quantity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// Unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Boolean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boolean: Option<bool>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for observation severity.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    ObservationSeverity {
        /// “Unspecified” (code 0).
        Unspecified = 0 => "Unspecified",
        /// “Not Present” (code 1).
        NotPresent = 1 => "Not Present",
        /// “Mild” (code 2).
        Mild = 2 => "Mild",
        /// “Moderate” (code 3).
        Moderate = 3 => "Moderate",
        /// “Severe” (code 4).
        Severe = 4 => "Severe",
    }
}

/// Observation component (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservationComponent {
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Value. See [`ObservationValue`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ObservationValue>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

int_enum! {
    /// Integer code for observation status.
    ///
    /// The variants are the codes the spec names; any other code decodes to
    /// `Unrecognized` with the number kept.
    ObservationStatus {
        /// “Unspecified” (code 0).
        Unspecified = 0 => "Unspecified",
        /// “Final” (code 1).
        Final = 1 => "Final",
        /// “Amended” (code 2).
        Amended = 2 => "Amended",
        /// “Entered In Error” (code 3).
        EnteredInError = 3 => "Entered In Error",
    }
}

/// The health observation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthObservationData {
    /// Category. Integer code; see [`HealthObservationCategory`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<HealthObservationCategory>,
    /// Observation type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observation_type: Option<String>,
    /// Codes. A list of [`ObservationCode`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codes: Option<Vec<ObservationCode>>,
    /// Value. See [`ObservationValue`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ObservationValue>,
    /// Severity. Integer code; see [`ObservationSeverity`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<ObservationSeverity>,
    /// Components. A list of [`ObservationComponent`] items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<ObservationComponent>>,
    /// Status word of the payload. Integer code; see [`ObservationStatus`] for the known codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ObservationStatus>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One health observation (symptom, condition or other clinical-style record).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthObservation {
    /// Identifiers and time window of the record. See [`HealthObservationMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HealthObservationMetadata>,
    /// Observation data. See [`HealthObservationData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observation_data: Option<HealthObservationData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Webhook payload of the health observation event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthObservationEvent {
    /// Type or kind of the record. Always `health_observation` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`HealthObservation`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<HealthObservation>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Another name the spec uses for [`Event`].
pub type WebhookEventType = Event;
