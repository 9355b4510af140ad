//! One type per Terra v2 operation.
//!
//! Every endpoint of the v2 API is a small struct with a builder. Each
//! implements [`Operation`](crate::Operation): it builds an
//! `http::Request<Vec<u8>>` and parses an `http::Response<B>` into a typed
//! [`Response`], without doing any IO.
//!
//! | group | operations |
//! |---|---|
//! | authentication | [`AuthenticateUser`], [`GenerateWidgetSession`], [`DeauthenticateUser`], [`GenerateAuthToken`] |
//! | data | [`GetData`] ([`GetActivity`], [`GetBody`], [`GetDaily`], [`GetSleep`], [`GetNutrition`], [`GetMenstruation`]), [`GetAthlete`], [`RequestToWebhook`] |
//! | users | [`GetUserInfo`], [`ListUsers`], [`BulkUserInfo`], [`ModifyUser`] |
//! | writes and deletes | [`WriteActivity`], [`WriteBody`], [`WriteNutrition`], [`WritePlannedWorkoutPlans`], [`DeleteBodyEntries`], [`DeleteNutritionEntries`], [`DeletePlannedWorkoutPlans`], [`GetPlannedWorkoutPlans`] |
//! | integrations | [`ListProviders`], [`ListProvidersDetailed`] |
//! | workouts | [`CreateWorkout`], [`ListWorkouts`], [`GetWorkout`], [`DeleteWorkout`], [`PlanWorkout`], [`ListPlannedWorkouts`], [`GetPlannedWorkout`], [`UpdatePlannedWorkout`], [`DeletePlannedWorkout`] |
//! | lab reports | [`UploadLabReport`], [`ListLabReports`], [`GetLabReport`], [`DeleteLabReport`], [`ListLabReportDeliveries`], [`ListLabReportFiles`] |
//!
//! Parameters the SDK does not model yet can be passed with `.extra(name,
//! value)`: as query parameters, or as extra JSON fields for operations
//! whose request has a JSON object body.
//!
//! ```
//! use tryterra_core::{CalendarDate, Config, Credentials, Operation};
//! use tryterra_core::ops::GetActivity;
//!
//! let config = Config::default();
//! let credentials = Credentials::new("my-dev-id", "my-api-key");
//! let op = GetActivity::new("user-1", CalendarDate::new(2026, 1, 1)?)
//!     .end(CalendarDate::new(2026, 1, 7)?)
//!     .with_samples(true);
//! let request = op.to_request(&config, &credentials)?;
//! assert_eq!(
//!     request.uri(),
//!     "https://api.tryterra.co/v2/activity?user_id=user-1&start_date=2026-01-01\
//!      &end_date=2026-01-07&to_webhook=false&with_samples=true"
//! );
//! # Ok::<(), tryterra_core::Error>(())
//! ```

mod auth;
mod data;
mod integrations;
mod lab_reports;
mod records;
mod users;
mod workouts;

#[cfg(test)]
mod test_support;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use crate::error::Error;
use crate::operation::{Response, check_status};

pub use auth::{
    AuthToken, AuthUrl, AuthenticateUser, DeauthenticateUser, GenerateAuthToken,
    GenerateWidgetSession, StatusResponse, WidgetSession,
};
pub use data::{
    AthleteResponse, DataKind, DataResponse, GetActivity, GetAthlete, GetBody, GetDaily, GetData,
    GetMenstruation, GetNutrition, GetSleep, RequestToWebhook, WebhookAck, kind,
};
pub use integrations::{ListProviders, ListProvidersDetailed, Providers};
pub use lab_reports::{
    DeleteLabReport, GetLabReport, ListLabReportDeliveries, ListLabReportFiles, ListLabReports,
    UploadLabReport,
};
pub use records::{
    DeleteBodyEntries, DeleteNutritionEntries, DeletePlannedWorkoutPlans, DeleteResponse,
    GetPlannedWorkoutPlans, PlanMetadata, PlannedWorkoutPlan, PlannedWorkoutPlansToWebhook,
    PlansResponse, ProcessedItem, WriteActivity, WriteBody, WriteNutrition,
    WritePlannedWorkoutPlans, WriteResponse,
};
pub use users::{
    BulkUserInfo, GetUserInfo, ListUsers, ModifyUser, ModifyUserResponse, PolledUser,
    Subscriptions, SubscriptionsPage, UserInfo, UserInfoResponse,
};
pub use workouts::{
    CreateWorkout, CreatedWorkout, DeletePlannedWorkout, DeleteWorkout, DeleteWorkoutOutcome,
    GetPlannedWorkout, GetWorkout, ListPlannedWorkouts, ListWorkouts, PlanWorkout,
    PlannedWorkoutCreated, UpdatePlannedWorkout,
};

/// Unknown JSON fields kept by the response envelopes: the same map type
/// the generated models use.
pub use crate::models::Extra;

