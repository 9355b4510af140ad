//! Models generated from Terra's v2 OpenAPI spec (info.version `2026.07.17.1`).
//!
//! Do not edit: regenerate with `cargo run -p xtask -- codegen`.

use serde::Serialize;

use super::{DateString, Event, Extra, LatLng, List, OptF64, Timestamp};

/// A reusable structured workout that can be planned for users.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WorkoutTemplate {
    /// Name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Sport. See [`WorkoutSport`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sport: Option<WorkoutSport>,
    /// Environment. See [`EnvironmentType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<EnvironmentType>,
    /// Pool length, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pool_length_meters: OptF64,
    /// Step blocks. A list of [`StepBlock`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_blocks: Option<List<StepBlock>>,
    /// Estimated duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_duration_seconds: OptF64,
    /// Estimated distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_distance_meters: OptF64,
    /// Estimated, in kilocalories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_calories: OptF64,
    /// Workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(WorkoutTemplate {
    "name" => name,
    "description" => description,
    "sport" => sport,
    "environment" => environment,
    "pool_length_meters" => pool_length_meters,
    "step_blocks" => step_blocks,
    "estimated_duration_seconds" => estimated_duration_seconds,
    "estimated_distance_meters" => estimated_distance_meters,
    "estimated_calories" => estimated_calories,
    "workout_id" => workout_id,
});

/// Another name the spec uses for [`PlannedWorkout`].
pub type PlannedWorkoutItem = PlannedWorkout;

/// Short description of a planned workout, returned when one is created or changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutSummary {
    /// Planned workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_workout_id: Option<String>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Is external.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_external: Option<bool>,
    /// Workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Provider workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_workout_id: Option<String>,
    /// Coercion warnings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coercion_warnings: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutSummary {
    "planned_workout_id" => planned_workout_id,
    "planned_date" => planned_date,
    "is_external" => is_external,
    "workout_id" => workout_id,
    "provider_workout_id" => provider_workout_id,
    "coercion_warnings" => coercion_warnings,
});

/// Error body of a failed request, in the RFC 9457 problem-details shape.
///
/// Defined in [`crate::error::Problem`], where the SDK's errors use it.
pub use crate::error::Problem;

object_deserialize!(Problem {
    "type" => r#type,
    "title" => title,
    "instance" => instance,
    "detail" => detail,
});

/// Options for creating an authentication widget session.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WidgetSessionParams {
    /// Providers. A comma-separated list; `providers_list()` splits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub providers: Option<String>,
    /// Language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Auth success redirect URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_success_redirect_url: Option<String>,
    /// Auth failure redirect URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_failure_redirect_url: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(WidgetSessionParams {
    "providers" => providers,
    "language" => language,
    "reference_id" => reference_id,
    "auth_success_redirect_url" => auth_success_redirect_url,
    "auth_failure_redirect_url" => auth_failure_redirect_url,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DataSentToWebhook {
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Type or kind of the record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Identifier for tracing the request (the same as `reference`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Human-readable message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connection the payload belongs to. See [`DataSentToWebhookUser`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<DataSentToWebhookUser>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DataSentToWebhook {
    "status" => status,
    "type" => r#type,
    "reference" => reference,
    "trace_id" => trace_id,
    "message" => message,
    "user" => user,
});

/// The `user` object inside [`DataSentToWebhook`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DataSentToWebhookUser {
    /// Terra's identifier of the connection (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// When the object was created. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Whether the connection is currently active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Permissions the user granted. A comma-separated list; `scopes_list()` splits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// When Terra last sent a webhook for this connection. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_webhook_update: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DataSentToWebhookUser {
    "user_id" => user_id,
    "provider" => provider,
    "reference_id" => reference_id,
    "created_at" => created_at,
    "active" => active,
    "scopes" => scopes,
    "last_webhook_update" => last_webhook_update,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Activity {
    /// Active durations data. See [`ActiveDurationsData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_durations_data: Option<ActiveDurationsData>,
    /// Calories data. See [`CaloriesData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calories_data: Option<CaloriesData>,
    /// Cheat detection.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cheat_detection: OptF64,
    /// Data enrichment. See [`DataEnrichment`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<DataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Distance data. See [`DistanceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_data: Option<DistanceData>,
    /// Energy data. See [`EnergyData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub energy_data: Option<EnergyData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Lap data. See [`LapData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lap_data: Option<LapData>,
    /// MET data. See [`METData`].
    #[serde(rename = "MET_data", skip_serializing_if = "Option::is_none")]
    pub met_data: Option<METData>,
    /// Identifiers and time window of the record. See [`ActivityMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ActivityMetadata>,
    /// Movement data. See [`MovementData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub movement_data: Option<MovementData>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Polyline map data. See [`PolylineMapData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polyline_map_data: Option<PolylineMapData>,
    /// Position data. See [`PositionData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position_data: Option<PositionData>,
    /// Power data. See [`PowerData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub power_data: Option<PowerData>,
    /// Strain data. See [`StrainData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strain_data: Option<StrainData>,
    /// TSS data. See [`TSSData`].
    #[serde(rename = "TSS_data", skip_serializing_if = "Option::is_none")]
    pub tss_data: Option<TSSData>,
    /// Work data. See [`WorkData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_data: Option<WorkData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Activity {
    "active_durations_data" => active_durations_data,
    "calories_data" => calories_data,
    "cheat_detection" => cheat_detection,
    "data_enrichment" => data_enrichment,
    "device_data" => device_data,
    "distance_data" => distance_data,
    "energy_data" => energy_data,
    "heart_rate_data" => heart_rate_data,
    "lap_data" => lap_data,
    "MET_data" => met_data,
    "metadata" => metadata,
    "movement_data" => movement_data,
    "oxygen_data" => oxygen_data,
    "polyline_map_data" => polyline_map_data,
    "position_data" => position_data,
    "power_data" => power_data,
    "strain_data" => strain_data,
    "TSS_data" => tss_data,
    "work_data" => work_data,
});

/// Profile information the provider holds about the user.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Athlete {
    /// Age.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Bio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Sex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Date of birth. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<DateString>,
    /// First name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Gender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Account creation date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_creation_date: Option<DateString>,
    /// Provider user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_user_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Athlete {
    "age" => age,
    "country" => country,
    "bio" => bio,
    "state" => state,
    "last_name" => last_name,
    "sex" => sex,
    "city" => city,
    "email" => email,
    "date_of_birth" => date_of_birth,
    "first_name" => first_name,
    "gender" => gender,
    "account_creation_date" => account_creation_date,
    "provider_user_id" => provider_user_id,
});

/// Response body of the athlete endpoint: the athlete profile with its connection.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AthleteCollection {
    /// Athlete. See [`Athlete`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub athlete: Option<Athlete>,
    /// Type or kind of the record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AthleteCollection {
    "athlete" => athlete,
    "type" => r#type,
    "user" => user,
});

/// Body measurements for one day (weight, blood pressure, glucose, temperature, heart metrics, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Body {
    /// Blood pressure data. See [`BloodPressureData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blood_pressure_data: Option<BloodPressureData>,
    /// Device data. See [`DeviceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Heart data. See [`HeartData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heart_data: Option<HeartData>,
    /// Hydration data. See [`HydrationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hydration_data: Option<HydrationData>,
    /// Ketone data. See [`KetoneData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ketone_data: Option<KetoneData>,
    /// Measurements data. See [`MeasurementsData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurements_data: Option<MeasurementsData>,
    /// Identifiers and time window of the record. See [`BodyMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BodyMetadata>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Temperature data. See [`TemperatureData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature_data: Option<TemperatureData>,
    /// Glucose data. See [`GlucoseData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glucose_data: Option<GlucoseData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Body {
    "blood_pressure_data" => blood_pressure_data,
    "device_data" => device_data,
    "heart_data" => heart_data,
    "hydration_data" => hydration_data,
    "ketone_data" => ketone_data,
    "measurements_data" => measurements_data,
    "metadata" => metadata,
    "oxygen_data" => oxygen_data,
    "temperature_data" => temperature_data,
    "glucose_data" => glucose_data,
});

/// Totals and summaries for one day of a user's activity (steps, calories, heart rate, stress, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Daily {
    /// Active durations data. See [`ActiveDurationsData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_durations_data: Option<ActiveDurationsData>,
    /// Calories data. See [`CaloriesData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calories_data: Option<CaloriesData>,
    /// Data enrichment. See [`DailyDataEnrichment`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<DailyDataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Distance data. See [`DailyDistanceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_data: Option<DailyDistanceData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// MET data. See [`METData`].
    #[serde(rename = "MET_data", skip_serializing_if = "Option::is_none")]
    pub met_data: Option<METData>,
    /// Identifiers and time window of the record. See [`DailyMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<DailyMetadata>,
    /// Oxygen data. See [`OxygenData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxygen_data: Option<OxygenData>,
    /// Scores. See [`ScoresData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scores: Option<ScoresData>,
    /// Strain data. See [`StrainData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strain_data: Option<StrainData>,
    /// Stress data. See [`StressData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stress_data: Option<StressData>,
    /// Tag data. See [`TagData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_data: Option<TagData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Daily {
    "active_durations_data" => active_durations_data,
    "calories_data" => calories_data,
    "data_enrichment" => data_enrichment,
    "device_data" => device_data,
    "distance_data" => distance_data,
    "heart_rate_data" => heart_rate_data,
    "MET_data" => met_data,
    "metadata" => metadata,
    "oxygen_data" => oxygen_data,
    "scores" => scores,
    "strain_data" => strain_data,
    "stress_data" => stress_data,
    "tag_data" => tag_data,
});

/// Menstrual cycle data for one day or cycle.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Menstruation {
    /// Identifiers and time window of the record. See [`MenstruationMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<MenstruationMetadata>,
    /// Menstruation data. See [`MenstruationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub menstruation_data: Option<MenstruationData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Menstruation {
    "metadata" => metadata,
    "menstruation_data" => menstruation_data,
});

/// One hormone test result (for example from an at-home fertility test).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HormoneSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// LH, in milli-international units per millilitre.
    #[serde(rename = "lh_mIU_per_ml", skip_serializing_if = "OptF64::is_none")]
    pub lh_miu_per_ml: OptF64,
    /// E3G, in nanograms per millilitre.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub e3g_ng_per_ml: OptF64,
    /// PdG ug per, in millilitres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pdg_ug_per_ml: OptF64,
    /// HCG, in milli-international units per millilitre.
    #[serde(rename = "hcg_mIU_per_ml", skip_serializing_if = "OptF64::is_none")]
    pub hcg_miu_per_ml: OptF64,
    /// FSH, in milli-international units per millilitre.
    #[serde(rename = "fsh_mIU_per_ml", skip_serializing_if = "OptF64::is_none")]
    pub fsh_miu_per_ml: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HormoneSample {
    "timestamp" => timestamp,
    "lh_mIU_per_ml" => lh_miu_per_ml,
    "e3g_ng_per_ml" => e3g_ng_per_ml,
    "pdg_ug_per_ml" => pdg_ug_per_ml,
    "hcg_mIU_per_ml" => hcg_miu_per_ml,
    "fsh_mIU_per_ml" => fsh_miu_per_ml,
});

/// A provider connection as listed by the connections API.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Connection {
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// When the object was created. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The data provider, in upper case (for example `GARMIN`).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Last polled at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_polled_at: Option<Timestamp>,
    /// Last updated at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_updated_at: Option<Timestamp>,
    /// Most recent data at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub most_recent_data_at: Option<Timestamp>,
    /// Permissions the user granted. A list; each item: A comma-separated list; `scopes_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<List<String>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Connection {
    "id" => id,
    "reference_id" => reference_id,
    "created_at" => created_at,
    "provider" => provider,
    "last_polled_at" => last_polled_at,
    "last_updated_at" => last_updated_at,
    "most_recent_data_at" => most_recent_data_at,
    "scopes" => scopes,
});

/// Nutrition logged for one day: meals, drinks and daily macro and micro totals.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Nutrition {
    /// Drink samples. A list of [`DrinkSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drink_samples: Option<List<DrinkSample>>,
    /// Meals. A list of [`Meal`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meals: Option<List<Meal>>,
    /// Identifiers and time window of the record. See [`NutritionMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<NutritionMetadata>,
    /// Summary. See [`NutritionSummary`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<NutritionSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Nutrition {
    "drink_samples" => drink_samples,
    "meals" => meals,
    "metadata" => metadata,
    "summary" => summary,
});

/// One sleep session: durations per stage, heart rate, breathing and readiness figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Sleep {
    /// Data enrichment. See [`SleepDataEnrichment`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_enrichment: Option<SleepDataEnrichment>,
    /// Device data. See [`DeviceData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_data: Option<DeviceData>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Identifiers and time window of the record. See [`SleepMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<SleepMetadata>,
    /// Readiness data. See [`ReadinessData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_data: Option<ReadinessData>,
    /// Respiration data. See [`RespirationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respiration_data: Option<RespirationData>,
    /// Scores. See [`SleepScores`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scores: Option<SleepScores>,
    /// Sleep durations data. See [`SleepDurationsData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_durations_data: Option<SleepDurationsData>,
    /// Temperature data. See [`SleepTemperatureData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature_data: Option<SleepTemperatureData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Sleep {
    "data_enrichment" => data_enrichment,
    "device_data" => device_data,
    "heart_rate_data" => heart_rate_data,
    "metadata" => metadata,
    "readiness_data" => readiness_data,
    "respiration_data" => respiration_data,
    "scores" => scores,
    "sleep_durations_data" => sleep_durations_data,
    "temperature_data" => temperature_data,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IntegrationsResponse {
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Providers. A list of [`IntegrationProvider`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub providers: Option<List<IntegrationProvider>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(IntegrationsResponse {
    "status" => status,
    "providers" => providers,
});

/// One provider Terra can connect to, with the data types it offers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IntegrationProvider {
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Icon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Setup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup: Option<String>,
    /// Enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Types. See [`IntegrationProviderTypes`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<IntegrationProviderTypes>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(IntegrationProvider {
    "provider" => provider,
    "name" => name,
    "icon" => icon,
    "setup" => setup,
    "enabled" => enabled,
    "types" => types,
});

