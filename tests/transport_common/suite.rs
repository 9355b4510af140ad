//! The test suite run against both transports. `$call` is a macro that
//! turns a client call into its value: the identity for the blocking
//! client, `block_on` for the async one.

macro_rules! transport_suite {
    ($krate:ident, $call:ident) => {
        use std::time::{Duration, Instant};

        use tryterra_core::{Error, RetryPolicy, TransportErrorKind};
        use $krate::Terra;

        use crate::transport_common::*;

        fn terra(server: &Server) -> Terra {
            Terra::with_config(credentials(), server.config()).expect("client")
        }

        fn terra_with(config: tryterra_core::Config) -> Terra {
            Terra::with_config(credentials(), config).expect("client")
        }

        fn policy(attempts: u32) -> RetryPolicy {
            RetryPolicy::default()
                .with_delays(Duration::from_millis(10), Duration::from_millis(50))
                .with_max_attempts(attempts)
        }

        #[test]
        fn execute_any_operation() {
            let server = Server::start();
            server.push(Reply::json(200, r#"{"status":"success","n":1}"#));
            let got = $call!(terra(&server).execute(Probe::get("/anything"))).unwrap();
            assert_eq!(got.value()["n"], 1);
            assert_eq!(got.status(), 200);
            let req = server.single();
            assert_eq!(req.method, "GET");
            assert_eq!(req.path, "/v2/anything");
            req.assert_authenticated();
            assert_eq!(req.header("accept"), Some("application/json"));
        }

        #[test]
        fn rate_limit_waits_for_retry_after() {
            let server = Server::start();
            server.push(
                Reply::json(429, r#"{"message":"slow down"}"#).header("retry-after", "1"),
            );
            server.push(Reply::json(200, r#"{"ok":true}"#));
            let t = terra(&server);
            let start = Instant::now();
            let got = $call!(t.execute(Probe::post("/auth/generateWidgetSession"))).unwrap();
            let elapsed = start.elapsed();
            assert_eq!(got.value()["ok"], true);
            assert_eq!(server.count(), 2, "429 is retried once, even for a POST");
            assert!(elapsed >= Duration::from_secs(1), "waited {elapsed:?}");
        }

        #[test]
        fn rate_limit_above_the_cap_is_returned() {
            let server = Server::start();
            server.fallback(
                Reply::json(429, r#"{"message":"slow down"}"#).header("retry-after", "3600"),
            );
            let config = server
                .config()
                .retry(policy(3).with_max_retry_after(Duration::from_secs(5)));
            let start = Instant::now();
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            assert!(start.elapsed() < Duration::from_secs(5));
            assert_eq!(server.count(), 1);
            match err {
                Error::RateLimited { retry_after, error } => {
                    assert_eq!(retry_after, Some(Duration::from_secs(3600)));
                    assert_eq!(error.message.as_deref(), Some("slow down"));
                }
                other => panic!("expected RateLimited, got {other:?}"),
            }
        }

        #[test]
        fn gateway_errors_then_success_on_get() {
            let server = Server::start();
            server.push(Reply::json(503, "{}"));
            server.push(Reply::html(502, "<html>bad gateway</html>"));
            server.push(Reply::json(504, ""));
            server.push(Reply::json(200, r#"{"after":"three"}"#));
            let config = server.config().retry(policy(4));
            let got = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap();
            assert_eq!(got.value()["after"], "three");
            assert_eq!(server.count(), 4);
            for req in server.requests() {
                assert_eq!(req.method, "GET");
                req.assert_authenticated();
            }
        }

        #[test]
        fn each_gateway_status_is_retried() {
            for status in [502u16, 503, 504] {
                let server = Server::start();
                server.push(Reply::json(status, "{}"));
                server.push(Reply::json(200, r#"{"ok":1}"#));
                let got = $call!(terra(&server).execute(Probe::get("/x"))).unwrap();
                assert_eq!(got.value()["ok"], 1);
                assert_eq!(server.count(), 2, "status {status}");
            }
        }

        #[test]
        fn server_error_on_post_is_not_retried() {
            for status in [500u16, 502, 503] {
                let server = Server::start();
                server.fallback(Reply::json(status, r#"{"message":"boom"}"#));
                let err = $call!(terra(&server).execute(Probe::post("/x"))).unwrap_err();
                assert_eq!(server.count(), 1, "status {status}");
                assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
                assert!(matches!(err, Error::Api(_)), "{err:?}");
            }
            // And a 500 is not retried on GET either.
            let server = Server::start();
            server.fallback(Reply::json(500, r#"{"message":"boom"}"#));
            let err = $call!(terra(&server).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 1);
            assert_eq!(err.status(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
        }

        #[test]
        fn html_502_page_is_an_api_error_after_all_attempts() {
            let server = Server::start();
            let page = "<html><head><title>502 Bad Gateway</title></head>\
                        <body><h1>502 Bad Gateway</h1></body></html>";
            server.fallback(Reply::html(502, page));
            let config = server.config().retry(policy(3));
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 3);
            let Error::Api(api) = &err else {
                panic!("expected an API error, got {err:?}")
            };
            assert_eq!(api.status, 502);
            assert_eq!(api.content_type.as_deref(), Some("text/html"));
            assert_eq!(api.body_text(), page);
            assert!(err.to_string().contains("502"));
        }

        #[test]
        fn connection_closed_mid_response_is_a_transport_error() {
            let server = Server::start();
            server.fallback(Reply::Raw(b"HTTP/1.1 200 OK\r\ncontent-type: appl".to_vec()));
            let config = server.config().retry(policy(3));
            let err = $call!(terra_with(config.clone()).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 3, "a broken GET is retried");
            let Error::Transport(t) = &err else {
                panic!("expected a transport error, got {err:?}")
            };
            assert_eq!(t.kind, TransportErrorKind::Io, "{t:?}");
            assert!(std::error::Error::source(t).is_some());
            // A POST is not repeated after a broken connection.
            let server = Server::start();
            server.fallback(Reply::Raw(b"HTTP/1.1 200 OK\r\ncontent-type: appl".to_vec()));
            let config = config.clone();
            let mut c = config;
            c.set_base_url(server.base_url()).unwrap();
            let err = $call!(terra_with(c).execute(Probe::post("/x"))).unwrap_err();
            assert!(matches!(err, Error::Transport(_)), "{err:?}");
            assert_eq!(server.count(), 1);
        }

        #[test]
        fn connection_reset_mid_response_is_a_transport_error() {
            let server = Server::start();
            server.fallback(Reply::Reset(b"HTTP/1.1 200 OK\r\ncontent-type: appl".to_vec()));
            let config = server.config().retry(policy(3));
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 3, "a reset GET is retried");
            assert!(server.requests().iter().all(|r| r.method == "GET"));
            let Error::Transport(t) = &err else {
                panic!("expected a transport error, got {err:?}")
            };
            assert_eq!(t.kind, TransportErrorKind::Io, "{t:?}");
            // Not retried for a POST.
            let server = Server::start();
            server.fallback(Reply::Reset(b"HTTP/1.1 200 OK\r\n".to_vec()));
            let err = $call!(terra(&server).execute(Probe::post("/x"))).unwrap_err();
            assert!(matches!(err, Error::Transport(_)), "{err:?}");
            assert_eq!(server.count(), 1);
        }

        #[test]
        fn truncated_body_is_a_transport_error() {
            let server = Server::start();
            server.fallback(Reply::Raw(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                  content-length: 100\r\nconnection: close\r\n\r\n{\"data\":[1,2"
                    .to_vec(),
            ));
            let config = server.config().retry(policy(2));
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 2);
            match &err {
                Error::Transport(t) => assert_eq!(t.kind, TransportErrorKind::BodyRead, "{t:?}"),
                other => panic!("expected a body read error, got {other:?}"),
            }
        }

        #[test]
        fn garbage_json_is_a_decode_error_with_the_status() {
            let server = Server::start();
            server.push(Reply::json(200, r#"{"data": [1, 2"#));
            let err = $call!(terra(&server).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 1);
            let Error::Decode(d) = &err else {
                panic!("expected a decode error, got {err:?}")
            };
            assert_eq!(d.status, Some(http::StatusCode::OK));
        }

        #[test]
        fn slow_server_times_out() {
            let server = Server::start();
            server.fallback(Reply::json(200, "{}").slow(Duration::from_secs(4)));
            let timeout = Duration::from_millis(300);
            let config = server.config().timeout(timeout).retry(policy(2));
            let start = Instant::now();
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            let elapsed = start.elapsed();
            assert!(err.is_timeout(), "{err:?}");
            assert_eq!(server.count(), 2, "a timed out GET is retried once");
            // Two attempts of 300 ms and one short backoff, plus a margin far
            // below the server's 4 s delay.
            assert!(elapsed >= timeout * 2, "{elapsed:?}");
            assert!(elapsed < timeout * 2 + Duration::from_millis(1500), "{elapsed:?}");
        }

        #[test]
        fn slow_post_times_out_without_retry() {
            let server = Server::start();
            server.fallback(Reply::json(200, "{}").slow(Duration::from_secs(4)));
            let timeout = Duration::from_millis(300);
            let config = server.config().timeout(timeout).retry(policy(3));
            let start = Instant::now();
            let err = $call!(terra_with(config).execute(Probe::post("/x"))).unwrap_err();
            let elapsed = start.elapsed();
            assert!(err.is_timeout(), "{err:?}");
            assert_eq!(server.count(), 1);
            assert!(elapsed < timeout + Duration::from_millis(1500), "{elapsed:?}");
        }

        #[test]
        fn oversized_body_is_refused() {
            let server = Server::start();
            server.fallback(Reply::json(200, format!("[{}1]", "1,".repeat(5000))));
            let config = server.config().max_response_bytes(1000).retry(policy(3));
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(server.count(), 1, "a too large answer is not retried");
            match &err {
                Error::Transport(t) => assert_eq!(t.kind, TransportErrorKind::TooLarge, "{t:?}"),
                other => panic!("expected TooLarge, got {other:?}"),
            }
        }

        #[test]
        fn refused_connection_is_a_connect_error() {
            let port = {
                let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
                l.local_addr().unwrap().port()
            };
            let config = tryterra_core::Config::with_base_url(format!("http://127.0.0.1:{port}/v2"))
                .unwrap()
                .retry(policy(2));
            let err = $call!(terra_with(config).execute(Probe::post("/x"))).unwrap_err();
            match &err {
                Error::Transport(t) => assert_eq!(t.kind, TransportErrorKind::Connect, "{t:?}"),
                other => panic!("expected a connect error, got {other:?}"),
            }
        }

        // ---- one test per client method -------------------------------

        const USER_1: &str = r#"{"user_id":"u-1","provider":"FITBIT","reference_id":"ref-1","active":true,"scopes":"activity:read"}"#;
        const USER_2: &str = r#"{"user_id":"u-2","provider":"GARMIN","reference_id":"ref-1","active":true}"#;
        const METADATA: &str = r#"{"start_time":"2026-01-01T08:00:00.000000+00:00","end_time":"2026-01-01T09:00:00.000000+00:00","summary_id":"s-1","type":8,"upload_type":1}"#;

        fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
            serde_json::to_value(value).expect("serialisable")
        }

        fn inline_answer(kind: &str) -> Reply {
            Reply::json(
                200,
                format!(r#"{{"user":{USER_1},"data":[{{"metadata":{METADATA}}}],"type":"{kind}"}}"#),
            )
        }

        fn ack_answer(kind: &str) -> Reply {
            Reply::json(
                200,
                format!(r#"{{"status":"success","type":"{kind}","reference":"ref-{kind}","user":{USER_1}}}"#),
            )
        }

        fn day(s: &str) -> tryterra_core::DateParam {
            tryterra_core::DateParam::parse(s).unwrap()
        }

        fn assert_data_request(req: &Recorded, path: &str, webhook: bool, end: Option<&str>) {
            assert_eq!(req.method, "GET", "{req:?}");
            assert_eq!(req.path, format!("/v2/{path}"), "{req:?}");
            req.assert_authenticated();
            assert_eq!(req.query("user_id"), Some("u-1"));
            assert_eq!(req.query("start_date"), Some("2026-01-01"));
            assert_eq!(req.query("end_date"), end);
            assert_eq!(req.query("to_webhook"), Some(if webhook { "true" } else { "false" }));
        }

        fn assert_inline<T: serde::Serialize>(
            got: &tryterra_core::Response<tryterra_core::ops::DataResponse<T>>,
            kind: &str,
        ) {
            assert_eq!(got.status(), 200);
            assert_eq!(got.data.len(), 1);
            let item = to_json(&got.data[0]);
            assert_eq!(item["metadata"]["start_time"], "2026-01-01T08:00:00.000000+00:00");
            assert_eq!(got.r#type.as_deref(), Some(kind));
            assert_eq!(to_json(&got.user)["user_id"], "u-1");
        }

        fn assert_ack(got: &tryterra_core::Response<tryterra_core::ops::WebhookAck>, kind: &str) {
            assert_eq!(got.status.as_deref(), Some("success"));
            assert_eq!(got.reference.as_deref(), Some(format!("ref-{kind}").as_str()));
            assert_eq!(got.r#type.as_deref(), Some(kind));
        }

        #[test]
        fn list_providers() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                r#"{"status":"success","providers":["FITBIT","GARMIN"],"sdk_providers":["APPLE"]}"#,
            ));
            let got = $call!(terra(&server).list_providers()).unwrap();
            assert_eq!(got.providers, ["FITBIT", "GARMIN"]);
            assert_eq!(got.sdk_providers, ["APPLE"]);
            let req = server.single();
            assert_eq!((req.method.as_str(), req.path.as_str()), ("GET", "/v2/integrations"));
            assert!(req.query.is_empty());
            assert_eq!(req.header("x-api-key"), None, "a public endpoint gets no key");
        }

        #[test]
        fn list_providers_detailed() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                r#"{"status":"success","providers":[{"provider":"FITBIT","name":"Fitbit","icon":"https://i.test/f.png","enabled":true,"setup":"","sdk":false}]}"#,
            ));
            let got = $call!(terra(&server).list_providers_detailed()).unwrap();
            let json = to_json(got.value());
            assert_eq!(json["status"], "success");
            assert_eq!(json["providers"][0]["provider"], "FITBIT");
            assert_eq!(json["providers"][0]["name"], "Fitbit");
            let req = server.single();
            assert_eq!(req.path, "/v2/integrations/detailed");
            assert_eq!(req.method, "GET");
        }

        #[test]
        fn generate_widget_session() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                r#"{"session_id":"sess-1","url":"https://widget.tryterra.co/session/sess-1","status":"success","expires_in":900}"#,
            ));
            let op = tryterra_core::ops::GenerateWidgetSession::new()
                .providers(["GARMIN", "FITBIT"])
                .reference_id("ref-1")
                .language("en")
                .auth_success_redirect_url("https://app.test/ok")
                .auth_failure_redirect_url("https://app.test/ko");
            let got = $call!(terra(&server).generate_widget_session(op)).unwrap();
            assert_eq!(got.session_id.as_deref(), Some("sess-1"));
            assert_eq!(got.url.as_deref(), Some("https://widget.tryterra.co/session/sess-1"));
            assert_eq!(got.expires_in, Some(900.0));
            let req = server.single();
            assert_eq!((req.method.as_str(), req.path.as_str()), ("POST", "/v2/auth/generateWidgetSession"));
            req.assert_authenticated();
            assert_eq!(req.header("content-type"), Some("application/json"));
            assert_eq!(
                req.json(),
                serde_json::json!({
                    "providers": "GARMIN,FITBIT",
                    "reference_id": "ref-1",
                    "language": "en",
                    "auth_success_redirect_url": "https://app.test/ok",
                    "auth_failure_redirect_url": "https://app.test/ko",
                })
            );
        }

        #[test]
        fn generate_authentication_url() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                r#"{"status":"success","user_id":"u-new","auth_url":"https://auth.test/garmin?x=1"}"#,
            ));
            let op = tryterra_core::ops::AuthenticateUser::new("GARMIN").reference_id("ref-1");
            let got = $call!(terra(&server).generate_authentication_url(op)).unwrap();
            assert_eq!(got.user_id.as_deref(), Some("u-new"));
            assert_eq!(got.auth_url.as_deref(), Some("https://auth.test/garmin?x=1"));
            let req = server.single();
            assert_eq!((req.method.as_str(), req.path.as_str()), ("POST", "/v2/auth/authenticateUser"));
            assert_eq!(req.query("resource"), Some("GARMIN"));
            req.assert_authenticated();
            assert_eq!(req.json(), serde_json::json!({"reference_id": "ref-1"}));
        }

        #[test]
        fn user_info_by_id_and_by_reference() {
            let server = Server::start();
            let single = format!(
                r#"{{"status":"success","is_authenticated":true,"user":{}}}"#,
                USER_1.replace('}', r#","last_polled_at":"2026-01-02T00:00:00+00:00"}"#)
            );
            server.push(Reply::json(200, single.clone()));
            server.push(Reply::json(200, format!("[{USER_1},{USER_2}]")));
            server.push(Reply::json(200, single));
            let t = terra(&server);
            let got = $call!(t.user_info_by_id("u-1")).unwrap();
            let tryterra_core::ops::UserInfo::Single(one) = got.value() else {
                panic!("expected a single user: {got:?}")
            };
            assert_eq!(one.is_authenticated, Some(true));
            let polled = one.user.as_ref().expect("user");
            assert_eq!(polled.last_polled_at.as_deref(), Some("2026-01-02T00:00:00+00:00"));
            assert_eq!(to_json(&polled.user)["user_id"], "u-1");
            let got = $call!(t.user_info_by_reference("ref-1")).unwrap();
            let users = got.users();
            assert_eq!(users.len(), 2);
            assert_eq!(to_json(users[1])["provider"], "GARMIN");
            let got = $call!(t.user_info(tryterra_core::ops::GetUserInfo::by_user_id("u-1"))).unwrap();
            assert_eq!(got.users().len(), 1);
            let reqs = server.requests();
            assert_eq!(reqs.len(), 3);
            for req in &reqs {
                assert_eq!((req.method.as_str(), req.path.as_str()), ("GET", "/v2/userInfo"));
                req.assert_authenticated();
            }
            assert_eq!(reqs[0].query, [("user_id".to_owned(), "u-1".to_owned())]);
            assert_eq!(reqs[1].query, [("reference_id".to_owned(), "ref-1".to_owned())]);
            assert_eq!(reqs[2].query("user_id"), Some("u-1"));
        }

        #[test]
        fn from_user_id_gives_a_handle() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                format!(r#"{{"status":"success","is_authenticated":true,"user":{USER_1}}}"#),
            ));
            server.push(inline_answer("activity"));
            server.push(inline_answer("sleep"));
            server.push(ack_answer("daily"));
            server.push(Reply::json(200, format!(r#"{{"athlete":{{"first_name":"Ada"}},"user":{USER_1},"type":"athlete"}}"#)));
            server.push(Reply::json(200, r#"{"status":"success"}"#));
            let t = terra(&server);
            let user = $call!(t.from_user_id("u-1")).unwrap();
            assert_eq!(user.id(), "u-1");
            assert_eq!(to_json(user.terra_user().expect("user"))["provider"], "FITBIT");
            let got = $call!(user.activity().since(day("2026-01-01"))).unwrap();
            assert_inline(&got, "activity");
            let got = $call!(user.sleep().since(day("2026-01-01")).until(day("2026-01-07"))).unwrap();
            assert_inline(&got, "sleep");
            let got = $call!(user.daily_to_webhook(day("2026-01-01"))).unwrap();
            assert_ack(&got, "daily");
            let got = $call!(user.athlete()).unwrap();
            assert_eq!(to_json(&got.athlete)["first_name"], "Ada");
            let got = $call!(user.deauthenticate()).unwrap();
            assert_eq!(got.status.as_deref(), Some("success"));
            let reqs = server.requests();
            assert_eq!(reqs.len(), 6);
            assert_eq!(reqs[0].path, "/v2/userInfo");
            assert_data_request(&reqs[1], "activity", false, None);
            assert_data_request(&reqs[2], "sleep", false, Some("2026-01-07"));
            assert_data_request(&reqs[3], "daily", true, None);
            assert_eq!(reqs[4].path, "/v2/athlete");
            assert_eq!(reqs[5].method, "DELETE");
        }

        #[test]
        fn list_users_all_at_once() {
            let server = Server::start();
            server.push(Reply::json(200, format!(r#"{{"users":[{USER_1},{USER_2}]}}"#)));
            let users = $call!(terra(&server).list_users()).unwrap();
            assert_eq!(users.len(), 2);
            assert_eq!(to_json(&users[0])["user_id"], "u-1");
            assert_eq!(to_json(&users[1])["user_id"], "u-2");
            let req = server.single();
            assert_eq!((req.method.as_str(), req.path.as_str()), ("GET", "/v2/subscriptions"));
            assert!(req.query.is_empty(), "{req:?}");
            req.assert_authenticated();
        }

        #[test]
        fn list_users_follows_pages() {
            let server = Server::start();
            server.push(Reply::json(200, format!(r#"{{"data":{{"next":2,"max_page":3,"results":[{USER_1}]}}}}"#)));
            server.push(Reply::json(200, format!(r#"{{"data":{{"next":3,"max_page":3,"results":[{USER_2}]}}}}"#)));
            server.push(Reply::json(200, r#"{"data":{"next":null,"max_page":3,"results":[]}}"#));
            let users = $call!(terra(&server).list_users()).unwrap();
            let ids: Vec<_> = users.iter().map(|u| to_json(u)["user_id"].clone()).collect();
            assert_eq!(ids, ["u-1", "u-2"]);
            let reqs = server.requests();
            assert_eq!(reqs.len(), 3);
            assert_eq!(reqs[0].query("page"), None);
            assert_eq!(reqs[1].query("page"), Some("2"));
            assert_eq!(reqs[2].query("page"), Some("3"));
        }

        #[test]
        fn list_users_stops_when_next_does_not_advance() {
            let server = Server::start();
            server.fallback(Reply::json(200, format!(r#"{{"data":{{"next":2,"results":[{USER_1}]}}}}"#)));
            let users = $call!(terra(&server).list_users()).unwrap();
            assert_eq!(server.count(), 2, "page 2 pointing at page 2 ends the walk");
            assert_eq!(users.len(), 2);
        }

        #[test]
        fn list_users_page() {
            let server = Server::start();
            server.push(Reply::json(200, format!(r#"{{"data":{{"next":4,"max_page":9,"results":[{USER_2}]}}}}"#)));
            let got = $call!(terra(&server).list_users_page(3, 50)).unwrap();
            assert_eq!(got.next_page(), Some(4));
            assert_eq!(got.users().len(), 1);
            let req = server.single();
            assert_eq!(req.path, "/v2/subscriptions");
            assert_eq!(req.query("page"), Some("3"));
            assert_eq!(req.query("per_page"), Some("50"));
        }

        #[test]
        fn deauthenticate_user() {
            let server = Server::start();
            server.push(Reply::json(200, r#"{"status":"success"}"#));
            let got = $call!(terra(&server).deauthenticate_user("u-1")).unwrap();
            assert_eq!(got.status.as_deref(), Some("success"));
            let req = server.single();
            assert_eq!((req.method.as_str(), req.path.as_str()), ("DELETE", "/v2/auth/deauthenticateUser"));
            assert_eq!(req.query("user_id"), Some("u-1"));
            req.assert_authenticated();
        }

        #[test]
        fn data_inline_for_every_kind() {
            let server = Server::start();
            for kind in ["activity", "body", "daily", "sleep", "menstruation", "nutrition"] {
                server.push(inline_answer(kind));
            }
            let t = terra(&server);
            let (s, e) = (day("2026-01-01"), Some(day("2026-01-07")));
            assert_inline(&$call!(t.activity("u-1").since(s).until_opt(e)).unwrap(), "activity");
            assert_inline(&$call!(t.body("u-1").since(s).until_opt(e)).unwrap(), "body");
            assert_inline(&$call!(t.daily("u-1").since(s).until_opt(e)).unwrap(), "daily");
            assert_inline(&$call!(t.sleep("u-1").since(s).until_opt(e)).unwrap(), "sleep");
            assert_inline(&$call!(t.menstruation("u-1").since(s).until_opt(e)).unwrap(), "menstruation");
            assert_inline(&$call!(t.nutrition("u-1").since(s).until_opt(e)).unwrap(), "nutrition");
            let reqs = server.requests();
            assert_eq!(reqs.len(), 6);
            for (req, kind) in reqs.iter().zip(["activity", "body", "daily", "sleep", "menstruation", "nutrition"]) {
                assert_data_request(req, kind, false, Some("2026-01-07"));
            }
        }

        #[test]
        fn data_to_webhook_for_every_kind() {
            let server = Server::start();
            for kind in ["activity", "body", "daily", "sleep", "menstruation", "nutrition"] {
                server.push(ack_answer(kind));
            }
            let t = terra(&server);
            let s = day("2026-01-01");
            assert_ack(&$call!(t.activity_to_webhook("u-1", s)).unwrap(), "activity");
            assert_ack(&$call!(t.body_to_webhook("u-1", s)).unwrap(), "body");
            assert_ack(&$call!(t.daily_to_webhook("u-1", s)).unwrap(), "daily");
            assert_ack(&$call!(t.sleep_to_webhook("u-1", s)).unwrap(), "sleep");
            assert_ack(&$call!(t.menstruation_to_webhook("u-1", s)).unwrap(), "menstruation");
            assert_ack(&$call!(t.nutrition_to_webhook("u-1", s)).unwrap(), "nutrition");
            let reqs = server.requests();
            assert_eq!(reqs.len(), 6);
            for (req, kind) in reqs.iter().zip(["activity", "body", "daily", "sleep", "menstruation", "nutrition"]) {
                assert_data_request(req, kind, true, None);
            }
        }

        #[test]
        fn data_generic_and_unix_dates() {
            let server = Server::start();
            server.push(inline_answer("sleep"));
            let t = terra(&server);
            let got = $call!(t.data::<tryterra_core::ops::kind::Sleep>("u-1").since(1_767_225_600i64)).unwrap();
            assert_inline(&got, "sleep");
            let req = server.single();
            assert_eq!(req.path, "/v2/sleep");
            assert_eq!(req.query("start_date"), Some("1767225600"));
        }

        #[test]
        fn bad_range_is_refused_before_sending() {
            let server = Server::start();
            let t = terra(&server);
            let err = $call!(t.activity("u-1").since(day("2026-02-01")).until(day("2026-01-01"))).unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
            let err = $call!(t.deauthenticate_user("")).unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
            assert_eq!(server.count(), 0);
        }

        #[test]
        fn athlete_inline_and_to_webhook() {
            let server = Server::start();
            server.push(Reply::json(
                200,
                format!(r#"{{"athlete":{{"first_name":"Ada","last_name":"Lovelace","sex":"female"}},"user":{USER_1},"type":"athlete"}}"#),
            ));
            server.push(ack_answer("athlete"));
            let t = terra(&server);
            let got = $call!(t.athlete("u-1")).unwrap();
            let athlete = to_json(&got.athlete);
            assert_eq!(athlete["first_name"], "Ada");
            assert_eq!(athlete["last_name"], "Lovelace");
            assert_eq!(to_json(&got.user)["user_id"], "u-1");
            let got = $call!(t.athlete_to_webhook("u-1")).unwrap();
            assert_ack(&got, "athlete");
            let reqs = server.requests();
            for (req, webhook) in reqs.iter().zip(["false", "true"]) {
                assert_eq!((req.method.as_str(), req.path.as_str()), ("GET", "/v2/athlete"));
                assert_eq!(req.query("user_id"), Some("u-1"));
                assert_eq!(req.query("to_webhook"), Some(webhook));
                assert_eq!(req.query("start_date"), None);
                req.assert_authenticated();
            }
        }

        #[test]
        fn api_errors_carry_status_and_message() {
            let server = Server::start();
            server.push(Reply::json(
                404,
                r#"{"type":"about:blank","title":"Not Found","detail":"user not found"}"#,
            ).header("content-type", "application/problem+json"));
            let err = $call!(terra(&server).user_info_by_id("nobody")).unwrap_err();
            let Error::Api(api) = &err else { panic!("{err:?}") };
            assert_eq!(api.status, 404);
            assert_eq!(api.message.as_deref(), Some("user not found"));
            assert_eq!(server.count(), 1, "a 404 is not retried");
        }

        #[test]
        fn webhook_signature_and_handling() {
            let server = Server::start();
            let t = terra(&server);
            let body = format!(
                r#"{{"type":"auth","status":"success","user":{USER_1},"reference_id":"ref-1","widget_session_id":"w-1"}}"#
            );
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            let header = tryterra_core::webhook::sign(WEBHOOK_SECRET.as_bytes(), now, body.as_bytes());
            assert!(t.check_terra_signature(body.as_bytes(), &header));
            let event = t.handle_webhook(body.as_bytes(), &header).unwrap();
            assert_eq!(to_json(&event)["type"], "auth");
            // Tampered body, wrong secret, stale timestamp, garbage header.
            let tampered = body.replace("ref-1", "ref-2");
            assert!(!t.check_terra_signature(tampered.as_bytes(), &header));
            let err = t.handle_webhook(tampered.as_bytes(), &header).unwrap_err();
            assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
            let forged = tryterra_core::webhook::sign(b"not the secret", now, body.as_bytes());
            assert!(!t.check_terra_signature(body.as_bytes(), &forged));
            let stale = tryterra_core::webhook::sign(WEBHOOK_SECRET.as_bytes(), now - 3600, body.as_bytes());
            assert!(!t.check_terra_signature(body.as_bytes(), &stale));
            assert!(!t.check_terra_signature(body.as_bytes(), "t=,v1=zz"));
            assert!(t.handle_webhook(body.as_bytes(), "").is_err());
            // Signed, but not JSON: a decode error.
            let junk = tryterra_core::webhook::sign(WEBHOOK_SECRET.as_bytes(), now, b"<html>");
            let err = t.handle_webhook(b"<html>", &junk).unwrap_err();
            assert!(matches!(err, Error::Decode(_)), "{err:?}");
            // Without a webhook secret nothing verifies.
            let bare = Terra::with_config(
                tryterra_core::Credentials::new(DEV_ID, API_KEY),
                server.config(),
            )
            .unwrap();
            assert!(bare.webhook_verifier().is_none());
            assert!(!bare.check_terra_signature(body.as_bytes(), &header));
            let err = bare.handle_webhook(body.as_bytes(), &header).unwrap_err();
            assert!(err.to_string().contains("webhook_secret"), "{err}");
            assert_eq!(server.count(), 0);
            assert!(!format!("{t:?} {err:?}").contains(WEBHOOK_SECRET));
        }

        #[test]
        fn tls_to_a_plain_http_server_is_a_tls_error() {
            // A server that answers in plain HTTP before any handshake.
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let addr = listener.local_addr().unwrap();
            let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let count = accepted.clone();
            std::thread::spawn(move || {
                for stream in listener.incoming().take(3) {
                    let Ok(mut stream) = stream else { continue };
                    count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let _ = std::io::Write::write_all(
                        &mut stream,
                        b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n",
                    );
                    std::thread::sleep(Duration::from_millis(100));
                }
            });
            let config = tryterra_core::Config::with_base_url(format!("https://{addr}/v2"))
                .unwrap()
                .timeout(Duration::from_secs(5))
                .retry(policy(3));
            let err = $call!(terra_with(config).execute(Probe::get("/x"))).unwrap_err();
            let Error::Transport(t) = &err else {
                panic!("expected a transport error, got {err:?}")
            };
            assert_eq!(t.kind, TransportErrorKind::Tls, "{t:?}");
            assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1, "TLS failures are not retried");
        }

        #[test]
        fn redirects_are_not_followed() {
            let server = Server::start();
            let elsewhere = format!("{}/elsewhere", server.base_url());
            server.fallback(Reply::json(307, "").header("location", &elsewhere));
            let err = $call!(terra(&server).execute(Probe::get("/x"))).unwrap_err();
            assert_eq!(err.status(), Some(http::StatusCode::TEMPORARY_REDIRECT));
            assert_eq!(server.count(), 1, "the API key never follows a redirect");
        }

        #[test]
        fn debug_never_shows_secrets() {
            let server = Server::start();
            server.push(Reply::json(401, r#"{"message":"unauthorized"}"#));
            server.push(Reply::Raw(b"HTTP/1.1 200 OK\r\n".to_vec()));
            let t = terra(&server);
            let api_err = $call!(t.execute(Probe::post("/x"))).unwrap_err();
            let transport_err = $call!(t.execute(Probe::post("/x"))).unwrap_err();
            assert!(matches!(transport_err, Error::Transport(_)));
            // The key did travel, in the header.
            assert_eq!(server.requests()[0].header("x-api-key"), Some(API_KEY));
            let shown = format!(
                "{t:?} {t:#?} {:?} {:?} {:?} {api_err:?} {api_err} {transport_err:?} {transport_err}",
                t.config(),
                t.credentials(),
                t.transport(),
            );
            assert!(shown.contains(DEV_ID));
            assert!(!shown.contains(API_KEY), "{shown}");
            assert!(!shown.contains(WEBHOOK_SECRET), "{shown}");
        }
    };
}
