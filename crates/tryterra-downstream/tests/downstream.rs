//! The SDK as a downstream crate uses it: only the public API of `tryterra`
//! (with its `reqwest` and `ureq` transports) against the embedded
//! emulator. Builders in both flavours, paged users, a 90-day windowed
//! range, and the error helpers against the emulator's faults.

use std::future::IntoFuture;
use std::pin::Pin;
use std::time::Duration;

use tryterra::client::Stream;
use tryterra::models::{Records, Sleep};
use tryterra::{CalendarDate, Config, Credentials, RetryPolicy};
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
) -> (tryterra::reqwest::Terra, tryterra::ureq::Terra) {
    (
        tryterra::reqwest::Terra::with_config(credentials.clone(), config(mock, attempts)).unwrap(),
        tryterra::ureq::Terra::with_config(credentials, config(mock, attempts)).unwrap(),
    )
}

/// The next item of a stream, without a combinator crate.
async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

/// Every item of a stream, stopping at 10,000.
async fn collect<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
    let mut all = Vec::new();
    while let Some(item) = next(&mut stream).await {
        all.push(item);
        assert!(all.len() < 10_000, "runaway stream");
    }
    all
}

fn sample_day() -> CalendarDate {
    CalendarDate::parse(samples::SAMPLE_DATE).unwrap()
}

#[test]
fn builders_work_the_same_in_both_flavours() {
    let mock = MockTerra::builder().users(2).start_blocking().unwrap();
    let (a, b) = clients(&mock, mock.credentials(), 1);
    let rt = rt();
    let id = mock.users()[0].user_id.clone();
    let day = sample_day();
    let end = day.add_days(2).unwrap();

    let x = rt
        .block_on(
            a.sleep(&id)
                .since(day)
                .until(end)
                .with_samples()
                .into_future(),
        )
        .unwrap();
    let y = b
        .sleep(&id)
        .since(day)
        .until(end)
        .with_samples()
        .call()
        .unwrap();
    assert_eq!(x.raw(), y.raw());
    assert_eq!(x.records().len(), 3, "one night per day");
    let night: &Sleep = &x.records()[0];
    assert!(night.asleep_duration().is_some(), "{night:?}");

    // An unknown parameter passes through; the default range is the last
    // seven days up to now.
    let z = b.daily(&id).on(day).extra("custom", "1").call().unwrap();
    assert_eq!(z.records().len(), 1);
    let last = mock.requests().into_iter().last().unwrap();
    assert!(format!("{last:?}").contains("custom=1"), "{last:?}");
    let week = rt.block_on(a.daily(&id).into_future()).unwrap();
    assert!(
        (7..=8).contains(&week.records().len()),
        "{}",
        week.records().len()
    );

    // The webhook form answers with Terra's acknowledgement, in both.
    let ack = rt
        .block_on(a.activity(&id).on(day).to_webhook().into_future())
        .unwrap();
    assert!(ack.reference.is_some());
    let ack = b.activity_to_webhook(&id, day).call().unwrap();
    assert!(ack.reference.is_some());

    // Workout plans take their end the same way.
    let plans = b.planned_workout_plans(&id, day).until(end).call().unwrap();
    assert!(plans.data.is_empty());
    let last = mock.requests().into_iter().last().unwrap();
    assert!(
        format!("{last:?}").contains(&format!("end_date={end}")),
        "{last:?}"
    );
}

#[test]
fn users_page_lazily() {
    let mock = MockTerra::builder().users(7).start_blocking().unwrap();
    let (a, b) = clients(&mock, mock.credentials(), 1);
    let before = mock.request_count("/v2/subscriptions");

    // Blocking: one page per three users, fetched as the iterator goes.
    let mut users = b.list_users().per_page(3).iter();
    let first = users.next().unwrap().unwrap();
    assert_eq!(mock.request_count("/v2/subscriptions") - before, 1);
    let rest: Vec<_> = users.collect::<Result<_, _>>().unwrap();
    assert_eq!(rest.len() + 1, 7);
    assert_eq!(mock.request_count("/v2/subscriptions") - before, 3);

    // Async: the same users in the same order.
    let streamed = rt().block_on(collect(a.list_users().per_page(3).stream()));
    let streamed: Vec<_> = streamed.into_iter().collect::<Result<_, _>>().unwrap();
    let blocking: Vec<_> = std::iter::once(first).chain(rest).collect();
    assert_eq!(streamed, blocking);
    assert_eq!(mock.request_count("/v2/subscriptions") - before, 6);
    // Collected at once, as before.
    assert_eq!(b.list_users().call().unwrap(), blocking);
}

