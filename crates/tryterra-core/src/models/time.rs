//! Timestamps and dates as Terra sends them.
//!
//! Terra writes times as ISO 8601 strings, usually with microseconds and an
//! offset (`2022-10-28T10:00:00.000000+01:00`), sometimes with `Z`, without
//! fractional seconds, or without any offset at all (then the time is the
//! user's local wall-clock time). A [`Timestamp`] is such a string parsed
//! when the payload is decoded and packed into eight bytes, from which it
//! writes the very same string back. A date-time string of any other shape
//! is not a `Timestamp`: the tolerant decode keeps it verbatim as a
//! mismatch of its field, and the strict decode refuses it (see
//! [`crate::models`]). Dates ([`DateString`]) are kept as the text sent.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::dates::{CalendarDate, civil_from_days, days_from_civil, days_in_month};

/// A date-time from Terra, parsed and packed into eight bytes.
///
/// The accepted text is `YYYY-MM-DDTHH:MM:SS`, then optionally `.` and one
/// to six digits of a second, then either nothing (a local wall-clock
/// time), `Z`, or an offset `+HH:MM` / `-HH:MM` that is a whole number of
/// quarter hours up to 15:45; years 1900 to 2899, and the date and time of
/// day must exist (no leap second, no `24:00`). That covers every shape
/// Terra and its providers send. What was written is kept exactly: the
/// number of fractional digits (`.5` and `.500000` stay different), `Z`
/// versus `+00:00`, and the sign of a zero offset. [`Display`](fmt::Display)
/// and serialising write the original text back byte for byte, and two
/// timestamps are equal exactly when their texts are.
///
/// Any other text is refused by [`Timestamp::parse`] with a
/// [`TimestampError`]. In a model, such a value is not lost: a tolerant
/// decode keeps the JSON string in the struct's `extra` map, the field
/// reads `None`, [`Mismatches`](super::Mismatches) reports it as
/// `expected date-time string, found string`, and encoding writes it back.
///
/// There is no `Ord`: texts with different offsets do not sort
/// chronologically, so compare [`Timestamp::to_unix_seconds`] instead.
///
/// ```
/// use tryterra_core::models::Timestamp;
///
/// let t: Timestamp = serde_json::from_str("\"2022-10-28T10:00:00.000000+01:00\"").unwrap();
/// assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
/// assert_eq!(t.offset_seconds(), Some(3600));
/// assert_eq!(t.date().to_string(), "2022-10-28");
/// assert_eq!(t.to_string(), "2022-10-28T10:00:00.000000+01:00");
///
/// let local = Timestamp::parse("2022-10-28T10:00:00").unwrap();
/// assert!(local.is_local());
/// assert_eq!(local.to_unix_seconds(), None);
/// assert_eq!(serde_json::to_string(&local).unwrap(), "\"2022-10-28T10:00:00\"");
///
/// assert!(Timestamp::parse("2022-10-28 10:00:00").is_err());
/// assert_eq!(std::mem::size_of::<Option<Timestamp>>(), 8);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp(NonZeroU64);

// The packing, from the lowest bit up:
//
// - bits 0..8: the offset as written, never zero (so neither is the
//   whole): `OFFSET_LOCAL` (none), `OFFSET_Z`, `OFFSET_PLUS + q` for
//   `+HH:MM` and `OFFSET_MINUS + q` for `-HH:MM`, with `q` the offset in
//   quarter hours (0 to 63);
// - bits 8..29: the fraction: `FRACTION_BASE[n] + v` for `n` digits
//   (0 to 6) making the integer `v`, so each digit count has its own range
//   (at most 1_111_110, under 2^21);
// - bits 29..64: the wall-clock time as written, in seconds since
//   1900-01-01T00:00:00 (under 2^35 up to the end of 2899).

