//! The data endpoints: activity, body, daily, sleep, nutrition,
//! menstruation, and the athlete profile.
//!
//! Terra answers these either with the data inline or, when asked for
//! webhook delivery (its default), with a short acknowledgement while the
//! data travels to your webhook. The SDK makes the choice explicit:
//! [`GetData`] and [`GetAthlete`] always ask for the data inline
//! (`to_webhook=false`) and decode it; their `.to_webhook()` turns them
//! into a [`RequestToWebhook`] (`to_webhook=true`) whose answer is a
//! [`WebhookAck`]. Receiving the other shape is a decode error saying which
//! shape came, never a silently empty value.

use std::fmt;
use std::marker::PhantomData;

use http::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::{DataType, Extra, bool_str, require_non_empty};
use crate::config::{Config, Credentials};
use crate::dates::{DateParam, check_range};
use crate::decode::DecodeMode;
use crate::error::{DecodeError, Error};
use crate::models::fast::{self, Cursor, Fast};
use crate::models::support::{Key, KeySeed, Seen};
use crate::models::tolerant::{fit_field, push_key, walk_field};
use crate::models::{Athlete, Fit, FitSeed, Fitted, List, Mismatch, Mismatches, TerraUser};
use crate::operation::{Operation, RequestBuilder, Response, check_status, decode_json};

/// A kind of time-ranged data Terra serves, tying a path to its model.
///
/// Implemented by the marker types of [`kind`]; used as the parameter of
/// [`GetData`].
pub trait DataKind {
    /// The API path (`/activity`, …).
    const PATH: &'static str;
    /// The lowercase name (`activity`, …), as in the answers' `type`.
    const NAME: &'static str;
    /// The matching [`DataType`].
    const DATA_TYPE: DataType;
    /// The model of one item of `data`.
    type Model: DeserializeOwned
        + Serialize
        + fmt::Debug
        + Clone
        + Fit
        + Fast
        + Mismatches
        + Send
        + Sync
        + 'static;
}

/// Marker types naming each kind of time-ranged data, for [`GetData`].
pub mod kind {
    use super::{DataKind, DataType};

    macro_rules! kinds {
        ($($name:ident => $path:literal, $str:literal, $model:ident;)*) => {$(
            #[doc = concat!("Marker for `", $path, "` data (model [`crate::models::", stringify!($model), "`]).")]
            #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
            pub struct $name;

            impl DataKind for $name {
                const PATH: &'static str = $path;
                const NAME: &'static str = $str;
                const DATA_TYPE: DataType = DataType::$name;
                type Model = crate::models::$model;
            }
        )*};
    }

    kinds! {
        Activity => "/activity", "activity", Activity;
        Body => "/body", "body", Body;
        Daily => "/daily", "daily", Daily;
        Sleep => "/sleep", "sleep", Sleep;
        Nutrition => "/nutrition", "nutrition", Nutrition;
        Menstruation => "/menstruation", "menstruation", Menstruation;
    }
}

/// `GET /activity`, `/body`, `/daily`, `/sleep`, `/nutrition` or
/// `/menstruation` with the data returned inline (`to_webhook=false`).
///
/// Use the aliases ([`GetActivity`], [`GetSleep`], …) or name the kind:
/// `GetData::<kind::Sleep>::new(user_id, start)`. A start after the end is
/// refused before anything is sent.
pub struct GetData<K: DataKind> {
    user_id: String,
    start: DateParam,
    end: Option<DateParam>,
    with_samples: Option<bool>,
    extra: Vec<(String, String)>,
    kind: PhantomData<fn() -> K>,
}

/// `GET /activity`: workouts, returned inline.
pub type GetActivity = GetData<kind::Activity>;
/// `GET /body`: body metrics, returned inline.
pub type GetBody = GetData<kind::Body>;
/// `GET /daily`: daily summaries, returned inline.
pub type GetDaily = GetData<kind::Daily>;
/// `GET /sleep`: sleep sessions, returned inline.
pub type GetSleep = GetData<kind::Sleep>;
/// `GET /nutrition`: meals and drinks, returned inline.
pub type GetNutrition = GetData<kind::Nutrition>;
/// `GET /menstruation`: menstrual cycle data, returned inline.
pub type GetMenstruation = GetData<kind::Menstruation>;