#[test]
fn a_90_day_range_comes_in_28_day_windows_record_by_record() {
    let mock = MockTerra::builder().users(1).start_blocking().unwrap();
    let (a, b) = clients(&mock, mock.credentials(), 1);
    let id = mock.users()[0].user_id.clone();
    let start = sample_day();
    let end = start.add_days(89).unwrap();
    let request = b.daily(&id).range(start, end);
    let windows = request.windows();
    assert_eq!(windows.len(), 4);
    assert_eq!(windows[0].start_param().to_string(), start.to_string());
    assert_eq!(windows[3].end_param().to_string(), end.to_string());

    let before = mock.request_count("/v2/daily");
    let days: Vec<_> = request.iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(days.len(), 90, "one daily summary per day");
    assert_eq!(mock.request_count("/v2/daily") - before, 4);
    let dates: Vec<_> = days
        .iter()
        .map(|d| d.start_time().map(|t| t.date()).unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] < w[1]),
        "in order, no overlap"
    );
    assert_eq!(dates[0], start);
    assert_eq!(dates[89], end);

    // Async, two windows at a time: the same records in the same order.
    let streamed = rt().block_on(collect(
        a.daily(&id).range(start, end).concurrency(2).stream(),
    ));
    let streamed: Vec<_> = streamed.into_iter().collect::<Result<_, _>>().unwrap();
    assert_eq!(streamed, days);
    assert_eq!(mock.request_count("/v2/daily") - before, 8);

    // A reversed range fails as a single call would, in both flavours.
    let err = b
        .daily(&id)
        .range(end, start)
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, tryterra::Error::InvalidInput(_)), "{err}");
    let mut reversed = a.daily(&id).range(end, start).stream();
    let err = rt().block_on(next(&mut reversed)).unwrap().unwrap_err();
    assert!(matches!(err, tryterra::Error::InvalidInput(_)), "{err}");
    assert!(rt().block_on(next(&mut reversed)).is_none());

    // Resuming: finished windows are skipped.
    let left: Vec<_> = b
        .daily(&id)
        .range(start, end)
        .skip_windows(windows[..3].iter().copied())
        .iter_windows()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].window, windows[3]);
    assert_eq!(left[0].response.records().len(), 6);
}

#[test]
fn the_error_helpers_against_the_emulators_faults() {
    let faulty = |faults: Faults| {
        MockTerra::builder()
            .users(1)
            .faults(faults)
            .start_blocking()
            .unwrap()
    };
    let rt = rt();

    // 429 on every request: rate limited, retried, with Retry-After.
    let mock = faulty(Faults {
        rate_429: 1.0,
        ..Faults::none()
    });
    let (a, b) = clients(&mock, mock.credentials(), 2);
    for err in [
        b.list_providers().call().unwrap_err(),
        rt.block_on(a.list_providers().into_future()).unwrap_err(),
    ] {
        assert!(err.is_rate_limited(), "{err}");
        assert!(err.is_retryable(), "{err}");
        assert!(!err.is_unauthorized(), "{err}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
        assert_eq!(err.retry_after(), Some(Duration::from_secs(1)));
        assert_eq!(err.attempts(), Some(2));
        assert!(err.to_string().contains('2'), "{err}");
    }

    // 503 on every request: retryable, not rate limited.
    let mock = faulty(Faults {
        rate_5xx: 1.0,
        ..Faults::none()
    });
    let (_, b) = clients(&mock, mock.credentials(), 3);
    let err = b.list_providers().call().unwrap_err();
    assert!(err.is_retryable() && !err.is_rate_limited(), "{err}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.attempts(), Some(3));

    // Dropped connections: a transport error, retryable, no status.
    let mock = faulty(Faults {
        rate_drop: 1.0,
        ..Faults::none()
    });
    let (_, b) = clients(&mock, mock.credentials(), 2);
    let err = b.list_providers().call().unwrap_err();
    assert!(err.is_retryable(), "{err}");
    assert_eq!(err.status(), None);
    assert_eq!(err.attempts(), Some(2));

    // A wrong API key: unauthorized, not retried.
    let mock = faulty(Faults::none());
    let (_, b) = clients(
        &mock,
        Credentials::new(mock.credentials().dev_id(), "wrong"),
        3,
    );
    let err = b.list_users().call().unwrap_err();
    assert!(err.is_unauthorized() && !err.is_retryable(), "{err}");
    assert_eq!(err.attempts(), Some(1));
    assert!(
        !err.to_string().contains("wrong"),
        "no key in the message: {err}"
    );
}