const OFFSET_LOCAL: u64 = 1;
const OFFSET_Z: u64 = 2;
const OFFSET_PLUS: u64 = 3;
const OFFSET_MINUS: u64 = OFFSET_PLUS + MAX_QUARTERS + 1;
/// The largest offset kept, in quarter hours (15:45).
const MAX_QUARTERS: u64 = 63;
const FRACTION_SHIFT: u32 = 8;
const FRACTION_MASK: u64 = (1 << 21) - 1;
const SECONDS_SHIFT: u32 = 29;
const FRACTION_BASE: [u32; 7] = [0, 1, 11, 111, 1_111, 11_111, 111_111];
const POW10: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];
/// Unix seconds of 1900-01-01T00:00:00, the first time kept.
const FIRST_SECONDS: i64 = -2_208_988_800;
/// Unix seconds of 2900-01-01T00:00:00, just past the last time kept.
const END_SECONDS: i64 = 29_348_006_400;
/// The years kept.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2899;
/// The longest text kept: `YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM`.
const MAX_LEN: usize = 32;

// Each piece fits its bits.
const _: () = assert!(OFFSET_MINUS + MAX_QUARTERS <= 0xff);
const _: () = assert!((FRACTION_BASE[6] + 999_999) as u64 <= FRACTION_MASK);
const _: () = assert!(((END_SECONDS - FIRST_SECONDS) as u64) < 1 << (64 - SECONDS_SHIFT));

/// Why a text is not a [`Timestamp`]. The message says what is wrong
/// without repeating the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimestampError {
    /// The text is not of the form `YYYY-MM-DDTHH:MM:SS`, optionally
    /// followed by `.` and digits, then by nothing, `Z` or `±HH:MM`.
    Malformed,
    /// The month, day, hour, minute or second does not exist (`2023-02-29`,
    /// `24:00:00`, a leap second `23:59:60`, …).
    NoSuchTime,
    /// The year is before 1900 or after 2899.
    YearOutOfRange,
    /// The second has more than six fractional digits.
    TooPrecise,
    /// The offset is not a whole number of quarter hours, or beyond 15:45.
    UnsupportedOffset,
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Malformed => {
                "not a date-time of the form YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM|-HH:MM]"
            }
            Self::NoSuchTime => "the date or time of day does not exist",
            Self::YearOutOfRange => "the year is outside 1900 to 2899",
            Self::TooPrecise => "more than six fractional digits of a second",
            Self::UnsupportedOffset => {
                "the UTC offset is not a whole number of quarter hours up to 15:45"
            }
        })
    }
}

impl std::error::Error for TimestampError {}

/// The value of an ASCII digit, or something above 9 for any other byte.
#[inline(always)]
fn digit(b: u8) -> u32 {
    u32::from(b.wrapping_sub(b'0'))
}

/// What [`two`] gives when a byte is not a digit: a bit no two-digit
/// number has, so that one test of several numbers or'ed together finds it.
const NOT_DIGITS: u32 = 128;

/// The two-digit number at `b[i..i + 2]`, or [`NOT_DIGITS`] when either
/// byte is not a digit.
#[inline(always)]
fn two(b: &[u8], i: usize) -> u32 {
    let (hi, lo) = (digit(b[i]), digit(b[i + 1]));
    if hi > 9 || lo > 9 {
        NOT_DIGITS
    } else {
        hi * 10 + lo
    }
}

/// The packed offset of the text after the seconds and fraction.
#[inline(always)]
fn offset_code(rest: &[u8]) -> Result<u64, TimestampError> {
    match *rest {
        [] => Ok(OFFSET_LOCAL),
        [b'Z'] => Ok(OFFSET_Z),
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (two(rest, 1), two(rest, 4));
            if (h | m) & NOT_DIGITS != 0 {
                return Err(TimestampError::Malformed);
            }
            let q = u64::from(h * 4 + m / 15);
            if m > 59 || m % 15 != 0 || q > MAX_QUARTERS {
                return Err(TimestampError::UnsupportedOffset);
            }
            Ok(if sign == b'+' {
                OFFSET_PLUS
            } else {
                OFFSET_MINUS
            } + q)
        }
        _ => Err(TimestampError::Malformed),
    }
}