impl<K: DataKind> Clone for GetData<K> {
    fn clone(&self) -> Self {
        Self {
            user_id: self.user_id.clone(),
            start: self.start,
            end: self.end,
            with_samples: self.with_samples,
            extra: self.extra.clone(),
            kind: PhantomData,
        }
    }
}

impl<K: DataKind> fmt::Debug for GetData<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetData")
            .field("kind", &K::NAME)
            .field("user_id", &self.user_id)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("with_samples", &self.with_samples)
            .field("extra", &self.extra)
            .finish()
    }
}

impl<K: DataKind> PartialEq for GetData<K> {
    fn eq(&self, other: &Self) -> bool {
        self.user_id == other.user_id
            && self.start == other.start
            && self.end == other.end
            && self.with_samples == other.with_samples
            && self.extra == other.extra
    }
}

impl<K: DataKind> GetData<K> {
    /// Data of `user_id` from `start` (a [`CalendarDate`](crate::CalendarDate),
    /// unix seconds, a `SystemTime` or a parsed [`DateParam`]).
    pub fn new(user_id: impl Into<String>, start: impl Into<DateParam>) -> Self {
        Self {
            user_id: user_id.into(),
            start: start.into(),
            end: None,
            with_samples: None,
            extra: Vec::new(),
            kind: PhantomData,
        }
    }

    /// The end of the range (a date includes that whole day on Terra's side).
    pub fn end(mut self, end: impl Into<DateParam>) -> Self {
        self.end = Some(end.into());
        self
    }

    /// Asks for (or explicitly declines) the detailed samples. Unset, the
    /// parameter is not sent and Terra's default (no samples) applies.
    pub fn with_samples(mut self, with_samples: bool) -> Self {
        self.with_samples = Some(with_samples);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The user whose data is asked for.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// The start of the range.
    pub fn start(&self) -> DateParam {
        self.start
    }

    /// The end of the range, when set.
    pub fn end_date(&self) -> Option<DateParam> {
        self.end
    }

    /// The same request, but with the data delivered to your webhook: the
    /// answer is then only an acknowledgement.
    pub fn to_webhook(self) -> RequestToWebhook {
        RequestToWebhook {
            data_type: K::DATA_TYPE,
            user_id: self.user_id,
            start: Some(self.start),
            end: self.end,
            with_samples: self.with_samples,
            extra: self.extra,
        }
    }
}

impl<K: DataKind> Operation for GetData<K> {
    fn user(&self) -> Option<&str> {
        Some(&self.user_id)
    }

    type Output = Response<DataResponse<K::Model>>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        build_data_request(
            config,
            credentials,
            K::DATA_TYPE,
            &self.user_id,
            Some(&self.start),
            self.end.as_ref(),
            false,
            self.with_samples,
            &self.extra,
        )
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_inline_data(response, K::NAME, |body| body.as_ref().to_vec())
    }

    fn parse_owned_response_with(
        &self,
        response: http::Response<Vec<u8>>,
        mode: DecodeMode,
    ) -> Result<Self::Output, Error> {
        // The answer keeps the buffer it was decoded from.
        crate::decode::in_mode(mode, || parse_inline_data(response, K::NAME, |body| body))
    }
}

/// `GET /athlete`: the user's profile, returned inline (`to_webhook=false`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetAthlete {
    user_id: String,
    extra: Vec<(String, String)>,
}

impl GetAthlete {
    /// The profile of `user_id`.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            extra: Vec::new(),
        }
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The same request, but with the profile delivered to your webhook.
    pub fn to_webhook(self) -> RequestToWebhook {
        RequestToWebhook {
            data_type: DataType::Athlete,
            user_id: self.user_id,
            start: None,
            end: None,
            with_samples: None,
            extra: self.extra,
        }
    }
}

impl Operation for GetAthlete {
    fn user(&self) -> Option<&str> {
        Some(&self.user_id)
    }

