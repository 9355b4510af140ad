//! Typed models of Terra's payloads.
//!
//! PLACEHOLDER: replaced by the generated models (issue 3). Until then the
//! payload types are untyped JSON, under the names the generator will use
//! (the spec's schema names).

macro_rules! placeholder {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("Placeholder for the generated `", stringify!($name), "` model.")]
            pub type $name = serde_json::Value;
        )*
    };
}

placeholder!(
    Activity,
    Body,
    Daily,
    Sleep,
    Nutrition,
    Menstruation,
    Athlete,
    TerraUser,
    DataSentToWebhook,
    IntegrationsResponse,
    IntegrationProvider,
    WorkoutTemplate,
    PlannedWorkout,
    PlannedWorkoutSummary,
    HormoneSample,
    HealthObservation,
    LabReportUploadResponse,
    LabReportListResponse,
    LabReportSession,
    LabReportDeliveriesResponse,
    LabReportFilesResponse,
    Event,
);