/// The `types` object inside [`IntegrationProvider`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IntegrationProviderTypes {
    /// Activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<bool>,
    /// Body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<bool>,
    /// Nutrition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nutrition: Option<bool>,
    /// Daily.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily: Option<bool>,
    /// Sleep.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep: Option<bool>,
    /// Menstruation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub menstruation: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(IntegrationProviderTypes {
    "activity" => activity,
    "body" => body,
    "nutrition" => nutrition,
    "daily" => daily,
    "sleep" => sleep,
    "menstruation" => menstruation,
});

/// Another name the spec uses for [`WebhookEventType`].
pub type WebhookEvents = WebhookEventType;

/// Response body of a lab report upload: the upload's id and status.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportUploadResponse {
    /// Upload ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportUploadResponse {
    "upload_id" => upload_id,
    "current_status" => current_status,
});

/// Response body: lab report reprocess response.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportReprocessResponse {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportReprocessResponse {
    "session_id" => session_id,
    "current_status" => current_status,
});

/// Response body listing lab report sessions.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportListResponse {
    /// Sessions. A list of [`LabReportSession`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<List<LabReportSession>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportListResponse {
    "sessions" => sessions,
});

/// One uploaded lab report and what was extracted from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportSession {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Upload ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Report type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_type: Option<String>,
    /// Current status.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// Uploaded at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uploaded_at: Option<Timestamp>,
    /// Updated at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Report date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<DateString>,
    /// Report time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_time: Option<String>,
    /// Collection date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection_date: Option<DateString>,
    /// Collection time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection_time: Option<String>,
    /// Report locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_locale: Option<String>,
    /// Lab name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lab_name: Option<String>,
    /// Patient age at collection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient_age_at_collection: Option<i64>,
    /// Patient sex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient_sex: Option<String>,
    /// Input, in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_bytes: Option<i64>,
    /// Results count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results_count: Option<i64>,
    /// Output, in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_bytes: Option<i64>,
    /// File count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_count: Option<i64>,
    /// Status history. A list of [`LabReportStatusEntry`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_history: Option<List<LabReportStatusEntry>>,
    /// Results. A list of [`LabReportResult`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<List<LabReportResult>>,
    /// Panels. A list of [`LabReportPanel`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panels: Option<List<LabReportPanel>>,
    /// Report notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportSession {
    "session_id" => session_id,
    "upload_id" => upload_id,
    "reference_id" => reference_id,
    "report_type" => report_type,
    "current_status" => current_status,
    "uploaded_at" => uploaded_at,
    "updated_at" => updated_at,
    "report_date" => report_date,
    "report_time" => report_time,
    "collection_date" => collection_date,
    "collection_time" => collection_time,
    "report_locale" => report_locale,
    "lab_name" => lab_name,
    "patient_age_at_collection" => patient_age_at_collection,
    "patient_sex" => patient_sex,
    "input_bytes" => input_bytes,
    "results_count" => results_count,
    "output_bytes" => output_bytes,
    "file_count" => file_count,
    "status_history" => status_history,
    "results" => results,
    "panels" => panels,
    "report_notes" => report_notes,
});

/// Lab report status entry (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportStatusEntry {
    /// Status word of the payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportStatusEntry {
    "status" => status,
    "timestamp" => timestamp,
    "note" => note,
});

/// Lab report panel (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportPanel {
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportPanel {
    "id" => id,
    "name" => name,
    "key" => key,
});

/// Lab report result (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportResult {
    /// Source. See [`LabReportResultSource`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LabReportResultSource>,
    /// Biomarker. See [`LabReportBiomarker`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub biomarker: Option<LabReportBiomarker>,
    /// Measurement. See [`LabReportMeasurement`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurement: Option<LabReportMeasurement>,
    /// Interpretation. See [`LabReportInterpretation`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<LabReportInterpretation>,
    /// Reference ranges. A list of [`LabReportReferenceRange`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_ranges: Option<List<LabReportReferenceRange>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportResult {
    "source" => source,
    "biomarker" => biomarker,
    "measurement" => measurement,
    "interpretation" => interpretation,
    "reference_ranges" => reference_ranges,
});

/// Lab report result source (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportResultSource {
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panel: Option<String>,
    /// Value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// Flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Reference text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_text: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportResultSource {
    "name" => name,
    "panel" => panel,
    "value" => value,
    "units" => units,
    "flag" => flag,
    "method" => method,
    "notes" => notes,
    "reference_text" => reference_text,
});

/// Lab report biomarker (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportBiomarker {
    /// Key.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// LOINC code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loinc_code: Option<String>,
    /// Panel ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panel_id: Option<i64>,
    /// Panel key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panel_key: Option<String>,
    /// Specimen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specimen: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportBiomarker {
    "key" => key,
    "display_name" => display_name,
    "loinc_code" => loinc_code,
    "panel_id" => panel_id,
    "panel_key" => panel_key,
    "specimen" => specimen,
});

/// Lab report measurement (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportMeasurement {
    /// Type or kind of the record.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Numeric.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub numeric: OptF64,
    /// Bounded. See [`LabReportBoundedValue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bounded: Option<LabReportBoundedValue>,
    /// Qualitative. See [`LabReportQualitativeValue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualitative: Option<LabReportQualitativeValue>,
    /// Text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Absent reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absent_reason: Option<String>,
    /// Units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// UCUM code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ucum_code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportMeasurement {
    "type" => r#type,
    "numeric" => numeric,
    "bounded" => bounded,
    "qualitative" => qualitative,
    "text" => text,
    "absent_reason" => absent_reason,
    "units" => units,
    "ucum_code" => ucum_code,
});

/// Lab report bounded value (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportBoundedValue {
    /// Operator.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportBoundedValue {
    "operator" => operator,
    "value" => value,
});

/// Lab report qualitative value (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportQualitativeValue {
    /// Text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportQualitativeValue {
    "text" => text,
    "code" => code,
});

/// Lab report interpretation (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportInterpretation {
    /// Flag.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Flag raw.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag_raw: Option<String>,
    /// Source.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Applied range. See [`LabReportAppliedRange`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_range: Option<LabReportAppliedRange>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportInterpretation {
    "flag" => flag,
    "flag_raw" => flag_raw,
    "source" => source,
    "applied_range" => applied_range,
});

/// Lab report applied range (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportAppliedRange {
    /// Lower.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub lower: OptF64,
    /// Upper.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub upper: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportAppliedRange {
    "lower" => lower,
    "upper" => upper,
});

/// Lab report reference range (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportReferenceRange {
    /// Lower.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub lower: OptF64,
    /// Upper.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub upper: OptF64,
    /// Type or kind of the record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Context. See [`LabReportRangeContext`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<LabReportRangeContext>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportReferenceRange {
    "lower" => lower,
    "upper" => upper,
    "type" => r#type,
    "context" => context,
});

/// Lab report range context (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportRangeContext {
    /// Sex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// Age lower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_lower: Option<i64>,
    /// Age upper.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_upper: Option<i64>,
    /// Pregnancy status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pregnancy_status: Option<String>,
    /// Gestational week lower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gestational_week_lower: Option<i64>,
    /// Gestational week upper.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gestational_week_upper: Option<i64>,
    /// Cycle phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycle_phase: Option<String>,
    /// Reference population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_population: Option<String>,
    /// Modifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifiers: Option<List<String>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportRangeContext {
    "sex" => sex,
    "age_lower" => age_lower,
    "age_upper" => age_upper,
    "pregnancy_status" => pregnancy_status,
    "gestational_week_lower" => gestational_week_lower,
    "gestational_week_upper" => gestational_week_upper,
    "cycle_phase" => cycle_phase,
    "reference_population" => reference_population,
    "modifiers" => modifiers,
});

/// Response body listing the webhook deliveries of a lab report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportDeliveriesResponse {
    /// Deliveries. A list of [`LabReportDelivery`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deliveries: Option<List<LabReportDelivery>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportDeliveriesResponse {
    "deliveries" => deliveries,
});

/// Lab report delivery (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportDelivery {
    /// Destination ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_id: Option<String>,
    /// Destination type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_type: Option<String>,
    /// Status word of the payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Attempt count.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempt_count: Option<i64>,
    /// Last error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportDelivery {
    "destination_id" => destination_id,
    "destination_type" => destination_type,
    "status" => status,
    "attempt_count" => attempt_count,
    "last_error" => last_error,
});

/// Response body with temporary download links for a lab report's files.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportFilesResponse {
    /// Files. A list of [`LabReportFile`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<List<LabReportFile>>,
    /// Thumbnail. See [`LabReportFile`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<LabReportFile>,
    /// Expires at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportFilesResponse {
    "files" => files,
    "thumbnail" => thumbnail,
    "expires_at" => expires_at,
});

/// Response body: lab report artifacts response.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportArtifactsResponse {
    /// Artifacts. A list of [`LabReportFile`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifacts: Option<List<LabReportFile>>,
    /// Expires at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportArtifactsResponse {
    "artifacts" => artifacts,
    "expires_at" => expires_at,
});

/// Lab report file (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportFile {
    /// Filename.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Presigned URL.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presigned_url: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportFile {
    "filename" => filename,
    "presigned_url" => presigned_url,
});

/// A connection between one end user and one provider, as Terra identifies it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TerraUser {
    /// Terra's identifier of the connection (a UUID).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// When the object was created. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// When Terra last sent a webhook for this connection. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_webhook_update: Option<Timestamp>,
    /// Permissions the user granted. A comma-separated list; `scopes_list()` splits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Whether the connection is currently active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TerraUser {
    "user_id" => user_id,
    "provider" => provider,
    "created_at" => created_at,
    "last_webhook_update" => last_webhook_update,
    "scopes" => scopes,
    "reference_id" => reference_id,
    "active" => active,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActivityLevelSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Activity level. Integer code; see [`ActivityLevel`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_level: Option<ActivityLevel>,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ActivityLevelSample {
    "timestamp" => timestamp,
    "activity_level" => activity_level,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// The active durations part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActiveDurationsData {
    /// Activity levels samples. A list of [`ActivityLevelSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity_levels_samples: Option<List<ActivityLevelSample>>,
    /// Activity, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub activity_seconds: OptF64,
    /// Inactivity, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub inactivity_seconds: OptF64,
    /// Low intensity, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub low_intensity_seconds: OptF64,
    /// Moderate intensity, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub moderate_intensity_seconds: OptF64,
    /// Number of continuous inactive periods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_continuous_inactive_periods: Option<i64>,
    /// Rest, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub rest_seconds: OptF64,
    /// Vigorous intensity, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub vigorous_intensity_seconds: OptF64,
    /// Standing hours count.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub standing_hours_count: OptF64,
    /// Standing, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub standing_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ActiveDurationsData {
    "activity_levels_samples" => activity_levels_samples,
    "activity_seconds" => activity_seconds,
    "inactivity_seconds" => inactivity_seconds,
    "low_intensity_seconds" => low_intensity_seconds,
    "moderate_intensity_seconds" => moderate_intensity_seconds,
    "num_continuous_inactive_periods" => num_continuous_inactive_periods,
    "rest_seconds" => rest_seconds,
    "vigorous_intensity_seconds" => vigorous_intensity_seconds,
    "standing_hours_count" => standing_hours_count,
    "standing_seconds" => standing_seconds,
});

/// One calorie sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CalorieSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Calories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub calories: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(CalorieSample {
    "timestamp" => timestamp,
    "calories" => calories,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// The calories part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CaloriesData {
    /// BMR, in kilocalories.
    #[serde(rename = "BMR_calories", skip_serializing_if = "OptF64::is_none")]
    pub bmr_calories: OptF64,
    /// Calorie samples. A list of [`CalorieSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calorie_samples: Option<List<CalorieSample>>,
    /// Net activity, in kilocalories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub net_activity_calories: OptF64,
    /// Net intake, in kilocalories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub net_intake_calories: OptF64,
    /// Total burned, in kilocalories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub total_burned_calories: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(CaloriesData {
    "BMR_calories" => bmr_calories,
    "calorie_samples" => calorie_samples,
    "net_activity_calories" => net_activity_calories,
    "net_intake_calories" => net_intake_calories,
    "total_burned_calories" => total_burned_calories,
});

/// A map from names to numeric values.
pub type RecordFloat = std::collections::BTreeMap<String, f64>;

