//! Both transports against the same tryterra-mock: the same requests give the
//! same typed values, the same bytes, the same errors and, under the same
//! injected faults, the same attempts.

mod mock_common;

use std::future::IntoFuture;
use std::time::Duration;

use mock_common::*;
use tryterra_core::ops::{AuthenticateUser, GenerateWidgetSession};
use tryterra_core::{Config, Credentials, Error, RetryPolicy};
use tryterra_mock::{BlockingMockTerra, Faults, MockTerra, samples};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn config(mock: &BlockingMockTerra, attempts: u32) -> Config {
    Config::with_base_url(mock.base_url())
        .expect("base URL")
        .timeout(Duration::from_secs(10))
        .retry(
            RetryPolicy::default()
                .with_delays(Duration::from_millis(5), Duration::from_millis(20))
                .with_max_attempts(attempts),
        )
}

fn clients(
    mock: &BlockingMockTerra,
    credentials: Credentials,
    attempts: u32,
) -> (tryterra_reqwest::Terra, tryterra_ureq::Terra) {
    (
        tryterra_reqwest::Terra::with_config(credentials.clone(), config(mock, attempts)).unwrap(),
        tryterra_ureq::Terra::with_config(credentials, config(mock, attempts)).unwrap(),
    )
}

/// Asserts that both results are equal: same value and bytes, or errors of
/// the same kind and status.
macro_rules! same {
    ($rt:expr, $a:expr, $b:expr) => {{
        let _ = same!(value $rt, $a, $b);
    }};
    (value $rt:expr, $a:expr, $b:expr) => {{
        let a = $rt.block_on($a.into_future());
        let b = $b.call();
        match (&a, &b) {
            (Ok(x), Ok(y)) => {
                assert_eq!(to_json(&**x), to_json(&**y));
                assert_eq!(x.status(), y.status());
                assert_eq!(x.raw(), y.raw());
            }
            (Err(x), Err(y)) => assert_same_error(x, y),
            _ => panic!("different outcomes: {a:?} vs {b:?}"),
        }
        a
    }};
}

fn assert_same_error(a: &Error, b: &Error) {
    assert_eq!(a.status(), b.status(), "{a:?} vs {b:?}");
    assert_eq!(
        std::mem::discriminant(a),
        std::mem::discriminant(b),
        "{a:?} vs {b:?}"
    );
    if let (Error::Transport(x), Error::Transport(y)) = (a, b) {
        assert_eq!(x.kind, y.kind);
    }
    assert_eq!(a.to_string(), b.to_string());
}

