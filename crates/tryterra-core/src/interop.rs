//! Conversions to and from the date and time types of `chrono`, `time` and
//! `jiff`, each behind the feature of that name (all off by default).
//!
//! With a feature on:
//!
//! - its date and date-time types convert into a [`DateParam`], so they are
//!   accepted wherever the SDK takes a date (`client.sleep(user).since(d)`,
//!   [`GetData::new`](crate::ops::GetData::new)…): a date is sent as
//!   `YYYY-MM-DD`, an instant as unix seconds;
//! - its dates convert to and from [`CalendarDate`] (`TryFrom` in the
//!   direction that can fall outside years 1 to 9999);
//! - a Terra [`Timestamp`] converts into its date-time types: with the
//!   offset the string carries (`to_chrono`, `to_time`, `to_jiff`), or, for
//!   Terra's offset-less "local" times, as a civil date-time
//!   (`to_chrono_local`, `to_time_local`, `to_jiff_local`). Each says why it
//!   could not convert with a [`TimestampError`].

use std::fmt;

#[allow(unused_imports)]
use crate::dates::{CalendarDate, DateParam};
#[allow(unused_imports)]
use crate::models::Timestamp;

/// Why a [`Timestamp`] did not convert into another library's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimestampError {
    /// The string has no offset (Terra's "user's local time"): convert it
    /// with the `…_local` method instead, as a civil date-time.
    NoOffset,
    /// The string has an offset, but the time should be local (the
    /// `…_local` methods refuse to drop an offset silently).
    HasOffset,
    /// The value is outside what the target type represents.
    OutOfRange,
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NoOffset => "the timestamp has no UTC offset (it is a local time)",
            Self::HasOffset => "the timestamp has a UTC offset (it is not a local time)",
            Self::OutOfRange => "the timestamp is out of the target type's range",
        })
    }
}

impl std::error::Error for TimestampError {}

/// The parts every conversion needs: unix seconds (of the instant, or of
/// the wall-clock time read as UTC), nanoseconds, and the offset if any.
#[allow(dead_code)]
struct Parts {
    wall: i64,
    nanos: u32,
    offset: Option<i32>,
}

#[allow(dead_code)]
impl Parts {
    fn of(t: &Timestamp) -> Self {
        Self {
            wall: t.wall_clock_unix_seconds(),
            nanos: t.subsec_nanos(),
            offset: t.offset_seconds(),
        }
    }

    /// The instant and its offset.
    fn instant(t: &Timestamp) -> Result<(i64, u32, i32), TimestampError> {
        let p = Self::of(t);
        let offset = p.offset.ok_or(TimestampError::NoOffset)?;
        Ok((p.wall - i64::from(offset), p.nanos, offset))
    }

    /// The wall-clock time of a local timestamp, read as UTC.
    fn local(t: &Timestamp) -> Result<(i64, u32), TimestampError> {
        let p = Self::of(t);
        match p.offset {
            Some(_) => Err(TimestampError::HasOffset),
            None => Ok((p.wall, p.nanos)),
        }
    }
}

