//! Writing and deleting a user's records on their provider, and the
//! singular `/plannedWorkout` endpoints.
//!
//! These operations are offered by Terra's official SDKs but are not in the
//! OpenAPI description the models are generated from, so their requests
//! and answers are modelled here by hand:
//!
//! | operation | request |
//! |---|---|
//! | [`WriteActivity`] | `POST /activity`, body `{"data": [...]}` |
//! | [`WriteBody`] | `POST /body`, body `{"data": [...]}` |
//! | [`WriteNutrition`] | `POST /nutrition`, body `{"data": [...]}` |
//! | [`WritePlannedWorkoutPlans`] | `POST /plannedWorkout?user_id=…`, body `{"data": [...]}` |
//! | [`DeleteBodyEntries`] | `DELETE /body?user_id=…`, body `{"log_ids": [...]}` |
//! | [`DeleteNutritionEntries`] | `DELETE /nutrition?user_id=…`, body `{"data": [...]}` |
//! | [`DeletePlannedWorkoutPlans`] | `DELETE /plannedWorkout?user_id=…`, body `{"data": [...]}` |
//! | [`GetPlannedWorkoutPlans`] | `GET /plannedWorkout?user_id=…&start_date=…` |
//!
//! The writes answer a [`WriteResponse`], the deletes a [`DeleteResponse`].
//! A "plan" ([`PlannedWorkoutPlan`]) is the SDKs' `PlannedWorkout`: steps
//! and metadata for a device to follow. It is a different object from the
//! calendar entry of `/plannedWorkouts` ([`crate::models::PlannedWorkout`]).

use http::Method;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::{Extra, WebhookAck, bool_str, null_as_default, require_non_empty};
use crate::config::{Config, Credentials};
use crate::dates::{DateParam, check_range};
use crate::error::{DecodeError, Error};
use crate::models::{List, TerraUser};
use crate::operation::{
    Operation, RequestBuilder, Response, check_status, decode_json, parse_json,
};

// ---------------------------------------------------------------------------
// Answers

/// The answer to a write ([`WriteActivity`], [`WriteBody`],
/// [`WriteNutrition`], [`WritePlannedWorkoutPlans`]).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WriteResponse {
    /// The user the records were written for.
    pub user: Option<TerraUser>,
    /// The identifiers of the created objects, one per record sent, in the
    /// order they were sent. Numbers are read as their decimal text.
    pub log_ids: Vec<String>,
    /// Terra's free-text note on the outcome.
    pub message: Option<String>,
    /// Fields the SDK does not model.
    pub extra: Extra,
}

crate::models::support::object_deserialize!(WriteResponse {
    "user" => user,
    "log_ids" => log_ids via id_list: Vec<String> = "array of ids",
    "message" => message,
});

crate::models::support::envelope_serialize!(WriteResponse {
    "user" => user,
    "log_ids" => log_ids,
    "message" => message,
});

/// The answer to a delete ([`DeleteBodyEntries`],
/// [`DeleteNutritionEntries`], [`DeletePlannedWorkoutPlans`]).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// The user the entries belonged to.
    pub user: Option<TerraUser>,
    /// One item per identifier whose deletion was attempted.
    pub processed_data: Vec<ProcessedItem>,
    /// Fields the SDK does not model.
    pub extra: Extra,
}

crate::models::support::object_deserialize!(DeleteResponse {
    "user" => user,
    "processed_data" => processed_data via null_as_default: Vec<ProcessedItem> = "array of processed items",
});

crate::models::support::envelope_serialize!(DeleteResponse {
    "user" => user,
    "processed_data" => processed_data,
});

impl DeleteResponse {
    /// `true` when every attempted deletion got a 2xx code from the provider
    /// (and at least one was attempted).
    pub fn all_deleted(&self) -> bool {
        !self.processed_data.is_empty() && self.processed_data.iter().all(ProcessedItem::deleted)
    }
}

