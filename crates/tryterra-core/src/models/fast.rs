//! A decoder that reads the bytes itself, for the payloads Terra usually
//! sends. [`Event::from_slice`](super::Event::from_slice) tries it first;
//! public only so that the bench crate's tests can compare it with serde
//! (hidden from the docs: not part of the API).
//!
//! Going through serde's visitors costs more per member than reading the
//! bytes does: a sample object has two to five members, and each one is a
//! key scan, a key match, a `deserialize_any` dispatch and a store. This
//! module reads JSON directly into the models, but only the plain shape:
//! keys and strings without escapes, every member declared, each value of
//! its declared type, no `null`, no repeated key. On anything else it gives
//! up (`None`) and the caller decodes the whole document through serde
//! instead, so what it returns is, by construction, what serde returns;
//! `crates/tryterra-bench/tests/fast_decode.rs` checks that on the bench
//! payloads and on mutations of them.

use super::tolerant::List;
use super::{DateString, Timestamp};

/// A position in the document.
pub struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Objects and arrays open around the cursor; past [`MAX_DEPTH`] the
    /// document goes to serde (whose own limit then answers).
    depth: u32,
}

/// Deeper than this, the fast path gives up (serde_json refuses past 128).
const MAX_DEPTH: u32 = 100;

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            at: 0,
            depth: 0,
        }
    }

    /// Skips whitespace and returns the next byte without taking it.
    #[inline]
    pub(crate) fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes.get(self.at) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.at += 1;
            } else {
                return Some(b);
            }
        }
        None
    }

    /// Takes `b` (after whitespace), or gives up.
    #[inline]
    pub(crate) fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.at += 1)
    }

    /// Takes the next byte (after whitespace).
    #[inline]
    pub(crate) fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    /// Enters an object or array, or gives up when too deep.
    #[inline]
    pub(crate) fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// Leaves an object or array.
    #[inline]
    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Whether only whitespace is left.
    pub(crate) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// A string without escapes or control characters, as raw bytes, and
    /// whether they are all ASCII (the caller checks UTF-8 where it keeps
    /// other bytes).
    #[inline]
    pub(crate) fn raw_str_ascii(&mut self) -> Option<(&'a [u8], bool)> {
        self.eat(b'"')?;
        let start = self.at;
        let rest = &self.bytes[start..];
        let n = memchr::memchr2(b'"', b'\\', rest)?;
        if rest[n] != b'"' {
            return None;
        }
        let s = &rest[..n];
        // One pass that vectorises: printable ASCII throughout is the
        // usual case; otherwise a control character sends the document to
        // serde (which refuses it), and anything else is non-ASCII text.
        let ascii = s.iter().all(|&b| (0x20..0x80).contains(&b));
        if !ascii && s.iter().any(|&b| b < 0x20) {
            return None;
        }
        self.at = start + n + 1;
        Some((s, ascii))
    }

    /// [`Cursor::raw_str_ascii`] without the ASCII flag.
    #[inline]
    pub(crate) fn raw_str(&mut self) -> Option<&'a [u8]> {
        self.raw_str_ascii().map(|(s, _)| s)
    }

    /// A string without escapes, checked as UTF-8.
    #[inline]
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.raw_str()?).ok()
    }

    /// A number token of JSON's grammar: the integer it is when it has no
    /// fraction or exponent and fits, else its text.
    #[inline]
    fn number(&mut self) -> Option<Number<'a>> {
        self.peek()?;
        let start = self.at;
        let b = self.bytes;
        let mut i = start;
        let negative = b.get(i) == Some(&b'-');
        if negative {
            i += 1;
        }
        let digits = i;
        match b.get(i)? {
            b'0' => i += 1,
            b'1'..=b'9' => {
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
            _ => return None,
        }
        let int_end = i;
        let mut integer = true;
        if b.get(i) == Some(&b'.') {
            integer = false;
            i += 1;
            let from = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == from {
                return None;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            integer = false;
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let from = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == from {
                return None;
            }
        }
        self.at = i;
        if !integer && let Some(v) = short_decimal(&b[digits..i]) {
            return Some(Number::Float(if negative { -v } else { v }));
        }
        // Up to 18 digits cannot overflow a u64. `-0` is a float to
        // serde_json (negative zero): the text path.
        if integer && int_end - digits <= 18 && !(negative && b[digits] == b'0') {
            let mut v: u64 = 0;
            for &d in &b[digits..int_end] {
                v = v * 10 + u64::from(d - b'0');
            }
            return Some(if negative {
                Number::Signed(-(v as i64))
            } else {
                Number::Unsigned(v)
            });
        }
        // Digits and signs only: always UTF-8.
        std::str::from_utf8(&b[start..i]).ok().map(Number::Text)
    }
}

