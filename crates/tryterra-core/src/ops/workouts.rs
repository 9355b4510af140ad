//! Workout templates and planned workouts.

use http::Method;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Extra, merge_extra, parse_empty, require_non_empty, string_or_number};
use crate::config::{Config, Credentials};
use crate::dates::CalendarDate;
use crate::error::Error;
use crate::models::{PlannedWorkout, PlannedWorkoutSummary, WorkoutTemplate};
use crate::operation::{
    Operation, RequestBuilder, Response, check_status, decode_json, parse_json,
};

macro_rules! simple_op {
    ($ty:ty, $out:ty) => {
        impl Operation for $ty {
            type Output = Response<$out>;

            fn to_request(
                &self,
                config: &Config,
                credentials: &Credentials,
            ) -> Result<http::Request<Vec<u8>>, Error> {
                self.build(config, credentials)
            }

            fn parse_response<B: AsRef<[u8]>>(
                &self,
                response: http::Response<B>,
            ) -> Result<Self::Output, Error> {
                parse_json(response)
            }
        }
    };
}

macro_rules! extra_query {
    () => {
        /// Adds a query parameter the SDK does not model.
        pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
            self.extra.push((name.into(), value.into()));
            self
        }
    };
}

/// `POST /workouts`: stores a reusable workout template.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateWorkout {
    template: WorkoutTemplate,
    extra: Vec<(String, String)>,
}

impl CreateWorkout {
    /// Stores `template` (its `workout_id`, if any, is ignored by Terra).
    pub fn new(template: WorkoutTemplate) -> Self {
        Self {
            template,
            extra: Vec::new(),
        }
    }

    extra_query!();

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(Method::POST, config, "/workouts")
            .query_extra(&self.extra)
            .json(&self.template)?
            .build(config, credentials)
    }
}

simple_op!(CreateWorkout, CreatedWorkout);

/// The answer to [`CreateWorkout`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreatedWorkout {
    /// `success`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The id of the stored template (Terra sends it as a string).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workout_id: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(CreatedWorkout {
    "status" => status,
    "workout_id" => workout_id via string_or_number: Option<String> = "string or number",
});

/// `GET /workouts`: every stored workout template.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListWorkouts {
    extra: Vec<(String, String)>,
}

impl ListWorkouts {
    /// Lists the templates.
    pub fn new() -> Self {
        Self::default()
    }

    extra_query!();

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(Method::GET, config, "/workouts")
            .query_extra(&self.extra)
            .build(config, credentials)
    }
}

simple_op!(ListWorkouts, Vec<WorkoutTemplate>);

/// `GET /workouts/{workout_id}`: one workout template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetWorkout {
    workout_id: i64,
    extra: Vec<(String, String)>,
}

impl GetWorkout {
    /// The template with this id.
    pub fn new(workout_id: i64) -> Self {
        Self {
            workout_id,
            extra: Vec::new(),
        }
    }

    extra_query!();

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(
            Method::GET,
            config,
            &format!("/workouts/{}", self.workout_id),
        )
        .query_extra(&self.extra)
        .build(config, credentials)
    }
}

simple_op!(GetWorkout, WorkoutTemplate);

/// `DELETE /workouts/{workout_id}`: deletes a template and every workout
/// planned from it, on Terra and on the providers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeleteWorkout {
    workout_id: i64,
    extra: Vec<(String, String)>,
}

impl DeleteWorkout {
    /// Deletes the template with this id.
    pub fn new(workout_id: i64) -> Self {
        Self {
            workout_id,
            extra: Vec::new(),
        }
    }

    extra_query!();
}

/// The outcome of [`DeleteWorkout`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DeleteWorkoutOutcome {
    /// `204`: the template and all its planned workouts are gone.
    Deleted,
    /// `207`: some provider-side deletions failed and the template was kept;
    /// retry the deletion to finish.
    Partial {
        /// Terra's explanation.
        message: Option<String>,
    },
}

impl crate::models::Mismatches for DeleteWorkoutOutcome {
    fn collect_mismatches(&self, _: &mut String, _: &mut Vec<crate::models::Mismatch>) {}
}

impl DeleteWorkoutOutcome {
    /// `true` when everything was deleted.
    pub fn is_complete(&self) -> bool {
        matches!(self, DeleteWorkoutOutcome::Deleted)
    }
}