/// Data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DataEnrichment {
    /// Efficiency score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub efficiency_score: OptF64,
    /// Efficiency contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub efficiency_contributors: Option<RecordFloat>,
    /// Strain score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub strain_score: OptF64,
    /// Strain contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strain_contributors: Option<RecordFloat>,
    /// RCRS score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub rcrs_score: OptF64,
    /// RCRS contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcrs_contributors: Option<RecordFloat>,
    /// TRIMP score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub trimp_score: OptF64,
    /// TRIMP contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trimp_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DataEnrichment {
    "efficiency_score" => efficiency_score,
    "efficiency_contributors" => efficiency_contributors,
    "strain_score" => strain_score,
    "strain_contributors" => strain_contributors,
    "rcrs_score" => rcrs_score,
    "rcrs_contributors" => rcrs_contributors,
    "trimp_score" => trimp_score,
    "trimp_contributors" => trimp_contributors,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OtherDeviceData {
    /// Manufacturer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// Hardware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hardware_version: Option<String>,
    /// Serial number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Software version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// Data provided. A list; each item: See [`DeviceDataType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_provided: Option<List<DeviceDataType>>,
    /// Last upload date. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_upload_date: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(OtherDeviceData {
    "manufacturer" => manufacturer,
    "hardware_version" => hardware_version,
    "serial_number" => serial_number,
    "name" => name,
    "software_version" => software_version,
    "data_provided" => data_provided,
    "last_upload_date" => last_upload_date,
});

/// The device part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DeviceData {
    /// Activation timestamp. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activation_timestamp: Option<Timestamp>,
    /// Data provided. A list; each item: See [`DeviceDataType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_provided: Option<List<DeviceDataType>>,
    /// Hardware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hardware_version: Option<String>,
    /// Last upload date. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_upload_date: Option<Timestamp>,
    /// Manufacturer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other devices. A list of [`OtherDeviceData`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_devices: Option<List<OtherDeviceData>>,
    /// Serial number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Software version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub software_version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DeviceData {
    "activation_timestamp" => activation_timestamp,
    "data_provided" => data_provided,
    "hardware_version" => hardware_version,
    "last_upload_date" => last_upload_date,
    "manufacturer" => manufacturer,
    "name" => name,
    "other_devices" => other_devices,
    "serial_number" => serial_number,
    "software_version" => software_version,
});

/// One distance sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DistanceSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub distance_meters: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DistanceSample {
    "timestamp" => timestamp,
    "distance_meters" => distance_meters,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// One elevation sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ElevationSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Elevation, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub elev_meters: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ElevationSample {
    "timestamp" => timestamp,
    "elev_meters" => elev_meters,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// One floors climbed sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FloorsClimbedSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Floors climbed.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub floors_climbed: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(FloorsClimbedSample {
    "timestamp" => timestamp,
    "floors_climbed" => floors_climbed,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// One step sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StepSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Steps.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub steps: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StepSample {
    "timestamp" => timestamp,
    "steps" => steps,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// Distance data detailed (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DistanceDataDetailed {
    /// Distance samples. A list of [`DistanceSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_samples: Option<List<DistanceSample>>,
    /// Elevation samples. A list of [`ElevationSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elevation_samples: Option<List<ElevationSample>>,
    /// Floors climbed samples. A list of [`FloorsClimbedSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floors_climbed_samples: Option<List<FloorsClimbedSample>>,
    /// Step samples. A list of [`StepSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_samples: Option<List<StepSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DistanceDataDetailed {
    "distance_samples" => distance_samples,
    "elevation_samples" => elevation_samples,
    "floors_climbed_samples" => floors_climbed_samples,
    "step_samples" => step_samples,
});

/// The elevation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ElevationData {
    /// Average, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_meters: OptF64,
    /// Gain actual, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub gain_actual_meters: OptF64,
    /// Gain planned, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub gain_planned_meters: OptF64,
    /// Loss actual, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub loss_actual_meters: OptF64,
    /// Maximum, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_meters: OptF64,
    /// Minimum, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub min_meters: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ElevationData {
    "avg_meters" => avg_meters,
    "gain_actual_meters" => gain_actual_meters,
    "gain_planned_meters" => gain_planned_meters,
    "loss_actual_meters" => loss_actual_meters,
    "max_meters" => max_meters,
    "min_meters" => min_meters,
});

/// The swimming part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SwimmingData {
    /// Number of laps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_laps: Option<i64>,
    /// Number of strokes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_strokes: Option<i64>,
    /// Pool length, in metres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_length_meters: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SwimmingData {
    "num_laps" => num_laps,
    "num_strokes" => num_strokes,
    "pool_length_meters" => pool_length_meters,
});

/// Distance data summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DistanceDataSummary {
    /// Distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub distance_meters: OptF64,
    /// Elevation. See [`ElevationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elevation: Option<ElevationData>,
    /// Floors climbed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floors_climbed: Option<i64>,
    /// Steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<i64>,
    /// Swimming. See [`SwimmingData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimmingData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DistanceDataSummary {
    "distance_meters" => distance_meters,
    "elevation" => elevation,
    "floors_climbed" => floors_climbed,
    "steps" => steps,
    "swimming" => swimming,
});

/// The distance part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DistanceData {
    /// Detailed. See [`DistanceDataDetailed`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed: Option<DistanceDataDetailed>,
    /// Summary. See [`DistanceDataSummary`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistanceDataSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DistanceData {
    "detailed" => detailed,
    "summary" => summary,
});

/// The energy part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EnergyData {
    /// Energy, in kilojoules.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub energy_kilojoules: OptF64,
    /// Energy planned, in kilojoules.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub energy_planned_kilojoules: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(EnergyData {
    "energy_kilojoules" => energy_kilojoules,
    "energy_planned_kilojoules" => energy_planned_kilojoules,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateDataSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub bpm: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Context. Integer code; see [`HeartRateContext`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<HeartRateContext>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateDataSample {
    "timestamp" => timestamp,
    "bpm" => bpm,
    "timer_duration_seconds" => timer_duration_seconds,
    "context" => context,
});

/// Heart rate variability data sample RMSSD (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateVariabilityDataSampleRMSSD {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate variability RMSSD.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hrv_rmssd: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateVariabilityDataSampleRMSSD {
    "timestamp" => timestamp,
    "hrv_rmssd" => hrv_rmssd,
});

/// Heart rate variability data sample SDNN (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateVariabilityDataSampleSDNN {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate variability SDNN.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hrv_sdnn: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateVariabilityDataSampleSDNN {
    "timestamp" => timestamp,
    "hrv_sdnn" => hrv_sdnn,
});

/// Heart rate data detailed (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateDataDetailed {
    /// Heart rate samples. A list of [`HeartRateDataSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hr_samples: Option<List<HeartRateDataSample>>,
    /// Heart rate variability samples RMSSD. A list of [`HeartRateVariabilityDataSampleRMSSD`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hrv_samples_rmssd: Option<List<HeartRateVariabilityDataSampleRMSSD>>,
    /// Heart rate variability samples SDNN. A list of [`HeartRateVariabilityDataSampleSDNN`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hrv_samples_sdnn: Option<List<HeartRateVariabilityDataSampleSDNN>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateDataDetailed {
    "hr_samples" => hr_samples,
    "hrv_samples_rmssd" => hrv_samples_rmssd,
    "hrv_samples_sdnn" => hrv_samples_sdnn,
});

/// The heart rate zone part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateZoneData {
    /// Zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<i64>,
    /// Start, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub start_percentage: OptF64,
    /// End, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub end_percentage: OptF64,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateZoneData {
    "zone" => zone,
    "start_percentage" => start_percentage,
    "end_percentage" => end_percentage,
    "name" => name,
    "duration_seconds" => duration_seconds,
});

/// Heart rate data summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateDataSummary {
    /// Average heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_hr_bpm: OptF64,
    /// Average heart rate variability RMSSD.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_hrv_rmssd: OptF64,
    /// Average heart rate variability SDNN.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_hrv_sdnn: OptF64,
    /// Heart rate zone data. A list of [`HeartRateZoneData`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hr_zone_data: Option<List<HeartRateZoneData>>,
    /// Maximum heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_hr_bpm: OptF64,
    /// Minimum heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub min_hr_bpm: OptF64,
    /// Resting heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub resting_hr_bpm: OptF64,
    /// User maximum heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub user_max_hr_bpm: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateDataSummary {
    "avg_hr_bpm" => avg_hr_bpm,
    "avg_hrv_rmssd" => avg_hrv_rmssd,
    "avg_hrv_sdnn" => avg_hrv_sdnn,
    "hr_zone_data" => hr_zone_data,
    "max_hr_bpm" => max_hr_bpm,
    "min_hr_bpm" => min_hr_bpm,
    "resting_hr_bpm" => resting_hr_bpm,
    "user_max_hr_bpm" => user_max_hr_bpm,
});

/// The heart rate part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartRateData {
    /// Detailed. See [`HeartRateDataDetailed`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed: Option<HeartRateDataDetailed>,
    /// Summary. See [`HeartRateDataSummary`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<HeartRateDataSummary>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartRateData {
    "detailed" => detailed,
    "summary" => summary,
});

/// One lap sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LapSample {
    /// Calories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub calories: OptF64,
    /// Average heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_hr_bpm: OptF64,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Average speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_speed_meters_per_second: OptF64,
    /// Distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub distance_meters: OptF64,
    /// Total strokes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_strokes: Option<i64>,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Stroke type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stroke_type: Option<String>,
    /// Average, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_watts: OptF64,
    /// Active duration, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_duration_seconds: Option<i64>,
    /// Trigger method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger_method: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LapSample {
    "calories" => calories,
    "avg_hr_bpm" => avg_hr_bpm,
    "start_time" => start_time,
    "avg_speed_meters_per_second" => avg_speed_meters_per_second,
    "distance_meters" => distance_meters,
    "total_strokes" => total_strokes,
    "end_time" => end_time,
    "stroke_type" => stroke_type,
    "avg_watts" => avg_watts,
    "active_duration_seconds" => active_duration_seconds,
    "trigger_method" => trigger_method,
});

/// The lap part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LapData {
    /// Laps. A list of [`LapSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laps: Option<List<LapSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LapData {
    "laps" => laps,
});

/// One MET sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct METSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(METSample {
    "timestamp" => timestamp,
    "level" => level,
});

/// The MET part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct METData {
    /// MET samples. A list of [`METSample`] items.
    #[serde(rename = "MET_samples", skip_serializing_if = "Option::is_none")]
    pub met_samples: Option<List<METSample>>,
    /// Average level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_level: OptF64,
    /// Number of high intensity, in minutes.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub num_high_intensity_minutes: OptF64,
    /// Number of inactive, in minutes.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub num_inactive_minutes: OptF64,
    /// Number of low intensity, in minutes.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub num_low_intensity_minutes: OptF64,
    /// Number of moderate intensity, in minutes.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub num_moderate_intensity_minutes: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(METData {
    "MET_samples" => met_samples,
    "avg_level" => avg_level,
    "num_high_intensity_minutes" => num_high_intensity_minutes,
    "num_inactive_minutes" => num_inactive_minutes,
    "num_low_intensity_minutes" => num_low_intensity_minutes,
    "num_moderate_intensity_minutes" => num_moderate_intensity_minutes,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActivityMetadata {
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Identifier of the record at the provider.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Type or kind of the record. Integer code; see [`ActivityType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ActivityType>,
    /// Upload type. Integer code; see [`UploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<UploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ActivityMetadata {
    "city" => city,
    "country" => country,
    "end_time" => end_time,
    "name" => name,
    "start_time" => start_time,
    "state" => state,
    "summary_id" => summary_id,
    "timestamp_localization" => timestamp_localization,
    "type" => r#type,
    "upload_type" => upload_type,
});

/// One cadence sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CadenceSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Cadence, in revolutions per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cadence_rpm: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(CadenceSample {
    "timestamp" => timestamp,
    "cadence_rpm" => cadence_rpm,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// One speed sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SpeedSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_meters_per_second: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SpeedSample {
    "timestamp" => timestamp,
    "speed_meters_per_second" => speed_meters_per_second,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// One torque sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TorqueSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Torque, in newton metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub torque_newton_meters: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TorqueSample {
    "timestamp" => timestamp,
    "timer_duration_seconds" => timer_duration_seconds,
    "torque_newton_meters" => torque_newton_meters,
});