impl Timestamp {
    /// Parses a date-time of the shape described on [`Timestamp`].
    ///
    /// ```
    /// use tryterra_core::models::{Timestamp, TimestampError};
    ///
    /// let t = Timestamp::parse("2026-04-22T11:00:00Z").unwrap();
    /// assert_eq!(t.to_unix_seconds(), Some(1_776_855_600));
    /// assert_eq!(Timestamp::parse("2023-02-29T00:00:00"), Err(TimestampError::NoSuchTime));
    /// assert_eq!(Timestamp::parse("yesterday"), Err(TimestampError::Malformed));
    /// ```
    pub fn parse(s: &str) -> Result<Self, TimestampError> {
        Self::parse_bytes(s.as_bytes())
    }

    /// [`Timestamp::parse`] on bytes (the byte-level decoder hands the
    /// bytes between the quotes): fixed positions, no allocation.
    #[inline]
    pub(crate) fn parse_bytes(b: &[u8]) -> Result<Self, TimestampError> {
        let Some(h) = b.first_chunk::<19>() else {
            return Err(TimestampError::Malformed);
        };
        if h[4] != b'-' || h[7] != b'-' || h[10] != b'T' || h[13] != b':' || h[16] != b':' {
            return Err(TimestampError::Malformed);
        }
        let (century, year2, month, day) = (two(h, 0), two(h, 2), two(h, 5), two(h, 8));
        let (hour, minute, second) = (two(h, 11), two(h, 14), two(h, 17));
        if (century | year2 | month | day | hour | minute | second) & NOT_DIGITS != 0 {
            return Err(TimestampError::Malformed);
        }
        let year = century * 100 + year2;
        if !YEARS.contains(&year) {
            return Err(TimestampError::YearOutOfRange);
        }
        if month.wrapping_sub(1) > 11
            || day == 0
            || day > days_in_month(i64::from(year), month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return Err(TimestampError::NoSuchTime);
        }
        let mut at = 19;
        let (mut digits, mut fraction) = (0usize, 0u32);
        if b.get(19) == Some(&b'.') {
            at = 20;
            while let Some(d) = b.get(at).map(|&c| digit(c)).filter(|&d| d <= 9) {
                if digits == 6 {
                    return Err(TimestampError::TooPrecise);
                }
                fraction = fraction * 10 + d;
                digits += 1;
                at += 1;
            }
            if digits == 0 {
                return Err(TimestampError::Malformed);
            }
        }
        let offset = offset_code(&b[at..])?;
        let wall = days_from_civil(i64::from(year), month, day) * 86_400
            + i64::from(hour * 3600 + minute * 60 + second);
        Self::pack(wall, digits, fraction, offset).ok_or(TimestampError::Malformed)
    }

    /// Packs checked pieces; `None` only if they are not (never, from the
    /// callers' checks).
    #[inline(always)]
    fn pack(wall: i64, digits: usize, fraction: u32, offset: u64) -> Option<Self> {
        let seconds = u64::try_from(wall - FIRST_SECONDS).ok()?;
        let code = u64::from(FRACTION_BASE.get(digits)? + fraction);
        NonZeroU64::new(seconds << SECONDS_SHIFT | code << FRACTION_SHIFT | offset).map(Self)
    }

    fn offset_code(self) -> u64 {
        self.0.get() & 0xff
    }

    /// The fractional digits as written: their count and the integer they
    /// make.
    fn fraction(self) -> (usize, u32) {
        let code = (self.0.get() >> FRACTION_SHIFT & FRACTION_MASK) as u32;
        let digits = FRACTION_BASE.iter().rposition(|&b| b <= code).unwrap_or(0);
        (digits, code - FRACTION_BASE[digits])
    }

    /// The timestamp of a unix time in Terra's usual shape, in UTC with
    /// microseconds (`2022-10-28T09:00:00.000000+00:00`). `None` outside
    /// years 1900 to 2899.
    pub fn from_unix_seconds(secs: i64) -> Option<Self> {
        Self::from_unix_seconds_with_offset(secs, 0)
    }

