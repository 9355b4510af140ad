//! Authentication: auth links, widget sessions, deauthentication and mobile
//! SDK tokens.

use http::Method;
use serde::Serialize;
use serde_json::Value;

use super::{Extra, lenient_u64, merge_extra, require_non_empty};
use crate::config::{Config, Credentials};
use crate::error::Error;
use crate::models::OptF64;
use crate::operation::{Operation, RequestBuilder, Response, parse_json};

/// The optional fields shared by the two ways of starting an
/// authentication.
#[derive(Clone, Debug, Default, PartialEq)]
struct AuthOptions {
    language: Option<String>,
    reference_id: Option<String>,
    auth_success_redirect_url: Option<String>,
    auth_failure_redirect_url: Option<String>,
    extra: Extra,
}

impl AuthOptions {
    fn body(&self, providers: Option<&str>) -> Extra {
        let mut body = Extra::new();
        let fields = [
            ("providers", providers),
            ("language", self.language.as_deref()),
            ("reference_id", self.reference_id.as_deref()),
            (
                "auth_success_redirect_url",
                self.auth_success_redirect_url.as_deref(),
            ),
            (
                "auth_failure_redirect_url",
                self.auth_failure_redirect_url.as_deref(),
            ),
        ];
        for (k, v) in fields {
            if let Some(v) = v {
                body.insert(k.to_owned(), Value::String(v.to_owned()));
            }
        }
        merge_extra(&mut body, &self.extra);
        body
    }
}

macro_rules! auth_option_setters {
    () => {
        /// The language of the provider's login pages (for example `en`).
        pub fn language(mut self, language: impl Into<String>) -> Self {
            self.options.language = Some(language.into());
            self
        }

        /// Your own identifier for the user, echoed back in webhooks and
        /// usable with [`GetUserInfo::by_reference_id`](super::GetUserInfo::by_reference_id).
        pub fn reference_id(mut self, reference_id: impl Into<String>) -> Self {
            self.options.reference_id = Some(reference_id.into());
            self
        }

        /// Where the user lands after a successful connection.
        pub fn auth_success_redirect_url(mut self, url: impl Into<String>) -> Self {
            self.options.auth_success_redirect_url = Some(url.into());
            self
        }

        /// Where the user lands after a failed or cancelled connection.
        pub fn auth_failure_redirect_url(mut self, url: impl Into<String>) -> Self {
            self.options.auth_failure_redirect_url = Some(url.into());
            self
        }

        /// Adds a field the SDK does not model to the JSON body. A modelled
        /// field that is set takes precedence over an extra of the same name.
        pub fn extra(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
            self.options.extra.insert(name.into(), value.into());
            self
        }
    };
}

/// `POST /auth/authenticateUser`: an authentication link for one provider.
///
/// Send the user to the returned [`AuthUrl::auth_url`]; Terra then reports
/// the outcome with an `auth` webhook.
#[derive(Clone, Debug, PartialEq)]
pub struct AuthenticateUser {
    resource: String,
    options: AuthOptions,
}

impl AuthenticateUser {
    /// A link for the provider `resource` (for example `FITBIT`, `GARMIN`).
    pub fn new(resource: impl Into<String>) -> Self {
        Self {
            resource: resource.into(),
            options: AuthOptions::default(),
        }
    }

    /// The provider this link is for.
    pub fn resource(&self) -> &str {
        &self.resource
    }

    auth_option_setters!();
}

impl Operation for AuthenticateUser {
    type Output = Response<AuthUrl>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("resource", &self.resource)?;
        RequestBuilder::new(Method::POST, config, "/auth/authenticateUser")
            .query("resource", &self.resource)
            .json(&self.options.body(None))?
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// `POST /auth/generateWidgetSession`: a hosted Terra Widget session where
/// the user picks a provider and logs in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GenerateWidgetSession {
    providers: Vec<String>,
    options: AuthOptions,
}

impl GenerateWidgetSession {
    /// A session offering every provider enabled on your account.
    pub fn new() -> Self {
        Self::default()
    }

    /// Restricts the widget to these providers (sent comma-separated, for
    /// example `GARMIN,FITBIT`). Empty names are skipped.
    pub fn providers<I, S>(mut self, providers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.providers = providers
            .into_iter()
            .map(Into::into)
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        self
    }

    auth_option_setters!();
}

impl Operation for GenerateWidgetSession {
    type Output = Response<WidgetSession>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let providers = (!self.providers.is_empty()).then(|| self.providers.join(","));
        RequestBuilder::new(Method::POST, config, "/auth/generateWidgetSession")
            .json(&self.options.body(providers.as_deref()))?
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// `DELETE /auth/deauthenticateUser`: disconnects a user and deletes what
/// Terra holds for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeauthenticateUser {
    user_id: String,
    extra: Vec<(String, String)>,
}