/// The movement part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MovementData {
    /// Adjusted maximum speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub adjusted_max_speed_meters_per_second: OptF64,
    /// Average cadence, in revolutions per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_cadence_rpm: OptF64,
    /// Average pace, in minutes per kilometre.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_pace_minutes_per_kilometer: OptF64,
    /// Average speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_speed_meters_per_second: OptF64,
    /// Average torque, in newton metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_torque_newton_meters: OptF64,
    /// Average velocity, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_velocity_meters_per_second: OptF64,
    /// Cadence samples. A list of [`CadenceSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence_samples: Option<List<CadenceSample>>,
    /// Maximum cadence, in revolutions per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_cadence_rpm: OptF64,
    /// Maximum pace, in minutes per kilometre.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_pace_minutes_per_kilometer: OptF64,
    /// Maximum speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_speed_meters_per_second: OptF64,
    /// Maximum torque, in newton metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_torque_newton_meters: OptF64,
    /// Maximum velocity, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_velocity_meters_per_second: OptF64,
    /// Normalized speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub normalized_speed_meters_per_second: OptF64,
    /// Speed samples. A list of [`SpeedSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed_samples: Option<List<SpeedSample>>,
    /// Torque samples. A list of [`TorqueSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub torque_samples: Option<List<TorqueSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MovementData {
    "adjusted_max_speed_meters_per_second" => adjusted_max_speed_meters_per_second,
    "avg_cadence_rpm" => avg_cadence_rpm,
    "avg_pace_minutes_per_kilometer" => avg_pace_minutes_per_kilometer,
    "avg_speed_meters_per_second" => avg_speed_meters_per_second,
    "avg_torque_newton_meters" => avg_torque_newton_meters,
    "avg_velocity_meters_per_second" => avg_velocity_meters_per_second,
    "cadence_samples" => cadence_samples,
    "max_cadence_rpm" => max_cadence_rpm,
    "max_pace_minutes_per_kilometer" => max_pace_minutes_per_kilometer,
    "max_speed_meters_per_second" => max_speed_meters_per_second,
    "max_torque_newton_meters" => max_torque_newton_meters,
    "max_velocity_meters_per_second" => max_velocity_meters_per_second,
    "normalized_speed_meters_per_second" => normalized_speed_meters_per_second,
    "speed_samples" => speed_samples,
    "torque_samples" => torque_samples,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OxygenSaturationSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Percentage.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentage: OptF64,
    /// Type or kind of the record. Integer code; see [`OxygenSaturationType`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OxygenSaturationType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(OxygenSaturationSample {
    "timestamp" => timestamp,
    "percentage" => percentage,
    "type" => r#type,
});

/// One vo2 max sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Vo2MaxSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// VO2max, in millilitres per minute per kilogram.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub vo2max_ml_per_min_per_kg: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Vo2MaxSample {
    "timestamp" => timestamp,
    "vo2max_ml_per_min_per_kg" => vo2max_ml_per_min_per_kg,
});

/// The oxygen part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OxygenData {
    /// Average saturation, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_saturation_percentage: OptF64,
    /// Saturation samples. A list of [`OxygenSaturationSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturation_samples: Option<List<OxygenSaturationSample>>,
    /// VO2 samples. A list of [`Vo2MaxSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vo2_samples: Option<List<Vo2MaxSample>>,
    /// VO2max, in millilitres per minute per kilogram.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub vo2max_ml_per_min_per_kg: OptF64,
    /// Day average VO2max, in millilitres per minute per kilogram.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_vo2max_ml_per_min_per_kg: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(OxygenData {
    "avg_saturation_percentage" => avg_saturation_percentage,
    "saturation_samples" => saturation_samples,
    "vo2_samples" => vo2_samples,
    "vo2max_ml_per_min_per_kg" => vo2max_ml_per_min_per_kg,
    "day_avg_vo2max_ml_per_min_per_kg" => day_avg_vo2max_ml_per_min_per_kg,
});

/// The polyline map part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PolylineMapData {
    /// Summary polyline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_polyline: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PolylineMapData {
    "summary_polyline" => summary_polyline,
});

/// One position sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PositionSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Coords latitude longitude, in degrees. Latitude then longitude, each a number or null; see [`LatLng`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coords_lat_lng_deg: Option<LatLng>,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PositionSample {
    "timestamp" => timestamp,
    "coords_lat_lng_deg" => coords_lat_lng_deg,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// The position part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PositionData {
    /// Center position latitude longitude, in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub center_pos_lat_lng_deg: Option<List<f64>>,
    /// End position latitude longitude, in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_pos_lat_lng_deg: Option<List<f64>>,
    /// Position samples. A list of [`PositionSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position_samples: Option<List<PositionSample>>,
    /// Start position latitude longitude, in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_pos_lat_lng_deg: Option<List<f64>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PositionData {
    "center_pos_lat_lng_deg" => center_pos_lat_lng_deg,
    "end_pos_lat_lng_deg" => end_pos_lat_lng_deg,
    "position_samples" => position_samples,
    "start_pos_lat_lng_deg" => start_pos_lat_lng_deg,
});

/// One power sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PowerSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub watts: OptF64,
    /// Timer duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub timer_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PowerSample {
    "timestamp" => timestamp,
    "watts" => watts,
    "timer_duration_seconds" => timer_duration_seconds,
});

/// The power part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PowerData {
    /// Average, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_watts: OptF64,
    /// Maximum, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_watts: OptF64,
    /// Power samples. A list of [`PowerSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub power_samples: Option<List<PowerSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PowerData {
    "avg_watts" => avg_watts,
    "max_watts" => max_watts,
    "power_samples" => power_samples,
});

/// The strain part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StrainData {
    /// Strain level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub strain_level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StrainData {
    "strain_level" => strain_level,
});

/// One TSS sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TSSSample {
    /// Planned.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub planned: OptF64,
    /// Actual.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub actual: OptF64,
    /// Method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Intensity factor planned.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub intensity_factor_planned: OptF64,
    /// Intensity factor actual.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub intensity_factor_actual: OptF64,
    /// Normalized power, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub normalized_power_watts: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TSSSample {
    "planned" => planned,
    "actual" => actual,
    "method" => method,
    "intensity_factor_planned" => intensity_factor_planned,
    "intensity_factor_actual" => intensity_factor_actual,
    "normalized_power_watts" => normalized_power_watts,
});

/// The TSS part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TSSData {
    /// TSS samples. A list of [`TSSSample`] items.
    #[serde(rename = "TSS_samples", skip_serializing_if = "Option::is_none")]
    pub tss_samples: Option<List<TSSSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TSSData {
    "TSS_samples" => tss_samples,
});

/// The work part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WorkData {
    /// Work, in kilojoules.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub work_kilojoules: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(WorkData {
    "work_kilojoules" => work_kilojoules,
});

/// One blood pressure sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BloodPressureSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Diastolic blood pressure.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub diastolic_bp: OptF64,
    /// Systolic blood pressure.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub systolic_bp: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BloodPressureSample {
    "timestamp" => timestamp,
    "diastolic_bp" => diastolic_bp,
    "systolic_bp" => systolic_bp,
});

/// The blood pressure part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BloodPressureData {
    /// Blood pressure samples. A list of [`BloodPressureSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blood_pressure_samples: Option<List<BloodPressureSample>>,
    /// Day average systolic blood pressure.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_systolic_bp: OptF64,
    /// Day average diastolic blood pressure.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_diastolic_bp: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BloodPressureData {
    "blood_pressure_samples" => blood_pressure_samples,
    "day_avg_systolic_bp" => day_avg_systolic_bp,
    "day_avg_diastolic_bp" => day_avg_diastolic_bp,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AFibClassificationSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// AFib classification. Integer code; see [`AFibFlag`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afib_classification: Option<AFibFlag>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AFibClassificationSample {
    "timestamp" => timestamp,
    "afib_classification" => afib_classification,
});

/// One raw ECG sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RawECGSample {
    /// Potential, in microvolts.
    #[serde(rename = "potential_uV", skip_serializing_if = "OptF64::is_none")]
    pub potential_uv: OptF64,
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(RawECGSample {
    "potential_uV" => potential_uv,
    "timestamp" => timestamp,
});

/// ECG reading (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ECGReading {
    /// Start timestamp. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_timestamp: Option<Timestamp>,
    /// Average heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_hr_bpm: OptF64,
    /// AFib classification. Integer code; see [`AFibFlag`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afib_classification: Option<AFibFlag>,
    /// Raw signal. A list of [`RawECGSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_signal: Option<List<RawECGSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ECGReading {
    "start_timestamp" => start_timestamp,
    "avg_hr_bpm" => avg_hr_bpm,
    "afib_classification" => afib_classification,
    "raw_signal" => raw_signal,
});

/// One pulse velocity sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PulseVelocitySample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Pulse wave velocity, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pulse_wave_velocity_meters_per_second: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PulseVelocitySample {
    "timestamp" => timestamp,
    "pulse_wave_velocity_meters_per_second" => pulse_wave_velocity_meters_per_second,
});

/// One RR interval sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RRIntervalSample {
    /// RR interval, in milliseconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub rr_interval_ms: OptF64,
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Heart rate, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_bpm: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(RRIntervalSample {
    "rr_interval_ms" => rr_interval_ms,
    "timestamp" => timestamp,
    "hr_bpm" => hr_bpm,
});

/// The heart part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeartData {
    /// AFib classification samples. A list of [`AFibClassificationSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afib_classification_samples: Option<List<AFibClassificationSample>>,
    /// ECG signal. A list of [`ECGReading`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecg_signal: Option<List<ECGReading>>,
    /// Heart rate data. See [`HeartRateData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heart_rate_data: Option<HeartRateData>,
    /// Pulse wave velocity samples. A list of [`PulseVelocitySample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pulse_wave_velocity_samples: Option<List<PulseVelocitySample>>,
    /// RR interval samples. A list of [`RRIntervalSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rr_interval_samples: Option<List<RRIntervalSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HeartData {
    "afib_classification_samples" => afib_classification_samples,
    "ecg_signal" => ecg_signal,
    "heart_rate_data" => heart_rate_data,
    "pulse_wave_velocity_samples" => pulse_wave_velocity_samples,
    "rr_interval_samples" => rr_interval_samples,
});

/// One hydration measurement sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HydrationMeasurementSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Hydration, in kilograms.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hydration_kg: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HydrationMeasurementSample {
    "timestamp" => timestamp,
    "hydration_kg" => hydration_kg,
});

/// The hydration part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HydrationData {
    /// Day total water consumption, in millilitres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_total_water_consumption_ml: OptF64,
    /// Hydration amount samples. A list of [`HydrationMeasurementSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hydration_amount_samples: Option<List<HydrationMeasurementSample>>,
    /// Day average hydration, in kilograms.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_hydration_kg: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HydrationData {
    "day_total_water_consumption_ml" => day_total_water_consumption_ml,
    "hydration_amount_samples" => hydration_amount_samples,
    "day_avg_hydration_kg" => day_avg_hydration_kg,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct KetoneSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Ketone, in milligrams per decilitre.
    #[serde(rename = "ketone_mg_per_dL", skip_serializing_if = "OptF64::is_none")]
    pub ketone_mg_per_dl: OptF64,
    /// Sample type. Integer code; see [`KetoneSampleType`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_type: Option<KetoneSampleType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(KetoneSample {
    "timestamp" => timestamp,
    "ketone_mg_per_dL" => ketone_mg_per_dl,
    "sample_type" => sample_type,
});

/// The ketone part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct KetoneData {
    /// Ketone samples. A list of [`KetoneSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ketone_samples: Option<List<KetoneSample>>,
    /// Day average ketone, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_ketone_mg_per_dL",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub day_avg_ketone_mg_per_dl: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(KetoneData {
    "ketone_samples" => ketone_samples,
    "day_avg_ketone_mg_per_dL" => day_avg_ketone_mg_per_dl,
});

/// One measurement data sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MeasurementDataSample {
    /// Measurement time. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurement_time: Option<Timestamp>,
    /// BMI.
    #[serde(rename = "BMI", skip_serializing_if = "OptF64::is_none")]
    pub bmi: OptF64,
    /// BMR.
    #[serde(rename = "BMR", skip_serializing_if = "OptF64::is_none")]
    pub bmr: OptF64,
    /// RMR.
    #[serde(rename = "RMR", skip_serializing_if = "OptF64::is_none")]
    pub rmr: OptF64,
    /// Estimated fitness age.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimated_fitness_age: Option<i64>,
    /// Skin fold, in millimetres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub skin_fold_mm: OptF64,
    /// Bodyfat, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub bodyfat_percentage: OptF64,
    /// Weight, in kilograms.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub weight_kg: OptF64,
    /// Height, in centimetres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub height_cm: OptF64,
    /// Bone mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub bone_mass_g: OptF64,
    /// Muscle mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub muscle_mass_g: OptF64,
    /// Lean mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub lean_mass_g: OptF64,
    /// Water, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub water_percentage: OptF64,
    /// Insulin units.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub insulin_units: OptF64,
    /// Insulin type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insulin_type: Option<String>,
    /// Urine color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urine_color: Option<String>,
    /// User notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_notes: Option<String>,
    /// Visceral fat level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub visceral_fat_level: OptF64,
    /// Visceral fat category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visceral_fat_category: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MeasurementDataSample {
    "measurement_time" => measurement_time,
    "BMI" => bmi,
    "BMR" => bmr,
    "RMR" => rmr,
    "estimated_fitness_age" => estimated_fitness_age,
    "skin_fold_mm" => skin_fold_mm,
    "bodyfat_percentage" => bodyfat_percentage,
    "weight_kg" => weight_kg,
    "height_cm" => height_cm,
    "bone_mass_g" => bone_mass_g,
    "muscle_mass_g" => muscle_mass_g,
    "lean_mass_g" => lean_mass_g,
    "water_percentage" => water_percentage,
    "insulin_units" => insulin_units,
    "insulin_type" => insulin_type,
    "urine_color" => urine_color,
    "user_notes" => user_notes,
    "visceral_fat_level" => visceral_fat_level,
    "visceral_fat_category" => visceral_fat_category,
});