impl Operation for DeleteWorkout {
    type Output = Response<DeleteWorkoutOutcome>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(
            Method::DELETE,
            config,
            &format!("/workouts/{}", self.workout_id),
        )
        .query_extra(&self.extra)
        .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        let body = check_status(&response)?;
        let status = response.status();
        let outcome = if status == http::StatusCode::MULTI_STATUS {
            #[derive(Deserialize)]
            struct Multi {
                #[serde(default)]
                message: Option<String>,
            }
            let message = if body.iter().all(u8::is_ascii_whitespace) {
                None
            } else {
                decode_json::<Multi>(Some(status), body)?.message
            };
            DeleteWorkoutOutcome::Partial { message }
        } else {
            DeleteWorkoutOutcome::Deleted
        };
        Ok(Response::new(outcome, status, body.to_vec()))
    }
}

/// `POST /workouts/{workout_id}/plan`: schedules a template for a user on a
/// date and pushes it to their provider.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanWorkout {
    workout_id: i64,
    user_id: String,
    planned_date: CalendarDate,
    metrics: [(&'static str, Option<f64>); 5],
    extra: Extra,
}

impl PlanWorkout {
    /// Plans template `workout_id` for `user_id` on `planned_date`.
    pub fn new(workout_id: i64, user_id: impl Into<String>, planned_date: CalendarDate) -> Self {
        Self {
            workout_id,
            user_id: user_id.into(),
            planned_date,
            metrics: [
                ("ftp", None),
                ("max_heart_rate", None),
                ("threshold_heart_rate", None),
                ("threshold_speed", None),
                ("pool_length_meters", None),
            ],
            extra: Extra::new(),
        }
    }

    fn set(mut self, index: usize, value: f64) -> Self {
        self.metrics[index].1 = Some(value);
        self
    }

    /// Functional threshold power, in watts.
    pub fn ftp(self, watts: f64) -> Self {
        self.set(0, watts)
    }

    /// Maximum heart rate, in beats per minute.
    pub fn max_heart_rate(self, bpm: f64) -> Self {
        self.set(1, bpm)
    }

    /// Threshold heart rate, in beats per minute.
    pub fn threshold_heart_rate(self, bpm: f64) -> Self {
        self.set(2, bpm)
    }

    /// Threshold speed, in metres per second.
    pub fn threshold_speed(self, metres_per_second: f64) -> Self {
        self.set(3, metres_per_second)
    }

    /// Pool length in metres (overrides the template's).
    pub fn pool_length_meters(self, metres: f64) -> Self {
        self.set(4, metres)
    }

    /// Adds a field the SDK does not model to the JSON body.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        let mut body = Extra::new();
        body.insert(
            "planned_date".to_owned(),
            Value::String(self.planned_date.to_string()),
        );
        for (name, value) in self.metrics {
            if let Some(v) = value {
                let n = serde_json::Number::from_f64(v)
                    .filter(|_| v >= 0.0)
                    .ok_or_else(|| Error::invalid(name, "must be a finite, non-negative number"))?;
                body.insert(name.to_owned(), Value::Number(n));
            }
        }
        merge_extra(&mut body, &self.extra);
        RequestBuilder::new(
            Method::POST,
            config,
            &format!("/workouts/{}/plan", self.workout_id),
        )
        .query("user_id", &self.user_id)
        .json(&body)?
        .build(config, credentials)
    }
}

simple_op!(PlanWorkout, PlannedWorkoutCreated);

/// The answer to [`PlanWorkout`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlannedWorkoutCreated {
    /// `success`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The id of the planned workout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_workout_id: Option<String>,
    /// The provider's id for the pushed workout (absent for SDK delivery).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_workout_id: Option<String>,
    /// Set when the provider could not represent the template exactly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coercion_warnings: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(PlannedWorkoutCreated {
    "status" => status,
    "planned_workout_id" => planned_workout_id via string_or_number: Option<String> = "string or number",
    "provider_workout_id" => provider_workout_id via string_or_number: Option<String> = "string or number",
    "coercion_warnings" => coercion_warnings,
});

/// `GET /plannedWorkouts`: a user's planned workouts, including those
/// created on the provider's side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListPlannedWorkouts {
    user_id: String,
    start_date: Option<CalendarDate>,
    end_date: Option<CalendarDate>,
    extra: Vec<(String, String)>,
}