/// A date out of [`CalendarDate`]'s range is sent as the unix seconds of
/// its midnight UTC, which Terra also accepts.
#[allow(dead_code)]
fn date_param(year: i32, month: u32, day: u32, days_since_epoch: i64) -> DateParam {
    CalendarDate::new(year, month, day)
        .map_or(DateParam::Unix(days_since_epoch * 86_400), DateParam::Date)
}

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::*;
    use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};

    impl From<NaiveDate> for DateParam {
        fn from(d: NaiveDate) -> Self {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("1970-01-01 exists");
            date_param(d.year(), d.month(), d.day(), (d - epoch).num_days())
        }
    }

    impl<Tz: TimeZone> From<DateTime<Tz>> for DateParam {
        fn from(t: DateTime<Tz>) -> Self {
            DateParam::Unix(t.timestamp())
        }
    }

    impl TryFrom<NaiveDate> for CalendarDate {
        type Error = crate::Error;
        fn try_from(d: NaiveDate) -> Result<Self, crate::Error> {
            CalendarDate::new(d.year(), d.month(), d.day())
        }
    }

    impl From<CalendarDate> for NaiveDate {
        fn from(d: CalendarDate) -> Self {
            NaiveDate::from_ymd_opt(d.year(), d.month(), d.day())
                .expect("years 1 to 9999 are chrono dates")
        }
    }

    impl Timestamp {
        /// The instant as a chrono date-time at the offset the string
        /// carries. [`TimestampError::NoOffset`] for a local time.
        ///
        /// ```
        /// use tryterra_core::models::Timestamp;
        /// let t = Timestamp::parse("2022-10-28T10:00:00.250000+01:00").unwrap();
        /// let c = t.to_chrono()?;
        /// assert_eq!(c.to_rfc3339(), "2022-10-28T10:00:00.250+01:00");
        /// assert!(Timestamp::parse("2022-10-28T10:00:00").unwrap().to_chrono().is_err());
        /// # Ok::<(), tryterra_core::interop::TimestampError>(())
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
        pub fn to_chrono(&self) -> Result<DateTime<FixedOffset>, TimestampError> {
            let (secs, nanos, offset) = Parts::instant(self)?;
            let tz = FixedOffset::east_opt(offset).ok_or(TimestampError::OutOfRange)?;
            tz.timestamp_opt(secs, nanos)
                .single()
                .ok_or(TimestampError::OutOfRange)
        }

        /// A local (offset-less) time as a chrono civil date-time.
        /// [`TimestampError::HasOffset`] when the string has an offset.
        #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
        pub fn to_chrono_local(&self) -> Result<NaiveDateTime, TimestampError> {
            let (secs, nanos) = Parts::local(self)?;
            DateTime::from_timestamp(secs, nanos)
                .map(|t| t.naive_utc())
                .ok_or(TimestampError::OutOfRange)
        }
    }
}

#[cfg(feature = "time")]
mod time_impls {
    use super::*;
    use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset};

    impl From<Date> for DateParam {
        fn from(d: Date) -> Self {
            let days = i64::from(d.to_julian_day()) - 2_440_588;
            date_param(
                d.year(),
                u32::from(u8::from(d.month())),
                u32::from(d.day()),
                days,
            )
        }
    }

    impl From<OffsetDateTime> for DateParam {
        fn from(t: OffsetDateTime) -> Self {
            DateParam::Unix(t.unix_timestamp())
        }
    }

    impl TryFrom<Date> for CalendarDate {
        type Error = crate::Error;
        fn try_from(d: Date) -> Result<Self, crate::Error> {
            CalendarDate::new(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
        }
    }

    impl From<CalendarDate> for Date {
        fn from(d: CalendarDate) -> Self {
            let month = Month::try_from(d.month() as u8).expect("a month is 1 to 12");
            Date::from_calendar_date(d.year(), month, d.day() as u8)
                .expect("years 1 to 9999 are time dates")
        }
    }

    impl Timestamp {
        /// The instant as a `time` date-time at the offset the string
        /// carries. [`TimestampError::NoOffset`] for a local time.
        ///
        /// ```
        /// use tryterra_core::models::Timestamp;
        /// let t = Timestamp::parse("2022-10-28T10:00:00.000000-05:00").unwrap();
        /// let o = t.to_time()?;
        /// assert_eq!(o.unix_timestamp(), 1_666_969_200);
        /// assert_eq!(o.offset().whole_hours(), -5);
        /// # Ok::<(), tryterra_core::interop::TimestampError>(())
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = "time")))]
        pub fn to_time(&self) -> Result<OffsetDateTime, TimestampError> {
            let (secs, nanos, offset) = Parts::instant(self)?;
            let offset =
                UtcOffset::from_whole_seconds(offset).map_err(|_| TimestampError::OutOfRange)?;
            let t = OffsetDateTime::from_unix_timestamp(secs)
                .and_then(|t| t.replace_nanosecond(nanos))
                .map_err(|_| TimestampError::OutOfRange)?;
            Ok(t.to_offset(offset))
        }

        /// A local (offset-less) time as a `time` civil date-time.
        /// [`TimestampError::HasOffset`] when the string has an offset.
        #[cfg_attr(docsrs, doc(cfg(feature = "time")))]
        pub fn to_time_local(&self) -> Result<PrimitiveDateTime, TimestampError> {
            let (secs, nanos) = Parts::local(self)?;
            let t = OffsetDateTime::from_unix_timestamp(secs)
                .and_then(|t| t.replace_nanosecond(nanos))
                .map_err(|_| TimestampError::OutOfRange)?;
            Ok(PrimitiveDateTime::new(t.date(), t.time()))
        }
    }
}

