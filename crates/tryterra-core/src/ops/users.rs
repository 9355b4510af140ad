//! Users: user info, the list of users (subscriptions), bulk user info.

use http::Method;
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::{Extra, null_as_default, require_non_empty};
use crate::config::{Config, Credentials};
use crate::error::Error;
use crate::models::{Mismatch, Mismatches, TerraUser};
use crate::operation::{Operation, RequestBuilder, Response, parse_json};
use serde_json::Value;

/// `GET /userInfo`: one user by Terra user id, or every user registered
/// under one of your reference ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetUserInfo {
    by: Lookup,
    extra: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Lookup {
    UserId(String),
    ReferenceId(String),
}

impl GetUserInfo {
    /// The user with this Terra user id; the answer is [`UserInfo::Single`].
    pub fn by_user_id(user_id: impl Into<String>) -> Self {
        Self {
            by: Lookup::UserId(user_id.into()),
            extra: Vec::new(),
        }
    }

    /// Every user with this reference id; the answer is
    /// [`UserInfo::ByReference`].
    pub fn by_reference_id(reference_id: impl Into<String>) -> Self {
        Self {
            by: Lookup::ReferenceId(reference_id.into()),
            extra: Vec::new(),
        }
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for GetUserInfo {
    fn user(&self) -> Option<&str> {
        match &self.by {
            Lookup::UserId(id) => Some(id),
            Lookup::ReferenceId(_) => None,
        }
    }

    type Output = Response<UserInfo>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let (name, value) = match &self.by {
            Lookup::UserId(v) => ("user_id", v),
            Lookup::ReferenceId(v) => ("reference_id", v),
        };
        require_non_empty(name, value)?;
        RequestBuilder::new(Method::GET, config, "/userInfo")
            .query(name, value)
            .query_extra(&self.extra)
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// The answer to [`GetUserInfo`]: an object for a user id, a list for a
/// reference id.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
// One value per answer: boxing the larger variant would only complicate
// pattern matching.
#[allow(clippy::large_enum_variant)]
pub enum UserInfo {
    /// The answer for a user id.
    Single(UserInfoResponse),
    /// The answer for a reference id: every user registered under it.
    ByReference(Vec<TerraUser>),
}

impl UserInfo {
    /// The users in the answer (one for [`UserInfo::Single`] when the user
    /// was present).
    pub fn users(&self) -> Vec<&TerraUser> {
        match self {
            UserInfo::Single(r) => r.user.iter().map(|u| &u.user).collect(),
            UserInfo::ByReference(v) => v.iter().collect(),
        }
    }
}

impl<'de> Deserialize<'de> for UserInfo {
    /// An object is [`UserInfo::Single`], an array [`UserInfo::ByReference`];
    /// decoding errors keep their JSON path.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = UserInfo;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a user info object or an array of users")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<UserInfo, A::Error> {
                UserInfoResponse::deserialize(MapAccessDeserializer::new(map)).map(UserInfo::Single)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<UserInfo, A::Error> {
                Vec::<TerraUser>::deserialize(SeqAccessDeserializer::new(seq))
                    .map(UserInfo::ByReference)
            }
        }
        d.deserialize_any(V)
    }
}

/// The answer to [`GetUserInfo::by_user_id`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UserInfoResponse {
    /// The user, with Terra's polling metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<PolledUser>,
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the user's connection is authenticated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_authenticated: Option<bool>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(UserInfoResponse {
    "user" => user,
    "status" => status,
    "is_authenticated" => is_authenticated,
});

/// A [`TerraUser`] with the polling metadata `/userInfo` adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PolledUser {
    /// When Terra last polled the provider for this user (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_polled_at: Option<String>,
    /// The time of the most recent data Terra holds for this user (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub most_recent_data_at: Option<String>,
    /// The user itself (every other field).
    #[serde(flatten)]
    pub user: TerraUser,
}

impl crate::models::fast::Fast for PolledUser {
    /// Decoded by serde's derive: left to serde.
    fn fast(_: &mut crate::models::fast::Cursor<'_>) -> Option<Self> {
        None
    }
}