/// The value of digits with a fraction and no exponent (`12.345`), when
/// both the digits as an integer and the power of ten are exact in an
/// `f64` (at most 2^53, at most 10^22): then one division is correctly
/// rounded, and equals what a full parser gives. `None` otherwise.
#[inline]
fn short_decimal(text: &[u8]) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if text.len() > 17 {
        return None;
    }
    let mut m: u64 = 0;
    let mut frac = None;
    for (i, &d) in text.iter().enumerate() {
        match d {
            b'0'..=b'9' => m = m * 10 + u64::from(d - b'0'),
            b'.' => frac = Some(text.len() - i - 1),
            _ => return None,
        }
    }
    let frac = frac?;
    if m > 1 << 53 {
        return None;
    }
    Some(m as f64 / POW10[frac])
}

/// A number token, as serde_json would hand it on.
enum Number<'a> {
    /// A short decimal's value (see [`short_decimal`]).
    Float(f64),
    Unsigned(u64),
    Signed(i64),
    /// A float, or an integer too long for the quick path.
    Text(&'a str),
}

/// Decodes a value of the plain shape, or gives up.
pub trait Fast: Sized {
    /// The value at the cursor, or `None` to leave the document to serde.
    fn fast(c: &mut Cursor<'_>) -> Option<Self>;
}

impl Fast for f64 {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        match c.number()? {
            Number::Unsigned(v) => Some(v as f64),
            Number::Signed(v) => Some(v as f64),
            Number::Float(v) => Some(v),
            // Both are correctly rounded (serde_json with `float_roundtrip`
            // and the standard library), so they agree; serde_json refuses
            // what overflows to infinity, so leave that to it.
            Number::Text(t) => t.parse::<f64>().ok().filter(|v| v.is_finite()),
        }
    }
}

impl Fast for i64 {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        match c.number()? {
            Number::Unsigned(v) => i64::try_from(v).ok(),
            Number::Signed(v) => Some(v),
            // Floats with no fraction are accepted too, by serde's path.
            Number::Float(_) | Number::Text(_) => None,
        }
    }
}

impl Fast for u64 {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        match c.number()? {
            Number::Unsigned(v) => Some(v),
            Number::Signed(v) => u64::try_from(v).ok(),
            Number::Float(_) | Number::Text(_) => None,
        }
    }
}

impl Fast for bool {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        let b = c.bytes;
        match c.peek()? {
            b't' if b[c.at..].starts_with(b"true") => {
                c.at += 4;
                Some(true)
            }
            b'f' if b[c.at..].starts_with(b"false") => {
                c.at += 5;
                Some(false)
            }
            _ => None,
        }
    }
}

impl Fast for String {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        c.str().map(str::to_owned)
    }
}

impl Fast for Timestamp {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        let (raw, ascii) = c.raw_str_ascii()?;
        // Terra's timestamps are short ASCII, which the scan has checked:
        // no UTF-8 check needed.
        if ascii && let Some(t) = Timestamp::from_ascii(raw) {
            return Some(t);
        }
        std::str::from_utf8(raw).ok().map(Timestamp::from)
    }
}

impl Fast for DateString {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        c.str().map(DateString::from)
    }
}

impl Fast for serde_json::Value {
    /// Free-form values are left to serde.
    fn fast(_: &mut Cursor<'_>) -> Option<Self> {
        None
    }
}

impl<T> Fast for std::collections::BTreeMap<String, T> {
    /// Free-form maps are left to serde.
    fn fast(_: &mut Cursor<'_>) -> Option<Self> {
        None
    }
}

impl<T: Fast> Fast for Option<T> {
    /// A declared member: its value, never `null` (serde's path decides
    /// what a `null` becomes).
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        T::fast(c).map(Some)
    }
}

impl<T: Fast> Fast for Vec<T> {
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        items(c)
    }
}

impl<T: Fast> Fast for List<T> {
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        items(c).map(List::from)
    }
}

#[inline]
fn items<T: Fast>(c: &mut Cursor<'_>) -> Option<Vec<T>> {
    c.eat(b'[')?;
    c.enter()?;
    let mut out = Vec::new();
    if c.peek()? == b']' {
        c.at += 1;
        c.leave();
        return Some(out);
    }
    loop {
        out.push(T::fast(c)?);
        match c.next()? {
            b',' => {}
            b']' => {
                c.leave();
                return Some(out);
            }
            _ => return None,
        }
    }
}