/// The measurements part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MeasurementsData {
    /// Measurements. A list of [`MeasurementDataSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurements: Option<List<MeasurementDataSample>>,
    /// Day average BMI.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_bmi: OptF64,
    /// Day average BMR.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_bmr: OptF64,
    /// Day average RMR.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_rmr: OptF64,
    /// Day average estimated fitness age.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_estimated_fitness_age: OptF64,
    /// Day average skin fold, in millimetres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_skin_fold_mm: OptF64,
    /// Day average bodyfat, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_bodyfat_percentage: OptF64,
    /// Day average weight, in kilograms.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_weight_kg: OptF64,
    /// Day average height, in centimetres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_height_cm: OptF64,
    /// Day average bone mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_bone_mass_g: OptF64,
    /// Day average muscle mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_muscle_mass_g: OptF64,
    /// Day average lean mass, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_lean_mass_g: OptF64,
    /// Day average water, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_water_percentage: OptF64,
    /// Day average insulin units.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_insulin_units: OptF64,
    /// Day average visceral fat level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_visceral_fat_level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MeasurementsData {
    "measurements" => measurements,
    "day_avg_bmi" => day_avg_bmi,
    "day_avg_bmr" => day_avg_bmr,
    "day_avg_rmr" => day_avg_rmr,
    "day_avg_estimated_fitness_age" => day_avg_estimated_fitness_age,
    "day_avg_skin_fold_mm" => day_avg_skin_fold_mm,
    "day_avg_bodyfat_percentage" => day_avg_bodyfat_percentage,
    "day_avg_weight_kg" => day_avg_weight_kg,
    "day_avg_height_cm" => day_avg_height_cm,
    "day_avg_bone_mass_g" => day_avg_bone_mass_g,
    "day_avg_muscle_mass_g" => day_avg_muscle_mass_g,
    "day_avg_lean_mass_g" => day_avg_lean_mass_g,
    "day_avg_water_percentage" => day_avg_water_percentage,
    "day_avg_insulin_units" => day_avg_insulin_units,
    "day_avg_visceral_fat_level" => day_avg_visceral_fat_level,
});

/// Metadata of a body record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BodyMetadata {
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BodyMetadata {
    "end_time" => end_time,
    "start_time" => start_time,
    "timestamp_localization" => timestamp_localization,
});

/// One temperature sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TemperatureSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Temperature, in degrees Celsius.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub temperature_celsius: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TemperatureSample {
    "timestamp" => timestamp,
    "temperature_celsius" => temperature_celsius,
});

/// The temperature part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TemperatureData {
    /// Ambient temperature samples. A list of [`TemperatureSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambient_temperature_samples: Option<List<TemperatureSample>>,
    /// Body temperature samples. A list of [`TemperatureSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_temperature_samples: Option<List<TemperatureSample>>,
    /// Skin temperature samples. A list of [`TemperatureSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skin_temperature_samples: Option<List<TemperatureSample>>,
    /// Day average ambient temperature, in degrees Celsius.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_ambient_temperature_celsius: OptF64,
    /// Day average body temperature, in degrees Celsius.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_body_temperature_celsius: OptF64,
    /// Day average skin temperature, in degrees Celsius.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub day_avg_skin_temperature_celsius: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TemperatureData {
    "ambient_temperature_samples" => ambient_temperature_samples,
    "body_temperature_samples" => body_temperature_samples,
    "skin_temperature_samples" => skin_temperature_samples,
    "day_avg_ambient_temperature_celsius" => day_avg_ambient_temperature_celsius,
    "day_avg_body_temperature_celsius" => day_avg_body_temperature_celsius,
    "day_avg_skin_temperature_celsius" => day_avg_skin_temperature_celsius,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GlucoseDataSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "blood_glucose_mg_per_dL",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub blood_glucose_mg_per_dl: OptF64,
    /// Glucose level flag. Integer code; see [`GlucoseFlag`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glucose_level_flag: Option<GlucoseFlag>,
    /// Trend arrow. Integer code; see [`TrendArrow`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend_arrow: Option<TrendArrow>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(GlucoseDataSample {
    "timestamp" => timestamp,
    "blood_glucose_mg_per_dL" => blood_glucose_mg_per_dl,
    "glucose_level_flag" => glucose_level_flag,
    "trend_arrow" => trend_arrow,
});

/// One daily pattern sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DailyPatternSample {
    /// Time from midnight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_from_midnight: Option<i64>,
    /// Percentile 5.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentile_5: OptF64,
    /// Percentile 25.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentile_25: OptF64,
    /// Percentile 50.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentile_50: OptF64,
    /// Percentile 75.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentile_75: OptF64,
    /// Percentile 95.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub percentile_95: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DailyPatternSample {
    "time_from_midnight" => time_from_midnight,
    "percentile_5" => percentile_5,
    "percentile_25" => percentile_25,
    "percentile_50" => percentile_50,
    "percentile_75" => percentile_75,
    "percentile_95" => percentile_95,
});

/// The glucose part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GlucoseData {
    /// Blood glucose samples. A list of [`GlucoseDataSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blood_glucose_samples: Option<List<GlucoseDataSample>>,
    /// Detailed blood glucose samples. A list of [`GlucoseDataSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed_blood_glucose_samples: Option<List<GlucoseDataSample>>,
    /// Day average blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_blood_glucose_mg_per_dL",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub day_avg_blood_glucose_mg_per_dl: OptF64,
    /// Day average detailed blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_detailed_blood_glucose_mg_per_dL",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub day_avg_detailed_blood_glucose_mg_per_dl: OptF64,
    /// Day average blood glucose, in milligrams per decilitre.
    #[serde(
        rename = "day_avg_blood_glucose_mg_per_dl",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub day_avg_blood_glucose_mg_per_dl_deprecated: OptF64,
    /// GMI.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub gmi: OptF64,
    /// Time in range.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub time_in_range: OptF64,
    /// Sensor usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensor_usage: Option<i64>,
    /// Daily patterns. A list of [`DailyPatternSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_patterns: Option<List<DailyPatternSample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(GlucoseData {
    "blood_glucose_samples" => blood_glucose_samples,
    "detailed_blood_glucose_samples" => detailed_blood_glucose_samples,
    "day_avg_blood_glucose_mg_per_dL" => day_avg_blood_glucose_mg_per_dl,
    "day_avg_detailed_blood_glucose_mg_per_dL" => day_avg_detailed_blood_glucose_mg_per_dl,
    "day_avg_blood_glucose_mg_per_dl" => day_avg_blood_glucose_mg_per_dl_deprecated,
    "gmi" => gmi,
    "time_in_range" => time_in_range,
    "sensor_usage" => sensor_usage,
    "daily_patterns" => daily_patterns,
});

/// Daily data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DailyDataEnrichment {
    /// Total stress score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub total_stress_score: OptF64,
    /// Stress contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stress_contributors: Option<RecordFloat>,
    /// Respiratory score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub respiratory_score: OptF64,
    /// Respiratory contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respiratory_contributors: Option<RecordFloat>,
    /// Immune index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub immune_index: Option<i64>,
    /// Immune contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub immune_contributors: Option<RecordFloat>,
    /// Resilience score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resilience_score: Option<i64>,
    /// Resilience contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resilience_contributors: Option<RecordFloat>,
    /// Strain index.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub strain_index: OptF64,
    /// Strain traffic light.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strain_traffic_light: Option<String>,
    /// Strain contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strain_contributors: Option<RecordFloat>,
    /// Total stress score v2.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub total_stress_score_v2: OptF64,
    /// Total stress score v2 contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_stress_score_v2_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DailyDataEnrichment {
    "total_stress_score" => total_stress_score,
    "stress_contributors" => stress_contributors,
    "respiratory_score" => respiratory_score,
    "respiratory_contributors" => respiratory_contributors,
    "immune_index" => immune_index,
    "immune_contributors" => immune_contributors,
    "resilience_score" => resilience_score,
    "resilience_contributors" => resilience_contributors,
    "strain_index" => strain_index,
    "strain_traffic_light" => strain_traffic_light,
    "strain_contributors" => strain_contributors,
    "total_stress_score_v2" => total_stress_score_v2,
    "total_stress_score_v2_contributors" => total_stress_score_v2_contributors,
});

/// The daily distance part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DailyDistanceData {
    /// Detailed. See [`DistanceDataDetailed`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed: Option<DistanceDataDetailed>,
    /// Distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub distance_meters: OptF64,
    /// Elevation. See [`ElevationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elevation: Option<ElevationData>,
    /// Floors climbed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floors_climbed: Option<i64>,
    /// Steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<i64>,
    /// Swimming. See [`SwimmingData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimmingData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DailyDistanceData {
    "detailed" => detailed,
    "distance_meters" => distance_meters,
    "elevation" => elevation,
    "floors_climbed" => floors_climbed,
    "steps" => steps,
    "swimming" => swimming,
});

/// Metadata of a daily record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DailyMetadata {
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Upload type. Integer code; see [`UploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<UploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DailyMetadata {
    "end_time" => end_time,
    "start_time" => start_time,
    "timestamp_localization" => timestamp_localization,
    "upload_type" => upload_type,
});

/// The scores part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ScoresData {
    /// Activity.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub activity: OptF64,
    /// Recovery.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub recovery: OptF64,
    /// Sleep.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ScoresData {
    "activity" => activity,
    "recovery" => recovery,
    "sleep" => sleep,
});

/// One stress sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StressSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StressSample {
    "timestamp" => timestamp,
    "level" => level,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BodyBatterySample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BodyBatterySample {
    "timestamp" => timestamp,
    "level" => level,
});

/// The stress part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StressData {
    /// Average stress level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_stress_level: OptF64,
    /// Activity stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub activity_stress_duration_seconds: OptF64,
    /// Low stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub low_stress_duration_seconds: OptF64,
    /// Maximum stress level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_stress_level: OptF64,
    /// Medium stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub medium_stress_duration_seconds: OptF64,
    /// The individual samples. A list of [`StressSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<List<StressSample>>,
    /// Rest stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub rest_stress_duration_seconds: OptF64,
    /// High stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub high_stress_duration_seconds: OptF64,
    /// Stress duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub stress_duration_seconds: OptF64,
    /// Stress rating. Integer code; see [`StressLevel`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stress_rating: Option<StressLevel>,
    /// Body battery samples. A list of [`BodyBatterySample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_battery_samples: Option<List<BodyBatterySample>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StressData {
    "avg_stress_level" => avg_stress_level,
    "activity_stress_duration_seconds" => activity_stress_duration_seconds,
    "low_stress_duration_seconds" => low_stress_duration_seconds,
    "max_stress_level" => max_stress_level,
    "medium_stress_duration_seconds" => medium_stress_duration_seconds,
    "samples" => samples,
    "rest_stress_duration_seconds" => rest_stress_duration_seconds,
    "high_stress_duration_seconds" => high_stress_duration_seconds,
    "stress_duration_seconds" => stress_duration_seconds,
    "stress_rating" => stress_rating,
    "body_battery_samples" => body_battery_samples,
});

/// Tag entry (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TagEntry {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Tag name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// Notes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TagEntry {
    "timestamp" => timestamp,
    "tag_name" => tag_name,
    "notes" => notes,
});

/// The tag part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TagData {
    /// Tags. A list of [`TagEntry`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<List<TagEntry>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(TagData {
    "tags" => tags,
});

/// Metadata of a menstruation record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MenstruationMetadata {
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MenstruationMetadata {
    "end_time" => end_time,
    "start_time" => start_time,
    "timestamp_localization" => timestamp_localization,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MenstruationFlowSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Flow. Integer code; see [`MenstruationFlow`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow: Option<MenstruationFlow>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MenstruationFlowSample {
    "timestamp" => timestamp,
    "flow" => flow,
});

/// One menstruation interval sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MenstruationIntervalSample {
    /// Start timestamp. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_timestamp: Option<Timestamp>,
    /// End timestamp. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<Timestamp>,
    /// Phase. Integer code; see [`MenstruationInterval`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MenstruationInterval>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MenstruationIntervalSample {
    "start_timestamp" => start_timestamp,
    "end_timestamp" => end_timestamp,
    "phase" => phase,
});

/// The menstruation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MenstruationData {
    /// Period length, in days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_length_days: Option<i64>,
    /// Current phase. Integer code; see [`MenstruationInterval`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_phase: Option<MenstruationInterval>,
    /// Length of current phase, in days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length_of_current_phase_days: Option<i64>,
    /// Days until next phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_until_next_phase: Option<i64>,
    /// Period start date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_start_date: Option<DateString>,
    /// Predicted cycle length, in days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted_cycle_length_days: Option<i64>,
    /// Day in cycle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_in_cycle: Option<i64>,
    /// Last updated time. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<Timestamp>,
    /// Cycle length, in days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycle_length_days: Option<i64>,
    /// Is predicted cycle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_predicted_cycle: Option<bool>,
    /// Menstruation flow. A list of [`MenstruationFlowSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub menstruation_flow: Option<List<MenstruationFlowSample>>,
    /// Intervals. A list of [`MenstruationIntervalSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervals: Option<List<MenstruationIntervalSample>>,
    /// Fertility window start. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fertility_window_start: Option<DateString>,
    /// Fertility window end. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fertility_window_end: Option<DateString>,
    /// Ovulation day. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ovulation_day: Option<DateString>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MenstruationData {
    "period_length_days" => period_length_days,
    "current_phase" => current_phase,
    "length_of_current_phase_days" => length_of_current_phase_days,
    "days_until_next_phase" => days_until_next_phase,
    "period_start_date" => period_start_date,
    "predicted_cycle_length_days" => predicted_cycle_length_days,
    "day_in_cycle" => day_in_cycle,
    "last_updated_time" => last_updated_time,
    "cycle_length_days" => cycle_length_days,
    "is_predicted_cycle" => is_predicted_cycle,
    "menstruation_flow" => menstruation_flow,
    "intervals" => intervals,
    "fertility_window_start" => fertility_window_start,
    "fertility_window_end" => fertility_window_end,
    "ovulation_day" => ovulation_day,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DrinkSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Drink volume.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub drink_volume: OptF64,
    /// Drink unit. Integer code; see [`NutritionUnits`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drink_unit: Option<NutritionUnits>,
    /// Drink name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drink_name: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DrinkSample {
    "timestamp" => timestamp,
    "drink_volume" => drink_volume,
    "drink_unit" => drink_unit,
    "drink_name" => drink_name,
});

