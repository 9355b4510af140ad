//! Every Terra v2 operation of `tryterra_core::ops`, built with typical
//! arguments, behind one object-safe trait so benchmarks and fuzz targets
//! can loop over them.

use tryterra_core::ops::{
    AuthenticateUser, BulkUserInfo, CreateWorkout, DataType, DeauthenticateUser, DeleteBodyEntries,
    DeleteLabReport, DeleteNutritionEntries, DeletePlannedWorkout, DeletePlannedWorkoutPlans,
    DeleteWorkout, GenerateAuthToken, GenerateWidgetSession, GetActivity, GetAthlete, GetBody,
    GetDaily, GetLabReport, GetMenstruation, GetNutrition, GetPlannedWorkout,
    GetPlannedWorkoutPlans, GetSleep, GetUserInfo, GetWorkout, ListLabReportDeliveries,
    ListLabReportFiles, ListLabReports, ListPlannedWorkouts, ListProviders, ListProvidersDetailed,
    ListUsers, ListWorkouts, ModifyUser, PlanWorkout, RequestToWebhook, UpdatePlannedWorkout,
    UploadLabReport, WriteActivity, WriteBody, WriteNutrition, WritePlannedWorkoutPlans,
};
use tryterra_core::{CalendarDate, Config, Credentials, DateParam, Error, Operation};

/// An [`Operation`] with its output type erased.
pub trait AnyOperation {
    /// [`Operation::to_request`].
    fn request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error>;
    /// [`Operation::parse_response`], keeping only success or the error.
    fn parse(&self, response: http::Response<&[u8]>) -> Result<(), Error>;
}

impl<O: Operation> AnyOperation for O {
    fn request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        self.to_request(config, credentials)
    }

    fn parse(&self, response: http::Response<&[u8]>) -> Result<(), Error> {
        self.parse_response(response).map(|_| ())
    }
}

fn date(y: i32, m: u32, d: u32) -> CalendarDate {
    CalendarDate::new(y, m, d).expect("valid date")
}

/// Every operation, named after its type, with realistic arguments.
pub fn all() -> Vec<(&'static str, Box<dyn AnyOperation>)> {
    let start = date(2026, 1, 1);
    let end = date(2026, 1, 7);
    let user = "8e3a4b9c-5d1f-4e2a-9b7c-1f2e3d4c5b6a";
    let record = || {
        vec![serde_json::json!({"metadata": {
            "start_time": "2026-01-01T07:00:00+00:00", "end_time": "2026-01-01T08:00:00+00:00",
            "summary_id": "s-1", "type": 8, "upload_type": 1
        }})]
    };
    vec![
        (
            "AuthenticateUser",
            Box::new(AuthenticateUser::new("GARMIN")),
        ),
        (
            "GenerateWidgetSession",
            Box::new(GenerateWidgetSession::new()),
        ),
        (
            "DeauthenticateUser",
            Box::new(DeauthenticateUser::new(user)),
        ),
        ("GenerateAuthToken", Box::new(GenerateAuthToken::new())),
        (
            "GetActivity",
            Box::new(GetActivity::new(user, start).end(end).with_samples(true)),
        ),
        ("GetBody", Box::new(GetBody::new(user, start).end(end))),
        ("GetDaily", Box::new(GetDaily::new(user, start).end(end))),
        ("GetSleep", Box::new(GetSleep::new(user, start).end(end))),
        (
            "GetNutrition",
            Box::new(GetNutrition::new(user, start).end(end)),
        ),
        (
            "GetMenstruation",
            Box::new(GetMenstruation::new(user, start).end(end)),
        ),
        ("GetAthlete", Box::new(GetAthlete::new(user))),
        (
            "RequestToWebhook",
            Box::new(RequestToWebhook::new(
                DataType::Activity,
                user,
                Some(DateParam::from(start)),
            )),
        ),
        ("GetUserInfo", Box::new(GetUserInfo::by_user_id(user))),
        ("ListUsers", Box::new(ListUsers::default())),
        (
            "BulkUserInfo",
            Box::new(BulkUserInfo::new([user, "u-2", "u-3"])),
        ),
        ("ListProviders", Box::new(ListProviders::new())),
        (
            "ListProvidersDetailed",
            Box::new(ListProvidersDetailed::new()),
        ),
        (
            "CreateWorkout",
            Box::new(CreateWorkout::new(Default::default())),
        ),
        ("ListWorkouts", Box::new(ListWorkouts::new())),
        ("GetWorkout", Box::new(GetWorkout::new(42))),
        ("DeleteWorkout", Box::new(DeleteWorkout::new(42))),
        ("PlanWorkout", Box::new(PlanWorkout::new(42, user, end))),
        (
            "ListPlannedWorkouts",
            Box::new(ListPlannedWorkouts::new(user)),
        ),
        (
            "GetPlannedWorkout",
            Box::new(GetPlannedWorkout::new(7, user)),
        ),
        (
            "UpdatePlannedWorkout",
            Box::new(UpdatePlannedWorkout::new(7, user, end)),
        ),
        (
            "DeletePlannedWorkout",
            Box::new(DeletePlannedWorkout::new(7, user)),
        ),
        (
            "UploadLabReport",
            Box::new(UploadLabReport::new(
                "report.pdf",
                "application/pdf",
                b"%PDF-1.7 bench".to_vec(),
            )),
        ),
        ("ListLabReports", Box::new(ListLabReports::new())),
        (
            "GetLabReport",
            Box::new(GetLabReport::new("297405620317847552")),
        ),
        (
            "DeleteLabReport",
            Box::new(DeleteLabReport::new("297405620317847552")),
        ),
        (
            "ListLabReportDeliveries",
            Box::new(ListLabReportDeliveries::new("297405620317847552")),
        ),
        (
            "ListLabReportFiles",
            Box::new(ListLabReportFiles::new("297405620317847552")),
        ),
        (
            "WriteActivity",
            Box::new(WriteActivity::from_json(record())),
        ),
        ("WriteBody", Box::new(WriteBody::from_json(record()))),
        (
            "WriteNutrition",
            Box::new(WriteNutrition::from_json(record())),
        ),
        (
            "WritePlannedWorkoutPlans",
            Box::new(WritePlannedWorkoutPlans::from_json(user, record())),
        ),
        (
            "DeleteBodyEntries",
            Box::new(DeleteBodyEntries::new(user, ["log-1", "log-2"])),
        ),
        (
            "DeleteNutritionEntries",
            Box::new(DeleteNutritionEntries::new(user, ["log-1"])),
        ),
        (
            "DeletePlannedWorkoutPlans",
            Box::new(DeletePlannedWorkoutPlans::new(user, ["plan-1"])),
        ),
        (
            "GetPlannedWorkoutPlans",
            Box::new(GetPlannedWorkoutPlans::new(user, start).end(end)),
        ),
        (
            "ModifyUser",
            Box::new(ModifyUser::new(user).reference_id("acme-1").active(true)),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_builds_a_request() {
        let config = Config::default();
        let credentials = Credentials::new("dev", "key");
        let ops = all();
        assert_eq!(ops.len(), 41);
        for (name, op) in ops {
            let req = op
                .request(&config, &credentials)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                req.uri()
                    .to_string()
                    .starts_with("https://api.tryterra.co/v2/"),
                "{name}"
            );
        }
    }
}
