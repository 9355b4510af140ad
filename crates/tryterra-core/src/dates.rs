//! Calendar arithmetic and the date values the data endpoints accept.
//!
//! Terra takes `start_date`/`end_date` either as `YYYY-MM-DD` or as unix
//! seconds. [`DateParam`] holds either form and converts from what a Rust
//! program usually has at hand (a [`CalendarDate`], a [`std::time::SystemTime`],
//! unix seconds, or an RFC 3339 string with an offset).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::{Error, InvalidInput};

/// Days since 1970-01-01 of the proleptic Gregorian date `y-m-d`.
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let d = i64::from(d);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Number of days in month `m` of year `y`.
pub(crate) fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A calendar date (year, month, day) without a time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// Builds a date, checking that it exists (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, Error> {
        if !(1..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(i64::from(year), month)
        {
            return Err(InvalidInput::new(
                "date",
                format!("{year:04}-{month:02}-{day:02} is not a calendar date"),
            )
            .into());
        }
        Ok(Self {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, Error> {
        let bad = || {
            Error::from(InvalidInput::new(
                "date",
                format!("`{s}` is not YYYY-MM-DD"),
            ))
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, Error> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        Self::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// A date the caller has already checked exists within years 1 to
    /// 9999 (a [`Timestamp`](crate::models::Timestamp)'s, for one).
    pub(crate) fn from_checked(year: i32, month: u32, day: u32) -> Self {
        debug_assert!(Self::new(year, month, day).is_ok());
        // Months and days fit a byte.
        Self {
            year,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month(), self.day())
    }

    /// The date `days` days since 1970-01-01, if within years 1 to 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Self> {
        let (y, m, d) = civil_from_days(days);
        i32::try_from(y).ok().and_then(|y| Self::new(y, m, d).ok())
    }

    /// The UTC date of a unix timestamp.
    pub fn from_unix_seconds(secs: i64) -> Option<Self> {
        Self::from_days_since_epoch(secs.div_euclid(86_400))
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Option<Self> {
        Self::from_days_since_epoch(self.days_since_epoch().checked_add(n)?)
    }

    /// Today's date in UTC, read from the system clock.
    pub fn today_utc() -> Self {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_secs() as i64;
        Self::from_unix_seconds(secs).unwrap_or(Self {
            year: 1970,
            month: 1,
            day: 1,
        })
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for CalendarDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::parse(s)
    }
}

/// A `start_date` / `end_date` value as Terra takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateParam {
    /// A calendar day, sent as `YYYY-MM-DD`.
    Date(CalendarDate),
    /// An instant, sent as unix seconds.
    Unix(i64),
}

impl DateParam {
    /// Parses what a person would type: `YYYY-MM-DD`, unix seconds, or an
    /// RFC 3339 date-time (`2026-01-02T03:04:05+01:00`, `…Z`).
    pub fn parse(s: &str) -> Result<Self, Error> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) {
            return s
                .parse::<i64>()
                .map(DateParam::Unix)
                .map_err(|_| InvalidInput::new("date", format!("`{s}` is too large")).into());
        }
        if s.len() == 10 {
            return CalendarDate::parse(s).map(DateParam::Date);
        }
        parse_rfc3339_to_unix(s)
            .map(DateParam::Unix)
            .ok_or_else(|| {
                InvalidInput::new(
                    "date",
                    format!("`{s}` is neither YYYY-MM-DD, unix seconds nor an RFC 3339 date-time"),
                )
                .into()
            })
    }

    /// The value as sent in the query string.
    pub fn to_query_value(&self) -> String {
        match self {
            DateParam::Date(d) => d.to_string(),
            DateParam::Unix(s) => s.to_string(),
        }
    }

    /// A comparable instant: unix seconds, with dates at 00:00 UTC.
    pub fn as_unix_seconds(&self) -> i64 {
        match self {
            DateParam::Date(d) => d.days_since_epoch() * 86_400,
            DateParam::Unix(s) => *s,
        }
    }
}

impl From<CalendarDate> for DateParam {
    fn from(d: CalendarDate) -> Self {
        DateParam::Date(d)
    }
}

impl From<i64> for DateParam {
    fn from(s: i64) -> Self {
        DateParam::Unix(s)
    }
}

impl From<SystemTime> for DateParam {
    fn from(t: SystemTime) -> Self {
        let secs = match t.duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs() as i64,
            Err(e) => -(e.duration().as_secs() as i64),
        };
        DateParam::Unix(secs)
    }
}