/// Nutrition micros (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionMicros {
    /// Biotin, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub biotin_mg: OptF64,
    /// Caffeine, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub caffeine_mg: OptF64,
    /// Calcium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub calcium_mg: OptF64,
    /// Sodium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sodium_mg: OptF64,
    /// Chloride, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub chloride_mg: OptF64,
    /// Chromium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub chromium_mg: OptF64,
    /// Copper, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub copper_mg: OptF64,
    /// Folate, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub folate_mg: OptF64,
    /// Folic acid, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub folic_acid_mg: OptF64,
    /// Iodine, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub iodine_mg: OptF64,
    /// Iron, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub iron_mg: OptF64,
    /// Magnesium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub magnesium_mg: OptF64,
    /// Manganese, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub manganese_mg: OptF64,
    /// Molybdenum, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub molybdenum_mg: OptF64,
    /// Niacin, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub niacin_mg: OptF64,
    /// Pantothenic acid, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pantothenic_acid_mg: OptF64,
    /// Phosphorus, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub phosphorus_mg: OptF64,
    /// Potassium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub potassium_mg: OptF64,
    /// Riboflavin, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub riboflavin_mg: OptF64,
    /// Selenium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub selenium_mg: OptF64,
    /// Thiamin, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub thiamin_mg: OptF64,
    /// Vitamin A, in milligrams.
    #[serde(rename = "vitamin_A_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_a_mg: OptF64,
    /// Vitamin B12, in milligrams.
    #[serde(rename = "vitamin_B12_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_b12_mg: OptF64,
    /// Vitamin B6, in milligrams.
    #[serde(rename = "vitamin_B6_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_b6_mg: OptF64,
    /// Vitamin C, in milligrams.
    #[serde(rename = "vitamin_C_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_c_mg: OptF64,
    /// Vitamin D, in milligrams.
    #[serde(rename = "vitamin_D_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_d_mg: OptF64,
    /// Vitamin D2, in milligrams.
    #[serde(rename = "vitamin_D2_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_d2_mg: OptF64,
    /// Vitamin D3, in milligrams.
    #[serde(rename = "vitamin_D3_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_d3_mg: OptF64,
    /// Vitamin E, in milligrams.
    #[serde(rename = "vitamin_E_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_e_mg: OptF64,
    /// Vitamin K, in milligrams.
    #[serde(rename = "vitamin_K_mg", skip_serializing_if = "OptF64::is_none")]
    pub vitamin_k_mg: OptF64,
    /// Zinc, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub zinc_mg: OptF64,
    /// Cystine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cystine_g: OptF64,
    /// Histidine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub histidine_g: OptF64,
    /// Isoleucine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub isoleucine_g: OptF64,
    /// Leucine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub leucine_g: OptF64,
    /// Lysine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub lysine_g: OptF64,
    /// Methionine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub methionine_g: OptF64,
    /// Phenylalanine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub phenylalanine_g: OptF64,
    /// Threonine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub threonine_g: OptF64,
    /// Tryptophan, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub tryptophan_g: OptF64,
    /// Tyrosine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub tyrosine_g: OptF64,
    /// Valine, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub valine_g: OptF64,
    /// Monounsaturated fat, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub monounsaturated_fat_g: OptF64,
    /// Polyunsaturated fat, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub polyunsaturated_fat_g: OptF64,
    /// Omega3, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub omega3_g: OptF64,
    /// Omega6, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub omega6_g: OptF64,
    /// Starch, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub starch_g: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionMicros {
    "biotin_mg" => biotin_mg,
    "caffeine_mg" => caffeine_mg,
    "calcium_mg" => calcium_mg,
    "sodium_mg" => sodium_mg,
    "chloride_mg" => chloride_mg,
    "chromium_mg" => chromium_mg,
    "copper_mg" => copper_mg,
    "folate_mg" => folate_mg,
    "folic_acid_mg" => folic_acid_mg,
    "iodine_mg" => iodine_mg,
    "iron_mg" => iron_mg,
    "magnesium_mg" => magnesium_mg,
    "manganese_mg" => manganese_mg,
    "molybdenum_mg" => molybdenum_mg,
    "niacin_mg" => niacin_mg,
    "pantothenic_acid_mg" => pantothenic_acid_mg,
    "phosphorus_mg" => phosphorus_mg,
    "potassium_mg" => potassium_mg,
    "riboflavin_mg" => riboflavin_mg,
    "selenium_mg" => selenium_mg,
    "thiamin_mg" => thiamin_mg,
    "vitamin_A_mg" => vitamin_a_mg,
    "vitamin_B12_mg" => vitamin_b12_mg,
    "vitamin_B6_mg" => vitamin_b6_mg,
    "vitamin_C_mg" => vitamin_c_mg,
    "vitamin_D_mg" => vitamin_d_mg,
    "vitamin_D2_mg" => vitamin_d2_mg,
    "vitamin_D3_mg" => vitamin_d3_mg,
    "vitamin_E_mg" => vitamin_e_mg,
    "vitamin_K_mg" => vitamin_k_mg,
    "zinc_mg" => zinc_mg,
    "cystine_g" => cystine_g,
    "histidine_g" => histidine_g,
    "isoleucine_g" => isoleucine_g,
    "leucine_g" => leucine_g,
    "lysine_g" => lysine_g,
    "methionine_g" => methionine_g,
    "phenylalanine_g" => phenylalanine_g,
    "threonine_g" => threonine_g,
    "tryptophan_g" => tryptophan_g,
    "tyrosine_g" => tyrosine_g,
    "valine_g" => valine_g,
    "monounsaturated_fat_g" => monounsaturated_fat_g,
    "polyunsaturated_fat_g" => polyunsaturated_fat_g,
    "omega3_g" => omega3_g,
    "omega6_g" => omega6_g,
    "starch_g" => starch_g,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionQuantity {
    /// Unit. Integer code; see [`NutritionUnits`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<NutritionUnits>,
    /// Amount.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub amount: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionQuantity {
    "unit" => unit,
    "amount" => amount,
});

/// Nutrition macros (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionMacros {
    /// Alcohol, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub alcohol_g: OptF64,
    /// Calories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub calories: OptF64,
    /// Carbohydrates, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub carbohydrates_g: OptF64,
    /// Cholesterol, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cholesterol_mg: OptF64,
    /// Fat, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub fat_g: OptF64,
    /// Fiber, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub fiber_g: OptF64,
    /// Net carbohydrates, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub net_carbohydrates_g: OptF64,
    /// Protein, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub protein_g: OptF64,
    /// Saturated fat, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub saturated_fat_g: OptF64,
    /// Sodium, in milligrams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sodium_mg: OptF64,
    /// Sugar, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sugar_g: OptF64,
    /// Trans fat, in grams.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub trans_fat_g: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionMacros {
    "alcohol_g" => alcohol_g,
    "calories" => calories,
    "carbohydrates_g" => carbohydrates_g,
    "cholesterol_mg" => cholesterol_mg,
    "fat_g" => fat_g,
    "fiber_g" => fiber_g,
    "net_carbohydrates_g" => net_carbohydrates_g,
    "protein_g" => protein_g,
    "saturated_fat_g" => saturated_fat_g,
    "sodium_mg" => sodium_mg,
    "sugar_g" => sugar_g,
    "trans_fat_g" => trans_fat_g,
});

/// Meal (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meal {
    /// Micros. See [`NutritionMicros`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub micros: Option<NutritionMicros>,
    /// Type or kind of the record. Integer code; see [`MealType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MealType>,
    /// ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Quantity. See [`NutritionQuantity`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<NutritionQuantity>,
    /// Name.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Macros. See [`NutritionMacros`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macros: Option<NutritionMacros>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(Meal {
    "micros" => micros,
    "type" => r#type,
    "id" => id,
    "timestamp" => timestamp,
    "quantity" => quantity,
    "name" => name,
    "macros" => macros,
});

/// Metadata of a nutrition record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionMetadata {
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionMetadata {
    "end_time" => end_time,
    "start_time" => start_time,
    "timestamp_localization" => timestamp_localization,
});

/// Nutrition summary (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionSummary {
    /// Macros. See [`NutritionMacros`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macros: Option<NutritionMacros>,
    /// Micros. See [`NutritionMicros`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub micros: Option<NutritionMicros>,
    /// Water, in millilitres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub water_ml: OptF64,
    /// Drink, in millilitres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub drink_ml: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionSummary {
    "macros" => macros,
    "micros" => micros,
    "water_ml" => water_ml,
    "drink_ml" => drink_ml,
});

/// Sleep data enrichment (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepDataEnrichment {
    /// Sleep score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep_score: OptF64,
    /// Sleep contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_contributors: Option<RecordFloat>,
    /// Readiness score.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub readiness_score: OptF64,
    /// Readiness contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness_contributors: Option<RecordFloat>,
    /// Sleep score v2.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep_score_v2: OptF64,
    /// Sleep score v2 contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_score_v2_contributors: Option<RecordFloat>,
    /// Respiratory score v2.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub respiratory_score_v2: OptF64,
    /// Respiratory score v2 contributors. See [`RecordFloat`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub respiratory_score_v2_contributors: Option<RecordFloat>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepDataEnrichment {
    "sleep_score" => sleep_score,
    "sleep_contributors" => sleep_contributors,
    "readiness_score" => readiness_score,
    "readiness_contributors" => readiness_contributors,
    "sleep_score_v2" => sleep_score_v2,
    "sleep_score_v2_contributors" => sleep_score_v2_contributors,
    "respiratory_score_v2" => respiratory_score_v2,
    "respiratory_score_v2_contributors" => respiratory_score_v2_contributors,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepMetadata {
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Is nap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_nap: Option<bool>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Identifier of the record at the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Upload type. Integer code; see [`SleepUploadType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_type: Option<SleepUploadType>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepMetadata {
    "end_time" => end_time,
    "is_nap" => is_nap,
    "start_time" => start_time,
    "summary_id" => summary_id,
    "timestamp_localization" => timestamp_localization,
    "upload_type" => upload_type,
});

/// The readiness part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReadinessData {
    /// Readiness.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub readiness: OptF64,
    /// Recovery level.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub recovery_level: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ReadinessData {
    "readiness" => readiness,
    "recovery_level" => recovery_level,
});

/// One breath sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BreathSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Breaths, in per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub breaths_per_min: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BreathSample {
    "timestamp" => timestamp,
    "breaths_per_min" => breaths_per_min,
});

/// The breaths part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BreathsData {
    /// Average breaths, in per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_breaths_per_min: OptF64,
    /// Maximum breaths, in per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_breaths_per_min: OptF64,
    /// Minimum breaths, in per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub min_breaths_per_min: OptF64,
    /// On demand reading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_demand_reading: Option<bool>,
    /// The individual samples. A list of [`BreathSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<List<BreathSample>>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BreathsData {
    "avg_breaths_per_min" => avg_breaths_per_min,
    "max_breaths_per_min" => max_breaths_per_min,
    "min_breaths_per_min" => min_breaths_per_min,
    "on_demand_reading" => on_demand_reading,
    "samples" => samples,
    "start_time" => start_time,
    "end_time" => end_time,
});

/// The oxygen saturation part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OxygenSaturationData {
    /// Average saturation, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub avg_saturation_percentage: OptF64,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// The individual samples. A list of [`OxygenSaturationSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<List<OxygenSaturationSample>>,
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(OxygenSaturationData {
    "avg_saturation_percentage" => avg_saturation_percentage,
    "end_time" => end_time,
    "samples" => samples,
    "start_time" => start_time,
});

/// One snoring sample: a value tied to a point in time.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SnoringSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SnoringSample {
    "timestamp" => timestamp,
    "duration_seconds" => duration_seconds,
});

/// The snoring part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SnoringData {
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Number of snoring events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_snoring_events: Option<i64>,
    /// The individual samples. A list of [`SnoringSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<List<SnoringSample>>,
    /// Total snoring duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub total_snoring_duration_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SnoringData {
    "start_time" => start_time,
    "end_time" => end_time,
    "num_snoring_events" => num_snoring_events,
    "samples" => samples,
    "total_snoring_duration_seconds" => total_snoring_duration_seconds,
});