/// The outcome of deleting one entry.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ProcessedItem {
    /// The identifier whose deletion was attempted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The HTTP status the provider answered for this deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_code: Option<i64>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(ProcessedItem {
    "id" => id via super::string_or_number: Option<String> = "string or number",
    "response_code" => response_code,
});

impl ProcessedItem {
    /// `true` when the provider answered this deletion with a 2xx code.
    pub fn deleted(&self) -> bool {
        self.response_code.is_some_and(|c| (200..300).contains(&c))
    }
}

/// Reads a list of identifiers sent as strings or numbers; `null` is empty.
fn id_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    struct Id(#[serde(deserialize_with = "super::string_or_number")] Option<String>);
    let ids: Option<Vec<Id>> = Option::deserialize(d)?;
    Ok(ids
        .unwrap_or_default()
        .into_iter()
        .filter_map(|Id(s)| s)
        .collect())
}

// ---------------------------------------------------------------------------
// The plan model

/// A workout plan for a device to follow: the object Terra's official SDKs
/// call `PlannedWorkout` (`{metadata, steps}`), as written by
/// [`WritePlannedWorkoutPlans`] and read by [`GetPlannedWorkoutPlans`].
///
/// The steps are a union of nine kinds tagged by a string `type`; they are
/// kept as JSON values so no variant is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlannedWorkoutPlan {
    /// What the plan is (name, sport, estimates, dates).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PlanMetadata>,
    /// The steps, in order; each is an object with a string `type`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Value>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(PlannedWorkoutPlan {
    "metadata" => metadata,
    "steps" => steps via null_as_default: Vec<Value> = "array",
});

impl PlannedWorkoutPlan {
    /// A plan with this metadata and these steps.
    pub fn new(metadata: PlanMetadata, steps: Vec<Value>) -> Self {
        Self {
            metadata: Some(metadata),
            steps,
            extra: Extra::new(),
        }
    }
}

/// The metadata of a [`PlannedWorkoutPlan`]. The estimates and other
/// fields not listed here are kept in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlanMetadata {
    /// The plan's identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The plan's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A longer description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The provider the plan lives on (upper case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The sport, as an upper-case activity name (`RUNNING`, `BIKING`, …).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// When the plan is meant to be done (ISO 8601 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<String>,
    /// When the plan was created (ISO 8601 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(PlanMetadata {
    "id" => id via super::string_or_number: Option<String> = "string or number",
    "name" => name,
    "description" => description,
    "provider" => provider,
    "type" => r#type,
    "planned_date" => planned_date,
    "created_date" => created_date,
});

impl PlanMetadata {
    /// Metadata with a name and a sport (`RUNNING`, `STRENGTH_TRAINING`, …).
    pub fn new(name: impl Into<String>, sport: impl Into<String>) -> Self {
        Self {
            name: Some(name.into()),
            r#type: Some(sport.into()),
            ..Self::default()
        }
    }
}

// ---------------------------------------------------------------------------
// Writes

/// Turns typed records into the JSON values sent.
fn to_values<T: Serialize>(records: Vec<T>) -> Result<Vec<Value>, String> {
    records
        .into_iter()
        .map(|r| serde_json::to_value(r).map_err(|e| e.to_string()))
        .collect()
}

/// Checks the records of a write: at least one, each a JSON object, with a
/// `metadata` object when `metadata_required`.
fn check_records(records: &[Value], metadata_required: bool) -> Result<(), Error> {
    if records.is_empty() {
        return Err(Error::invalid("data", "at least one record is needed"));
    }
    for (i, r) in records.iter().enumerate() {
        let Some(o) = r.as_object() else {
            return Err(Error::invalid(
                "data",
                format!("record {i} is not a JSON object"),
            ));
        };
        if metadata_required && !o.get("metadata").is_some_and(Value::is_object) {
            return Err(Error::invalid(
                "data",
                format!("record {i} has no `metadata` object"),
            ));
        }
    }
    Ok(())
}