impl ListPlannedWorkouts {
    /// The planned workouts of `user_id` (without dates, Terra looks at the
    /// trailing 30 days for provider-side workouts).
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            start_date: None,
            end_date: None,
            extra: Vec::new(),
        }
    }

    /// The first planned date to include.
    pub fn start_date(mut self, date: CalendarDate) -> Self {
        self.start_date = Some(date);
        self
    }

    /// The last planned date to include.
    pub fn end_date(mut self, date: CalendarDate) -> Self {
        self.end_date = Some(date);
        self
    }

    extra_query!();

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        if let (Some(s), Some(e)) = (self.start_date, self.end_date)
            && s > e
        {
            return Err(Error::invalid(
                "start_date",
                format!("start {s} is after end {e}"),
            ));
        }
        let start = self.start_date.map(|d| d.to_string());
        let end = self.end_date.map(|d| d.to_string());
        RequestBuilder::new(Method::GET, config, "/plannedWorkouts")
            .query("user_id", &self.user_id)
            .query_opt("start_date", start.as_deref())
            .query_opt("end_date", end.as_deref())
            .query_extra(&self.extra)
            .build(config, credentials)
    }
}

simple_op!(ListPlannedWorkouts, Vec<PlannedWorkout>);

/// `GET /plannedWorkouts/{planned_workout_id}`: one planned workout created
/// through Terra.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetPlannedWorkout {
    planned_workout_id: i64,
    user_id: String,
    extra: Vec<(String, String)>,
}

impl GetPlannedWorkout {
    /// The planned workout with this id, of `user_id`.
    pub fn new(planned_workout_id: i64, user_id: impl Into<String>) -> Self {
        Self {
            planned_workout_id,
            user_id: user_id.into(),
            extra: Vec::new(),
        }
    }

    extra_query!();

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        planned_request(
            Method::GET,
            self.planned_workout_id,
            &self.user_id,
            &self.extra,
            config,
        )?
        .build(config, credentials)
    }
}

simple_op!(GetPlannedWorkout, PlannedWorkoutSummary);

fn planned_request(
    method: Method,
    id: i64,
    user_id: &str,
    extra: &[(String, String)],
    config: &Config,
) -> Result<RequestBuilder, Error> {
    require_non_empty("user_id", user_id)?;
    Ok(
        RequestBuilder::new(method, config, &format!("/plannedWorkouts/{id}"))
            .query("user_id", user_id)
            .query_extra(extra),
    )
}

/// `PATCH /plannedWorkouts/{planned_workout_id}`: moves a planned workout
/// to another date.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdatePlannedWorkout {
    planned_workout_id: i64,
    user_id: String,
    planned_date: CalendarDate,
    extra: Extra,
}

impl UpdatePlannedWorkout {
    /// Reschedules planned workout `planned_workout_id` of `user_id` to
    /// `planned_date`.
    pub fn new(
        planned_workout_id: i64,
        user_id: impl Into<String>,
        planned_date: CalendarDate,
    ) -> Self {
        Self {
            planned_workout_id,
            user_id: user_id.into(),
            planned_date,
            extra: Extra::new(),
        }
    }

    /// Adds a field the SDK does not model to the JSON body.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(name.into(), value.into());
        self
    }

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let mut body = Extra::new();
        body.insert(
            "planned_date".to_owned(),
            Value::String(self.planned_date.to_string()),
        );
        merge_extra(&mut body, &self.extra);
        planned_request(
            Method::PATCH,
            self.planned_workout_id,
            &self.user_id,
            &[],
            config,
        )?
        .json(&body)?
        .build(config, credentials)
    }
}

simple_op!(UpdatePlannedWorkout, PlannedWorkoutSummary);

/// `DELETE /plannedWorkouts/{planned_workout_id}`: removes a planned
/// workout from the user's calendar and provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeletePlannedWorkout {
    planned_workout_id: i64,
    user_id: String,
    extra: Vec<(String, String)>,
}

impl DeletePlannedWorkout {
    /// Deletes planned workout `planned_workout_id` of `user_id`.
    pub fn new(planned_workout_id: i64, user_id: impl Into<String>) -> Self {
        Self {
            planned_workout_id,
            user_id: user_id.into(),
            extra: Vec::new(),
        }
    }

    extra_query!();
}