#[cfg(feature = "jiff")]
mod jiff_impls {
    use super::*;
    use jiff::civil;
    use jiff::tz::{Offset, TimeZone};

    impl From<civil::Date> for DateParam {
        fn from(d: civil::Date) -> Self {
            let days = d
                .since(civil::date(1970, 1, 1))
                .map_or(0, |span| i64::from(span.get_days()));
            date_param(i32::from(d.year()), d.month() as u32, d.day() as u32, days)
        }
    }

    impl From<jiff::Timestamp> for DateParam {
        fn from(t: jiff::Timestamp) -> Self {
            DateParam::Unix(t.as_second())
        }
    }

    impl From<jiff::Zoned> for DateParam {
        fn from(t: jiff::Zoned) -> Self {
            DateParam::Unix(t.timestamp().as_second())
        }
    }

    impl From<&jiff::Zoned> for DateParam {
        fn from(t: &jiff::Zoned) -> Self {
            DateParam::Unix(t.timestamp().as_second())
        }
    }

    impl TryFrom<civil::Date> for CalendarDate {
        type Error = crate::Error;
        fn try_from(d: civil::Date) -> Result<Self, crate::Error> {
            CalendarDate::new(i32::from(d.year()), d.month() as u32, d.day() as u32)
        }
    }

    impl From<CalendarDate> for civil::Date {
        fn from(d: CalendarDate) -> Self {
            civil::Date::new(d.year() as i16, d.month() as i8, d.day() as i8)
                .expect("years 1 to 9999 are jiff dates")
        }
    }

    impl Timestamp {
        /// The instant as a jiff zoned date-time in the fixed offset the
        /// string carries. [`TimestampError::NoOffset`] for a local time.
        ///
        /// ```
        /// use tryterra_core::models::Timestamp;
        /// let z = Timestamp::parse("2022-10-28T10:00:00+01:00").unwrap().to_jiff()?;
        /// assert_eq!(z.timestamp().as_second(), 1_666_947_600);
        /// assert_eq!(z.offset().seconds(), 3600);
        /// # Ok::<(), tryterra_core::interop::TimestampError>(())
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
        pub fn to_jiff(&self) -> Result<jiff::Zoned, TimestampError> {
            let (secs, nanos, offset) = Parts::instant(self)?;
            let offset = Offset::from_seconds(offset).map_err(|_| TimestampError::OutOfRange)?;
            let t =
                jiff::Timestamp::new(secs, nanos as i32).map_err(|_| TimestampError::OutOfRange)?;
            Ok(t.to_zoned(TimeZone::fixed(offset)))
        }

        /// A local (offset-less) time as a jiff civil date-time.
        /// [`TimestampError::HasOffset`] when the string has an offset.
        #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
        pub fn to_jiff_local(&self) -> Result<civil::DateTime, TimestampError> {
            let (secs, nanos) = Parts::local(self)?;
            let t =
                jiff::Timestamp::new(secs, nanos as i32).map_err(|_| TimestampError::OutOfRange)?;
            Ok(Offset::UTC.to_datetime(t))
        }
    }
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn errors_read_well() {
        assert!(
            TimestampError::NoOffset
                .to_string()
                .contains("no UTC offset")
        );
    }