impl std::str::FromStr for DateParam {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::parse(s)
    }
}

impl fmt::Display for DateParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query_value())
    }
}

/// The most days Terra serves in one data request: longer ranges are cut
/// into windows of at most this many days (see [`windows`]).
pub const MAX_WINDOW_DAYS: u32 = 28;

/// One window of a long range: unix seconds, both ends included.
///
/// A window that starts at 00:00 UTC and ends at 23:59:59 UTC is sent as
/// dates (`YYYY-MM-DD`), any other as unix seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Window {
    /// The first second of the window.
    pub start: i64,
    /// The last second of the window.
    pub end: i64,
}

impl Window {
    fn whole_days(&self) -> bool {
        self.start.rem_euclid(86_400) == 0 && (self.end + 1).rem_euclid(86_400) == 0
    }

    /// The `start_date` to send for this window.
    pub fn start_param(&self) -> DateParam {
        match CalendarDate::from_unix_seconds(self.start) {
            Some(d) if self.whole_days() => DateParam::Date(d),
            _ => DateParam::Unix(self.start),
        }
    }

    /// The `end_date` to send for this window.
    pub fn end_param(&self) -> DateParam {
        match CalendarDate::from_unix_seconds(self.end) {
            Some(d) if self.whole_days() => DateParam::Date(d),
            _ => DateParam::Unix(self.end),
        }
    }
}

/// `start` and `end` as inclusive unix seconds: a start date is its
/// 00:00 UTC, an end date its last second (23:59:59 UTC).
pub fn range_seconds(start: DateParam, end: DateParam) -> (i64, i64) {
    let end = match end {
        DateParam::Date(d) => d.days_since_epoch() * 86_400 + 86_399,
        DateParam::Unix(u) => u,
    };
    (start.as_unix_seconds(), end)
}

/// Cuts `start..=end` (unix seconds) into consecutive windows of `days`
/// days (clamped to 1 to [`MAX_WINDOW_DAYS`]), in order, without overlap;
/// the last may be shorter. Empty when `start > end`.
///
/// ```
/// use tryterra_core::dates::{range_seconds, windows, CalendarDate};
///
/// let (s, e) = range_seconds(
///     CalendarDate::parse("2026-01-01")?.into(),
///     CalendarDate::parse("2026-03-31")?.into(),
/// );
/// let w: Vec<_> = windows(s, e, 28).collect();
/// assert_eq!(w.len(), 4); // 90 days: 28 + 28 + 28 + 6
/// assert_eq!(w[0].start_param().to_string(), "2026-01-01");
/// assert_eq!(w[0].end_param().to_string(), "2026-01-28");
/// assert_eq!(w[3].end_param().to_string(), "2026-03-31");
/// # Ok::<(), tryterra_core::Error>(())
/// ```
pub fn windows(start: i64, end: i64, days: u32) -> impl Iterator<Item = Window> + Clone {
    let step = i64::from(days.clamp(1, MAX_WINDOW_DAYS)) * 86_400;
    let mut next = (start <= end).then_some(start);
    std::iter::from_fn(move || {
        let s = next?;
        let e = s.saturating_add(step - 1).min(end);
        next = (e < end).then(|| e + 1);
        Some(Window { start: s, end: e })
    })
}

/// Checks that `start` is not after `end` (comparing as instants, dates at
/// 00:00 UTC; an end given as a date includes that whole day).
pub(crate) fn check_range(start: &DateParam, end: Option<&DateParam>) -> Result<(), Error> {
    if let Some(end) = end {
        let end_secs = match end {
            DateParam::Date(d) => d.days_since_epoch() * 86_400 + 86_399,
            DateParam::Unix(s) => *s,
        };
        if start.as_unix_seconds() > end_secs {
            return Err(InvalidInput::new(
                "start_date",
                format!("start {start} is after end {end}"),
            )
            .into());
        }
    }
    Ok(())
}