/// Read as JSON first (the user's fields sit next to the polling ones);
/// a value that is not an object is kept raw.
impl crate::models::Fit for PolledUser {
    const EXPECTED: &'static str = "object";
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<crate::models::Fitted<Self>, D::Error> {
        use crate::models::Fitted;
        let value = Value::deserialize(d)?;
        if value.is_null() {
            return Ok(Fitted::Null);
        }
        if !value.is_object() {
            if crate::models::support::strict() {
                return Err(serde::de::Error::invalid_type(
                    serde::de::Unexpected::Other(crate::models::JsonKind::of(&value).as_str()),
                    &"a PolledUser object",
                ));
            }
            return Ok(Fitted::Misfit(value));
        }
        PolledUser::deserialize(value)
            .map(Fitted::Fit)
            .map_err(serde::de::Error::custom)
    }
}

impl Mismatches for PolledUser {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        // The polling fields are plain strings; the user's own fields are
        // at the same level (flattened).
        self.user.collect_mismatches(path, out);
    }
}

impl Mismatches for UserInfo {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        match self {
            UserInfo::Single(r) => r.collect_mismatches(path, out),
            UserInfo::ByReference(v) => v.collect_mismatches(path, out),
        }
    }
}

impl Mismatches for Subscriptions {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        let len = path.len();
        match self {
            Subscriptions::All { users, .. } => {
                crate::models::tolerant::push_key(path, "users");
                users.collect_mismatches(path, out);
            }
            Subscriptions::Page { data, .. } => {
                crate::models::tolerant::push_key(path, "data");
                data.collect_mismatches(path, out);
            }
        }
        path.truncate(len);
    }
}

impl PolledUser {
    /// Wraps a user, with no polling metadata.
    pub fn new(user: TerraUser) -> Self {
        Self {
            last_polled_at: None,
            most_recent_data_at: None,
            user,
        }
    }
}

impl SubscriptionsPage {
    /// A page of `results`, with the next page number (if any) and the
    /// highest page number.
    pub fn new(results: Vec<TerraUser>, next: Option<u64>, max_page: u64) -> Self {
        Self {
            next,
            max_page: Some(max_page),
            results,
            extra: Extra::new(),
        }
    }
}

/// `GET /subscriptions`: the users of your account, all at once or a page
/// at a time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListUsers {
    page: Option<u64>,
    per_page: Option<u64>,
    extra: Vec<(String, String)>,
}

impl ListUsers {
    /// Every user in one answer ([`Subscriptions::All`]).
    pub fn all() -> Self {
        Self::default()
    }

    /// One page (zero-based) of users ([`Subscriptions::Page`]).
    pub fn page(page: u64) -> Self {
        Self {
            page: Some(page),
            ..Self::default()
        }
    }