    #[cfg(feature = "chrono")]
    #[test]
    fn chrono_round_trips() {
        use chrono::{NaiveDate, TimeZone, Utc};
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(DateParam::from(d).to_query_value(), "2026-01-05");
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        assert!(matches!(DateParam::from(far), DateParam::Unix(_)));
        assert!(CalendarDate::try_from(far).is_err());
        let c = CalendarDate::parse("2026-01-05").unwrap();
        assert_eq!(NaiveDate::from(c), d);
        let t = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
        assert_eq!(DateParam::from(t), DateParam::Unix(1_700_000_000));
        let local = Timestamp::parse("2022-10-28T10:00:00.5").unwrap();
        assert_eq!(local.to_chrono(), Err(TimestampError::NoOffset));
        assert_eq!(
            local.to_chrono_local().unwrap().to_string(),
            "2022-10-28 10:00:00.500"
        );
        let z = Timestamp::parse("2022-10-28T10:00:00Z").unwrap();
        assert_eq!(z.to_chrono_local(), Err(TimestampError::HasOffset));
        assert_eq!(z.to_chrono().unwrap().timestamp(), 1_666_951_200);
    }

    #[cfg(feature = "time")]
    #[test]
    fn time_round_trips() {
        use time::{Date, Month};
        let d = Date::from_calendar_date(2026, Month::January, 5).unwrap();
        assert_eq!(DateParam::from(d).to_query_value(), "2026-01-05");
        assert_eq!(
            DateParam::from(Date::from_calendar_date(1970, Month::January, 2).unwrap()),
            DateParam::Date(CalendarDate::parse("1970-01-02").unwrap())
        );
        let c = CalendarDate::parse("2026-01-05").unwrap();
        assert_eq!(Date::from(c), d);
        assert_eq!(CalendarDate::try_from(d).unwrap(), c);
        let t = time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        assert_eq!(DateParam::from(t), DateParam::Unix(1_700_000_000));
        let local = Timestamp::parse("2022-10-28T10:00:00").unwrap();
        assert_eq!(local.to_time(), Err(TimestampError::NoOffset));
        let l = local.to_time_local().unwrap();
        assert_eq!((l.hour(), l.minute()), (10, 0));
        let o = Timestamp::parse("2022-10-28T10:00:00.123456+02:00")
            .unwrap()
            .to_time()
            .unwrap();
        assert_eq!(o.hour(), 10);
        assert_eq!(o.microsecond(), 123_456);
    }

    #[cfg(feature = "jiff")]
    #[test]
    fn jiff_round_trips() {
        use jiff::civil;
        let d = civil::date(2026, 1, 5);
        assert_eq!(DateParam::from(d).to_query_value(), "2026-01-05");
        let c = CalendarDate::parse("2026-01-05").unwrap();
        assert_eq!(civil::Date::from(c), d);
        assert_eq!(CalendarDate::try_from(d).unwrap(), c);
        assert!(CalendarDate::try_from(civil::date(-5, 1, 1)).is_err());
        assert_eq!(
            DateParam::from(civil::date(-5, 1, 1)),
            DateParam::Unix(crate::dates::days_from_civil(-5, 1, 1) * 86_400)
        );
        let t = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        assert_eq!(DateParam::from(t), DateParam::Unix(1_700_000_000));
        let local = Timestamp::parse("2022-10-28T10:00:00").unwrap();
        assert_eq!(local.to_jiff().unwrap_err(), TimestampError::NoOffset);
        assert_eq!(
            local.to_jiff_local().unwrap(),
            civil::date(2022, 10, 28).at(10, 0, 0, 0)
        );
        let z = Timestamp::parse("2022-10-28T10:00:00-03:30")
            .unwrap()
            .to_jiff()
            .unwrap();
        assert_eq!(z.offset().seconds(), -12_600);
        assert_eq!(z.datetime(), civil::date(2022, 10, 28).at(10, 0, 0, 0));
    }
}