    type Output = Response<AthleteResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        build_data_request(
            config,
            credentials,
            DataType::Athlete,
            &self.user_id,
            None,
            None,
            false,
            None,
            &self.extra,
        )
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        let body = check_status(&response)?;
        let status = response.status();
        let value: AthleteResponse = decode_json(Some(status), body)?;
        if value.athlete.is_none()
            && let Some(reference) = ack_marker(&value.extra)
        {
            return Err(ack_instead_of_data(status, body, &reference, "athlete"));
        }
        Ok(Response::new(value, status, body.to_vec()))
    }
}

/// A data request answered by webhook delivery (`to_webhook=true`): the
/// answer is a [`WebhookAck`], and the data arrives later as webhook events.
///
/// Built by `.to_webhook()` on [`GetData`] or [`GetAthlete`], or with
/// [`RequestToWebhook::new`] when the data type is only known at run time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestToWebhook {
    data_type: DataType,
    user_id: String,
    start: Option<DateParam>,
    end: Option<DateParam>,
    with_samples: Option<bool>,
    extra: Vec<(String, String)>,
}

impl RequestToWebhook {
    /// A webhook delivery of `data_type` for `user_id`. Ranged types need a
    /// `start`; [`DataType::Athlete`] takes none.
    pub fn new(data_type: DataType, user_id: impl Into<String>, start: Option<DateParam>) -> Self {
        Self {
            data_type,
            user_id: user_id.into(),
            start,
            end: None,
            with_samples: None,
            extra: Vec::new(),
        }
    }

    /// The end of the range.
    pub fn end(mut self, end: impl Into<DateParam>) -> Self {
        self.end = Some(end.into());
        self
    }

    /// Asks for (or explicitly declines) the detailed samples.
    pub fn with_samples(mut self, with_samples: bool) -> Self {
        self.with_samples = Some(with_samples);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The data type asked for.
    pub fn data_type(&self) -> DataType {
        self.data_type
    }

    /// The user whose data is asked for.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }
}

impl Operation for RequestToWebhook {
    fn user(&self) -> Option<&str> {
        Some(&self.user_id)
    }

    type Output = Response<WebhookAck>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        if self.data_type.has_date_range() {
            if self.start.is_none() {
                return Err(Error::invalid(
                    "start_date",
                    format!("{} data needs a start date", self.data_type),
                ));
            }
        } else if self.start.is_some() || self.end.is_some() || self.with_samples.is_some() {
            return Err(Error::invalid(
                "start_date",
                "athlete data takes no date range and no samples",
            ));
        }
        build_data_request(
            config,
            credentials,
            self.data_type,
            &self.user_id,
            self.start.as_ref(),
            self.end.as_ref(),
            true,
            self.with_samples,
            &self.extra,
        )
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        let body = check_status(&response)?;
        let status = response.status();
        let value: WebhookAck = decode_json(Some(status), body)?;
        let inline = ["data", "athlete"]
            .iter()
            .any(|k| value.extra.get(*k).is_some_and(|v| !v.is_null()));
        if inline && value.reference.is_none() && value.trace_id.is_none() {
            return Err(shape_error(
                status,
                body,
                format!(
                    "Terra answered with the {} data inline, not with the webhook \
                     acknowledgement requested by to_webhook=true",
                    self.data_type
                ),
            ));
        }
        Ok(Response::new(value, status, body.to_vec()))
    }
}

#[allow(clippy::too_many_arguments)]
fn build_data_request(
    config: &Config,
    credentials: &Credentials,
    data_type: DataType,
    user_id: &str,
    start: Option<&DateParam>,
    end: Option<&DateParam>,
    to_webhook: bool,
    with_samples: Option<bool>,
    extra: &[(String, String)],
) -> Result<http::Request<Vec<u8>>, Error> {
    require_non_empty("user_id", user_id)?;
    if let Some(start) = start {
        check_range(start, end)?;
    }
    let start = start.map(DateParam::to_query_value);
    let end = end.map(DateParam::to_query_value);
    RequestBuilder::new(Method::GET, config, data_type.path())
        .query("user_id", user_id)
        .query_opt("start_date", start.as_deref())
        .query_opt("end_date", end.as_deref())
        .query("to_webhook", bool_str(to_webhook))
        .query_opt("with_samples", with_samples.map(bool_str))
        .query_extra(extra)
        .build(config, credentials)
}