    /// The page size (Terra's default is 500).
    pub fn per_page(mut self, per_page: u64) -> Self {
        self.per_page = Some(per_page);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for ListUsers {
    type Output = Response<Subscriptions>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        if self.per_page == Some(0) {
            return Err(Error::invalid("per_page", "must be at least 1"));
        }
        let page = self.page.map(|p| p.to_string());
        let per_page = self.per_page.map(|p| p.to_string());
        RequestBuilder::new(Method::GET, config, "/subscriptions")
            .query_opt("page", page.as_deref())
            .query_opt("per_page", per_page.as_deref())
            .query_extra(&self.extra)
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// The answer to [`ListUsers`]: a plain list, or one page of a paginated
/// list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SubscriptionsRepr", into = "SubscriptionsRepr")]
#[non_exhaustive]
pub enum Subscriptions {
    /// The unpaginated answer: `{users}`.
    #[non_exhaustive]
    All {
        /// Every user.
        users: Vec<TerraUser>,
        /// Fields the SDK does not model.
        extra: Extra,
    },
    /// One page: `{data: {next, max_page, results}}`.
    #[non_exhaustive]
    Page {
        /// The page.
        data: SubscriptionsPage,
        /// Fields the SDK does not model.
        extra: Extra,
    },
}

impl Subscriptions {
    /// The unpaginated answer with these users.
    pub fn all(users: Vec<TerraUser>) -> Self {
        Subscriptions::All {
            users,
            extra: Extra::new(),
        }
    }

    /// A paginated answer.
    pub fn page(data: SubscriptionsPage) -> Self {
        Subscriptions::Page {
            data,
            extra: Extra::new(),
        }
    }

    /// The users in this answer.
    pub fn users(&self) -> Vec<&TerraUser> {
        match self {
            Subscriptions::All { users, .. } => users.iter().collect(),
            Subscriptions::Page { data, .. } => data.results.iter().collect(),
        }
    }

    /// The next page number, when there is one (never for the unpaginated
    /// answer).
    pub fn next_page(&self) -> Option<u64> {
        match self {
            Subscriptions::All { .. } => None,
            Subscriptions::Page { data, .. } => data.next,
        }
    }
}

/// One page of [`Subscriptions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubscriptionsPage {
    /// The next page number, or `None` on the last page.
    pub next: Option<u64>,
    /// The highest page number.
    pub max_page: Option<u64>,
    /// The users of this page.
    pub results: Vec<TerraUser>,
    /// Fields the SDK does not model.
    pub extra: Extra,
}

crate::models::support::object_deserialize!(SubscriptionsPage {
    "next" => next,
    "max_page" => max_page,
    "results" => results via null_as_default: Vec<TerraUser> = "array of users",
});

crate::models::support::envelope_serialize!(SubscriptionsPage {
    "next" => next always,
    "max_page" => max_page,
    "results" => results,
});

#[derive(Serialize, Deserialize)]
struct SubscriptionsRepr {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    users: Option<Vec<TerraUser>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<SubscriptionsPage>,
    #[serde(flatten)]
    extra: Extra,
}

impl TryFrom<SubscriptionsRepr> for Subscriptions {
    type Error = String;

    fn try_from(r: SubscriptionsRepr) -> Result<Self, String> {
        match (r.users, r.data) {
            (_, Some(data)) => Ok(Subscriptions::Page {
                data,
                extra: r.extra,
            }),
            (Some(users), None) => Ok(Subscriptions::All {
                users,
                extra: r.extra,
            }),
            (None, None) => {
                Err("the answer has neither `users` nor `data`: not a list of users".to_owned())
            }
        }
    }
}

impl From<Subscriptions> for SubscriptionsRepr {
    fn from(s: Subscriptions) -> Self {
        match s {
            Subscriptions::All { users, extra } => SubscriptionsRepr {
                users: Some(users),
                data: None,
                extra,
            },
            Subscriptions::Page { data, extra } => SubscriptionsRepr {
                users: None,
                data: Some(data),
                extra,
            },
        }
    }
}

/// `POST /bulkUserInfo`: the users for a list of Terra user ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkUserInfo {
    user_ids: Vec<String>,
    extra: Vec<(String, String)>,
}

impl BulkUserInfo {
    /// The users with these ids (at least one).
    pub fn new<I, S>(user_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
            extra: Vec::new(),
        }
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for BulkUserInfo {
    type Output = Response<Vec<TerraUser>>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        if self.user_ids.is_empty() {
            return Err(Error::invalid("user_ids", "at least one user id is needed"));
        }
        for id in &self.user_ids {
            require_non_empty("user_ids", id)?;
        }
        RequestBuilder::new(Method::POST, config, "/bulkUserInfo")
            .query_extra(&self.extra)
            .json(&self.user_ids)?
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// `PATCH /users/{user_id}`: changes a user's `reference_id` and/or
/// `active` flag. Only the fields set are sent; with neither, the body is
/// `{}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModifyUser {
    user_id: String,
    reference_id: Option<String>,
    active: Option<bool>,
    extra: Vec<(String, String)>,
}

impl ModifyUser {
    /// Changes the user with this Terra user id.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            reference_id: None,
            active: None,
            extra: Vec::new(),
        }
    }

    /// The new reference id (your own identifier for the connection).
    pub fn reference_id(mut self, reference_id: impl Into<String>) -> Self {
        self.reference_id = Some(reference_id.into());
        self
    }