impl DeauthenticateUser {
    /// Deauthenticates `user_id`.
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
}

impl Operation for DeauthenticateUser {
    fn user(&self) -> Option<&str> {
        Some(&self.user_id)
    }

    type Output = Response<StatusResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        require_non_empty("user_id", &self.user_id)?;
        RequestBuilder::new(Method::DELETE, config, "/auth/deauthenticateUser")
            .query("user_id", &self.user_id)
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

/// `POST /auth/generateAuthToken`: a short-lived token for the mobile SDKs'
/// `initConnection` (Apple Health, Samsung Health, …).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GenerateAuthToken {
    extra: Vec<(String, String)>,
}

impl GenerateAuthToken {
    /// A new token request.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for GenerateAuthToken {
    type Output = Response<AuthToken>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(Method::POST, config, "/auth/generateAuthToken")
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

/// The answer to [`AuthenticateUser`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AuthUrl {
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Terra user id created for this connection attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Where to send the user to connect their account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(AuthUrl {
    "status" => status,
    "user_id" => user_id,
    "auth_url" => auth_url,
});

/// The answer to [`GenerateWidgetSession`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WidgetSession {
    /// The widget session id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The widget URL to send the user to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// How long the URL stays valid, in seconds.
    #[serde(skip_serializing_if = "OptF64::is_none")]
    pub expires_in: OptF64,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(WidgetSession {
    "session_id" => session_id,
    "url" => url,
    "status" => status,
    "expires_in" => expires_in,
});

/// A bare `{status}` answer (for example to [`DeauthenticateUser`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct StatusResponse {
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(StatusResponse {
    "status" => status,
});

/// The answer to [`GenerateAuthToken`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AuthToken {
    /// `success` or `error`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The token to hand to the mobile SDK.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// How long the token stays valid, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
    /// Fields the SDK does not model.
    #[serde(flatten)]
    pub extra: Extra,
}

crate::models::support::object_deserialize!(AuthToken {
    "status" => status,
    "token" => token,
    "expires_in" => expires_in via lenient_u64: Option<u64> = "non-negative integer",
});

macro_rules! status_helpers {
    ($($t:ty),*) => {$(
        impl $t {
            /// `true` when Terra reported `status: "success"`.
            pub fn is_success(&self) -> bool {
                self.status.as_deref() == Some("success")
            }
        }
    )*};
}