/// The kinds of data Terra serves, as named in paths, webhook `type`s and
/// command lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DataType {
    /// Workouts (`/activity`).
    Activity,
    /// Body metrics (`/body`).
    Body,
    /// Daily summaries (`/daily`).
    Daily,
    /// Sleep sessions (`/sleep`).
    Sleep,
    /// Meals and drinks (`/nutrition`).
    Nutrition,
    /// Menstrual cycle data (`/menstruation`).
    Menstruation,
    /// The user's profile (`/athlete`).
    Athlete,
}

impl DataType {
    /// Every data type, in a stable order.
    pub const ALL: [DataType; 7] = [
        DataType::Activity,
        DataType::Body,
        DataType::Daily,
        DataType::Sleep,
        DataType::Nutrition,
        DataType::Menstruation,
        DataType::Athlete,
    ];

    /// The lowercase name Terra uses (`activity`, `body`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            DataType::Activity => "activity",
            DataType::Body => "body",
            DataType::Daily => "daily",
            DataType::Sleep => "sleep",
            DataType::Nutrition => "nutrition",
            DataType::Menstruation => "menstruation",
            DataType::Athlete => "athlete",
        }
    }

    /// The API path serving this type (`/activity`, …).
    pub fn path(self) -> &'static str {
        match self {
            DataType::Activity => "/activity",
            DataType::Body => "/body",
            DataType::Daily => "/daily",
            DataType::Sleep => "/sleep",
            DataType::Nutrition => "/nutrition",
            DataType::Menstruation => "/menstruation",
            DataType::Athlete => "/athlete",
        }
    }

    /// `true` for the types queried over a date range (all but
    /// [`DataType::Athlete`]).
    pub fn has_date_range(self) -> bool {
        self != DataType::Athlete
    }
}

impl serde::Serialize for DataType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DataType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for DataType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`DataType`] from a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDataTypeError(String);

impl fmt::Display for ParseDataTypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown data type `{}` (expected one of activity, body, daily, sleep, nutrition, menstruation, athlete)",
            self.0
        )
    }
}

impl std::error::Error for ParseDataTypeError {}

impl FromStr for DataType {
    type Err = ParseDataTypeError;

    /// Parses a name case-insensitively (`activity`, `Sleep`, `BODY`, …).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        DataType::ALL
            .into_iter()
            .find(|d| d.as_str().eq_ignore_ascii_case(t))
            .ok_or_else(|| ParseDataTypeError(s.to_owned()))
    }
}

// ---------------------------------------------------------------------------
// Helpers shared by the operations.

/// Refuses an empty required string parameter.
fn require_non_empty(field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        Err(Error::invalid(field, "must not be empty"))
    } else {
        Ok(())
    }
}

/// Percent-encodes one path segment.
fn path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    crate::operation::encode_component(&mut out, value);
    out
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Reads an answer that carries no body we need (204, or a 2xx with an
/// ignored body).
fn parse_empty<B: AsRef<[u8]>>(response: http::Response<B>) -> Result<Response<()>, Error> {
    let body = check_status(&response)?;
    Ok(Response::new((), response.status(), body.to_vec()))
}

/// Adds the caller's extra fields to a JSON object body; modelled fields win
/// over extras with the same name only if they are set.
fn merge_extra(body: &mut Extra, extra: &Extra) {
    for (k, v) in extra {
        body.entry(k.clone()).or_insert_with(|| v.clone());
    }
}

/// Deserializes `null` as the type's default (used for lists).
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Deserializes an identifier Terra may send as a string or as a number.
fn string_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        S(String),
        I(i64),
        U(u64),
        F(f64),
    }
    Ok(match Option::<Id>::deserialize(d)? {
        None => None,
        Some(Id::S(s)) => Some(s),
        Some(Id::I(i)) => Some(i.to_string()),
        Some(Id::U(u)) => Some(u.to_string()),
        Some(Id::F(f)) => Some(f.to_string()),
    })
}