    /// The timestamp of a unix time as the wall-clock time at
    /// `offset_seconds` east of UTC, with microseconds and a `±HH:MM`
    /// offset (`+00:00` for zero). `None` when that wall-clock time falls
    /// outside years 1900 to 2899, or when the offset is not a whole number
    /// of quarter hours up to 15:45.
    ///
    /// ```
    /// use tryterra_core::models::Timestamp;
    ///
    /// let t = Timestamp::from_unix_seconds_with_offset(1_666_947_600, 3600).unwrap();
    /// assert_eq!(t.to_string(), "2022-10-28T10:00:00.000000+01:00");
    /// assert_eq!(Timestamp::from_unix_seconds_with_offset(0, 60), None);
    /// ```
    pub fn from_unix_seconds_with_offset(secs: i64, offset_seconds: i32) -> Option<Self> {
        if offset_seconds % 900 != 0 {
            return None;
        }
        let q = u64::from(offset_seconds.unsigned_abs() / 900);
        if q > MAX_QUARTERS {
            return None;
        }
        let wall = secs.checked_add(i64::from(offset_seconds))?;
        if !(FIRST_SECONDS..END_SECONDS).contains(&wall) {
            return None;
        }
        let offset = if offset_seconds < 0 {
            OFFSET_MINUS
        } else {
            OFFSET_PLUS
        } + q;
        Self::pack(wall, 6, 0, offset)
    }

    /// Whether the text carries no offset (Terra's "user's local time").
    pub fn is_local(&self) -> bool {
        self.offset_code() == OFFSET_LOCAL
    }

    /// The offset from UTC in seconds (`Z` and `±00:00` are 0); `None` for
    /// a local time.
    pub fn offset_seconds(&self) -> Option<i32> {
        // At most 63 quarter hours: the casts are exact.
        match self.offset_code() {
            OFFSET_LOCAL => None,
            OFFSET_Z => Some(0),
            c if c >= OFFSET_MINUS => Some(-((c - OFFSET_MINUS) as i32 * 900)),
            c => Some((c - OFFSET_PLUS) as i32 * 900),
        }
    }

    /// The calendar date as written (the wall-clock date, not converted to
    /// UTC).
    pub fn date(&self) -> CalendarDate {
        let (y, m, d) = civil_from_days(self.wall_clock_unix_seconds().div_euclid(86_400));
        // Years 1900 to 2899, so the cast is exact and the date exists.
        CalendarDate::from_checked(y as i32, m, d)
    }

    /// The fractional part of the second, in nanoseconds.
    pub fn subsec_nanos(&self) -> u32 {
        let (digits, fraction) = self.fraction();
        fraction * POW10[9 - digits]
    }

    /// Seconds since the unix epoch, when the text has an offset or `Z`.
    /// Fractional seconds are dropped. A local time gives `None`: use
    /// [`Timestamp::wall_clock_unix_seconds`] if treating it as UTC is fine.
    pub fn to_unix_seconds(&self) -> Option<i64> {
        Some(self.wall_clock_unix_seconds() - i64::from(self.offset_seconds()?))
    }

    /// Seconds since the unix epoch of the written wall-clock time read as
    /// UTC, ignoring any offset. Useful to order local times of one user.
    pub fn wall_clock_unix_seconds(&self) -> i64 {
        // Under 2^35: the cast is exact.
        (self.0.get() >> SECONDS_SHIFT) as i64 + FIRST_SECONDS
    }

