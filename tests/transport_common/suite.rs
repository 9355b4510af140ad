//! The test suite run against both transports. `$call` is a macro that
//! turns a client call into its value: the identity for the blocking
//! client, `block_on` for the async one.

macro_rules! transport_suite {
    ($krate:ident, $call:ident) => {
        use std::time::{Duration, Instant};

        use terra_core::{Error, RetryPolicy, TransportErrorKind};
        use $krate::Terra;

        use crate::transport_common::*;

        fn terra(server: &Server) -> Terra {
            Terra::with_config(credentials(), server.config()).expect("client")
        }

        fn terra_with(config: terra_core::Config) -> Terra {
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
            assert!(
                matches!(t.kind, TransportErrorKind::Io | TransportErrorKind::BodyRead),
                "{t:?}"
            );
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
            let config = terra_core::Config::with_base_url(format!("http://127.0.0.1:{port}/v2"))
                .unwrap()
                .retry(policy(2));
            let err = $call!(terra_with(config).execute(Probe::post("/x"))).unwrap_err();
            match &err {
                Error::Transport(t) => assert_eq!(t.kind, TransportErrorKind::Connect, "{t:?}"),
                other => panic!("expected a connect error, got {other:?}"),
            }
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
                t.client(),
            );
            assert!(shown.contains(DEV_ID));
            assert!(!shown.contains(API_KEY), "{shown}");
            assert!(!shown.contains(WEBHOOK_SECRET), "{shown}");
        }
    };
}