/// The respiration part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RespirationData {
    /// Breaths data. See [`BreathsData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breaths_data: Option<BreathsData>,
    /// Oxygen saturation data. See [`OxygenSaturationData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxygen_saturation_data: Option<OxygenSaturationData>,
    /// Snoring data. See [`SnoringData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoring_data: Option<SnoringData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(RespirationData {
    "breaths_data" => breaths_data,
    "oxygen_saturation_data" => oxygen_saturation_data,
    "snoring_data" => snoring_data,
});

/// Sleep scores (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepScores {
    /// Sleep.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepScores {
    "sleep" => sleep,
});

/// Asleep durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AsleepDurations {
    /// Duration asleep state, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_asleep_state_seconds: OptF64,
    /// Duration deep sleep state, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_deep_sleep_state_seconds: OptF64,
    /// Duration light sleep state, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_light_sleep_state_seconds: OptF64,
    /// Duration REM sleep state, in seconds.
    #[serde(
        rename = "duration_REM_sleep_state_seconds",
        skip_serializing_if = "OptF64::is_none"
    )]
    pub duration_rem_sleep_state_seconds: OptF64,
    /// Number of REM events.
    #[serde(rename = "num_REM_events", skip_serializing_if = "Option::is_none")]
    pub num_rem_events: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AsleepDurations {
    "duration_asleep_state_seconds" => duration_asleep_state_seconds,
    "duration_deep_sleep_state_seconds" => duration_deep_sleep_state_seconds,
    "duration_light_sleep_state_seconds" => duration_light_sleep_state_seconds,
    "duration_REM_sleep_state_seconds" => duration_rem_sleep_state_seconds,
    "num_REM_events" => num_rem_events,
});

/// Awake durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AwakeDurations {
    /// Duration awake state, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_awake_state_seconds: OptF64,
    /// Duration long interruption, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_long_interruption_seconds: OptF64,
    /// Duration short interruption, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_short_interruption_seconds: OptF64,
    /// Number of out of bed events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_out_of_bed_events: Option<i64>,
    /// Number of wakeup events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_wakeup_events: Option<i64>,
    /// Sleep latency, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep_latency_seconds: OptF64,
    /// Wake up latency, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub wake_up_latency_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AwakeDurations {
    "duration_awake_state_seconds" => duration_awake_state_seconds,
    "duration_long_interruption_seconds" => duration_long_interruption_seconds,
    "duration_short_interruption_seconds" => duration_short_interruption_seconds,
    "num_out_of_bed_events" => num_out_of_bed_events,
    "num_wakeup_events" => num_wakeup_events,
    "sleep_latency_seconds" => sleep_latency_seconds,
    "wake_up_latency_seconds" => wake_up_latency_seconds,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepHypnogramSample {
    /// The moment the value refers to. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
    /// Level. Integer code; see [`SleepLevel`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<SleepLevel>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepHypnogramSample {
    "timestamp" => timestamp,
    "level" => level,
});

/// Other sleep durations (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OtherSleepDurations {
    /// Duration in bed, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_in_bed_seconds: OptF64,
    /// Duration unmeasurable sleep, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub duration_unmeasurable_sleep_seconds: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(OtherSleepDurations {
    "duration_in_bed_seconds" => duration_in_bed_seconds,
    "duration_unmeasurable_sleep_seconds" => duration_unmeasurable_sleep_seconds,
});

/// The sleep durations part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepDurationsData {
    /// Asleep. See [`AsleepDurations`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asleep: Option<AsleepDurations>,
    /// Awake. See [`AwakeDurations`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awake: Option<AwakeDurations>,
    /// Hypnogram samples. A list of [`SleepHypnogramSample`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hypnogram_samples: Option<List<SleepHypnogramSample>>,
    /// Other. See [`OtherSleepDurations`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<OtherSleepDurations>,
    /// Sleep efficiency.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub sleep_efficiency: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepDurationsData {
    "asleep" => asleep,
    "awake" => awake,
    "hypnogram_samples" => hypnogram_samples,
    "other" => other,
    "sleep_efficiency" => sleep_efficiency,
});

/// The sleep temperature part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepTemperatureData {
    /// Delta.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub delta: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepTemperatureData {
    "delta" => delta,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CompletionCondition {
    /// Type or kind of the record. See [`CompletionConditionType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompletionConditionType>,
    /// Value.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value: OptF64,
    /// Value low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value_low: OptF64,
    /// Value high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value_high: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(CompletionCondition {
    "type" => r#type,
    "value" => value,
    "value_low" => value_low,
    "value_high" => value_high,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IntensityTarget {
    /// Target type. See [`WorkoutStepTargetType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_type: Option<WorkoutStepTargetType>,
    /// Value.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value: OptF64,
    /// Value low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value_low: OptF64,
    /// Value high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value_high: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(IntensityTarget {
    "target_type" => target_type,
    "value" => value,
    "value_low" => value_low,
    "value_high" => value_high,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StepControl {
    /// Type or kind of the record. See [`StepControlType`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StepControlType>,
    /// Value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub value: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StepControl {
    "type" => r#type,
    "value" => value,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StrengthData {
    /// Exercise name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise_name: Option<String>,
    /// Weight.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub weight: OptF64,
    /// Weight display unit. See [`WeightUnit`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_display_unit: Option<WeightUnit>,
    /// Exercise category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise_category: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StrengthData {
    "exercise_name" => exercise_name,
    "weight" => weight,
    "weight_display_unit" => weight_display_unit,
    "exercise_category" => exercise_category,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SwimStepData {
    /// Stroke type. See [`SwimStrokeType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stroke_type: Option<SwimStrokeType>,
    /// Drill type. See [`DrillType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drill_type: Option<DrillType>,
    /// Equipment. A list; each item: See [`SwimEquipmentType`] for the known values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equipment: Option<List<SwimEquipmentType>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SwimStepData {
    "stroke_type" => stroke_type,
    "drill_type" => drill_type,
    "equipment" => equipment,
});

/// Workout step (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WorkoutStep {
    /// Completion condition. See [`CompletionCondition`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_condition: Option<CompletionCondition>,
    /// Intensity targets. A list of [`IntensityTarget`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intensity_targets: Option<List<IntensityTarget>>,
    /// Intensity type. See [`WorkoutStepIntensity`] for the known values.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intensity_type: Option<WorkoutStepIntensity>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Controls. A list of [`StepControl`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controls: Option<List<StepControl>>,
    /// Strength. See [`StrengthData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strength: Option<StrengthData>,
    /// Swimming. See [`SwimStepData`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swimming: Option<SwimStepData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(WorkoutStep {
    "completion_condition" => completion_condition,
    "intensity_targets" => intensity_targets,
    "intensity_type" => intensity_type,
    "notes" => notes,
    "controls" => controls,
    "strength" => strength,
    "swimming" => swimming,
});

/// Step block (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StepBlock {
    /// Completion condition. See [`CompletionCondition`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion_condition: Option<CompletionCondition>,
    /// Steps. A list of [`WorkoutStep`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<List<WorkoutStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(StepBlock {
    "completion_condition" => completion_condition,
    "steps" => steps,
});

/// Athlete metrics (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AthleteMetrics {
    /// Threshold heart rate.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub threshold_heart_rate: OptF64,
    /// Maximum heart rate.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub max_heart_rate: OptF64,
    /// Threshold speed.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub threshold_speed: OptF64,
    /// FTP.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub ftp: OptF64,
    /// Pool length, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pool_length_meters: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AthleteMetrics {
    "threshold_heart_rate" => threshold_heart_rate,
    "max_heart_rate" => max_heart_rate,
    "threshold_speed" => threshold_speed,
    "ftp" => ftp,
    "pool_length_meters" => pool_length_meters,
});

/// Metadata of a planned workout details record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutDetailsMetadata {
    /// ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The data provider, in upper case (for example `GARMIN`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type or kind of the record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i64>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Created date. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_date: Option<Timestamp>,
    /// Estimated TSS.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_tss: OptF64,
    /// Estimated if.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_if: OptF64,
    /// Estimated duration, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_duration_seconds: OptF64,
    /// Estimated distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_distance_meters: OptF64,
    /// Estimated, in kilocalories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_calories: OptF64,
    /// Estimated elevation gain, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_elevation_gain_meters: OptF64,
    /// Estimated energy, in kilojoules.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_energy_kj: OptF64,
    /// Estimated speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub estimated_speed_meters_per_second: OptF64,
    /// Pool length, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub pool_length_meters: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutDetailsMetadata {
    "id" => id,
    "provider" => provider,
    "name" => name,
    "description" => description,
    "type" => r#type,
    "planned_date" => planned_date,
    "created_date" => created_date,
    "estimated_tss" => estimated_tss,
    "estimated_if" => estimated_if,
    "estimated_duration_seconds" => estimated_duration_seconds,
    "estimated_distance_meters" => estimated_distance_meters,
    "estimated_calories" => estimated_calories,
    "estimated_elevation_gain_meters" => estimated_elevation_gain_meters,
    "estimated_energy_kj" => estimated_energy_kj,
    "estimated_speed_meters_per_second" => estimated_speed_meters_per_second,
    "pool_length_meters" => pool_length_meters,
});

/// Planned workout details step duration (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutDetailsStepDuration {
    /// Duration type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_type: Option<i64>,
    /// Seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub seconds: OptF64,
    /// Distance, in metres.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub distance_meters: OptF64,
    /// Heart rate below, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_below_bpm: OptF64,
    /// Heart rate above, in beats per minute.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_above_bpm: OptF64,
    /// Calories.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub calories: OptF64,
    /// Power below, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_below_watts: OptF64,
    /// Power above, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_above_watts: OptF64,
    /// Reps.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub reps: OptF64,
    /// Rest, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub rest_seconds: OptF64,
    /// Steps.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub steps: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutDetailsStepDuration {
    "duration_type" => duration_type,
    "seconds" => seconds,
    "distance_meters" => distance_meters,
    "hr_below_bpm" => hr_below_bpm,
    "hr_above_bpm" => hr_above_bpm,
    "calories" => calories,
    "power_below_watts" => power_below_watts,
    "power_above_watts" => power_above_watts,
    "reps" => reps,
    "rest_seconds" => rest_seconds,
    "steps" => steps,
});

/// Planned workout details step target (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutDetailsStepTarget {
    /// Target type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_type: Option<i64>,
    /// Heart rate bpm high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_bpm_high: OptF64,
    /// Heart rate bpm low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_bpm_low: OptF64,
    /// Cadence.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cadence: OptF64,
    /// Cadence high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cadence_high: OptF64,
    /// Cadence low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub cadence_low: OptF64,
    /// Power, in watts.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_watt: OptF64,
    /// Power watt high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_watt_high: OptF64,
    /// Power watt low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_watt_low: OptF64,
    /// Swim strokes.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub swim_strokes: OptF64,
    /// Heart rate, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_percentage: OptF64,
    /// Heart rate percentage high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_percentage_high: OptF64,
    /// Heart rate percentage low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub hr_percentage_low: OptF64,
    /// Speed, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_percentage: OptF64,
    /// Speed percentage high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_percentage_high: OptF64,
    /// Speed percentage low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_percentage_low: OptF64,
    /// Power, in percent.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_percentage: OptF64,
    /// Power percentage high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_percentage_high: OptF64,
    /// Power percentage low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub power_percentage_low: OptF64,
    /// Repetitions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repetitions: Option<i64>,
    /// Speed, in metres per second.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_meters_per_second: OptF64,
    /// Speed meters per second low.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_meters_per_second_low: OptF64,
    /// Speed meters per second high.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub speed_meters_per_second_high: OptF64,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutDetailsStepTarget {
    "target_type" => target_type,
    "hr_bpm_high" => hr_bpm_high,
    "hr_bpm_low" => hr_bpm_low,
    "cadence" => cadence,
    "cadence_high" => cadence_high,
    "cadence_low" => cadence_low,
    "power_watt" => power_watt,
    "power_watt_high" => power_watt_high,
    "power_watt_low" => power_watt_low,
    "swim_strokes" => swim_strokes,
    "hr_percentage" => hr_percentage,
    "hr_percentage_high" => hr_percentage_high,
    "hr_percentage_low" => hr_percentage_low,
    "speed_percentage" => speed_percentage,
    "speed_percentage_high" => speed_percentage_high,
    "speed_percentage_low" => speed_percentage_low,
    "power_percentage" => power_percentage,
    "power_percentage_high" => power_percentage_high,
    "power_percentage_low" => power_percentage_low,
    "repetitions" => repetitions,
    "speed_meters_per_second" => speed_meters_per_second,
    "speed_meters_per_second_low" => speed_meters_per_second_low,
    "speed_meters_per_second_high" => speed_meters_per_second_high,
});