macro_rules! write_op {
    (
        $(#[$doc:meta])*
        $name:ident, $path:literal, $model:ty, $what:literal
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name {
            user_id: Option<String>,
            records: Result<Vec<Value>, String>,
            extra: Vec<(String, String)>,
        }

        impl $name {
            #[doc = concat!("Writes these ", $what, " records (at least one).")]
            pub fn new(records: Vec<$model>) -> Self {
                Self::from_records(to_values(records))
            }

            #[doc = concat!("Writes ", $what, " records given as JSON objects, sent as they are.")]
            pub fn from_json(records: Vec<Value>) -> Self {
                Self::from_records(Ok(records))
            }

            fn from_records(records: Result<Vec<Value>, String>) -> Self {
                Self {
                    user_id: None,
                    records,
                    extra: Vec::new(),
                }
            }

            /// Names the user as a `user_id` query parameter. Terra's own
            /// SDKs send none for this write; unset, none is sent.
            pub fn user_id(mut self, user_id: impl Into<String>) -> Self {
                self.user_id = Some(user_id.into());
                self
            }

            /// Adds a query parameter the SDK does not model.
            pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra.push((name.into(), value.into()));
                self
            }
        }

        impl Operation for $name {
            type Output = Response<WriteResponse>;

            fn to_request(
                &self,
                config: &Config,
                credentials: &Credentials,
            ) -> Result<http::Request<Vec<u8>>, Error> {
                build_write(
                    config,
                    credentials,
                    $path,
                    self.user_id.as_deref(),
                    &self.records,
                    true,
                    &self.extra,
                )
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

fn build_write(
    config: &Config,
    credentials: &Credentials,
    path: &str,
    user_id: Option<&str>,
    records: &Result<Vec<Value>, String>,
    metadata_required: bool,
    extra: &[(String, String)],
) -> Result<http::Request<Vec<u8>>, Error> {
    let records = records
        .as_ref()
        .map_err(|e| Error::invalid("data", format!("cannot encode a record: {e}")))?;
    if let Some(u) = user_id {
        require_non_empty("user_id", u)?;
    }
    check_records(records, metadata_required)?;
    #[derive(Serialize)]
    struct Body<'a> {
        data: &'a [Value],
    }
    RequestBuilder::new(Method::POST, config, path)
        .query_opt("user_id", user_id)
        .query_extra(extra)
        .json(&Body { data: records })?
        .build(config, credentials)
}

write_op! {
    /// `POST /activity`: writes workouts to the user's provider account
    /// (Terra documents this for Wahoo users only).
    WriteActivity, "/activity", crate::models::Activity, "activity"
}

write_op! {
    /// `POST /body`: writes body measurements to the user's provider account
    /// (Terra documents this for Google Fit users only).
    WriteBody, "/body", crate::models::Body, "body"
}

write_op! {
    /// `POST /nutrition`: writes nutrition logs to the user's provider
    /// account (Terra documents this for Fitbit users only).
    WriteNutrition, "/nutrition", crate::models::Nutrition, "nutrition"
}

/// `POST /plannedWorkout?user_id=…`: pushes workout plans to a user's
/// wearable, for them to follow.
#[derive(Clone, Debug, PartialEq)]
pub struct WritePlannedWorkoutPlans {
    user_id: String,
    records: Result<Vec<Value>, String>,
    extra: Vec<(String, String)>,
}

impl WritePlannedWorkoutPlans {
    /// Pushes these plans (at least one) to `user_id`.
    pub fn new(user_id: impl Into<String>, plans: Vec<PlannedWorkoutPlan>) -> Self {
        Self {
            user_id: user_id.into(),
            records: to_values(plans),
            extra: Vec::new(),
        }
    }

    /// Pushes plans given as JSON objects, sent as they are.
    pub fn from_json(user_id: impl Into<String>, plans: Vec<Value>) -> Self {
        Self {
            user_id: user_id.into(),
            records: Ok(plans),
            extra: Vec::new(),
        }
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for WritePlannedWorkoutPlans {
    type Output = Response<WriteResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        build_write(
            config,
            credentials,
            "/plannedWorkout",
            Some(&self.user_id),
            &self.records,
            false,
            &self.extra,
        )
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

// ---------------------------------------------------------------------------
// Deletes

macro_rules! delete_op {
    (
        $(#[$doc:meta])*
        $name:ident, $path:literal, $key:literal
    ) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            user_id: String,
            ids: Vec<String>,
            extra: Vec<(String, String)>,
        }

        impl $name {
            /// Deletes the entries with these identifiers (at least one,
            /// as returned in a write's `log_ids`) from `user_id`'s account.
            pub fn new<I, S>(user_id: impl Into<String>, ids: I) -> Self
            where
                I: IntoIterator<Item = S>,
                S: Into<String>,
            {
                Self {
                    user_id: user_id.into(),
                    ids: ids.into_iter().map(Into::into).collect(),
                    extra: Vec::new(),
                }
            }

            /// Adds a query parameter the SDK does not model.
            pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra.push((name.into(), value.into()));
                self
            }
        }

        impl Operation for $name {
            type Output = Response<DeleteResponse>;

            fn to_request(
                &self,
                config: &Config,
                credentials: &Credentials,
            ) -> Result<http::Request<Vec<u8>>, Error> {
                build_delete(
                    config,
                    credentials,
                    $path,
                    $key,
                    &self.user_id,
                    &self.ids,
                    &self.extra,
                )
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

fn build_delete(
    config: &Config,
    credentials: &Credentials,
    path: &str,
    key: &str,
    user_id: &str,
    ids: &[String],
    extra: &[(String, String)],
) -> Result<http::Request<Vec<u8>>, Error> {
    require_non_empty("user_id", user_id)?;
    if ids.is_empty() {
        return Err(Error::invalid(key, "at least one identifier is needed"));
    }
    for id in ids {
        require_non_empty(key, id)?;
    }
    let mut body = Extra::new();
    body.insert(
        key.to_owned(),
        Value::Array(ids.iter().cloned().map(Value::String).collect()),
    );
    RequestBuilder::new(Method::DELETE, config, path)
        .query("user_id", user_id)
        .query_extra(extra)
        .json(&body)?
        .build(config, credentials)
}

delete_op! {
    /// `DELETE /body?user_id=…`: deletes body entries from the user's
    /// provider account. The identifiers travel in a JSON body under
    /// `log_ids`.
    DeleteBodyEntries, "/body", "log_ids"
}

delete_op! {
    /// `DELETE /nutrition?user_id=…`: deletes nutrition logs from the user's
    /// provider account. The identifiers travel in a JSON body under `data`.
    DeleteNutritionEntries, "/nutrition", "data"
}

delete_op! {
    /// `DELETE /plannedWorkout?user_id=…`: deletes workout plans from the
    /// user's account. The identifiers travel in a JSON body under `data`.
    DeletePlannedWorkoutPlans, "/plannedWorkout", "data"
}

// ---------------------------------------------------------------------------
// GET /plannedWorkout

/// `GET /plannedWorkout`: the workout plans on a user's account, returned
/// inline (`to_webhook=false`); `.to_webhook()` asks for webhook delivery
/// instead.
///
/// Unlike the other data reads there is no `with_samples` parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetPlannedWorkoutPlans {
    user_id: String,
    start: DateParam,
    end: Option<DateParam>,
    to_webhook: bool,
    extra: Vec<(String, String)>,
}

impl GetPlannedWorkoutPlans {
    /// The plans of `user_id` from `start` on.
    pub fn new(user_id: impl Into<String>, start: impl Into<DateParam>) -> Self {
        Self {
            user_id: user_id.into(),
            start: start.into(),
            end: None,
            to_webhook: false,
            extra: Vec::new(),
        }
    }

    /// The end of the range.
    pub fn end(mut self, end: impl Into<DateParam>) -> Self {
        self.end = Some(end.into());
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The same request with the plans delivered to your webhook; the answer
    /// is then an acknowledgement.
    pub fn to_webhook(self) -> PlannedWorkoutPlansToWebhook {
        PlannedWorkoutPlansToWebhook(Self {
            to_webhook: true,
            ..self
        })
    }

    fn build(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        check_range(&self.start, self.end.as_ref())?;
        let start = self.start.to_query_value();
        let end = self.end.as_ref().map(DateParam::to_query_value);
        RequestBuilder::new(Method::GET, config, "/plannedWorkout")
            .query("user_id", &self.user_id)
            .query("start_date", &start)
            .query_opt("end_date", end.as_deref())
            .query("to_webhook", bool_str(self.to_webhook))
            .query_extra(&self.extra)
            .build(config, credentials)
    }
}

/// The plans returned inline by [`GetPlannedWorkoutPlans`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlansResponse {
    /// The user the plans belong to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// The plans; empty when Terra reported that there was no data. A
    /// member that is not a plan at all is kept raw ([`List::raw`]).
    pub data: List<PlannedWorkoutPlan>,
    /// The data type Terra reports.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The envelope as read, telling an absent `data` from an empty one.
#[derive(Default)]
struct PlansRaw {
    user: Option<TerraUser>,
    data: Option<List<PlannedWorkoutPlan>>,
    r#type: Option<String>,
    status: Option<String>,
    extra: Extra,
}

crate::models::support::object_deserialize!(PlansRaw {
    "user" => user,
    "data" => data,
    "type" => r#type,
    "status" => status,
});

impl crate::models::Mismatches for PlansResponse {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<crate::models::Mismatch>) {
        use crate::models::tolerant::{push_key, walk_field, walk_via};
        walk_field(&self.user, "user", &self.extra, path, out);
        if self.extra.contains_key("data") {
            walk_via("data", "array", &self.extra, path, out);
        } else {
            let len = path.len();
            push_key(path, "data");
            self.data.collect_mismatches(path, out);
            path.truncate(len);
        }
        walk_field(&self.r#type, "type", &self.extra, path, out);
    }
}

fn shape_error(status: http::StatusCode, body: &[u8], message: String) -> Error {
    DecodeError {
        status: Some(status),
        path: ".".to_owned(),
        message,
        line: 0,
        column: 0,
        body: body.to_vec(),
    }
    .into()
}

impl Operation for GetPlannedWorkoutPlans {
    type Output = Response<PlansResponse>;

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
        let body = check_status(&response)?;
        let status = response.status();
        let raw: PlansRaw = decode_json(Some(status), body)?;
        let data = match raw.data {
            Some(d) => d,
            // A `data` that is not a list is kept as sent, and reported.
            None if raw.extra.contains_key("data") => List::new(),
            None if raw.extra.contains_key("reference") => {
                return Err(shape_error(
                    status,
                    body,
                    "Terra answered with a webhook acknowledgement: the plans will be \
                     delivered to the webhook instead of inline"
                        .to_owned(),
                ));
            }
            // Terra's "no data returned" answer: `{status: success, message, user}`.
            None if raw.status.as_deref() == Some("success") => List::new(),
            None => {
                return Err(shape_error(
                    status,
                    body,
                    "the answer has no `data` field: neither plans nor a \"no data\" answer"
                        .to_owned(),
                ));
            }
        };
        let mut extra = raw.extra;
        if let Some(s) = raw.status {
            extra.insert("status".to_owned(), Value::String(s));
        }
        let value = PlansResponse {
            user: raw.user,
            data,
            r#type: raw.r#type,
            extra,
        };
        Ok(Response::new(value, status, body.to_vec()))
    }
}

/// [`GetPlannedWorkoutPlans`] with `to_webhook=true`: the answer is a
/// [`WebhookAck`] and the plans arrive as a webhook event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedWorkoutPlansToWebhook(GetPlannedWorkoutPlans);

impl Operation for PlannedWorkoutPlansToWebhook {
    type Output = Response<WebhookAck>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        self.0.build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CalendarDate;
    use crate::ops::test_support::*;
    use serde_json::json;

    fn user() -> Value {
        json!({"user_id": "u-1", "provider": "WAHOO", "last_webhook_update": null,
               "scopes": "activity", "reference_id": "ref", "active": true})
    }

    fn activity_record() -> Value {
        json!({"metadata": {"start_time": "2026-01-05T07:00:00+00:00",
                            "end_time": "2026-01-05T08:00:00+00:00",
                            "summary_id": "s-1", "type": 8, "upload_type": 1,
                            "name": "Run"},
               "distance_data": {"summary": {"distance_meters": 10000.5}}})
    }

    fn date(s: &str) -> CalendarDate {
        CalendarDate::parse(s).unwrap()
    }

    #[test]
    fn write_requests_match_the_official_sdks() {
        let rec = activity_record();
        let cases: Vec<(http::Request<Vec<u8>>, &str)> = vec![
            (
                request(&WriteActivity::from_json(vec![rec.clone()])),
                "/activity",
            ),
            (request(&WriteBody::from_json(vec![rec.clone()])), "/body"),
            (
                request(&WriteNutrition::from_json(vec![rec.clone()])),
                "/nutrition",
            ),
        ];
        for (req, path) in cases {
            // No `user_id`: the SDKs send none for these three.
            assert_request(&req, Method::POST, path, true, Some("application/json"));
            assert_eq!(json_body(&req), json!({"data": [rec.clone()]}));
        }
        let req = request(&WriteActivity::from_json(vec![rec.clone()]).user_id("u 1"));
        assert_eq!(path_and_query(&req), "/activity?user_id=u%201");
        let req = request(&WriteBody::from_json(vec![rec.clone()]).extra("a", "b"));
        assert_eq!(path_and_query(&req), "/body?a=b");

        // Typed records serialise to the same wire names.
        let typed: crate::models::Activity = serde_json::from_value(rec.clone()).unwrap();
        let req = request(&WriteActivity::new(vec![typed]));
        let body = json_body(&req);
        assert_eq!(body["data"][0]["metadata"]["summary_id"], "s-1");
        assert_eq!(body["data"][0]["metadata"]["type"], 8);
        assert_eq!(
            body["data"][0]["distance_data"]["summary"]["distance_meters"],
            10000.5
        );

        invalid(&WriteActivity::from_json(vec![]), "data");
        invalid(&WriteBody::from_json(vec![json!(7)]), "data");
        invalid(
            &WriteNutrition::from_json(vec![json!({"meals": []})]),
            "data",
        );
        invalid(&WriteActivity::from_json(vec![rec]).user_id(""), "user_id");
    }

    #[test]
    fn planned_workout_write_request() {
        let mut meta = PlanMetadata::new("Intervals", "RUNNING");
        meta.planned_date = Some("2026-02-01T07:00:00+00:00".to_owned());
        let step = json!({"type": "PlannedWorkoutStep", "order": 0, "name": "Warm up",
                          "durations": [{"type": "TimePlannedWorkoutStepDuration",
                                         "duration_type": "TIME", "seconds": 600}]});
        let op = WritePlannedWorkoutPlans::new(
            "u-1",
            vec![PlannedWorkoutPlan::new(meta, vec![step.clone()])],
        );
        let req = request(&op);
        assert_request(
            &req,
            Method::POST,
            "/plannedWorkout?user_id=u-1",
            true,
            Some("application/json"),
        );
        assert_eq!(
            json_body(&req),
            json!({"data": [{"metadata": {"name": "Intervals", "type": "RUNNING",
                                          "planned_date": "2026-02-01T07:00:00+00:00"},
                             "steps": [step]}]})
        );
        // Plans need no metadata; an empty object is a plan too.
        let req = request(&WritePlannedWorkoutPlans::from_json("u-1", vec![json!({})]));
        assert_eq!(json_body(&req), json!({"data": [{}]}));
        invalid(
            &WritePlannedWorkoutPlans::from_json("", vec![json!({})]),
            "user_id",
        );
        invalid(&WritePlannedWorkoutPlans::from_json("u", vec![]), "data");
    }

    #[test]
    fn write_answers_parse() {
        let op = WriteActivity::from_json(vec![activity_record()]);
        let body = json!({"user": user(), "log_ids": ["a-1", 42], "message": "created",
                          "other": 1})
        .to_string();
        let r = op.parse_response(answer(201, &body)).unwrap();
        assert_eq!(r.log_ids, ["a-1", "42"]);
        assert_eq!(r.message.as_deref(), Some("created"));
        assert_eq!(r.user.as_ref().unwrap().user_id.as_deref(), Some("u-1"));
        assert_eq!(r.extra["other"], 1);
        assert_eq!(r.status(), 201);
        // Every field is optional; `null` lists read as empty.
        let r = op
            .parse_response(answer(200, r#"{"log_ids": null}"#))
            .unwrap();
        assert!(r.log_ids.is_empty() && r.user.is_none());
        assert_misfit_kept(&op, 200, br#"{"log_ids": "x"}"#, "log_ids");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
        let op = WritePlannedWorkoutPlans::from_json("u-1", vec![json!({})]);
        let r = op
            .parse_response(answer(200, r#"{"log_ids": ["p-1"]}"#))
            .unwrap();
        assert_eq!(r.log_ids, ["p-1"]);
        assert_error_shapes(&op);
    }

    #[test]
    fn delete_requests_match_the_official_sdks() {
        for (req, path, key) in [
            (
                request(&DeleteBodyEntries::new("u-1", ["a", "b"])),
                "/body",
                "log_ids",
            ),
            (
                request(&DeleteNutritionEntries::new("u-1", ["a", "b"])),
                "/nutrition",
                "data",
            ),
            (
                request(&DeletePlannedWorkoutPlans::new("u-1", ["a", "b"])),
                "/plannedWorkout",
                "data",
            ),
        ] {
            assert_request(
                &req,
                Method::DELETE,
                &format!("{path}?user_id=u-1"),
                true,
                Some("application/json"),
            );
            assert_eq!(json_body(&req), json!({key: ["a", "b"]}));
        }
        let req = request(&DeleteBodyEntries::new("u-1", ["a"]).extra("x", "y"));
        assert_eq!(path_and_query(&req), "/body?user_id=u-1&x=y");
        invalid(&DeleteBodyEntries::new("", ["a"]), "user_id");
        invalid(
            &DeleteBodyEntries::new("u", Vec::<String>::new()),
            "log_ids",
        );
        invalid(
            &DeleteNutritionEntries::new("u", Vec::<String>::new()),
            "data",
        );
        invalid(&DeletePlannedWorkoutPlans::new("u", [""]), "data");
    }

    #[test]
    fn delete_answers_parse() {
        let op = DeleteNutritionEntries::new("u-1", ["a", "b"]);
        let body = json!({"user": user(), "processed_data": [
            {"id": "a", "response_code": 200}, {"id": 7, "response_code": 404}]})
        .to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.processed_data.len(), 2);
        assert_eq!(r.processed_data[0].id.as_deref(), Some("a"));
        assert!(r.processed_data[0].deleted());
        assert_eq!(r.processed_data[1].id.as_deref(), Some("7"));
        assert_eq!(r.processed_data[1].response_code, Some(404));
        assert!(!r.all_deleted());
        let r = op
            .parse_response(answer(
                200,
                r#"{"processed_data": [{"id": "a", "response_code": 204}]}"#,
            ))
            .unwrap();
        assert!(r.all_deleted());
        let r = op
            .parse_response(answer(200, r#"{"processed_data": null}"#))
            .unwrap();
        assert!(r.processed_data.is_empty() && !r.all_deleted());
        assert_misfit_kept(
            &op,
            200,
            br#"{"processed_data": [{"response_code": "x"}]}"#,
            "processed_data[0].response_code",
        );
        assert_error_shapes(&DeleteBodyEntries::new("u", ["a"]));
        assert_error_shapes(&DeletePlannedWorkoutPlans::new("u", ["a"]));
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn planned_workout_fetch_request() {
        let op = GetPlannedWorkoutPlans::new("u-1", date("2026-01-01"));
        assert_request(
            &request(&op),
            Method::GET,
            "/plannedWorkout?user_id=u-1&start_date=2026-01-01&to_webhook=false",
            true,
            None,
        );
        let op = GetPlannedWorkoutPlans::new("u-1", DateParam::Unix(1_767_225_600))
            .end(DateParam::Unix(1_767_312_000))
            .extra("a", "b");
        assert_eq!(
            path_and_query(&request(&op)),
            "/plannedWorkout?user_id=u-1&start_date=1767225600&end_date=1767312000&to_webhook=false&a=b"
        );
        let hook = GetPlannedWorkoutPlans::new("u-1", date("2026-01-01")).to_webhook();
        assert_eq!(
            path_and_query(&request(&hook)),
            "/plannedWorkout?user_id=u-1&start_date=2026-01-01&to_webhook=true"
        );
        invalid(
            &GetPlannedWorkoutPlans::new("", date("2026-01-01")),
            "user_id",
        );
        let backwards =
            GetPlannedWorkoutPlans::new("u", date("2026-01-02")).end(date("2026-01-01"));
        assert!(matches!(
            backwards.to_request(&config(), &creds()),
            Err(Error::InvalidInput(_))
        ));
    }

    #[test]
    fn planned_workout_fetch_answers() {
        let op = GetPlannedWorkoutPlans::new("u-1", date("2026-01-01"));
        let body = json!({"user": user(), "type": "planned_workout", "data": [
            {"metadata": {"id": 12, "name": "Legs", "type": "STRENGTH_TRAINING",
                          "estimated_tscore": 40.5},
             "steps": [{"type": "StrengthPlannedWorkoutStep", "weight_kg": 60}]}]})
        .to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.data.len(), 1);
        let meta = r.data[0].metadata.as_ref().unwrap();
        assert_eq!(meta.id.as_deref(), Some("12"));
        assert_eq!(meta.r#type.as_deref(), Some("STRENGTH_TRAINING"));
        assert_eq!(meta.extra["estimated_tscore"], 40.5);
        assert_eq!(r.data[0].steps[0]["weight_kg"], 60);
        assert_eq!(r.r#type.as_deref(), Some("planned_workout"));
        // Terra's "no data" answer is an empty list, not an error.
        let r = op
            .parse_response(answer(
                200,
                r#"{"status":"success","message":"no data","user":{}}"#,
            ))
            .unwrap();
        assert!(r.data.is_empty());
        assert_eq!(r.extra["status"], "success");
        assert_decode_error(
            &op,
            200,
            br#"{"status":"success","reference":"r-1","message":"sent"}"#,
            "webhook acknowledgement",
        );
        assert_decode_error(&op, 200, br#"{"status":"error"}"#, "no `data` field");
        assert_misfit_kept(&op, 200, br#"{"data": [{"steps": 3}]}"#, "data[0].steps");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        let hook = op.to_webhook();
        let r = hook
            .parse_response(answer(
                200,
                r#"{"reference":"r-1","message":"sent","user":{"user_id":"u-1"}}"#,
            ))
            .unwrap();
        assert_eq!(r.reference.as_deref(), Some("r-1"));
        assert_error_shapes(&hook);
    }
}