    /// Writes the text into `buf`, returning its length.
    fn write_text(self, buf: &mut [u8; MAX_LEN]) -> usize {
        fn put2(buf: &mut [u8], at: usize, v: u32) {
            buf[at] = b'0' + (v / 10) as u8;
            buf[at + 1] = b'0' + (v % 10) as u8;
        }
        let wall = self.wall_clock_unix_seconds();
        let (y, m, d) = civil_from_days(wall.div_euclid(86_400));
        // Years 1900 to 2899 and a time of day under 86_400: exact casts.
        let (y, tod) = (y as u32, wall.rem_euclid(86_400) as u32);
        put2(buf, 0, y / 100);
        put2(buf, 2, y % 100);
        buf[4] = b'-';
        put2(buf, 5, m);
        buf[7] = b'-';
        put2(buf, 8, d);
        buf[10] = b'T';
        put2(buf, 11, tod / 3600);
        buf[13] = b':';
        put2(buf, 14, tod / 60 % 60);
        buf[16] = b':';
        put2(buf, 17, tod % 60);
        let mut len = 19;
        let (digits, fraction) = self.fraction();
        if digits > 0 {
            buf[19] = b'.';
            for i in 0..digits {
                buf[20 + i] = b'0' + (fraction / POW10[digits - 1 - i] % 10) as u8;
            }
            len = 20 + digits;
        }
        match self.offset_code() {
            OFFSET_LOCAL => {}
            OFFSET_Z => {
                buf[len] = b'Z';
                len += 1;
            }
            c => {
                let (sign, q) = if c >= OFFSET_MINUS {
                    (b'-', c - OFFSET_MINUS)
                } else {
                    (b'+', c - OFFSET_PLUS)
                };
                // At most 63 quarter hours: the cast is exact.
                let minutes = q as u32 * 15;
                buf[len] = sign;
                put2(buf, len + 1, minutes / 60);
                buf[len + 3] = b':';
                put2(buf, len + 4, minutes % 60);
                len += 6;
            }
        }
        len
    }
}

