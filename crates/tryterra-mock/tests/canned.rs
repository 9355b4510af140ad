//! The canned in-memory transport with both typed clients, and the samples
//! against what the mock server serves.

use std::io;
use std::time::Duration;

use serde_json::json;
use tryterra_core::Client;
use tryterra_core::ops::{AuthenticateUser, GenerateWidgetSession, GetDaily, GetSleep};
use tryterra_core::{CalendarDate, Config, Credentials, DateParam, Error, RetryPolicy};
use tryterra_mock::canned::{Canned, CannedResponse};
use tryterra_mock::{MockTerra, samples};

fn creds() -> Credentials {
    Credentials::new("dev-1", "key-1")
}

fn fast_retries() -> Config {
    Config::default().retry(
        RetryPolicy::default()
            .with_delays(Duration::from_millis(1), Duration::from_millis(2))
            .with_max_attempts(3),
    )
}

fn sample_day() -> DateParam {
    DateParam::Date(CalendarDate::parse(samples::SAMPLE_DATE).unwrap())
}

fn ureq_client(canned: &Canned) -> Client<Canned> {
    canned.client(creds(), fast_retries())
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn every_typed_method_of_the_blocking_client_answers_from_samples() {
    let canned = Canned::new().with_samples();
    let terra = ureq_client(&canned);
    let user = samples::user(0);
    let id = user.user_id.clone().unwrap();
    let day = sample_day();

    let providers = terra.list_providers().call().unwrap();
    assert_eq!(
        providers.providers,
        ["GARMIN", "FITBIT", "OURA", "POLAR", "WHOOP"]
    );
    let detailed = terra.list_providers_detailed().call().unwrap();
    assert!(
        serde_json::to_value(detailed.value()).unwrap()["providers"][0]["provider"] == "GARMIN"
    );

    assert_eq!(terra.list_users().call().unwrap(), vec![user.clone()]);
    let page = terra.list_users_page(0, 10).call().unwrap();
    assert_eq!(page.users(), vec![&user]);
    let info = terra.user_info_by_id(&id).call().unwrap();
    assert_eq!(info.users(), vec![&user]);
    let by_ref = terra.user_info_by_reference("mock-user-0").call().unwrap();
    assert_eq!(by_ref.users(), vec![&user]);

    let handle = terra.from_user_id(&id).call().unwrap();
    assert_eq!(handle.terra_user(), Some(&user));
    assert_eq!(
        handle.sleep().since(day).call().unwrap().data,
        vec![samples::sleep_night(0)]
    );

    assert_eq!(terra.activity(&id).since(day).call().unwrap().data.len(), {
        let inline = samples::inline_response_json("activity", 0).unwrap();
        inline["data"].as_array().unwrap().len()
    });
    assert_eq!(
        terra.daily(&id).since(day).call().unwrap().data,
        vec![samples::daily(0)]
    );
    assert_eq!(
        terra.body(&id).since(day).call().unwrap().data,
        vec![samples::body(0)]
    );
    assert_eq!(
        terra.nutrition(&id).since(day).call().unwrap().data,
        vec![samples::nutrition(0)]
    );
    assert_eq!(
        terra.menstruation(&id).since(day).call().unwrap().data,
        vec![samples::menstruation(0)]
    );
    assert_eq!(
        terra.athlete(&id).call().unwrap().athlete,
        Some(samples::athlete(0))
    );

    let ack = terra.sleep_to_webhook(&id, day).call().unwrap();
    assert_eq!(ack.reference.as_deref(), Some("canned-reference"));
    assert_eq!(ack.r#type.as_deref(), Some("sleep"));
    let ack = terra.athlete_to_webhook(&id).call().unwrap();
    assert_eq!(ack.r#type.as_deref(), Some("athlete"));

    let session = terra
        .generate_widget_session(GenerateWidgetSession::new().reference_id("me"))
        .call()
        .unwrap();
    assert_eq!(session.session_id.as_deref(), Some("cannedsession"));
    let url = terra
        .generate_authentication_url(AuthenticateUser::new("GARMIN"))
        .call()
        .unwrap();
    assert_eq!(url.user_id.as_deref(), Some(id.as_str()));
    assert_eq!(
        terra
            .deauthenticate_user(&id)
            .call()
            .unwrap()
            .status
            .as_deref(),
        Some("success")
    );

    // What the client sent.
    let sent = canned.requests();
    let widget = sent
        .iter()
        .find(|r| r.path == "/v2/auth/generateWidgetSession")
        .unwrap();
    assert_eq!(widget.method, "POST");
    assert_eq!(widget.json().unwrap()["reference_id"], "me");
    // `/integrations` is public; every other path carries the developer id.
    assert!(
        sent.iter()
            .filter(|r| !r.path.starts_with("/v2/integrations"))
            .all(|r| r.header("dev-id") == Some("dev-1"))
    );
    assert!(sent.iter().all(|r| r.header("x-api-key").is_none()));
    let webhook = sent
        .iter()
        .find(|r| r.path == "/v2/sleep" && r.query_param("to_webhook").as_deref() == Some("true"))
        .unwrap();
    assert_eq!(webhook.query_param("user_id").as_deref(), Some(id.as_str()));
    assert_eq!(
        webhook.query_param("start_date").as_deref(),
        Some(samples::SAMPLE_DATE)
    );
    assert_eq!(canned.request_count_for("/sleep"), 2);
}

#[test]
fn the_async_client_gets_the_same_answers() {
    let canned = Canned::new().with_samples();
    let blocking = ureq_client(&canned);
    let terra = canned.client(creds(), fast_retries());
    let id = samples::user(0).user_id.unwrap();
    let day = sample_day();
    block_on(async {
        let a = terra.activity(&id).since(day).await.unwrap();
        let b = blocking.activity(&id).since(day).call().unwrap();
        assert_eq!(a.data, b.data);
        assert_eq!(a.raw(), b.raw());
        let a = terra.execute(GetSleep::new(&id, day)).await.unwrap();
        assert_eq!(a.data, vec![samples::sleep_night(0)]);
        let a = terra.execute(GetDaily::new(&id, day)).await.unwrap();
        assert_eq!(a.data, vec![samples::daily(0)]);
        assert_eq!(
            terra.list_users().await.unwrap(),
            blocking.list_users().call().unwrap()
        );
    });
}

#[test]
fn query_routes_drive_pagination() {
    let u = |i: u64| samples::mock_user(i).to_json();
    let canned = Canned::new()
        .on_get(
            "/subscriptions",
            200,
            json!({"data": {"next": 1, "max_page": 2, "results": [u(0)]}}),
        )
        .on_get(
            "/subscriptions?page=1",
            200,
            json!({"data": {"next": 2, "max_page": 2, "results": [u(1)]}}),
        )
        .on_get(
            "/subscriptions?page=2",
            200,
            json!({"data": {"next": null, "max_page": 2, "results": [u(2)]}}),
        );
    let users = ureq_client(&canned).list_users().call().unwrap();
    let ids: Vec<_> = users.iter().map(|u| u.user_id.clone().unwrap()).collect();
    let want: Vec<_> = (0..3).map(|i| samples::mock_user(i).user_id).collect();
    assert_eq!(ids, want);
    let pages: Vec<_> = canned
        .requests()
        .iter()
        .map(|r| r.query_param("page"))
        .collect();
    assert_eq!(pages, [None, Some("1".into()), Some("2".into())]);
}

#[test]
fn answers_in_turn_then_the_last_repeats_and_retries_are_visible() {
    let canned = Canned::new()
        .on(
            "GET",
            "/integrations",
            CannedResponse::json(503, json!({"message": "busy"})),
        )
        .on(
            "GET",
            "/integrations",
            CannedResponse::json(429, json!({"message": "slow"})).header("retry-after", "0"),
        )
        .on_get("/integrations", 200, json!({"providers": ["OURA"]}));
    let terra = ureq_client(&canned);
    assert_eq!(terra.list_providers().call().unwrap().providers, ["OURA"]);
    assert_eq!(canned.request_count(), 3);
    assert_eq!(terra.list_providers().call().unwrap().providers, ["OURA"]);
    assert_eq!(canned.request_count(), 4);
    canned.clear_requests();
    assert_eq!(canned.request_count(), 0);
}

#[test]
fn failures_and_unknown_paths() {
    let canned = Canned::new()
        .on(
            "GET",
            "/activity",
            CannedResponse::fail(io::ErrorKind::ConnectionReset),
        )
        .on(
            "GET",
            "/body",
            CannedResponse::fail(io::ErrorKind::TimedOut),
        )
        .on(
            "GET",
            "/sleep",
            CannedResponse::raw(502, "text/html", "<html>bad gateway</html>"),
        );
    let terra = canned.client(creds(), Config::default().retry(RetryPolicy::never()));
    let day = sample_day();
    let err = terra.activity("u").since(day).call().unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let err = terra.body("u").since(day).call().unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    let err = terra.sleep("u").since(day).call().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    let err = terra.daily("u").since(day).call().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(
        err.to_string()
            .contains("no canned answer for GET /v2/daily"),
        "{err}"
    );
    // A route path matches whole trailing segments only.
    let canned = Canned::new().on_get("/tivity", 200, json!({}));
    let terra = ureq_client(&canned);
    assert!(terra.activity("u").since(day).call().is_err());
}

#[test]
fn samples_are_what_the_mock_serves() {
    let mock = MockTerra::builder().users(3).start_blocking().unwrap();
    let terra = tryterra_ureq::Terra::with_config(
        mock.credentials(),
        Config::with_base_url(mock.base_url()).unwrap(),
    )
    .unwrap();
    let day = sample_day();
    for seed in 0..3u64 {
        let user = samples::user(seed);
        let id = user.user_id.clone().unwrap();
        let info = terra.user_info_by_id(&id).call().unwrap();
        assert_eq!(info.users(), vec![&user]);
        let sleep = terra
            .execute(GetSleep::new(&id, day).with_samples(true))
            .call()
            .unwrap();
        assert_eq!(sleep.data, vec![samples::sleep_night(seed)]);
        let daily = terra
            .execute(GetDaily::new(&id, day).with_samples(true))
            .call()
            .unwrap();
        assert_eq!(daily.data, vec![samples::daily(seed)]);
        assert_eq!(
            terra.athlete(&id).call().unwrap().athlete,
            Some(samples::athlete(seed))
        );
    }
}

#[test]
fn your_routes_override_the_samples_whatever_the_order() {
    let canned = Canned::new()
        .on_get("/integrations", 200, json!({"providers": ["MINE"]}))
        .with_samples()
        .on_get("/athlete", 404, json!({"message": "no athlete here"}));
    let terra = ureq_client(&canned);
    for _ in 0..2 {
        assert_eq!(terra.list_providers().call().unwrap().providers, ["MINE"]);
    }
    let err = terra.athlete("someone").call().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(err.to_string().contains("no athlete here"), "{err}");
    // Everything else still answers from the samples.
    let id = samples::user(0).user_id.unwrap();
    assert_eq!(
        terra.daily(&id).since(sample_day()).call().unwrap().data,
        vec![samples::daily(0)]
    );
}
