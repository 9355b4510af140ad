//! Integrations: the providers Terra supports. These endpoints are public:
//! no `x-api-key` or `dev-id` header is sent.

use http::Method;

use super::{Extra, bool_str};
use crate::config::{Config, Credentials};
use crate::error::Error;
use crate::models::IntegrationsResponse;
use crate::operation::{Operation, RequestBuilder, Response, parse_json};

/// `GET /integrations`: the names of the providers available on the API.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListProviders {
    extra: Vec<(String, String)>,
}

impl ListProviders {
    /// The list of providers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for ListProviders {
    type Output = Response<Providers>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(Method::GET, config, "/integrations")
            .query_extra(&self.extra)
            .unauthenticated()
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// The answer to [`ListProviders`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Providers {
    /// Providers connected through the cloud (`FITBIT`, `GARMIN`, …).
    pub providers: Vec<String>,
    /// Providers reached through Terra's mobile SDKs (`APPLE`, …).
    pub sdk_providers: Vec<String>,
    /// `success` or `error`.
    pub status: Option<String>,
    /// Fields the SDK does not model.
    pub extra: Extra,
}

crate::models::support::object_deserialize!(Providers {
    "providers" => providers [default],
    "sdk_providers" => sdk_providers [default],
    "status" => status,
});

crate::models::support::envelope_serialize!(Providers {
    "providers" => providers,
    "sdk_providers" => sdk_providers,
    "status" => status,
});

/// `GET /integrations/detailed`: the providers with their names, icons and
/// supported data types.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListProvidersDetailed {
    sdk: Option<bool>,
    extra: Vec<(String, String)>,
}

impl ListProvidersDetailed {
    /// The detailed list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether to include the integrations that need a mobile SDK. Unset,
    /// the parameter is not sent.
    pub fn sdk(mut self, sdk: bool) -> Self {
        self.sdk = Some(sdk);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for ListProvidersDetailed {
    type Output = Response<IntegrationsResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        RequestBuilder::new(Method::GET, config, "/integrations/detailed")
            .query_opt("sdk", self.sdk.map(bool_str))
            .query_extra(&self.extra)
            .unauthenticated()
            .build(config, credentials)
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
    use crate::ops::test_support::*;

    #[test]
    fn list_providers() {
        let op = ListProviders::new();
        assert_request(&request(&op), Method::GET, "/integrations", false, None);
        assert_eq!(
            path_and_query(&request(&ListProviders::new().extra("a", "1"))),
            "/integrations?a=1"
        );
        let r = op
            .parse_response(answer(
                200,
                r#"{"providers":["FITBIT","GARMIN","OURA"],"sdk_providers":["APPLE","SAMSUNG"],"status":"success"}"#,
            ))
            .unwrap();
        assert_eq!(r.providers, ["FITBIT", "GARMIN", "OURA"]);
        assert_eq!(r.sdk_providers, ["APPLE", "SAMSUNG"]);
        assert_eq!(r.status.as_deref(), Some("success"));
        let r = op
            .parse_response(answer(200, r#"{"providers":["WHOOP"]}"#))
            .unwrap();
        assert!(r.sdk_providers.is_empty());
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    /// The answer as it was decoded before its lists were decoded in place:
    /// each list read as a JSON value first, then typed.
    #[derive(Debug, Default, PartialEq)]
    struct ThroughValue {
        providers: Vec<String>,
        sdk_providers: Vec<String>,
        status: Option<String>,
        extra: Extra,
    }

    crate::models::support::object_deserialize!(ThroughValue {
        "providers" => providers via super::super::null_as_default: Vec<String> = "array of strings",
        "sdk_providers" => sdk_providers via super::super::null_as_default: Vec<String> = "array of strings",
        "status" => status,
    });

    crate::models::support::envelope_serialize!(ThroughValue {
        "providers" => providers,
        "sdk_providers" => sdk_providers,
        "status" => status,
    });

    /// The provider lists decode in place, with the semantics they had when
    /// they went through a JSON value first: `null` is an empty list, and
    /// anything but a list of strings is kept whole in `extra`, reported
    /// under the list's key, written back where it was, and refused in a
    /// strict decode.
    #[test]
    fn provider_lists_decode_as_through_a_value() {
        use crate::decode::{DecodeMode, decode_json_with};
        use crate::models::Mismatches;
        use serde_json::json;

        let cases = [
            json!({"providers": ["A", "B"], "sdk_providers": ["C"]}),
            json!({"providers": null, "sdk_providers": []}),
            json!({"providers": ["A", 5, "B"], "status": "success"}),
            json!({"providers": [7, "A"]}),
            json!({"providers": ["A", null]}),
            json!({"providers": [null]}),
            json!({"providers": ["A", ["x"], {"y": 1}, 2.5, true, "B"]}),
            json!({"providers": "APPLE", "sdk_providers": {"a": 1}}),
            json!({"providers": 3, "sdk_providers": false, "other": 1}),
            json!({"sdk_providers": ["C", -1], "status": 4}),
        ];
        for doc in cases {
            let body = serde_json::to_vec(&doc).unwrap();
            let got: Providers = decode_json_with(None, &body, DecodeMode::Tolerant).unwrap();
            let old: ThroughValue = decode_json_with(None, &body, DecodeMode::Tolerant).unwrap();
            assert_eq!(got.providers, old.providers, "{doc}");
            assert_eq!(got.sdk_providers, old.sdk_providers, "{doc}");
            assert_eq!(got.status, old.status, "{doc}");
            assert_eq!(got.extra, old.extra, "{doc}");
            assert_eq!(got.mismatches(), old.mismatches(), "{doc}");
            assert_eq!(
                serde_json::to_value(&got).unwrap(),
                serde_json::to_value(&old).unwrap(),
                "{doc}"
            );

            let strict = decode_json_with::<Providers>(None, &body, DecodeMode::Strict);
            let old = decode_json_with::<ThroughValue>(None, &body, DecodeMode::Strict);
            match (strict, old) {
                (Ok(v), Ok(_)) => assert_eq!(v, got),
                (Err(crate::Error::Decode(e)), Err(crate::Error::Decode(o))) => {
                    // In place, the path and the position go down to the
                    // member at fault; the words are the same.
                    assert!(e.path.starts_with(&o.path), "{doc}: {} {}", e.path, o.path);
                    let words = |m: &str| m.split(" at line ").next().unwrap().to_owned();
                    assert_eq!(words(&e.message), words(&o.message), "{doc}");
                }
                (strict, old) => panic!("{doc}: {strict:?} {old:?}"),
            }
        }
    }

    #[test]
    fn list_providers_detailed() {
        let op = ListProvidersDetailed::new();
        assert_request(
            &request(&op),
            Method::GET,
            "/integrations/detailed",
            false,
            None,
        );
        assert_request(
            &request(&ListProvidersDetailed::new().sdk(true)),
            Method::GET,
            "/integrations/detailed?sdk=true",
            false,
            None,
        );
        assert_eq!(
            path_and_query(&request(&ListProvidersDetailed::new().sdk(false))),
            "/integrations/detailed?sdk=false"
        );
        let body = r#"{"status":"success","providers":[{"provider":"GARMIN","name":"Garmin",
            "icon":"https://cdn.example/garmin.png","setup":"oauth","enabled":true,
            "types":{"activity":true,"body":true,"nutrition":false,"daily":true,"sleep":true,"menstruation":false}}]}"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["status"], "success");
        assert_eq!(v["providers"][0]["provider"], "GARMIN");
        assert_eq!(v["providers"][0]["types"]["sleep"], true);
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }
}