status_helpers!(AuthUrl, WidgetSession, StatusResponse, AuthToken);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::test_support::*;
    use serde_json::json;

    #[test]
    fn authenticate_user_request() {
        let op = AuthenticateUser::new("FITBIT");
        let req = request(&op);
        assert_request(
            &req,
            Method::POST,
            "/auth/authenticateUser?resource=FITBIT",
            true,
            Some("application/json"),
        );
        assert_eq!(json_body(&req), json!({}));

        let op = AuthenticateUser::new("GARMIN")
            .language("en")
            .reference_id("user@example.com")
            .auth_success_redirect_url("https://app.example/ok?x=1")
            .auth_failure_redirect_url("https://app.example/ko")
            .extra("show_disconnect", true)
            .extra("language", "fr");
        let req = request(&op);
        assert_eq!(
            path_and_query(&req),
            "/auth/authenticateUser?resource=GARMIN"
        );
        assert_eq!(
            json_body(&req),
            json!({
                "language": "en",
                "reference_id": "user@example.com",
                "auth_success_redirect_url": "https://app.example/ok?x=1",
                "auth_failure_redirect_url": "https://app.example/ko",
                "show_disconnect": true,
            })
        );
        invalid(&AuthenticateUser::new(""), "resource");
    }

    #[test]
    fn authenticate_user_response() {
        let op = AuthenticateUser::new("FITBIT");
        let r = op
            .parse_response(answer(
                200,
                r#"{"status":"success","user_id":"9b7f2e4c-1d3a-4c55-8e21-0a6f5c3b9d11",
                   "auth_url":"https://www.fitbit.com/oauth2/authorize?state=abc","new":1}"#,
            ))
            .unwrap();
        assert!(r.is_success());
        assert_eq!(
            r.user_id.as_deref(),
            Some("9b7f2e4c-1d3a-4c55-8e21-0a6f5c3b9d11")
        );
        assert_eq!(
            r.auth_url.as_deref(),
            Some("https://www.fitbit.com/oauth2/authorize?state=abc")
        );
        assert_eq!(r.extra["new"], 1);
        assert_eq!(r.status(), 200);
        assert_eq!(r.raw_json().unwrap()["new"], 1);
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn widget_session_request() {
        let req = request(&GenerateWidgetSession::new());
        assert_request(
            &req,
            Method::POST,
            "/auth/generateWidgetSession",
            true,
            Some("application/json"),
        );
        assert_eq!(json_body(&req), json!({}));

        let op = GenerateWidgetSession::new()
            .providers(["GARMIN", " FITBIT ", ""])
            .providers(vec![String::from("GARMIN"), String::from("OURA")])
            .language("en")
            .reference_id("ref-1")
            .auth_success_redirect_url("https://a.example/s")
            .auth_failure_redirect_url("https://a.example/f")
            .extra("show_disconnect", false);
        assert_eq!(
            json_body(&request(&op)),
            json!({
                "providers": "GARMIN,OURA",
                "language": "en",
                "reference_id": "ref-1",
                "auth_success_redirect_url": "https://a.example/s",
                "auth_failure_redirect_url": "https://a.example/f",
                "show_disconnect": false,
            })
        );
        let op = GenerateWidgetSession::new().providers(["GARMIN", "FITBIT", "WHOOP"]);
        assert_eq!(
            json_body(&request(&op)),
            json!({"providers": "GARMIN,FITBIT,WHOOP"})
        );
    }

    #[test]
    fn widget_session_response() {
        let op = GenerateWidgetSession::new();
        let r = op
            .parse_response(answer(
                200,
                r#"{"session_id":"5c1e","url":"https://widget.tryterra.co/session/5c1e",
                   "status":"success","expires_in":900}"#,
            ))
            .unwrap();
        assert_eq!(r.session_id.as_deref(), Some("5c1e"));
        assert_eq!(
            r.url.as_deref(),
            Some("https://widget.tryterra.co/session/5c1e")
        );
        assert_eq!(r.expires_in, Some(900.0));
        assert!(r.is_success());
        let r = op
            .parse_response(answer(200, r#"{"status":"error","expires_in":899.5}"#))
            .unwrap();
        assert!(!r.is_success());
        assert_eq!(r.expires_in, Some(899.5));
        assert_eq!(r.url, None);
        // A wrong type is kept and reported, or in a strict decode is a
        // decode error naming the field.
        let r = op
            .parse_response(answer(200, r#"{"expires_in":"soon"}"#))
            .unwrap();
        assert_eq!(r.expires_in, None);
        assert_eq!(r.extra["expires_in"], "soon");
        assert_eq!(
            r.mismatches()[0].to_string(),
            "expires_in: expected number, found string"
        );
        match op.parse_response_with(
            answer(200, r#"{"expires_in":"soon"}"#),
            crate::DecodeMode::Strict,
        ) {
            Err(Error::Decode(d)) => assert_eq!(d.path, "expires_in"),
            other => panic!("{other:?}"),
        }
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn deauthenticate_request_and_response() {
        let op = DeauthenticateUser::new("u 1/2");
        let req = request(&op);
        assert_request(
            &req,
            Method::DELETE,
            "/auth/deauthenticateUser?user_id=u%201%2F2",
            true,
            None,
        );
        let req = request(&DeauthenticateUser::new("u1").extra("force", "1"));
        assert_eq!(
            query(&req),
            vec![
                ("user_id".into(), "u1".into()),
                ("force".into(), "1".into())
            ]
        );
        invalid(&DeauthenticateUser::new(" "), "user_id");
        let r = op
            .parse_response(answer(200, r#"{"status":"success"}"#))
            .unwrap();
        assert!(r.is_success());
        assert_eq!(
            r.value(),
            &StatusResponse {
                status: Some("success".into()),
                extra: Extra::new()
            }
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn auth_token_request_and_response() {
        let op = GenerateAuthToken::new();
        let req = request(&op);
        assert_request(&req, Method::POST, "/auth/generateAuthToken", true, None);
        let r = op
            .parse_response(answer(
                200,
                r#"{"status":"success","token":"4f1c9a","expires_in":180}"#,
            ))
            .unwrap();
        assert_eq!(r.token.as_deref(), Some("4f1c9a"));
        assert_eq!(r.expires_in, Some(180));
        let r = op
            .parse_response(answer(200, r#"{"expires_in":180.0}"#))
            .unwrap();
        assert_eq!(r.expires_in, Some(180));
        assert_eq!(
            serde_json::to_value(r.value()).unwrap(),
            json!({"expires_in": 180})
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }
}