#[test]
fn every_method_gives_the_same_answer_on_both_transports() {
    let mock = MockTerra::builder().users(5).start_blocking().unwrap();
    let (a, b) = clients(&mock, mock.credentials(), 3);
    let rt = rt();
    let id = samples::user(2).user_id.unwrap();
    let start = day(samples::SAMPLE_DATE);
    let end = Some(day_plus(samples::SAMPLE_DATE, 6));

    same!(rt, a.list_providers(), b.list_providers());
    let x = rt
        .block_on(a.list_providers_detailed().into_future())
        .unwrap();
    let y = b.list_providers_detailed().call().unwrap();
    assert_eq!(to_json(x.value()), to_json(y.value()));
    assert_eq!(
        rt.block_on(a.list_users().into_future()).unwrap(),
        b.list_users().call().unwrap()
    );
    for page in 0..3 {
        same!(rt, a.list_users_page(page, 2), b.list_users_page(page, 2));
    }
    same!(rt, a.user_info_by_id(&id), b.user_info_by_id(&id));
    same!(
        rt,
        a.user_info_by_reference("mock-user-3"),
        b.user_info_by_reference("mock-user-3")
    );
    same!(rt, a.user_info_by_id("nobody"), b.user_info_by_id("nobody"));

    let week = same!(value rt, a.activity(&id).since(start).until_opt(end), b.activity(&id).since(start).until_opt(end));
    let week = week.unwrap();
    assert!(!week.data.is_empty());
    for activity in &week.data {
        let meta = activity.metadata.as_ref().unwrap();
        assert!(meta.start_time.is_some() && meta.summary_id.is_some());
    }
    same!(
        rt,
        a.body(&id).since(start).until_opt(end),
        b.body(&id).since(start).until_opt(end)
    );
    same!(
        rt,
        a.daily(&id).since(start).until_opt(end),
        b.daily(&id).since(start).until_opt(end)
    );
    same!(
        rt,
        a.sleep(&id).since(start).until_opt(end),
        b.sleep(&id).since(start).until_opt(end)
    );
    same!(
        rt,
        a.nutrition(&id).since(start).until_opt(end),
        b.nutrition(&id).since(start).until_opt(end)
    );
    same!(
        rt,
        a.menstruation(&id).since(start).until_opt(end),
        b.menstruation(&id).since(start).until_opt(end)
    );
    same!(rt, a.athlete(&id), b.athlete(&id));
    // A range the client refuses before sending, on both.
    same!(
        rt,
        a.sleep(&id)
            .since(day_plus(samples::SAMPLE_DATE, 3))
            .until(start),
        b.sleep(&id)
            .since(day_plus(samples::SAMPLE_DATE, 3))
            .until(start)
    );

    // The flows and the acknowledgements differ only in their fresh ids.
    let x = rt
        .block_on(
            a.generate_widget_session(GenerateWidgetSession::new())
                .into_future(),
        )
        .unwrap();
    let y = b
        .generate_widget_session(GenerateWidgetSession::new())
        .call()
        .unwrap();
    assert_ne!(x.session_id, y.session_id);
    assert_eq!(x.status, y.status);
    let x = rt
        .block_on(
            a.generate_authentication_url(AuthenticateUser::new("POLAR"))
                .into_future(),
        )
        .unwrap();
    let y = b
        .generate_authentication_url(AuthenticateUser::new("POLAR"))
        .call()
        .unwrap();
    assert_ne!(x.user_id, y.user_id);
    let x = rt
        .block_on(
            a.daily(&id)
                .since(start)
                .until_opt(end)
                .to_webhook()
                .into_future(),
        )
        .unwrap();
    let y = b
        .daily(&id)
        .since(start)
        .until_opt(end)
        .to_webhook()
        .call()
        .unwrap();
    assert_eq!(
        (&x.status, &x.r#type, &x.user),
        (&y.status, &y.r#type, &y.user)
    );
    assert_ne!(x.reference, y.reference);

    // Deauthentication, then the same 404 on both.
    let other = samples::user(4).user_id.unwrap();
    rt.block_on(a.deauthenticate_user(&other).into_future())
        .unwrap();
    same!(rt, a.user_info_by_id(&other), b.user_info_by_id(&other));
    same!(
        rt,
        a.deauthenticate_user(&other),
        b.deauthenticate_user(&other)
    );

    // Wrong credentials: the same 401.
    let (a, b) = clients(&mock, Credentials::new("dev-mock", "wrong"), 3);
    same!(rt, a.user_info_by_id(&id), b.user_info_by_id(&id));
}

#[test]
fn the_same_faults_give_the_same_outcomes_and_attempts() {
    let faults = Faults {
        rate_5xx: 0.3,
        rate_429: 0.1,
        rate_drop: 0.05,
        seed: 2026,
        ..Faults::none()
    };
    let start_mock = || {
        MockTerra::builder()
            .users(2)
            .faults(faults.clone())
            .start_blocking()
            .unwrap()
    };
    let (ma, mb) = (start_mock(), start_mock());
    // 429s answer Retry-After: 1; a cap below that returns them at once.
    let capped = |mock: &BlockingMockTerra| {
        let c = config(mock, 4);
        let policy = c
            .retry
            .clone()
            .with_max_retry_after(Duration::from_millis(50));
        c.retry(policy)
    };
    let a = tryterra_reqwest::Terra::with_config(ma.credentials(), capped(&ma)).unwrap();
    let b = tryterra_ureq::Terra::with_config(mb.credentials(), capped(&mb)).unwrap();
    let rt = rt();
    let id = samples::user(0).user_id.unwrap();
    let start = day(samples::SAMPLE_DATE);
    let (mut ok, mut failed) = (0, 0);
    for i in 0..30 {
        let outcome = if i % 2 == 0 {
            same!(value rt, a.user_info_by_id(&id), b.user_info_by_id(&id)).map(|_| ())
        } else {
            same!(value rt, a.sleep(&id).since(start), b.sleep(&id).since(start)).map(|_| ())
        };
        match outcome {
            Ok(()) => ok += 1,
            Err(e) => {
                failed += 1;
                assert!(
                    matches!(
                        e,
                        Error::Api(_) | Error::RateLimited { .. } | Error::Transport(_)
                    ),
                    "{e:?}"
                );
            }
        }
    }
    assert_eq!(ok + failed, 30);
    assert!(ok > 15, "{ok} of 30 succeeded");
    for path in ["/v2/userInfo", "/v2/sleep"] {
        let (na, nb) = (ma.request_count(path), mb.request_count(path));
        assert_eq!(na, nb, "{path}: attempts differ");
        assert!(
            (15..=60).contains(&na),
            "{path}: {na} attempts for 15 calls"
        );
    }
}