impl fmt::Display for Timestamp {
    /// The text exactly as received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; MAX_LEN];
        let len = self.write_text(&mut buf);
        // Only ASCII digits and punctuation were written.
        f.write_str(std::str::from_utf8(&buf[..len]).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp(\"{self}\")")
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, TimestampError> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for Timestamp {
    type Error = TimestampError;
    fn try_from(s: &str) -> Result<Self, TimestampError> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Timestamp {
    type Error = TimestampError;
    fn try_from(s: String) -> Result<Self, TimestampError> {
        Self::parse(&s)
    }
}

impl Serialize for Timestamp {
    /// The text as a JSON string, written without an allocation.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Parses the decoder's string in place.
struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(super::tolerant::TIMESTAMP_EXPECTING)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Timestamp::parse(v).map_err(|e| E::custom(format_args!("invalid date-time: {e}")))
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TimestampVisitor)
    }
}

/// A date-only string from Terra (`YYYY-MM-DD`), stored exactly as received.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateString(String);

impl DateString {
    /// Wraps a string without checking it.
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    /// The string exactly as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Returns the owned string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The date, when the string is a valid `YYYY-MM-DD`.
    pub fn date(&self) -> Option<CalendarDate> {
        CalendarDate::parse(&self.0).ok()
    }
}

impl fmt::Debug for DateString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for DateString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<CalendarDate> for DateString {
    fn from(d: CalendarDate) -> Self {
        Self(d.to_string())
    }
}

impl From<String> for DateString {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl From<&str> for DateString {
    fn from(s: &str) -> Self {
        Self(s.to_owned())
    }
}

impl AsRef<str> for DateString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

struct StringVisitor;

impl Visitor<'_> for StringVisitor {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date or time string")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
}

impl Serialize for DateString {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DateString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_string(StringVisitor).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Timestamp>(), 8);
        assert_eq!(std::mem::size_of::<Option<Timestamp>>(), 8);
    }

    #[test]
    fn range_constants_match_the_calendar() {
        assert_eq!(FIRST_SECONDS, days_from_civil(1900, 1, 1) * 86_400);
        assert_eq!(END_SECONDS, days_from_civil(2900, 1, 1) * 86_400);
    }

    #[test]
    fn parses_terra_shapes() {
        let t = ts("2022-10-28T10:00:00.000000+01:00");
        assert_eq!(t.offset_seconds(), Some(3600));
        assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
        assert!(!t.is_local());
        assert_eq!(t.date(), CalendarDate::new(2022, 10, 28).unwrap());
        assert_eq!(t.subsec_nanos(), 0);
        let z = ts("2026-04-22T11:00:00Z");
        assert_eq!(z.offset_seconds(), Some(0));
        assert_eq!(z.to_unix_seconds(), Some(1_776_855_600));
        let local = ts("2022-10-28T10:00:00.5");
        assert!(local.is_local());
        assert_eq!(local.offset_seconds(), None);
        assert_eq!(local.to_unix_seconds(), None);
        assert_eq!(local.subsec_nanos(), 500_000_000);
        assert_eq!(local.wall_clock_unix_seconds(), 1_666_951_200);
        let neg = ts("2022-12-12T14:03:05.000000-05:00");
        assert_eq!(neg.offset_seconds(), Some(-18_000));
        assert_eq!(neg.to_unix_seconds(), Some(1_670_871_785));
        let micros = ts("2026-07-01T09:12:33.891000+00:00");
        assert_eq!(micros.subsec_nanos(), 891_000_000);
        assert_eq!(
            ts("2022-10-28T10:00:00.123456Z").subsec_nanos(),
            123_456_000
        );
        assert_eq!(
            ts("2022-10-28T10:00:00-09:30").offset_seconds(),
            Some(-34_200)
        );
        assert_eq!(
            ts("2022-10-28T10:00:00+15:45").offset_seconds(),
            Some(56_700)
        );
        assert_eq!(ts("2024-02-29T23:59:59").date().to_string(), "2024-02-29");
        assert_eq!(
            ts("1900-01-01T00:00:00").wall_clock_unix_seconds(),
            FIRST_SECONDS
        );
        assert_eq!(
            ts("2899-12-31T23:59:59").wall_clock_unix_seconds(),
            END_SECONDS - 1
        );
    }

    #[test]
    fn keeps_what_was_written() {
        for text in [
            "2022-10-28T10:00:00.000000+01:00",
            "2022-10-28T10:00:00",
            "2022-10-28T10:00:00Z",
            "2022-10-28T10:00:00.5",
            "2022-10-28T10:00:00.500",
            "2022-10-28T10:00:00.500000",
            "2022-10-28T10:00:00.000001Z",
            "2022-10-28T10:00:00.05-00:00",
            "2022-10-28T10:00:00+00:00",
            "2022-10-28T10:00:00-00:00",
            "1969-12-31T23:59:59.999999-15:45",
            "1900-01-01T00:00:00.0+15:45",
            "2899-12-31T23:59:59.999999-15:45",
            "2000-02-29T12:34:56.7890+05:30",
        ] {
            let t = ts(text);
            assert_eq!(t.to_string(), text);
            assert_eq!(format!("{t:?}"), format!("Timestamp(\"{text}\")"));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        }
        assert_ne!(ts("2022-10-28T10:00:00.5"), ts("2022-10-28T10:00:00.50"));
        assert_ne!(ts("2022-10-28T10:00:00Z"), ts("2022-10-28T10:00:00+00:00"));
        assert_ne!(
            ts("2022-10-28T10:00:00+00:00"),
            ts("2022-10-28T10:00:00-00:00")
        );
        assert_ne!(ts("2022-10-28T10:00:00"), ts("2022-10-28T10:00:00Z"));
        // Same instant, different texts: not equal.
        assert_ne!(ts("2022-10-28T10:00:00+01:00"), ts("2022-10-28T09:00:00Z"));
    }

    #[test]
    fn refuses_other_texts() {
        use TimestampError as E;
        for (text, why) in [
            ("", E::Malformed),
            ("yesterday", E::Malformed),
            ("2022-10-28", E::Malformed),
            ("2022-10-28T10:00", E::Malformed),
            ("2022-10-28 10:00:00", E::Malformed),
            ("2022-10-28t10:00:00", E::Malformed),
            ("2022-10-28T10:00:00z", E::Malformed),
            ("2022-10-28T10:00:00.", E::Malformed),
            ("2022-10-28T10:00:00,5", E::Malformed),
            ("2022-10-28T10:00:00+0100", E::Malformed),
            ("2022-10-28T10:00:00+01", E::Malformed),
            ("2022-10-28T10:00:00+01:00x", E::Malformed),
            ("2022-10-28T10:00:00Z ", E::Malformed),
            (" 2022-10-28T10:00:00", E::Malformed),
            ("2022-1a-28T10:00:00", E::Malformed),
            ("+022-10-28T10:00:00", E::Malformed),
            ("2022-10-28T10:00:00+0a:00", E::Malformed),
            ("2022-13-01T00:00:00", E::NoSuchTime),
            ("2022-00-01T00:00:00", E::NoSuchTime),
            ("2023-02-29T00:00:00", E::NoSuchTime),
            ("2100-02-29T00:00:00", E::NoSuchTime),
            ("2022-04-31T00:00:00", E::NoSuchTime),
            ("2022-04-00T00:00:00", E::NoSuchTime),
            ("2022-10-28T24:00:00", E::NoSuchTime),
            ("2022-10-28T10:60:00", E::NoSuchTime),
            ("2016-12-31T23:59:60Z", E::NoSuchTime),
            ("1899-12-31T23:59:59", E::YearOutOfRange),
            ("2900-01-01T00:00:00", E::YearOutOfRange),
            ("0001-01-01T00:00:00", E::YearOutOfRange),
            ("2022-10-28T10:00:00.1234567", E::TooPrecise),
            ("2022-10-28T10:00:00.123456789+01:00", E::TooPrecise),
            ("2022-10-28T10:00:00+01:01", E::UnsupportedOffset),
            ("2022-10-28T10:00:00+16:00", E::UnsupportedOffset),
            ("2022-10-28T10:00:00-05:60", E::UnsupportedOffset),
        ] {
            assert_eq!(Timestamp::parse(text), Err(why), "{text:?}");
            assert_eq!(text.parse::<Timestamp>(), Err(why));
            assert_eq!(Timestamp::try_from(text.to_owned()), Err(why));
        }
        assert_eq!(
            Timestamp::try_from("2022-10-28T10:00:00Z")
                .unwrap()
                .to_string(),
            "2022-10-28T10:00:00Z"
        );
        let long = "9".repeat(10_000);
        let message = Timestamp::parse(&long).unwrap_err().to_string();
        assert!(message.len() < 100 && !message.contains("999"), "{message}");
        let err = serde_json::from_str::<Timestamp>("\"2022-02-30T00:00:00\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("date or time of day does not exist"),
            "{err}"
        );
        assert!(serde_json::from_str::<Timestamp>("12").is_err());
    }

    #[test]
    fn formats_unix_time() {
        let t = Timestamp::from_unix_seconds_with_offset(1_666_947_600, 3600).unwrap();
        assert_eq!(t.to_string(), "2022-10-28T10:00:00.000000+01:00");
        assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
        let u = Timestamp::from_unix_seconds(0).unwrap();
        assert_eq!(u.to_string(), "1970-01-01T00:00:00.000000+00:00");
        let w = Timestamp::from_unix_seconds_with_offset(0, -5400).unwrap();
        assert_eq!(w.to_string(), "1969-12-31T22:30:00.000000-01:30");
        assert_eq!(w.to_unix_seconds(), Some(0));
        assert_eq!(Timestamp::from_unix_seconds_with_offset(0, 1800 + 60), None);
        assert_eq!(Timestamp::from_unix_seconds_with_offset(0, 16 * 3600), None);
        assert_eq!(Timestamp::from_unix_seconds(FIRST_SECONDS - 1), None);
        assert_eq!(Timestamp::from_unix_seconds(END_SECONDS), None);
        assert_eq!(
            Timestamp::from_unix_seconds(END_SECONDS - 1)
                .unwrap()
                .to_string(),
            "2899-12-31T23:59:59.000000+00:00"
        );
        assert_eq!(Timestamp::from_unix_seconds(i64::MAX), None);
    }

    #[test]
    fn escaped_strings_are_read_unescaped() {
        let escaped: Timestamp =
            serde_json::from_str(r#""2022-10-28T10:00:00\u002B01:00""#).unwrap();
        assert_eq!(escaped.to_string(), "2022-10-28T10:00:00+01:00");
    }

    #[test]
    fn dates_are_kept_verbatim() {
        let d: DateString = serde_json::from_str("\"not a date\"").unwrap();
        assert_eq!(d.date(), None);
        assert_eq!(
            DateString::new("1999-11-23").date(),
            CalendarDate::new(1999, 11, 23).ok()
        );
    }

    /// A small deterministic generator (xorshift), enough for the property
    /// tests below without a dependency.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    fn random_text(r: &mut Rng) -> String {
        let year = 1900 + r.below(1000);
        let month = 1 + r.below(12) as u32;
        let day = 1 + r.below(u64::from(days_in_month(year as i64, month)));
        let mut s = format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            r.below(24),
            r.below(60),
            r.below(60)
        );
        let digits = r.below(7) as usize;
        if digits > 0 {
            s.push('.');
            for _ in 0..digits {
                s.push(char::from(b'0' + r.below(10) as u8));
            }
        }
        match r.below(4) {
            0 => {}
            1 => s.push('Z'),
            sign => {
                let q = r.below(64);
                let sign = if sign == 2 { '+' } else { '-' };
                s.push_str(&format!("{sign}{:02}:{:02}", q / 4, q % 4 * 15));
            }
        }
        s
    }

    #[test]
    fn random_texts_round_trip() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..50_000 {
            let text = random_text(&mut r);
            let t = Timestamp::parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(t.to_string(), text);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
            // The accessors agree with the text.
            let date = CalendarDate::parse(&text[..10]).unwrap();
            assert_eq!(t.date(), date);
            let tod: i64 = [11, 14, 17]
                .iter()
                .map(|&i| text[i..i + 2].parse::<i64>().unwrap())
                .fold(0, |acc, v| acc * 60 + v);
            assert_eq!(
                t.wall_clock_unix_seconds(),
                date.days_since_epoch() * 86_400 + tod
            );
            let tail = &text[text.len() - 6..];
            let offset = match tail.as_bytes()[0] {
                b'+' | b'-' => {
                    let minutes =
                        tail[1..3].parse::<i32>().unwrap() * 60 + tail[4..].parse::<i32>().unwrap();
                    Some(if tail.starts_with('-') {
                        -minutes * 60
                    } else {
                        minutes * 60
                    })
                }
                _ if text.ends_with('Z') => Some(0),
                _ => None,
            };
            assert_eq!(t.offset_seconds(), offset);
            assert_eq!(t.is_local(), offset.is_none());
            assert_eq!(
                t.to_unix_seconds(),
                offset.map(|o| t.wall_clock_unix_seconds() - i64::from(o))
            );
        }
    }

    #[test]
    fn mutated_texts_fail_or_round_trip() {
        const BYTES: &[u8] = b"0123456789-+:.TZtz x";
        let mut r = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..50_000 {
            let mut text = random_text(&mut r).into_bytes();
            for _ in 0..1 + r.below(3) {
                let at = r.below(text.len() as u64 + 1) as usize;
                let byte = BYTES[r.below(BYTES.len() as u64) as usize];
                match r.below(3) {
                    0 if at < text.len() => text[at] = byte,
                    1 if at < text.len() => {
                        text.remove(at);
                    }
                    _ => text.insert(at, byte),
                }
            }
            let text = String::from_utf8(text).unwrap();
            if let Ok(t) = Timestamp::parse(&text) {
                assert_eq!(t.to_string(), text);
                assert_eq!(Timestamp::parse(&t.to_string()), Ok(t));
            }
        }
    }
}
