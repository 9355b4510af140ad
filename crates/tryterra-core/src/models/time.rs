//! Timestamps and dates as Terra sends them, kept verbatim.
//!
//! Terra writes times as ISO 8601 strings, usually with microseconds and an
//! offset (`2022-10-28T10:00:00.000000+01:00`), sometimes with `Z`, without
//! fractional seconds, or without any offset at all (then the time is the
//! user's local wall-clock time). [`Timestamp`] accepts every string, keeps
//! it byte for byte, and parses it only when asked, so a surprising format
//! never makes a payload fail to decode.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::dates::{CalendarDate, civil_from_days};

/// A date-time string from Terra, stored exactly as received.
///
/// Serialising writes the original string back unchanged. The accessors
/// parse it on demand and return `None` when it is not ISO 8601. There is no
/// `Ord`: strings with different offsets do not sort chronologically, so
/// compare [`Timestamp::to_unix_seconds`] instead.
///
/// ```
/// use tryterra_core::models::Timestamp;
///
/// let t: Timestamp = serde_json::from_str("\"2022-10-28T10:00:00.000000+01:00\"").unwrap();
/// assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
/// assert_eq!(t.offset_seconds(), Some(3600));
/// assert_eq!(t.date().map(|d| d.to_string()).as_deref(), Some("2022-10-28"));
///
/// let local = Timestamp::new("2022-10-28T10:00:00");
/// assert!(local.is_local());
/// assert_eq!(local.to_unix_seconds(), None);
/// assert_eq!(serde_json::to_string(&local).unwrap(), "\"2022-10-28T10:00:00\"");
/// ```
///
/// Strings of up to 38 bytes (every shape Terra uses) are stored inline,
/// without a heap allocation: a payload holds one timestamp per sample, so
/// this keeps large payloads small and quick to decode. Longer strings are
/// kept on the heap.
#[derive(Clone)]
pub struct Timestamp(Compact);

/// Longest string a [`Timestamp`] keeps inline.
pub(crate) const INLINE: usize = 38;

/// A string stored inline when short, boxed otherwise (40 bytes either way).
#[derive(Clone)]
enum Compact {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Compact {
    /// `bytes` stored inline when short enough, else `None`. They must be
    /// UTF-8 (`as_str` reads them back as such): a `&str`'s, or ASCII.
    #[inline]
    fn inline(bytes: &[u8]) -> Option<Self> {
        if bytes.len() > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        buf[..bytes.len()].copy_from_slice(bytes);
        // `bytes.len() <= INLINE < 256`, so the cast is exact.
        Some(Self::Inline {
            len: bytes.len() as u8,
            buf,
        })
    }

    fn new(s: &str) -> Self {
        Self::inline(s.as_bytes()).unwrap_or_else(|| Self::Heap(s.into()))
    }