/// Parses an RFC 3339 date-time with an offset or `Z` into unix seconds
/// (fractional seconds are dropped).
pub(crate) fn parse_rfc3339_to_unix(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[10] != b'T' && b[10] != b't' && b[10] != b' ' {
        return None;
    }
    let date = CalendarDate::parse(&s[..10]).ok()?;
    let two = |i: usize| -> Option<i64> {
        let p = s.get(i..i + 2)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (h, mi, sec) = (two(11)?, two(14)?, two(17)?);
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let oh = two(i + 1)?;
            let om = two(i + 4)?;
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 3600 + om * 60;
            if *sign == b'-' { -o } else { o }
        }
        _ => return None,
    };
    Some(date.days_since_epoch() * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

/// Parses an IMF-fixdate HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`) into
/// unix seconds.
pub(crate) fn parse_http_date(s: &str) -> Option<i64> {
    let mut parts = s.split_whitespace();
    let _weekday = parts.next()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i32 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':');
    let h: i64 = hms.next()?.parse().ok()?;
    let m: i64 = hms.next()?.parse().ok()?;
    let sec: i64 = hms.next()?.parse().ok()?;
    if parts.next()? != "GMT" || parts.next().is_some() || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let date = CalendarDate::new(year, month, day).ok()?;
    Some(date.days_since_epoch() * 86_400 + h * 3600 + m * 60 + sec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for z in [-719_468, -1, 0, 1, 10_957, 19_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn date_params() {
        assert_eq!(
            DateParam::parse("2026-02-28").unwrap().to_query_value(),
            "2026-02-28"
        );
        assert!(DateParam::parse("2026-02-30").is_err());
        assert_eq!(
            DateParam::parse("1700000000").unwrap(),
            DateParam::Unix(1_700_000_000)
        );
        assert_eq!(
            DateParam::parse("2023-11-14T22:13:20Z").unwrap(),
            DateParam::Unix(1_700_000_000)
        );
        assert_eq!(
            DateParam::parse("2023-11-15T00:13:20.123+02:00").unwrap(),
            DateParam::Unix(1_700_000_000)
        );
        assert!(DateParam::parse("yesterday").is_err());
        assert!(DateParam::parse("").is_err());
        assert!(DateParam::parse("2023-11-14T22:13:20").is_err());
    }

    #[test]
    fn windows_cover_ranges_without_overlap() {
        let all: Vec<_> = windows(0, 90 * 86_400 - 1, 28).collect();
        assert_eq!(all.len(), 4);
        for pair in all.windows(2) {
            assert_eq!(pair[0].end + 1, pair[1].start);
        }
        assert_eq!(all[3].end, 90 * 86_400 - 1);
        assert_eq!(windows(5, 4, 28).count(), 0);
        assert_eq!(
            windows(5, 5, 28).collect::<Vec<_>>(),
            [Window { start: 5, end: 5 }]
        );
        assert_eq!(
            windows(0, 100 * 86_400, 90).next().unwrap().end,
            28 * 86_400 - 1
        );
        assert_eq!(windows(0, i64::MAX, 28).nth(1).unwrap().start, 28 * 86_400);
        let odd = Window {
            start: 10,
            end: 86_409,
        };
        assert_eq!(odd.start_param(), DateParam::Unix(10));
        assert_eq!(odd.end_param(), DateParam::Unix(86_409));
    }

    #[test]
    fn range_check() {
        let a = DateParam::parse("2026-01-02").unwrap();
        let b = DateParam::parse("2026-01-01").unwrap();
        assert!(check_range(&a, Some(&b)).is_err());
        assert!(check_range(&b, Some(&a)).is_ok());
        assert!(check_range(&a, Some(&a)).is_ok());
        assert!(check_range(&a, None).is_ok());
        // an end date covers its whole day
        let late = DateParam::Unix(a.as_unix_seconds() + 3600);
        assert!(check_range(&late, Some(&a)).is_ok());
    }
}