/// The reference of a webhook acknowledgement, when `extra` (the fields an
/// inline envelope does not declare) looks like one.
fn ack_marker(extra: &Extra) -> Option<String> {
    let present = |k: &str| extra.get(k).filter(|v| !v.is_null());
    match (present("reference"), present("trace_id")) {
        (None, None) => None,
        (r, t) => Some(match r.or(t) {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        }),
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

fn ack_instead_of_data(
    status: http::StatusCode,
    body: &[u8],
    reference: &str,
    name: &str,
) -> Error {
    let reference = if reference.is_empty() {
        String::new()
    } else {
        format!(" (reference {reference})")
    };
    shape_error(
        status,
        body,
        format!(
            "Terra answered with a webhook acknowledgement{reference}: the {name} data \
             will be delivered to the webhook instead of inline (use `.to_webhook()` to \
             ask for that explicitly)"
        ),
    )
}

/// The inline envelope as read, telling an absent `data` from an empty one.
struct InlineData<T> {
    user: Option<TerraUser>,
    /// `Some` whenever the key holds a list (`null` reads as an empty list).
    data: Option<List<T>>,
    r#type: Option<String>,
    extra: Extra,
}

/// The members of [`InlineData`].
enum InlineField {
    User,
    Data,
    Type,
}

fn inline_field(key: &[u8]) -> Option<InlineField> {
    match key {
        b"user" => Some(InlineField::User),
        b"data" => Some(InlineField::Data),
        b"type" => Some(InlineField::Type),
        _ => None,
    }
}

// Written out rather than derived with `#[serde(flatten)]` for `extra`:
// flatten would first buffer the whole (possibly many megabytes) `data`
// array into an intermediate tree.
impl<'de, T: Fit + Mismatches> Deserialize<'de> for InlineData<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Fit + Mismatches> serde::de::Visitor<'de> for V<T> {
            type Value = InlineData<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a data object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InlineData<T>, A::Error> {
                let mut out = InlineData {
                    user: None,
                    data: None,
                    r#type: None,
                    extra: Extra::new(),
                };
                let mut seen = Seen::default();
                while let Some(key) = map.next_key_seed(KeySeed(inline_field))? {
                    if let Key::Known(field) = &key {
                        let (index, name) = match field {
                            InlineField::User => (0, "user"),
                            InlineField::Data => (1, "data"),
                            InlineField::Type => (2, "type"),
                        };
                        seen.first_time::<A::Error>(index, name)?;
                    }
                    match key {
                        Key::Known(InlineField::User) => {
                            fit_field(&mut map, &mut out.user, "user", &mut out.extra)?
                        }
                        Key::Known(InlineField::Data) => {
                            match map.next_value_seed(FitSeed::<List<T>>::new())? {
                                Fitted::Fit(list) => out.data = Some(list),
                                Fitted::Null => out.data = Some(List::new()),
                                // Not a list: kept, and the answer then
                                // has no data to give.
                                Fitted::Misfit(v) => {
                                    out.extra.insert("data".to_owned(), v);
                                }
                            }
                        }
                        Key::Known(InlineField::Type) => {
                            fit_field(&mut map, &mut out.r#type, "type", &mut out.extra)?
                        }
                        Key::Unknown(name) => {
                            let value: Value = map.next_value()?;
                            out.extra.insert(name, value);
                        }
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

impl<T: Fast> Fast for InlineData<T> {
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        let mut out = InlineData {
            user: None,
            data: None,
            r#type: None,
            extra: Extra::new(),
        };
        let (mut user, mut data, mut r#type) = (None, None, None);
        fast::object(c, &mut out.extra, |c, key| {
            // A repeated member is serde's to refuse.
            match key {
                b"user" if user.is_none() => user = Some(Fast::fast(c)?),
                // `null` reads as an empty list, as on serde's path.
                b"data" if data.is_none() => {
                    data = Some(Option::<List<T>>::fast(c)?.unwrap_or_default())
                }
                b"type" if r#type.is_none() => r#type = Some(Fast::fast(c)?),
                b"user" | b"data" | b"type" => return None,
                _ => return Some(false),
            }
            Some(true)
        })?;
        out.user = user.flatten();
        out.data = data;
        out.r#type = r#type.flatten();
        Some(out)
    }
}

/// Reads an inline data answer in one pass, refusing a webhook
/// acknowledgement or an object without `data`; `keep` turns the body into
/// the raw bytes the answer keeps (a copy, or the buffer itself).
fn parse_inline_data<T: Fit + Fast + Mismatches, B: AsRef<[u8]>>(
    response: http::Response<B>,
    name: &str,
    keep: impl FnOnce(B) -> Vec<u8>,
) -> Result<Response<DataResponse<T>>, Error> {
    let (status, raw, data) = read_inline_data(&response, name)?;
    let value = DataResponse {
        user: raw.user,
        data,
        r#type: raw.r#type,
        extra: raw.extra,
    };
    Ok(Response::new(value, status, keep(response.into_body())))
}

/// The decoding half of [`parse_inline_data`] (the envelope's `data` taken
/// out of it).
#[allow(clippy::type_complexity)]
fn read_inline_data<T: Fit + Fast + Mismatches, B: AsRef<[u8]>>(
    response: &http::Response<B>,
    name: &str,
) -> Result<(http::StatusCode, InlineData<T>, List<T>), Error> {
    let body = check_status(response)?;
    let status = response.status();
    // A plain answer is read byte by byte (the same value as serde's,
    // see `models::fast`); anything else, and every error, is serde's.
    let mut raw: InlineData<T> = match fast::decode(body) {
        Some(raw) => raw,
        None => decode_json(Some(status), body)?,
    };
    let Some(data) = raw.data.take() else {
        if let Some(reference) = ack_marker(&raw.extra) {
            return Err(ack_instead_of_data(status, body, &reference, name));
        }
        let reported = match (raw.extra.get("status"), raw.extra.get("message")) {
            (Some(Value::String(st)), Some(Value::String(m))) if st == "error" => {
                format!(" (Terra reported an error: {m})")
            }
            _ => String::new(),
        };
        return Err(shape_error(
            status,
            body,
            format!(
                "the answer has no `data` field: neither {name} data nor a webhook \
                 acknowledgement{reported}"
            ),
        ));
    };
    Ok((status, raw, data))
}

/// The data returned inline by [`GetData`]: `{user, data, type}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(bound(serialize = "T: Serialize"))]
#[non_exhaustive]
pub struct DataResponse<T> {
    /// The user the data belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// The items (one per workout, day, sleep session, …); empty when the
    /// provider had nothing in the range. An item that is not an object is
    /// kept raw in the list (see [`List::raw`]).
    pub data: List<T>,
    /// The data type Terra reports (`activity`, …).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

impl<T: Fit + Mismatches> Mismatches for DataResponse<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        walk_field(&self.user, "user", &self.extra, path, out);
        let len = path.len();
        push_key(path, "data");
        self.data.collect_mismatches(path, out);
        path.truncate(len);
        if self.extra.contains_key("data") {
            // Only when `data` was not a list (then this is empty).
            walk_field(&None::<List<T>>, "data", &self.extra, path, out);
        }
        walk_field(&self.r#type, "type", &self.extra, path, out);
    }
}

impl<'de, T: Fit + Mismatches> Deserialize<'de> for DataResponse<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = InlineData::<T>::deserialize(d)?;
        Ok(Self {
            user: raw.user,
            data: raw.data.unwrap_or_default(),
            r#type: raw.r#type,
            extra: raw.extra,
        })
    }
}

/// The profile returned inline by [`GetAthlete`]: `{athlete, user, type}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AthleteResponse {
    /// The profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub athlete: Option<Athlete>,
    /// The user the profile belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// The data type Terra reports (`athlete`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(AthleteResponse {
    "athlete" => athlete,
    "user" => user,
    "type" => r#type,
});

/// Terra's acknowledgement of a [`RequestToWebhook`]: the data will arrive
/// at your webhook, tagged with `reference`. The spec's `DataSentToWebhook`
/// model, under the name this SDK has always used for it.
pub type WebhookAck = crate::models::DataSentToWebhook;

// The records of data answers as one slice type (the trait is the
// models'; these impls sit with the answer types, above the models).
impl<T> crate::models::Records for DataResponse<T> {
    type Record = T;
    fn records(&self) -> &[T] {
        &self.data
    }
}

impl<T> crate::models::Records for Response<DataResponse<T>> {
    type Record = T;
    fn records(&self) -> &[T] {
        &self.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::CalendarDate;
    use crate::ops::test_support::*;
    use serde_json::json;

    fn d(s: &str) -> CalendarDate {
        CalendarDate::parse(s).unwrap()
    }

    const USER: &str = r#"{"user_id":"2b5f0c1e-3d4a-4b6c-9e8f-7a1b2c3d4e5f","provider":"GARMIN",
        "created_at":"2025-11-02T08:30:00.000000+00:00","last_webhook_update":null,
        "scopes":"activity:read,sleep:read","reference_id":"athlete-42","active":true}"#;

    fn item(k: &str) -> String {
        let meta = match k {
            "activity" => {
                r#"{"start_time":"2026-01-03T07:00:00.000000+01:00","end_time":"2026-01-03T07:45:00.000000+01:00",
                "summary_id":"act-1","type":8,"upload_type":1,"name":"Morning run"}"#
            }
            "daily" | "sleep" => {
                r#"{"start_time":"2026-01-03T00:00:00.000000+01:00","end_time":"2026-01-04T00:00:00.000000+01:00",
                "upload_type":1,"summary_id":"s-1"}"#
            }
            _ => {
                r#"{"start_time":"2026-01-03T00:00:00.000000+01:00","end_time":"2026-01-04T00:00:00.000000+01:00"}"#
            }
        };
        format!(r#"{{"metadata":{meta}}}"#)
    }

    fn check_kind<K: DataKind>() {
        let path = K::PATH;
        assert_eq!(path, format!("/{}", K::NAME));
        assert_eq!(K::DATA_TYPE.path(), path);

        // Minimal request: to_webhook=false always, no end, no with_samples.
        let op = GetData::<K>::new("u-1", d("2026-01-01"));
        let req = request(&op);
        assert_request(
            &req,
            Method::GET,
            &format!("{path}?user_id=u-1&start_date=2026-01-01&to_webhook=false"),
            true,
            None,
        );

        // Everything set; unix seconds pass through.
        let op = GetData::<K>::new("u-1", 1_767_225_600)
            .end(1_767_830_400)
            .with_samples(true)
            .extra("custom", "a&b");
        assert_eq!(
            query(&request(&op)),
            vec![
                ("user_id".into(), "u-1".into()),
                ("start_date".into(), "1767225600".into()),
                ("end_date".into(), "1767830400".into()),
                ("to_webhook".into(), "false".into()),
                ("with_samples".into(), "true".into()),
                ("custom".into(), "a&b".into()),
            ]
        );
        let op = GetData::<K>::new("u-1", d("2026-01-01"))
            .end(d("2026-01-07"))
            .with_samples(false);
        assert_eq!(
            path_and_query(&request(&op)),
            format!(
                "{path}?user_id=u-1&start_date=2026-01-01&end_date=2026-01-07\
                 &to_webhook=false&with_samples=false"
            )
        );

        // The webhook form.
        let hook = op.clone().to_webhook();
        assert_eq!(hook.data_type(), K::DATA_TYPE);
        assert_eq!(
            path_and_query(&request(&hook)),
            format!(
                "{path}?user_id=u-1&start_date=2026-01-01&end_date=2026-01-07\
                 &to_webhook=true&with_samples=false"
            )
        );

        // Start after end: refused before anything is built.
        let bad = GetData::<K>::new("u-1", d("2026-01-08")).end(d("2026-01-07"));
        invalid(&bad, "start_date");
        invalid(&bad.clone().to_webhook(), "start_date");
        invalid(&GetData::<K>::new("", d("2026-01-01")), "user_id");

        // Inline answer.
        let body = format!(
            r#"{{"user":{USER},"data":[{},{}],"type":"{}","version":"2022-03-16"}}"#,
            item(K::NAME),
            item(K::NAME),
            K::NAME
        );
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.data.len(), 2);
        assert_eq!(r.r#type.as_deref(), Some(K::NAME));
        // Handed over, the body becomes the answer's raw bytes, not copied,
        // in either mode, and the answer is the same.
        for mode in [DecodeMode::Tolerant, DecodeMode::Strict] {
            let owned = answer(200, &body);
            let at = owned.body().as_ptr();
            let kept = op.parse_owned_response_with(owned, mode).unwrap();
            assert_eq!(kept.raw().as_ptr(), at);
            assert_eq!(kept.raw(), r.raw());
            assert_eq!(
                serde_json::to_value(kept.value()).unwrap(),
                serde_json::to_value(r.value()).unwrap()
            );
        }
        let err = op
            .parse_owned_response_with(answer(200, r#"{"user":{},"data":5}"#), DecodeMode::Strict)
            .unwrap_err();
        assert!(err.to_string().contains("data"), "{err}");
        assert_eq!(r.extra["version"], "2022-03-16");
        let user = serde_json::to_value(r.user.as_ref().unwrap()).unwrap();
        assert_eq!(user["user_id"], "2b5f0c1e-3d4a-4b6c-9e8f-7a1b2c3d4e5f");
        assert_eq!(user["provider"], "GARMIN");
        assert_eq!(r.raw(), body.as_bytes());
        if K::NAME == "activity" {
            let first = serde_json::to_value(&r.data[0]).unwrap();
            assert_eq!(first["metadata"]["summary_id"], "act-1");
        }

        // Empty and null data.
        for body in [
            r#"{"user":null,"data":[],"type":null}"#.to_owned(),
            format!(r#"{{"user":{USER},"data":null,"type":"{}"}}"#, K::NAME),
        ] {
            let r = op.parse_response(answer(200, &body)).unwrap();
            assert!(r.data.is_empty(), "{body}");
        }

        // An acknowledgement where data was expected: a clear error.
        let ack = format!(
            r#"{{"status":"success","type":"{}","reference":"ref-77","trace_id":"ref-77","user":{USER}}}"#,
            K::NAME
        );
        let e = op.parse_response(answer(200, &ack)).unwrap_err();
        let Error::Decode(dec) = &e else {
            panic!("{e:?}")
        };
        assert_eq!(dec.body, ack.as_bytes());
        let msg = e.to_string();
        assert!(msg.contains("webhook acknowledgement"), "{msg}");
        assert!(msg.contains("ref-77"), "{msg}");

        // Neither shape.
        let e = op
            .parse_response(answer(200, r#"{"status":"success"}"#))
            .unwrap_err();
        assert!(e.to_string().contains("no `data` field"), "{e}");
        let e = op
            .parse_response(answer(
                200,
                r#"{"status":"error","message":"User not authenticated"}"#,
            ))
            .unwrap_err();
        assert!(
            e.to_string()
                .contains("Terra reported an error: User not authenticated"),
            "{e}"
        );

        // The acknowledgement, as the webhook form expects it.
        let r = hook.parse_response(answer(200, &ack)).unwrap();
        assert_eq!(r.reference.as_deref(), Some("ref-77"));
        assert_eq!(r.trace_id.as_deref(), Some("ref-77"));
        assert_eq!(r.r#type.as_deref(), Some(K::NAME));
        assert_eq!(r.status.as_deref(), Some("success"));
        // Data where an acknowledgement was expected: a clear error.
        let e = hook.parse_response(answer(200, &body)).unwrap_err();
        assert!(matches!(e, Error::Decode(_)));
        assert!(e.to_string().contains("inline"), "{e}");

        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
        assert_error_shapes(&hook);
        assert_malformed_bodies(&hook, 200);
        // With typed models, a bad item is reported at its path.
        if serde_json::from_str::<K::Model>(r#"{"metadata":5}"#).is_err() {
            let bad = r#"{"data":[{"metadata":5}],"type":null}"#;
            match op.parse_response(answer(200, bad)) {
                Err(Error::Decode(d)) => assert!(d.path.starts_with("data[0]"), "{}", d.path),
                other => panic!("{other:?}"),
            }
        }
        // A JSON array is neither shape either.
        assert_decode_error(&op, 200, b"[]", "could not decode");
    }

    #[test]
    fn every_kind() {
        check_kind::<kind::Activity>();
        check_kind::<kind::Body>();
        check_kind::<kind::Daily>();
        check_kind::<kind::Sleep>();
        check_kind::<kind::Nutrition>();
        check_kind::<kind::Menstruation>();
    }

    #[test]
    fn aliases_and_dates() {
        let op: GetSleep = GetSleep::new("u", DateParam::parse("2026-01-02T03:04:05Z").unwrap());
        assert_eq!(
            path_and_query(&request(&op)),
            "/sleep?user_id=u&start_date=1767323045&to_webhook=false"
        );
        assert_eq!(op.start(), DateParam::Unix(1_767_323_045));
        assert_eq!(op.end_date(), None);
        assert_eq!(op.user_id(), "u");
        // A start later on the end day is fine: the end date covers its day.
        let ok = GetDaily::new("u", DateParam::Unix(1_767_323_045)).end(d("2026-01-02"));
        request(&ok);
        let std_time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        let op = GetBody::new("u", std_time);
        assert!(
            path_and_query(&request(&op)).contains("start_date=1700000000"),
            "{op:?}"
        );
        let _: (GetActivity, GetNutrition, GetMenstruation) = (
            GetActivity::new("u", 0),
            GetNutrition::new("u", 0),
            GetMenstruation::new("u", 0),
        );
        assert_eq!(GetActivity::new("u", 0), GetActivity::new("u", 0));
        assert!(format!("{:?}", GetActivity::new("u", 0)).contains("activity"));
    }

    #[test]
    fn athlete() {
        let op = GetAthlete::new("u-9");
        let req = request(&op);
        assert_request(
            &req,
            Method::GET,
            "/athlete?user_id=u-9&to_webhook=false",
            true,
            None,
        );
        let hook = GetAthlete::new("u-9").extra("x", "1").to_webhook();
        assert_eq!(
            path_and_query(&request(&hook)),
            "/athlete?user_id=u-9&to_webhook=true&x=1"
        );
        invalid(&GetAthlete::new(""), "user_id");

        let body = format!(
            r#"{{"athlete":{{"first_name":"Ada","last_name":"Lovelace","sex":"female","age":36,
                "date_of_birth":"1815-12-10","country":"GB"}},"user":{USER},"type":"athlete"}}"#
        );
        let r = op.parse_response(answer(200, &body)).unwrap();
        let a = serde_json::to_value(r.athlete.as_ref().unwrap()).unwrap();
        assert_eq!(a["first_name"], "Ada");
        assert_eq!(r.r#type.as_deref(), Some("athlete"));
        assert!(r.user.is_some());

        let ack = r#"{"status":"success","type":"athlete","reference":"r-1","trace_id":"r-1"}"#;
        let e = op.parse_response(answer(200, ack)).unwrap_err();
        assert!(e.to_string().contains("webhook acknowledgement"), "{e}");
        let r = hook.parse_response(answer(200, ack)).unwrap();
        assert_eq!(r.reference.as_deref(), Some("r-1"));
        let e = hook.parse_response(answer(200, &body)).unwrap_err();
        assert!(e.to_string().contains("inline"), "{e}");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn request_to_webhook_built_directly() {
        let r = RequestToWebhook::new(DataType::Nutrition, "u", Some(d("2026-02-01").into()))
            .end(d("2026-02-03"))
            .with_samples(true)
            .extra("k", "v");
        assert_request(
            &request(&r),
            Method::GET,
            "/nutrition?user_id=u&start_date=2026-02-01&end_date=2026-02-03&to_webhook=true&with_samples=true&k=v",
            true,
            None,
        );
        assert_eq!(r.user_id(), "u");
        invalid(
            &RequestToWebhook::new(DataType::Sleep, "u", None),
            "start_date",
        );
        invalid(
            &RequestToWebhook::new(DataType::Athlete, "u", Some(DateParam::Unix(0))),
            "start_date",
        );
        let athlete = RequestToWebhook::new(DataType::Athlete, "u", None);
        assert_eq!(
            path_and_query(&request(&athlete)),
            "/athlete?user_id=u&to_webhook=true"
        );
        // A large request's acknowledgement carries a message.
        let ack = r#"{"status":"success","type":"nutrition","reference":"abc","trace_id":"abc",
            "message":"Large request: data will be sent in chunks","extra_field":[1]}"#;
        let a = r.parse_response(answer(200, ack)).unwrap();
        assert_eq!(
            a.message.as_deref(),
            Some("Large request: data will be sent in chunks")
        );
        assert_eq!(a.extra["extra_field"], json!([1]));
    }
}