/// Deserializes a non-negative count Terra may send as `180`, `180.0` or
/// `"180"`.
fn lenient_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    use serde::de::Error as _;
    let v = Option::<serde_json::Value>::deserialize(d)?;
    match v {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => {
            if let Some(u) = n.as_u64() {
                Ok(Some(u))
            } else if let Some(f) = n.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0) {
                if f <= u64::MAX as f64 {
                    Ok(Some(f as u64))
                } else {
                    Err(D::Error::custom(format!("{f} is out of range")))
                }
            } else {
                Err(D::Error::custom(format!(
                    "expected a non-negative integer, found {n}"
                )))
            }
        }
        Some(serde_json::Value::String(s)) => {
            s.trim().parse().map(Some).map_err(|_| {
                D::Error::custom(format!("expected a non-negative integer, found {s:?}"))
            })
        }
        Some(other) => Err(D::Error::custom(format!(
            "expected a non-negative integer, found {other}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_type_names_round_trip() {
        for d in DataType::ALL {
            assert_eq!(d.as_str().parse::<DataType>().unwrap(), d);
            assert_eq!(d.to_string().to_uppercase().parse::<DataType>().unwrap(), d);
            assert_eq!(d.path(), format!("/{}", d.as_str()));
        }
        assert_eq!(" Sleep ".parse::<DataType>().unwrap(), DataType::Sleep);
        let err = "steps".parse::<DataType>().unwrap_err();
        assert!(err.to_string().contains("`steps`"));
        assert!(!DataType::Athlete.has_date_range());
        assert_eq!(
            serde_json::to_string(&DataType::Daily).unwrap(),
            "\"daily\""
        );
        assert_eq!(
            serde_json::from_str::<DataType>("\"nutrition\"").unwrap(),
            DataType::Nutrition
        );
        assert!(serde_json::from_str::<DataType>("\"hormone\"").is_err());
        assert!(DataType::Menstruation.has_date_range());
    }

    #[test]
    fn operations_are_send_sync_static() {
        fn check<T: crate::Operation + Send + Sync + Clone + std::fmt::Debug + 'static>()
        where
            T::Output: Send + Sync + 'static,
        {
        }
        check::<AuthenticateUser>();
        check::<GenerateWidgetSession>();
        check::<DeauthenticateUser>();
        check::<GenerateAuthToken>();
        check::<GetActivity>();
        check::<GetBody>();
        check::<GetDaily>();
        check::<GetSleep>();
        check::<GetNutrition>();
        check::<GetMenstruation>();
        check::<GetAthlete>();
        check::<RequestToWebhook>();
        check::<GetUserInfo>();
        check::<ListUsers>();
        check::<BulkUserInfo>();
        check::<ListProviders>();
        check::<ListProvidersDetailed>();
        check::<CreateWorkout>();
        check::<ListWorkouts>();
        check::<GetWorkout>();
        check::<DeleteWorkout>();
        check::<PlanWorkout>();
        check::<ListPlannedWorkouts>();
        check::<GetPlannedWorkout>();
        check::<UpdatePlannedWorkout>();
        check::<DeletePlannedWorkout>();
        check::<UploadLabReport>();
        check::<ListLabReports>();
        check::<GetLabReport>();
        check::<DeleteLabReport>();
        check::<ListLabReportDeliveries>();
        check::<ListLabReportFiles>();
        check::<WriteActivity>();
        check::<WriteBody>();
        check::<WriteNutrition>();
        check::<WritePlannedWorkoutPlans>();
        check::<DeleteBodyEntries>();
        check::<DeleteNutritionEntries>();
        check::<DeletePlannedWorkoutPlans>();
        check::<GetPlannedWorkoutPlans>();
        check::<PlannedWorkoutPlansToWebhook>();
        check::<ModifyUser>();
    }

    #[test]
    fn lenient_numbers() {
        #[derive(Deserialize)]
        struct T {
            #[serde(default, deserialize_with = "lenient_u64")]
            n: Option<u64>,
            #[serde(default, deserialize_with = "string_or_number")]
            id: Option<String>,
        }
        for (json, n, id) in [
            (r#"{"n":180,"id":"1024"}"#, Some(180), Some("1024")),
            (r#"{"n":180.0,"id":1024}"#, Some(180), Some("1024")),
            (r#"{"n":"180","id":null}"#, Some(180), None),
            (r#"{}"#, None, None),
        ] {
            let t: T = serde_json::from_str(json).unwrap();
            assert_eq!(t.n, n, "{json}");
            assert_eq!(t.id.as_deref(), id, "{json}");
        }
        for bad in [r#"{"n":-1}"#, r#"{"n":1.5}"#, r#"{"n":"x"}"#, r#"{"n":[]}"#] {
            assert!(serde_json::from_str::<T>(bad).is_err(), "{bad}");
        }
    }
}

#[cfg(test)]
mod every_output_reports {
    use super::*;
    use crate::models::Mismatches;

    fn reportable<O: crate::Operation>()
    where
        O::Output: Mismatches,
    {
    }

    /// Every typed answer offers `Response::mismatches` (a compile-time
    /// check: a new operation whose output does not report fails here).
    #[test]
    fn all_operations() {
        reportable::<GetActivity>();
        reportable::<GetBody>();
        reportable::<GetDaily>();
        reportable::<GetSleep>();
        reportable::<GetNutrition>();
        reportable::<GetMenstruation>();
        reportable::<GetAthlete>();
        reportable::<RequestToWebhook>();
        reportable::<AuthenticateUser>();
        reportable::<GenerateWidgetSession>();
        reportable::<DeauthenticateUser>();
        reportable::<GenerateAuthToken>();
        reportable::<CreateWorkout>();
        reportable::<ListWorkouts>();
        reportable::<GetWorkout>();
        reportable::<DeleteWorkout>();
        reportable::<PlanWorkout>();
        reportable::<ListPlannedWorkouts>();
        reportable::<GetPlannedWorkout>();
        reportable::<UpdatePlannedWorkout>();
        reportable::<DeletePlannedWorkout>();
        reportable::<GetUserInfo>();
        reportable::<ListUsers>();
        reportable::<BulkUserInfo>();
        reportable::<ListProviders>();
        reportable::<ListProvidersDetailed>();
        reportable::<UploadLabReport>();
        reportable::<ListLabReports>();
        reportable::<GetLabReport>();
        reportable::<DeleteLabReport>();
        reportable::<ListLabReportDeliveries>();
        reportable::<ListLabReportFiles>();
    }
}
