//! Dates of chrono, time and jiff where the SDK takes a date, and Terra's
//! timestamps converted into them (features `chrono`, `time`, `jiff`).

use std::time::Duration;

use tryterra::interop::TimestampError;
use tryterra::models::Timestamp;
use tryterra::{Config, RetryPolicy};
use tryterra_mock::{MockTerra, samples};

#[test]
fn dates_from_chrono_time_and_jiff_are_accepted() {
    let mock = MockTerra::builder().users(1).start_blocking().unwrap();
    let config = Config::with_base_url(mock.base_url())
        .unwrap()
        .timeout(Duration::from_secs(10))
        .retry(RetryPolicy::default().with_max_attempts(1));
    let terra = tryterra::ureq::Terra::with_config(mock.credentials(), config).unwrap();
    let id = mock.users()[0].user_id.clone();
    let day: tryterra::CalendarDate = samples::SAMPLE_DATE.parse().unwrap();

    let c = chrono::NaiveDate::from(day);
    let t = time::Date::from(day);
    let j = jiff::civil::Date::from(day);
    let by_chrono = terra
        .daily(&id)
        .since(c)
        .until(c + chrono::Days::new(2))
        .call()
        .unwrap();
    let by_time = terra
        .daily(&id)
        .since(t)
        .until(t + time::Duration::days(2))
        .call()
        .unwrap();
    let by_jiff = terra
        .daily(&id)
        .since(j)
        .until(j.checked_add(jiff::ToSpan::days(2)).unwrap())
        .call()
        .unwrap();
    assert_eq!(by_chrono.data.len(), 3);
    assert_eq!(by_chrono.raw(), by_time.raw());
    assert_eq!(by_chrono.raw(), by_jiff.raw());

    // Instants go as unix seconds.
    let noon = chrono::NaiveDate::from(day)
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    assert_eq!(
        tryterra::DateParam::from(noon),
        tryterra::DateParam::Unix(day.days_since_epoch() * 86_400 + 43_200)
    );

    // A record's timestamps keep their offset, or say they have none.
    let first = &by_chrono.data[0];
    let start = first.start_time().expect("a start time");
    match start.offset_seconds() {
        Some(offset) => {
            assert_eq!(
                start.to_chrono().unwrap().offset().local_minus_utc(),
                offset
            );
            assert_eq!(start.to_time().unwrap().offset().whole_seconds(), offset);
            assert_eq!(start.to_jiff().unwrap().offset().seconds(), offset);
        }
        None => assert_eq!(start.to_chrono().unwrap_err(), TimestampError::NoOffset),
    }
    assert_eq!(
        Timestamp::parse("2026-01-05T08:00:00")
            .unwrap()
            .to_time()
            .unwrap_err(),
        TimestampError::NoOffset
    );
}