/// Planned workout details step (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutDetailsStep {
    /// Order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<i64>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Intensity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intensity: Option<i64>,
    /// Type or kind of the record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<i64>,
    /// Durations. A list of [`PlannedWorkoutDetailsStepDuration`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub durations: Option<List<PlannedWorkoutDetailsStepDuration>>,
    /// Targets. A list of [`PlannedWorkoutDetailsStepTarget`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub targets: Option<List<PlannedWorkoutDetailsStepTarget>>,
    /// Stroke type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stroke_type: Option<i64>,
    /// Equipment type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equipment_type: Option<List<i64>>,
    /// Exercise name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise_name: Option<String>,
    /// Exercise category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise_category: Option<i64>,
    /// Weight, in kilograms.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub weight_kg: OptF64,
    /// Steps. A list of [`PlannedWorkoutDetailsStep`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<List<PlannedWorkoutDetailsStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutDetailsStep {
    "order" => order,
    "name" => name,
    "description" => description,
    "intensity" => intensity,
    "type" => r#type,
    "durations" => durations,
    "targets" => targets,
    "stroke_type" => stroke_type,
    "equipment_type" => equipment_type,
    "exercise_name" => exercise_name,
    "exercise_category" => exercise_category,
    "weight_kg" => weight_kg,
    "steps" => steps,
});

/// Planned workout details (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutDetails {
    /// Identifiers and time window of the record. See [`PlannedWorkoutDetailsMetadata`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PlannedWorkoutDetailsMetadata>,
    /// Steps. A list of [`PlannedWorkoutDetailsStep`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<List<PlannedWorkoutDetailsStep>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutDetails {
    "metadata" => metadata,
    "steps" => steps,
});

/// A workout scheduled for a user on a given date.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkout {
    /// Planned workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_workout_id: Option<String>,
    /// Workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Planned date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<DateString>,
    /// Provider workout ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_workout_id: Option<String>,
    /// Coercion warnings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coercion_warnings: Option<String>,
    /// When the object was created. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last updated at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_updated_at: Option<Timestamp>,
    /// Is external.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_external: Option<bool>,
    /// Athlete metrics. See [`AthleteMetrics`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub athlete_metrics: Option<AthleteMetrics>,
    /// Details. See [`PlannedWorkoutDetails`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<PlannedWorkoutDetails>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkout {
    "planned_workout_id" => planned_workout_id,
    "workout_id" => workout_id,
    "planned_date" => planned_date,
    "provider_workout_id" => provider_workout_id,
    "coercion_warnings" => coercion_warnings,
    "created_at" => created_at,
    "last_updated_at" => last_updated_at,
    "is_external" => is_external,
    "athlete_metrics" => athlete_metrics,
    "details" => details,
});

/// Fields shared by every webhook event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WebhookEvent {
    /// Type or kind of the record.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(WebhookEvent {
    "type" => r#type,
    "status" => status,
});

/// Webhook payload of the auth success event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AuthSuccessEvent {
    /// Type or kind of the record. Always `auth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Flow ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// Widget session ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub widget_session_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AuthSuccessEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "message" => message,
    "flow_id" => flow_id,
    "widget_session_id" => widget_session_id,
});

/// Webhook payload of the auth error event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AuthErrorEvent {
    /// Type or kind of the record. Always `auth_cancelled` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `error` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Flow ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// Reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AuthErrorEvent {
    "type" => r#type,
    "status" => status,
    "flow_id" => flow_id,
    "reason" => reason,
    "reference_id" => reference_id,
});

/// Webhook payload of the deauth event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DeauthEvent {
    /// Type or kind of the record. Always `deauth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DeauthEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "message" => message,
});

/// Webhook payload of the user reauth event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct UserReauthEvent {
    /// Type or kind of the record. Always `user_reauth` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection that replaced the old one. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_user: Option<TerraUser>,
    /// The connection that was replaced. See [`TerraUser`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(UserReauthEvent {
    "type" => r#type,
    "status" => status,
    "new_user" => new_user,
    "old_user" => old_user,
    "message" => message,
    "version" => version,
});

/// Webhook payload of the access revoked event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AccessRevokedEvent {
    /// Type or kind of the record. Always `access_revoked` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AccessRevokedEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "message" => message,
});

/// Webhook payload of the permission change event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PermissionChangeEvent {
    /// Type or kind of the record. Always `permission_change` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Scopes added. A comma-separated list; `scopes_added_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes_added: Option<String>,
    /// Scopes removed. A comma-separated list; `scopes_removed_list()` splits it.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes_removed: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PermissionChangeEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "message" => message,
    "version" => version,
    "scopes_added" => scopes_added,
    "scopes_removed" => scopes_removed,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ConnectionErrorEvent {
    /// Type or kind of the record. Always `connection_error` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `warning` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ConnectionErrorEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "message" => message,
});

/// Webhook payload of the large request sending event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LargeRequestSendingEvent {
    /// Type or kind of the record. Always `large_request_sending` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// How many data payloads the request will be split into.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_payloads: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LargeRequestSendingEvent {
    "type" => r#type,
    "status" => status,
    "user" => user,
    "reference" => reference,
    "message" => message,
    "expected_payloads" => expected_payloads,
});

/// Webhook payload of the large request processing event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LargeRequestProcessingEvent {
    /// Type or kind of the record. Always `large_request_processing` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `processing` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Terra's reference of the request; the events it leads to carry the same value.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LargeRequestProcessingEvent {
    "type" => r#type,
    "status" => status,
    "message" => message,
    "user" => user,
    "reference" => reference,
});

/// Webhook payload of the S3 payload event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct S3PayloadEvent {
    /// Type or kind of the record. Always `s3_payload` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload. Always `success` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Download URL.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Lifetime of the URL or token, in seconds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(S3PayloadEvent {
    "type" => r#type,
    "status" => status,
    "url" => url,
    "expires_in" => expires_in,
});

/// Webhook payload of the activity event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActivityEvent {
    /// Type or kind of the record. Always `activity` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Activity`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Activity>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ActivityEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the athlete event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AthleteEvent {
    /// Type or kind of the record. Always `athlete` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Athlete. See [`Athlete`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub athlete: Option<Athlete>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(AthleteEvent {
    "type" => r#type,
    "status" => status,
    "athlete" => athlete,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the nutrition event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NutritionEvent {
    /// Type or kind of the record. Always `nutrition` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Nutrition`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Nutrition>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(NutritionEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the daily event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DailyEvent {
    /// Type or kind of the record. Always `daily` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Daily`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Daily>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(DailyEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the sleep event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SleepEvent {
    /// Type or kind of the record. Always `sleep` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Sleep`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Sleep>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(SleepEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the menstruation event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MenstruationEvent {
    /// Type or kind of the record. Always `menstruation` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Menstruation`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Menstruation>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(MenstruationEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the body event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BodyEvent {
    /// Type or kind of the record. Always `body` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`Body`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<Body>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(BodyEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Lab report event result source (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportEventResultSource {
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Panel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panel: Option<String>,
    /// Value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// Flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
    /// Method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Reference text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_text: Option<String>,
    /// Collection date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection_date: Option<DateString>,
    /// Collection time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection_time: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportEventResultSource {
    "name" => name,
    "panel" => panel,
    "value" => value,
    "units" => units,
    "flag" => flag,
    "method" => method,
    "notes" => notes,
    "reference_text" => reference_text,
    "collection_date" => collection_date,
    "collection_time" => collection_time,
});

/// Lab report event result (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportEventResult {
    /// Source. See [`LabReportEventResultSource`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LabReportEventResultSource>,
    /// Biomarker. See [`LabReportBiomarker`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub biomarker: Option<LabReportBiomarker>,
    /// Measurement. See [`LabReportMeasurement`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurement: Option<LabReportMeasurement>,
    /// Interpretation. See [`LabReportInterpretation`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<LabReportInterpretation>,
    /// Reference ranges. A list of [`LabReportReferenceRange`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_ranges: Option<List<LabReportReferenceRange>>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportEventResult {
    "source" => source,
    "biomarker" => biomarker,
    "measurement" => measurement,
    "interpretation" => interpretation,
    "reference_ranges" => reference_ranges,
});

/// The lab report event part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportEventData {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Report date. A `YYYY-MM-DD` date, kept as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<DateString>,
    /// Report time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_time: Option<String>,
    /// Report locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_locale: Option<String>,
    /// Results count.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results_count: Option<i64>,
    /// Results. A list of [`LabReportEventResult`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<List<LabReportEventResult>>,
    /// Panels. A list of [`LabReportPanel`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub panels: Option<List<LabReportPanel>>,
    /// Report notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportEventData {
    "session_id" => session_id,
    "reference_id" => reference_id,
    "report_date" => report_date,
    "report_time" => report_time,
    "report_locale" => report_locale,
    "results_count" => results_count,
    "results" => results,
    "panels" => panels,
    "report_notes" => report_notes,
});

/// Webhook payload of the lab report completed event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportCompletedEvent {
    /// Type or kind of the record. Always `lab_report.completed` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Event ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// Occurred at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<Timestamp>,
    /// Upload ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The records carried by the payload. See [`LabReportEventData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<LabReportEventData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportCompletedEvent {
    "type" => r#type,
    "event_id" => event_id,
    "occurred_at" => occurred_at,
    "upload_id" => upload_id,
    "data" => data,
});

/// Lab report event error (object of the Terra v2 API).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportEventError {
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human-readable message.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Retriable.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retriable: Option<bool>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportEventError {
    "code" => code,
    "message" => message,
    "retriable" => retriable,
});

/// The lab report failure part of a payload.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportFailureData {
    /// Session ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The developer's own identifier for the end user, given when connecting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    /// Error. See [`LabReportEventError`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<LabReportEventError>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportFailureData {
    "session_id" => session_id,
    "reference_id" => reference_id,
    "error" => error,
});

/// Webhook payload of the lab report failed event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LabReportFailedEvent {
    /// Type or kind of the record. Always `lab_report.failed` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Event ID.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// Occurred at. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<Timestamp>,
    /// Upload ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// The records carried by the payload. See [`LabReportFailureData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<LabReportFailureData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(LabReportFailedEvent {
    "type" => r#type,
    "event_id" => event_id,
    "occurred_at" => occurred_at,
    "upload_id" => upload_id,
    "data" => data,
});

/// Webhook payload of the planned workout event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlannedWorkoutEvent {
    /// Type or kind of the record. Always `planned_workout` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`PlannedWorkout`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<PlannedWorkout>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(PlannedWorkoutEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Webhook payload of the hormone event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HormoneEvent {
    /// Type or kind of the record. Always `hormone` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`HormoneSample`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<HormoneSample>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HormoneEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Metadata of a health observation record: its time window and identifiers.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HealthObservationMetadata {
    /// Start of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Timestamp>,
    /// End of the period covered. An ISO 8601 date-time; see [`Timestamp`] for the shapes it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Timestamp>,
    /// Identifier of the record at the provider.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_id: Option<String>,
    /// Timestamp localization. Integer code; see [`TimestampLocalization`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_localization: Option<TimestampLocalization>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HealthObservationMetadata {
    "start_time" => start_time,
    "end_time" => end_time,
    "summary_id" => summary_id,
    "timestamp_localization" => timestamp_localization,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ObservationCode {
    /// System.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ObservationCode {
    "system" => system,
    "code" => code,
    "display" => display,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ObservationValue {
    /// Value type. Integer code; see [`ObservationValueType`] for the known codes.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_type: Option<ObservationValueType>,
    /// Quantity.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub quantity: OptF64,
    /// Unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Boolean.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boolean: Option<bool>,
    /// Text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ObservationValue {
    "value_type" => value_type,
    "quantity" => quantity,
    "unit" => unit,
    "boolean" => boolean,
    "text" => text,
    "code" => code,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ObservationComponent {
    /// Code.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Value. See [`ObservationValue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<ObservationValue>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(ObservationComponent {
    "code" => code,
    "value" => value,
});

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
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HealthObservationData {
    /// Category. Integer code; see [`HealthObservationCategory`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<HealthObservationCategory>,
    /// Observation type.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observation_type: Option<String>,
    /// Codes. A list of [`ObservationCode`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codes: Option<List<ObservationCode>>,
    /// Value. See [`ObservationValue`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<ObservationValue>,
    /// Severity. Integer code; see [`ObservationSeverity`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<ObservationSeverity>,
    /// Components. A list of [`ObservationComponent`] items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub components: Option<List<ObservationComponent>>,
    /// Status word of the payload. Integer code; see [`ObservationStatus`] for the known codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ObservationStatus>,
    /// Notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HealthObservationData {
    "category" => category,
    "observation_type" => observation_type,
    "codes" => codes,
    "value" => value,
    "severity" => severity,
    "components" => components,
    "status" => status,
    "notes" => notes,
});

/// One health observation (symptom, condition or other clinical-style record).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HealthObservation {
    /// Identifiers and time window of the record. See [`HealthObservationMetadata`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HealthObservationMetadata>,
    /// Observation data. See [`HealthObservationData`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observation_data: Option<HealthObservationData>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HealthObservation {
    "metadata" => metadata,
    "observation_data" => observation_data,
});

/// Webhook payload of the health observation event.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HealthObservationEvent {
    /// Type or kind of the record. Always `health_observation` in this payload.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Status word of the payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The records carried by the payload. A list of [`HealthObservation`] items.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<List<HealthObservation>>,
    /// The connection the payload belongs to. See [`TerraUser`].
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// Version of the payload format, as a date such as `2022-03-16`.
    ///
    /// Required by the spec; still `None` if a payload omits it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Fields Terra sent that this version of the SDK does not declare, kept verbatim.
    #[serde(flatten)]
    pub extra: Extra,
}

object_deserialize!(HealthObservationEvent {
    "type" => r#type,
    "status" => status,
    "data" => data,
    "user" => user,
    "version" => version,
});

/// Another name the spec uses for [`Event`].
pub type WebhookEventType = Event;