/// The `type` of an object whose first member it is, as a plain string.
pub(crate) fn first_type_tag(bytes: &[u8]) -> Option<&str> {
    let mut c = Cursor::new(bytes);
    c.eat(b'{')?;
    if c.raw_str()? != b"type" {
        return None;
    }
    c.eat(b':')?;
    c.str()
}

/// Decodes a whole document of the plain shape, nothing after it.
pub fn decode<T: Fast>(bytes: &[u8]) -> Option<T> {
    let mut c = Cursor::new(bytes);
    let v = T::fast(&mut c)?;
    c.at_end().then_some(v)
}

/// Implements [`Fast`] for a model whose members the generated
/// `object_deserialize!` lists (called from it).
macro_rules! object_fast {
    ($name:ident, $lookup:ident, $field_enum:ident { $($json:literal => $field:ident $(via $with:path)?),* }) => {
        impl $crate::models::fast::Fast for $name {
            #[inline]
            #[allow(unused_assignments, unreachable_code)]
            fn fast(c: &mut $crate::models::fast::Cursor<'_>) -> Option<Self> {
                c.eat(b'{')?;
                c.enter()?;
                let mut out = <$name as Default>::default();
                let mut seen = [0u64; 4];
                if c.peek()? == b'}' {
                    c.next()?;
                    c.leave();
                    return Some(out);
                }
                loop {
                    let key = c.raw_str()?;
                    c.eat(b':')?;
                    match $lookup(key)? {
                        $($field_enum::$field => {
                            let i = $field_enum::$field as usize;
                            if seen[i / 64] & (1 << (i % 64)) != 0 {
                                return None;
                            }
                            seen[i / 64] |= 1 << (i % 64);
                            $crate::models::fast::object_fast!(@value c out $field $($with)?);
                        })*
                    }
                    match c.next()? {
                        b',' => {}
                        b'}' => {
                            c.leave();
                            return Some(out);
                        }
                        _ => return None,
                    }
                }
            }
        }
    };
    (@value $c:ident $out:ident $field:ident) => {
        $out.$field = $crate::models::fast::Fast::fast($c)?
    };
    // Members with a decoder of their own are left to serde.
    (@value $c:ident $out:ident $field:ident $with:path) => {
        return None
    };
}
pub(crate) use object_fast;

#[cfg(test)]
mod tests {
    use super::*;

    fn num<T: Fast>(s: &str) -> Option<T> {
        decode::<T>(s.as_bytes())
    }

    #[test]
    fn numbers_follow_serde_json() {
        for s in [
            "0",
            "-0",
            "7",
            "-7",
            "1.5",
            "-2.25e3",
            "1e-7",
            "123456789012345678",
            "12345678901234567890",
            "0.1",
            "3.141592653589793",
            "-0.0",
            "72.5",
            "0.30000000000000004",
            "9007199254740993.5",
            "1234567.891",
            "-12.30",
            "0.000001",
            "123456789012.34567",
        ] {
            let ours: f64 = num(s).unwrap();
            let theirs: f64 = serde_json::from_str(s).unwrap();
            assert_eq!(ours.to_bits(), theirs.to_bits(), "{s}");
        }
        for s in ["01", "1.", ".5", "-", "1e", "+1", "1e400", "NaN"] {
            assert!(num::<f64>(s).is_none(), "{s}");
        }
        assert_eq!(
            num::<i64>("-9223372036854775807"),
            None,
            "long integers go to serde"
        );
        assert_eq!(num::<i64>("42"), Some(42));
        assert_eq!(num::<i64>("4.0"), None);
    }

    #[test]
    fn random_decimals_parse_as_serde_json_does() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let int = next() % 10u64.pow((next() % 12) as u32 + 1);
            let digits = (next() % 17) as usize + 1;
            let frac = next() % 10u64.pow(digits.min(19) as u32);
            let sign = if next() % 4 == 0 { "-" } else { "" };
            let s = format!("{sign}{int}.{frac:0digits$}");
            let ours: f64 = num(&s).unwrap();
            let theirs: f64 = serde_json::from_str(&s).unwrap();
            assert_eq!(ours.to_bits(), theirs.to_bits(), "{s}");
        }
    }

    #[test]
    fn strings_with_escapes_or_control_characters_go_to_serde() {
        assert_eq!(num::<String>(r#""plain""#).as_deref(), Some("plain"));
        assert_eq!(num::<String>(r#""a\"b""#), None);
        assert_eq!(num::<String>("\"a\u{1}b\""), None);
        assert_eq!(num::<String>("\"caf\u{e9}\"").as_deref(), Some("caf\u{e9}"));
        assert_eq!(num::<String>("\"x\" 1"), None, "nothing may follow");
    }
}