    /// Whether the user stays active (inactive users get no data updates).
    pub fn active(mut self, active: bool) -> Self {
        self.active = Some(active);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for ModifyUser {
    type Output = Response<ModifyUserResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        let mut body = Extra::new();
        if let Some(r) = &self.reference_id {
            body.insert(
                "reference_id".to_owned(),
                serde_json::Value::String(r.clone()),
            );
        }
        if let Some(a) = self.active {
            body.insert("active".to_owned(), serde_json::Value::Bool(a));
        }
        RequestBuilder::new(
            Method::PATCH,
            config,
            &format!("/users/{}", super::path_segment(&self.user_id)),
        )
        .query_extra(&self.extra)
        .json(&body)?
        .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// The answer to [`ModifyUser`]: the user as it now is.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ModifyUserResponse {
    /// The user after the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<TerraUser>,
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(ModifyUserResponse {
    "user" => user,
    "status" => status,
});

impl ModifyUserResponse {
    /// `true` when Terra reported `status: success`.
    pub fn is_success(&self) -> bool {
        self.status.as_deref() == Some("success")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::test_support::*;
    use serde_json::json;

    fn user(id: &str, provider: &str) -> serde_json::Value {
        json!({
            "user_id": id, "provider": provider,
            "created_at": "2025-10-01T12:00:00.000000+00:00",
            "last_webhook_update": "2026-01-05T06:00:00.000000+00:00",
            "scopes": "activity:read", "reference_id": "acme-7", "active": true
        })
    }

    fn ids(users: Vec<&TerraUser>) -> Vec<String> {
        users
            .into_iter()
            .map(|u| {
                serde_json::to_value(u).unwrap()["user_id"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn user_info_requests() {
        let op = GetUserInfo::by_user_id("u-1");
        assert_request(
            &request(&op),
            Method::GET,
            "/userInfo?user_id=u-1",
            true,
            None,
        );
        let op = GetUserInfo::by_reference_id("a@b.c").extra("x", "y");
        assert_request(
            &request(&op),
            Method::GET,
            "/userInfo?reference_id=a%40b.c&x=y",
            true,
            None,
        );
        invalid(&GetUserInfo::by_user_id(""), "user_id");
        invalid(&GetUserInfo::by_reference_id(""), "reference_id");
    }

    #[test]
    fn user_info_single() {
        let op = GetUserInfo::by_user_id("u-1");
        let mut u = user("u-1", "OURA");
        u["last_polled_at"] = json!("2026-01-05T07:00:00Z");
        u["most_recent_data_at"] = json!(null);
        let body = json!({"user": u, "status": "success", "is_authenticated": true}).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        let UserInfo::Single(single) = r.value() else {
            panic!("{r:?}")
        };
        assert_eq!(single.status.as_deref(), Some("success"));
        assert_eq!(single.is_authenticated, Some(true));
        let polled = single.user.as_ref().unwrap();
        assert_eq!(
            polled.last_polled_at.as_deref(),
            Some("2026-01-05T07:00:00Z")
        );
        assert_eq!(polled.most_recent_data_at, None);
        let inner = serde_json::to_value(&polled.user).unwrap();
        assert_eq!(inner["provider"], "OURA");
        assert!(inner.get("last_polled_at").is_none());
        assert_eq!(ids(r.users()), ["u-1"]);
        // Serialising puts the polling metadata back next to the user's fields.
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["user"]["last_polled_at"], "2026-01-05T07:00:00Z");
        assert_eq!(v["user"]["user_id"], "u-1");
        let fresh = PolledUser::new(polled.user.clone());
        assert_eq!(fresh.last_polled_at, None);
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn user_info_by_reference() {
        let op = GetUserInfo::by_reference_id("acme-7");
        let body = json!([user("u-1", "GARMIN"), user("u-2", "FITBIT")]).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert!(matches!(r.value(), UserInfo::ByReference(v) if v.len() == 2));
        assert_eq!(ids(r.users()), ["u-1", "u-2"]);
        let r = op.parse_response(answer(200, "[]")).unwrap();
        assert!(r.users().is_empty());
        assert_decode_error(&op, 200, b"\"nope\"", "a user info object or an array");
        // Errors keep their path, in both shapes.
        // (Only checkable once `TerraUser` is a typed model.)
        if serde_json::from_value::<TerraUser>(json!(7)).is_err() {
            match op.parse_response(answer(200, r#"[{"user_id":"u","provider":"X"},7]"#)) {
                Err(Error::Decode(d)) => assert_eq!(d.path, "[1]"),
                other => panic!("{other:?}"),
            }
        }
        let body = r#"{"user":{"user_id":"u"},"is_authenticated":"yes"}"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        assert_eq!(
            r.mismatches()[0].to_string(),
            "is_authenticated: expected boolean, found string"
        );
        assert_eq!(r.users()[0].user_id.as_deref(), Some("u"));
        match op.parse_response_with(answer(200, body), crate::DecodeMode::Strict) {
            Err(Error::Decode(d)) => assert_eq!(d.path, "is_authenticated"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn subscriptions_requests() {
        assert_request(
            &request(&ListUsers::all()),
            Method::GET,
            "/subscriptions",
            true,
            None,
        );
        assert_request(
            &request(&ListUsers::page(0)),
            Method::GET,
            "/subscriptions?page=0",
            true,
            None,
        );
        assert_eq!(
            path_and_query(&request(&ListUsers::page(3).per_page(100).extra("a", "b"))),
            "/subscriptions?page=3&per_page=100&a=b"
        );
        assert_eq!(
            path_and_query(&request(&ListUsers::all().per_page(10))),
            "/subscriptions?per_page=10"
        );
        invalid(&ListUsers::page(1).per_page(0), "per_page");
    }

    #[test]
    fn subscriptions_shapes() {
        let op = ListUsers::all();
        let body = json!({"users": [user("u-1", "GARMIN"), user("u-2", "WHOOP")]}).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert!(matches!(r.value(), Subscriptions::All { users, .. } if users.len() == 2));
        assert_eq!(ids(r.users()), ["u-1", "u-2"]);
        assert_eq!(r.next_page(), None);
        assert_eq!(
            serde_json::to_value(Subscriptions::all(Vec::new())).unwrap(),
            json!({"users": []})
        );

        let op = ListUsers::page(0).per_page(1);
        let body = json!({"data": {"next": 1, "max_page": 4, "results": [user("u-1", "GARMIN")]}})
            .to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.next_page(), Some(1));
        let Subscriptions::Page { data, .. } = r.value() else {
            panic!()
        };
        assert_eq!(data.max_page, Some(4));
        assert_eq!(ids(r.users()), ["u-1"]);
        let body = json!({"data": {"next": null, "max_page": 4, "results": []}}).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.next_page(), None);
        assert!(r.users().is_empty());
        assert_eq!(
            r.value(),
            &Subscriptions::page(SubscriptionsPage::new(Vec::new(), None, 4))
        );
        // Round trip through serde keeps the shape.
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(
            v,
            json!({"data": {"next": null, "max_page": 4, "results": []}})
        );

        assert_decode_error(
            &op,
            200,
            br#"{"status":"success"}"#,
            "neither `users` nor `data`",
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn bulk_user_info() {
        let op = BulkUserInfo::new(["u-1", "u-2"]);
        let req = request(&op);
        assert_request(
            &req,
            Method::POST,
            "/bulkUserInfo",
            true,
            Some("application/json"),
        );
        assert_eq!(json_body(&req), json!(["u-1", "u-2"]));
        invalid(&BulkUserInfo::new(Vec::<String>::new()), "user_ids");
        assert_eq!(
            path_and_query(&request(&BulkUserInfo::new(["u-1"]).extra("a", "b"))),
            "/bulkUserInfo?a=b"
        );
        invalid(&BulkUserInfo::new(["u-1", ""]), "user_ids");
        let body = json!([user("u-1", "GARMIN"), user("u-2", "POLAR")]).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(ids(r.iter().collect()), ["u-1", "u-2"]);
        assert_error_shapes(&op);
        assert_malformed_list_bodies(&op, 200);
    }
    #[test]
    fn modify_user() {
        let op = ModifyUser::new("u 1").reference_id("acme-9").active(false);
        let req = request(&op);
        assert_request(
            &req,
            Method::PATCH,
            "/users/u%201",
            true,
            Some("application/json"),
        );
        assert_eq!(
            json_body(&req),
            json!({"reference_id": "acme-9", "active": false})
        );
        let req = request(&ModifyUser::new("u-1").active(true));
        assert_eq!(json_body(&req), json!({"active": true}));
        // Nothing set: an empty object, as the official SDKs send.
        let req = request(&ModifyUser::new("u-1").extra("a", "b"));
        assert_eq!(path_and_query(&req), "/users/u-1?a=b");
        assert_eq!(json_body(&req), json!({}));
        invalid(&ModifyUser::new(""), "user_id");

        let body = json!({"user": user("u-1", "OURA"), "status": "success"}).to_string();
        let r = op.parse_response(answer(200, &body)).unwrap();
        assert!(r.is_success());
        assert_eq!(ids(r.user.iter().collect()), ["u-1"]);
        let r = op
            .parse_response(answer(200, r#"{"status":"error"}"#))
            .unwrap();
        assert!(!r.is_success() && r.user.is_none());
        assert_misfit_kept(&op, 200, br#"{"status": 1}"#, "status");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }
}