    fn from_string(s: String) -> Self {
        if s.len() <= INLINE {
            Self::new(&s)
        } else {
            Self::Heap(s.into_boxed_str())
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Self::Inline { len, buf } => {
                let bytes = &buf[..usize::from(*len)];
                // The bytes were copied from a `&str` and cut at its length.
                std::str::from_utf8(bytes).unwrap_or_default()
            }
            Self::Heap(s) => s,
        }
    }
}

impl Default for Timestamp {
    fn default() -> Self {
        Self(Compact::new(""))
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Timestamp {}

impl std::hash::Hash for Timestamp {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// The parsed pieces of an ISO 8601 date-time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Parts {
    date: CalendarDate,
    hour: u32,
    minute: u32,
    second: u32,
    nanos: u32,
    offset: Option<i32>,
}

fn digits(s: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = s.get(at..at + n)?;
    let mut v = 0u32;
    for &c in part {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

fn parse_parts(s: &str) -> Option<Parts> {
    let b = s.as_bytes();
    let date = CalendarDate::parse(s.get(..10)?).ok()?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(b, 11, 2)?;
    if b.get(13) != Some(&b':') {
        return None;
    }
    let minute = digits(b, 14, 2)?;
    let mut i = 16;
    let mut second = 0;
    let mut nanos = 0;
    if b.get(i) == Some(&b':') {
        second = digits(b, 17, 2)?;
        i = 19;
        if matches!(b.get(i), Some(b'.' | b',')) {
            i += 1;
            let start = i;
            let mut scale = 100_000_000u32;
            while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
                nanos += u32::from(c - b'0') * scale;
                scale /= 10;
                i += 1;
            }
            if i == start {
                return None;
            }
        }
    }
    if hour > 24 || minute > 59 || second > 60 {
        return None;
    }
    let offset = match b.get(i) {
        None => None,
        Some(b'Z' | b'z') if i + 1 == b.len() => Some(0),
        Some(&sign @ (b'+' | b'-')) => {
            let oh = digits(b, i + 1, 2)?;
            let om = match b.len() - i {
                3 => 0,
                5 => digits(b, i + 3, 2)?,
                6 if b[i + 3] == b':' => digits(b, i + 4, 2)?,
                _ => return None,
            };
            if oh > 23 || om > 59 {
                return None;
            }
            let o = (oh * 3600 + om * 60) as i32;
            Some(if sign == b'-' { -o } else { o })
        }
        Some(_) => return None,
    };
    Some(Parts {
        date,
        hour,
        minute,
        second,
        nanos,
        offset,
    })
}

impl Timestamp {
    /// Wraps a string without checking it.
    pub fn new(s: impl Into<String>) -> Self {
        Self(Compact::from_string(s.into()))
    }

    /// Formats a unix time in Terra's usual shape, in UTC with microseconds
    /// (`2022-10-28T09:00:00.000000+00:00`). `None` outside years 1 to 9999.
    pub fn from_unix_seconds(secs: i64) -> Option<Self> {
        Self::from_unix_seconds_with_offset(secs, 0)
    }

    /// Formats a unix time as the wall-clock time at `offset_seconds` east of
    /// UTC, with microseconds and a `±HH:MM` offset. `None` outside years 1
    /// to 9999 or when the offset is not below 24 hours.
    pub fn from_unix_seconds_with_offset(secs: i64, offset_seconds: i32) -> Option<Self> {
        if offset_seconds.unsigned_abs() >= 86_400 {
            return None;
        }
        let local = secs.checked_add(i64::from(offset_seconds))?;
        let days = local.div_euclid(86_400);
        let tod = local.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        if !(1..=9999).contains(&y) {
            return None;
        }
        let sign = if offset_seconds < 0 { '-' } else { '+' };
        let off = offset_seconds.unsigned_abs();
        Some(Self::new(format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.000000{sign}{:02}:{:02}",
            tod / 3600,
            tod % 3600 / 60,
            tod % 60,
            off / 3600,
            off % 3600 / 60
        )))
    }

    /// The string exactly as received.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Returns the owned string.
    pub fn into_string(self) -> String {
        match self.0 {
            Compact::Heap(s) => s.into_string(),
            inline => inline.as_str().to_owned(),
        }
    }

    /// Whether the string parses as an ISO 8601 date-time.
    pub fn is_valid(&self) -> bool {
        parse_parts(self.as_str()).is_some()
    }

    /// Whether the time carries no offset (Terra's "user's local time").
    /// `false` when the string does not parse.
    pub fn is_local(&self) -> bool {
        parse_parts(self.as_str()).is_some_and(|p| p.offset.is_none())
    }

    /// The offset from UTC in seconds (`Z` is 0); `None` for a local time or
    /// an unparseable string.
    pub fn offset_seconds(&self) -> Option<i32> {
        parse_parts(self.as_str())?.offset
    }

    /// The calendar date written in the string (the wall-clock date, not
    /// converted to UTC).
    pub fn date(&self) -> Option<CalendarDate> {
        parse_parts(self.as_str()).map(|p| p.date)
    }

    /// The fractional part of the second, in nanoseconds (digits past the
    /// ninth are ignored).
    pub fn subsec_nanos(&self) -> Option<u32> {
        parse_parts(self.as_str()).map(|p| p.nanos)
    }

    /// Seconds since the unix epoch, when the string has an offset or `Z`.
    /// Fractional seconds are dropped. A local time gives `None`: use
    /// [`Timestamp::wall_clock_unix_seconds`] if treating it as UTC is fine.
    pub fn to_unix_seconds(&self) -> Option<i64> {
        let p = parse_parts(self.as_str())?;
        Some(wall_seconds(&p) - i64::from(p.offset?))
    }

    /// Seconds since the unix epoch of the written wall-clock time read as
    /// UTC, ignoring any offset. Useful to order local times of one user.
    pub fn wall_clock_unix_seconds(&self) -> Option<i64> {
        parse_parts(self.as_str()).map(|p| wall_seconds(&p))
    }
}

fn wall_seconds(p: &Parts) -> i64 {
    p.date.days_since_epoch() * 86_400
        + i64::from(p.hour) * 3600
        + i64::from(p.minute) * 60
        + i64::from(p.second)
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Timestamp {
    fn from(s: String) -> Self {
        Self(Compact::from_string(s))
    }
}

impl Timestamp {
    /// The timestamp of ASCII bytes the caller has already checked (the
    /// byte-level decoder's string scan does), without checking them again;
    /// `None` when too long to keep inline.
    #[inline]
    pub(crate) fn from_ascii(bytes: &[u8]) -> Option<Self> {
        debug_assert!(bytes.is_ascii());
        Compact::inline(bytes).map(Self)
    }

    /// The timestamp of the first `len` bytes of `chunk`, ASCII the caller
    /// has checked: one fixed-size copy instead of one of `len` bytes. What
    /// follows them is never read (`as_str` stops at `len`).
    #[inline]
    pub(crate) fn from_ascii_prefix(chunk: &[u8; INLINE], len: usize) -> Self {
        debug_assert!(len <= INLINE && chunk[..len].is_ascii());
        // `len <= INLINE < 256`, so the cast is exact.
        Self(Compact::Inline {
            len: len as u8,
            buf: *chunk,
        })
    }
}

impl From<&str> for Timestamp {
    fn from(s: &str) -> Self {
        Self(Compact::new(s))
    }
}

impl AsRef<str> for Timestamp {
    fn as_ref(&self) -> &str {
        self.as_str()
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

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Builds a [`Timestamp`] straight from the decoder's string, without an
/// intermediate `String` when it fits inline.
struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date-time string")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Ok(Timestamp(Compact::new(v)))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Timestamp, E> {
        Ok(Timestamp(Compact::from_string(v)))
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TimestampVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_terra_shapes() {
        let t = Timestamp::new("2022-10-28T10:00:00.000000+01:00");
        assert_eq!(t.offset_seconds(), Some(3600));
        assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
        assert!(!t.is_local());
        assert_eq!(t.date(), CalendarDate::new(2022, 10, 28).ok());
        let z = Timestamp::new("2026-04-22T11:00:00Z");
        assert_eq!(z.offset_seconds(), Some(0));
        assert_eq!(z.to_unix_seconds(), Some(1_776_855_600));
        let local = Timestamp::new("2022-10-28T10:00:00.5");
        assert!(local.is_local());
        assert_eq!(local.to_unix_seconds(), None);
        assert_eq!(local.subsec_nanos(), Some(500_000_000));
        assert_eq!(local.wall_clock_unix_seconds(), Some(1_666_951_200));
        let neg = Timestamp::new("2022-12-12T14:03:05.000000-05:00");
        assert_eq!(neg.offset_seconds(), Some(-18_000));
        let junk = Timestamp::new("yesterday");
        assert!(!junk.is_valid());
        assert!(!junk.is_local());
        assert_eq!(junk.to_unix_seconds(), None);
        assert_eq!(
            Timestamp::new("2022-10-28T10:00:00+0130").offset_seconds(),
            Some(5400)
        );
        assert_eq!(Timestamp::new("2022-10-28T10:00:00+01:00x").date(), None);
    }

    #[test]
    fn formats_unix_time() {
        let t = Timestamp::from_unix_seconds_with_offset(1_666_947_600, 3600).unwrap();
        assert_eq!(t.as_str(), "2022-10-28T10:00:00.000000+01:00");
        assert_eq!(t.to_unix_seconds(), Some(1_666_947_600));
        let u = Timestamp::from_unix_seconds(0).unwrap();
        assert_eq!(u.as_str(), "1970-01-01T00:00:00.000000+00:00");
        let w = Timestamp::from_unix_seconds_with_offset(0, -5400).unwrap();
        assert_eq!(w.as_str(), "1969-12-31T22:30:00.000000-01:30");
        assert_eq!(w.to_unix_seconds(), Some(0));
    }

    #[test]
    fn round_trips_verbatim() {
        let raw = "\"2022-10-28T10:00:00.000000+01:00\"";
        let t: Timestamp = serde_json::from_str(raw).unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), raw);
        let d: DateString = serde_json::from_str("\"not a date\"").unwrap();
        assert_eq!(d.date(), None);
        assert_eq!(
            DateString::new("1999-11-23").date(),
            CalendarDate::new(1999, 11, 23).ok()
        );
        assert!(serde_json::from_str::<Timestamp>("12").is_err());
    }

    #[test]
    fn long_and_escaped_strings_are_kept() {
        let long = "2022-10-28T10:00:00.123456789012345678901234+01:00";
        assert!(long.len() > INLINE);
        let t: Timestamp = serde_json::from_str(&format!("\"{long}\"")).unwrap();
        assert_eq!(t.as_str(), long);
        assert_eq!(t.clone().into_string(), long);
        assert_eq!(t.offset_seconds(), Some(3600));
        let edge = "x".repeat(INLINE);
        assert_eq!(Timestamp::new(edge.clone()).as_str(), edge);
        assert_eq!(Timestamp::from(edge.as_str()), Timestamp::new(edge));
        let escaped: Timestamp =
            serde_json::from_str(r#""2022-10-28T10:00:00\u002B01:00""#).unwrap();
        assert_eq!(escaped.as_str(), "2022-10-28T10:00:00+01:00");
        assert_eq!(Timestamp::default().as_str(), "");
        assert_eq!(std::mem::size_of::<Option<Timestamp>>(), 40);
    }
}