impl Operation for DeletePlannedWorkout {
    type Output = Response<()>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        planned_request(
            Method::DELETE,
            self.planned_workout_id,
            &self.user_id,
            &self.extra,
            config,
        )?
        .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_empty(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::test_support::*;
    use serde_json::json;

    fn template_json() -> Value {
        json!({
            "name": "5 x 1 km",
            "description": "Intervals at threshold",
            "sport": "running",
            "environment": "outdoor",
            "step_blocks": [
                {"completion_condition": {"type": "open"},
                 "steps": [{"completion_condition": {"type": "time", "value": 600}, "intensity_type": "warmup"}]},
                {"completion_condition": {"type": "reps", "value": 5},
                 "steps": [
                    {"completion_condition": {"type": "distance", "value": 1000}, "intensity_type": "active"},
                    {"completion_condition": {"type": "time", "value": 90}, "intensity_type": "rest"}
                 ]}
            ],
            "estimated_duration_seconds": 2700
        })
    }

    fn template() -> WorkoutTemplate {
        serde_json::from_value(template_json()).unwrap()
    }

    fn d(s: &str) -> CalendarDate {
        CalendarDate::parse(s).unwrap()
    }

    #[test]
    fn create_workout() {
        let op = CreateWorkout::new(template());
        let req = request(&op);
        assert_request(
            &req,
            Method::POST,
            "/workouts",
            true,
            Some("application/json"),
        );
        let body = json_body(&req);
        assert_eq!(body["name"], "5 x 1 km");
        assert_eq!(body["sport"], "running");
        assert_eq!(
            body["step_blocks"][1]["steps"][0]["intensity_type"],
            "active"
        );
        assert_eq!(body, serde_json::to_value(template()).unwrap());
        let r = op
            .parse_response(answer(200, r#"{"status":"success","workout_id":"1024"}"#))
            .unwrap();
        assert_eq!(r.workout_id.as_deref(), Some("1024"));
        let r = op
            .parse_response(answer(200, r#"{"status":"success","workout_id":1024}"#))
            .unwrap();
        assert_eq!(r.workout_id.as_deref(), Some("1024"));
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn list_and_get_workouts() {
        let op = ListWorkouts::new();
        assert_request(&request(&op), Method::GET, "/workouts", true, None);
        let mut t = template_json();
        t["workout_id"] = json!("1024");
        let body = json!([t]).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(serde_json::to_value(&r[0]).unwrap()["workout_id"], "1024");
        let r = op.parse_response(answer(200, "[]")).unwrap();
        assert!(r.is_empty());
        assert_error_shapes(&op);
        assert_malformed_list_bodies(&op, 200);

        let op = GetWorkout::new(1024);
        assert_request(&request(&op), Method::GET, "/workouts/1024", true, None);
        assert_eq!(
            path_and_query(&request(&GetWorkout::new(-1).extra("a", "b"))),
            "/workouts/-1?a=b"
        );
        let r = op.parse_response(answer(200, &t.to_string())).unwrap();
        assert_eq!(serde_json::to_value(r.value()).unwrap()["name"], "5 x 1 km");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn delete_workout() {
        let op = DeleteWorkout::new(77);
        assert_request(&request(&op), Method::DELETE, "/workouts/77", true, None);
        let r = op.parse_response(answer_with(204, &[], b"")).unwrap();
        assert_eq!(r.value(), &DeleteWorkoutOutcome::Deleted);
        assert!(r.is_complete());
        assert_eq!(r.status(), 204);
        let r = op
            .parse_response(answer(207, r#"{"message":"GARMIN deletion failed"}"#))
            .unwrap();
        assert_eq!(
            r.value(),
            &DeleteWorkoutOutcome::Partial {
                message: Some("GARMIN deletion failed".into())
            }
        );
        assert!(!r.is_complete());
        let r = op.parse_response(answer_with(207, &[], b"")).unwrap();
        assert_eq!(r.value(), &DeleteWorkoutOutcome::Partial { message: None });
        assert_decode_error(&op, 207, b"{\"message\":", "not valid JSON");
        let e = op
            .parse_response(answer_with(
                424,
                &[("content-type", "application/problem+json")],
                br#"{"type":"about:blank","title":"Failed Dependency","instance":"/v2/workouts/77"}"#,
            ))
            .unwrap_err();
        assert_eq!(e.status(), Some(http::StatusCode::FAILED_DEPENDENCY));
        assert!(e.to_string().contains("Failed Dependency"), "{e}");
        assert_error_shapes(&op);
    }

    #[test]
    fn plan_workout() {
        let op = PlanWorkout::new(1024, "u-1", d("2026-03-02"));
        let req = request(&op);
        assert_request(
            &req,
            Method::POST,
            "/workouts/1024/plan?user_id=u-1",
            true,
            Some("application/json"),
        );
        assert_eq!(json_body(&req), json!({"planned_date": "2026-03-02"}));
        let op = PlanWorkout::new(1024, "u-1", d("2026-03-02"))
            .ftp(250.0)
            .max_heart_rate(190.0)
            .threshold_heart_rate(172.5)
            .threshold_speed(4.2)
            .pool_length_meters(25.0)
            .extra("note", "race week")
            .extra("planned_date", "ignored");
        assert_eq!(
            json_body(&request(&op)),
            json!({"planned_date": "2026-03-02", "ftp": 250.0, "max_heart_rate": 190.0,
                   "threshold_heart_rate": 172.5, "threshold_speed": 4.2,
                   "pool_length_meters": 25.0, "note": "race week"})
        );
        invalid(&PlanWorkout::new(1, "", d("2026-03-02")), "user_id");
        invalid(
            &PlanWorkout::new(1, "u", d("2026-03-02")).ftp(f64::NAN),
            "ftp",
        );
        invalid(
            &PlanWorkout::new(1, "u", d("2026-03-02")).threshold_speed(-1.0),
            "threshold_speed",
        );
        let r = op
            .parse_response(answer(
                201,
                r#"{"status":"success","planned_workout_id":"2048","provider_workout_id":"g-991",
                    "coercion_warnings":"power targets rounded"}"#,
            ))
            .unwrap();
        assert_eq!(r.status(), 201);
        assert_eq!(r.planned_workout_id.as_deref(), Some("2048"));
        assert_eq!(r.provider_workout_id.as_deref(), Some("g-991"));
        assert_eq!(
            r.coercion_warnings.as_deref(),
            Some("power targets rounded")
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 201);
    }

    #[test]
    fn list_planned_workouts() {
        let op = ListPlannedWorkouts::new("u-1");
        assert_request(
            &request(&op),
            Method::GET,
            "/plannedWorkouts?user_id=u-1",
            true,
            None,
        );
        let op2 = ListPlannedWorkouts::new("u-1")
            .start_date(d("2026-03-01"))
            .end_date(d("2026-03-31"))
            .extra("x", "1");
        assert_eq!(
            path_and_query(&request(&op2)),
            "/plannedWorkouts?user_id=u-1&start_date=2026-03-01&end_date=2026-03-31&x=1"
        );
        assert_eq!(
            path_and_query(&request(
                &ListPlannedWorkouts::new("u-1").end_date(d("2026-03-31"))
            )),
            "/plannedWorkouts?user_id=u-1&end_date=2026-03-31"
        );
        invalid(
            &ListPlannedWorkouts::new("u-1")
                .start_date(d("2026-04-01"))
                .end_date(d("2026-03-31")),
            "start_date",
        );
        invalid(&ListPlannedWorkouts::new(""), "user_id");
        let body = r#"[{"planned_workout_id":"2048","workout_id":"1024","planned_date":"2026-03-02",
            "provider_workout_id":"g-991","created_at":"2026-02-20T10:00:00Z","is_external":false},
            {"planned_workout_id":null,"planned_date":"2026-03-04","is_external":true,
             "details":null}]"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        assert_eq!(r.len(), 2);
        let first = serde_json::to_value(&r[0]).unwrap();
        assert_eq!(first["planned_workout_id"], "2048");
        assert_eq!(serde_json::to_value(&r[1]).unwrap()["is_external"], true);
        assert_error_shapes(&op);
        assert_malformed_list_bodies(&op, 200);
    }

    #[test]
    fn get_update_delete_planned_workout() {
        let summary = r#"{"planned_workout_id":"2048","planned_date":"2026-03-05","is_external":false,
            "workout_id":"1024","provider_workout_id":"g-991"}"#;

        let op = GetPlannedWorkout::new(2048, "u-1");
        assert_request(
            &request(&op),
            Method::GET,
            "/plannedWorkouts/2048?user_id=u-1",
            true,
            None,
        );
        invalid(&GetPlannedWorkout::new(2048, ""), "user_id");
        let r = op.parse_response(answer(200, summary)).unwrap();
        assert_eq!(
            serde_json::to_value(r.value()).unwrap()["planned_date"],
            "2026-03-05"
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        let op = UpdatePlannedWorkout::new(2048, "u-1", d("2026-03-05")).extra("k", 1);
        let req = request(&op);
        assert_request(
            &req,
            Method::PATCH,
            "/plannedWorkouts/2048?user_id=u-1",
            true,
            Some("application/json"),
        );
        assert_eq!(
            json_body(&req),
            json!({"planned_date": "2026-03-05", "k": 1})
        );
        invalid(
            &UpdatePlannedWorkout::new(2048, "", d("2026-03-05")),
            "user_id",
        );
        let r = op.parse_response(answer(200, summary)).unwrap();
        assert_eq!(
            serde_json::to_value(r.value()).unwrap()["planned_workout_id"],
            "2048"
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        let op = DeletePlannedWorkout::new(2048, "u-1");
        assert_request(
            &request(&op),
            Method::DELETE,
            "/plannedWorkouts/2048?user_id=u-1",
            true,
            None,
        );
        invalid(&DeletePlannedWorkout::new(2048, ""), "user_id");
        let r = op.parse_response(answer_with(204, &[], b"")).unwrap();
        assert_eq!(r.status(), 204);
        assert_error_shapes(&op);
    }
}
