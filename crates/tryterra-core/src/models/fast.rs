//! A decoder that reads the bytes itself, for the payloads Terra usually
//! sends. [`Event::from_slice`](super::Event::from_slice) and the typed
//! client's data answers (`GetData`) try it first; public only so that the
//! bench crate's tests can compare it with serde (hidden from the docs: not
//! part of the API).
//!
//! Going through serde's visitors costs more per member than reading the
//! bytes does: a sample object has two to five members, and each one is a
//! key scan, a key match, a `deserialize_any` dispatch and a store. This
//! module reads JSON directly into the models, but only the plain shape:
//! keys and timestamps without escapes (text fields may have escapes other
//! than surrogates), each declared member of its declared type or `null`
//! when optional, no repeated key; an undeclared member goes to `extra`
//! from its raw span, decoded by serde_json. On anything else it gives up
//! (`None`) and the caller decodes the whole document through serde
//! instead, so what it returns is, by construction, what serde returns;
//! `crates/tryterra-bench/tests/fast_decode.rs` and the `fast_decode` fuzz
//! target check that on the bench payloads, on mutations of them and on
//! any input.

use super::tolerant::List;
use super::{DateString, OptF64, Timestamp};

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

    /// Opens an object or array with `open`: `Some(true)` when it is empty,
    /// and then already closed again with `close`.
    #[inline]
    pub(crate) fn open(&mut self, open: u8, close: u8) -> Option<bool> {
        self.eat(open)?;
        self.enter()?;
        if self.peek()? == close {
            self.at += 1;
            self.leave();
            return Some(true);
        }
        Some(false)
    }

    /// After a member or element: `Some(false)` past a comma, `Some(true)`
    /// when `close` ends the object or array (which is then left).
    #[inline]
    pub(crate) fn close_or_next(&mut self, close: u8) -> Option<bool> {
        match self.next()? {
            b',' => Some(false),
            b if b == close => {
                self.leave();
                Some(true)
            }
            _ => None,
        }
    }

    /// Keeps the member `key` the model does not declare (the cursor is
    /// past its colon) in `extra`, as serde's path keeps it: its raw span
    /// decoded by serde_json.
    pub(crate) fn keep_undeclared(&mut self, key: &[u8], extra: &mut super::Extra) -> Option<()> {
        let name = std::str::from_utf8(key).ok()?;
        let value: serde_json::Value = serde_json::from_slice(self.raw_value()?).ok()?;
        extra.insert(name.to_owned(), value);
        Some(())
    }

    /// Takes `null` (the caller has seen its `n`).
    #[inline]
    pub(crate) fn null(&mut self) -> bool {
        let found = self.bytes[self.at..].starts_with(b"null");
        if found {
            self.at += 4;
        }
        found
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
        // Keys, timestamps and most strings are short printable ASCII: one
        // word-at-a-time scan finds their end and proves them ASCII.
        let n = plain_ascii_len(rest);
        match rest.get(n)? {
            b'"' => {
                self.at = start + n + 1;
                return Some((&rest[..n], true));
            }
            // An escape goes to serde, and so does a control character
            // (which serde refuses).
            b'\\' => return None,
            &b if b < 0x20 => return None,
            _ => {}
        }
        // Non-ASCII text: find the end, then refuse control characters.
        let n = n + memchr::memchr2(b'"', b'\\', &rest[n..])?;
        if rest[n] != b'"' {
            return None;
        }
        let s = &rest[..n];
        if s.iter().any(|&b| b < 0x20) {
            return None;
        }
        self.at = start + n + 1;
        Some((s, false))
    }

    /// A string with escapes, unescaped as serde_json does: the two-byte
    /// escapes and `\uXXXX` outside the surrogate range. A surrogate (a
    /// pair, or serde's error for a lone one), any other escape, a control
    /// character or bytes that are not UTF-8 give up.
    fn unescaped(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        loop {
            let rest = self.bytes.get(self.at..)?;
            let n = memchr::memchr2(b'"', b'\\', rest)?;
            let plain = &rest[..n];
            if plain.iter().any(|&b| b < 0x20) {
                return None;
            }
            out.extend_from_slice(plain);
            self.at += n + 1;
            if rest[n] == b'"' {
                return String::from_utf8(out).ok();
            }
            let escape = *self.bytes.get(self.at)?;
            self.at += 1;
            let byte = match escape {
                b'"' => b'"',
                b'\\' => b'\\',
                b'/' => b'/',
                b'b' => 0x08,
                b'f' => 0x0c,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'u' => {
                    let hex = self.bytes.get(self.at..self.at + 4)?;
                    let mut code = 0u32;
                    for &h in hex {
                        code = code * 16 + char::from(h).to_digit(16)?;
                    }
                    self.at += 4;
                    // `None` for a surrogate.
                    let ch = char::from_u32(code)?;
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                    continue;
                }
                _ => return None,
            };
            out.push(byte);
        }
    }

    /// Takes `"key"` when it comes next (after whitespace), as a key of the
    /// plain shape: the bytes between the quotes are exactly `key`, which
    /// has no quote or backslash of its own.
    #[inline]
    pub(crate) fn key_is(&mut self, key: &[u8]) -> bool {
        if self.peek() != Some(b'"') {
            return false;
        }
        let from = self.at + 1;
        let to = from + key.len();
        if self.bytes.get(to) == Some(&b'"') && same_bytes(&self.bytes[from..to], key) {
            self.at = to + 1;
            true
        } else {
            false
        }
    }

    /// The bytes of the JSON value at the cursor, found without decoding
    /// it: strings to their closing quote, arrays and objects to the
    /// bracket that closes them, anything else up to the next delimiter.
    /// The caller hands the span to serde, which checks it; a span that is
    /// not one valid value is refused there.
    pub(crate) fn raw_value(&mut self) -> Option<&'a [u8]> {
        let first = self.peek()?;
        let start = self.at;
        match first {
            b'"' => self.skip_string()?,
            b'{' | b'[' => {
                let mut open = 0u32;
                loop {
                    match *self.bytes.get(self.at)? {
                        b'"' => self.skip_string()?,
                        b'{' | b'[' => {
                            open += 1;
                            if self.depth + open > MAX_DEPTH {
                                return None;
                            }
                            self.at += 1;
                        }
                        b'}' | b']' => {
                            open -= 1;
                            self.at += 1;
                            if open == 0 {
                                break;
                            }
                        }
                        _ => self.at += 1,
                    }
                }
            }
            _ => {
                while let Some(&b) = self.bytes.get(self.at) {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                        break;
                    }
                    self.at += 1;
                }
            }
        }
        Some(&self.bytes[start..self.at])
    }

    /// Moves past the string that opens at the cursor, escapes included.
    fn skip_string(&mut self) -> Option<()> {
        let mut i = self.at + 1;
        loop {
            i += memchr::memchr2(b'"', b'\\', self.bytes.get(i..)?)?;
            if self.bytes[i] == b'"' {
                self.at = i + 1;
                return Some(());
            }
            // A backslash and the byte it escapes.
            i += 2;
        }
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
    /// fraction or exponent and fits, the value of a short decimal, else
    /// its text. One pass: the digits are gathered while the token is
    /// checked.
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
        // The digits before and after the point as one integer; it wraps
        // past 19 digits, and is then not used.
        let mut m: u64 = 0;
        match b.get(i)? {
            b'0' => i += 1,
            b'1'..=b'9' => {
                while let Some(&d) = b.get(i)
                    && d.is_ascii_digit()
                {
                    m = m.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                    i += 1;
                }
            }
            _ => return None,
        }
        let int_digits = i - digits;
        let mut frac_digits = 0;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let from = i;
            while let Some(&d) = b.get(i)
                && d.is_ascii_digit()
            {
                m = m.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                i += 1;
            }
            frac_digits = i - from;
            if frac_digits == 0 {
                return None;
            }
        }
        let mut exponent = false;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            exponent = true;
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
        if !exponent {
            if frac_digits > 0 {
                // At most 19 digits cannot wrap; see `short_decimal`.
                if int_digits + frac_digits <= 19
                    && let Some(v) = short_decimal(m, frac_digits)
                {
                    return Some(Number::Float(if negative { -v } else { v }));
                }
            // Up to 18 digits cannot overflow an i64. `-0` is a float to
            // serde_json (negative zero): the text path.
            } else if int_digits <= 18 && !(negative && m == 0) {
                return Some(if negative {
                    Number::Signed(-(m as i64))
                } else {
                    Number::Unsigned(m)
                });
            }
        }
        // Digits and signs only: always UTF-8.
        std::str::from_utf8(&b[start..i]).ok().map(Number::Text)
    }
}

/// `a == b`, eight bytes at a time (the last
/// eight overlapping the ones before): keys are short, and a call to
/// `memcmp` costs more than comparing them inline.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if b.len() != n {
        return false;
    }
    if n < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let word = |s: &[u8], at: usize| s.get(at..).and_then(<[u8]>::first_chunk::<8>).copied();
    let mut i = 0;
    while i + 8 < n {
        if word(a, i) != word(b, i) {
            return false;
        }
        i += 8;
    }
    word(a, n - 8) == word(b, n - 8)
}

/// The length of the run of printable ASCII other than `"` and `\\` at
/// the start of `s`: eight bytes at a time, then byte by byte.
#[inline]
fn plain_ascii_len(s: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = s.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        // Each term sets the high bit of a byte that is a quote, a
        // backslash, below 0x20, or (`x` itself) at least 0x80. Borrows
        // can only set bits above the first such byte, so the lowest set
        // bit is exact.
        let hits = ((quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x)
            | x)
            & HIGH;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = s.get(i) {
        if b == b'"' || b == b'\\' || !(0x20..0x80).contains(&b) {
            break;
        }
        i += 1;
    }
    i
}

/// The value of a decimal whose digits, point left out, make the integer
/// `m`, with `frac` of them after the point, when both `m` and the power of
/// ten are exact in an `f64` (at most 2^53, at most 10^22): then one
/// division is correctly rounded, and equals what a full parser gives.
/// `None` otherwise.
#[inline]
fn short_decimal(m: u64, frac: usize) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if m > 1 << 53 {
        return None;
    }
    Some(m as f64 / *POW10.get(frac)?)
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
        let at = c.at;
        if let Some(s) = c.str() {
            return Some(s.to_owned());
        }
        // Names and other text can hold escapes (`\u00e9` from a writer
        // that escapes non-ASCII): read them again, unescaping.
        c.at = at;
        c.unescaped()
    }
}

impl Fast for Timestamp {
    /// Parsed straight from the bytes between the quotes. A text that is
    /// not a packable timestamp (or has an escape) goes to serde, which
    /// keeps it as a misfit or refuses it.
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        let (raw, _) = c.raw_str_ascii()?;
        Timestamp::parse_bytes(raw).ok()
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
    /// A declared member: `null` is `None` (what serde's path makes of it,
    /// and nothing goes to `extra`), anything else the value.
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        if c.peek()? == b'n' {
            return c.null().then_some(None);
        }
        T::fast(c).map(Some)
    }
}

impl Fast for OptF64 {
    /// As `Option<f64>`.
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        if c.peek()? == b'n' {
            return c.null().then_some(OptF64::NONE);
        }
        f64::fast(c).map(OptF64::some)
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
    let mut out = Vec::new();
    if c.open(b'[', b']')? {
        return Some(out);
    }
    loop {
        out.push(T::fast(c)?);
        if c.close_or_next(b']')? {
            super::tolerant::trim_spare(&mut out);
            return Some(out);
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

/// Reads an object for a hand-written [`Fast`] impl: `member` decodes the
/// value of a key it declares and returns `Some(true)`, or `Some(false)`
/// for a key it does not know, whose member is then kept in `extra` as
/// serde's path keeps it; `None` gives up. `member` tells repeated keys
/// apart itself.
pub(crate) fn object(
    c: &mut Cursor<'_>,
    extra: &mut super::Extra,
    mut member: impl FnMut(&mut Cursor<'_>, &[u8]) -> Option<bool>,
) -> Option<()> {
    if c.open(b'{', b'}')? {
        return Some(());
    }
    loop {
        let key = c.raw_str()?;
        c.eat(b':')?;
        if !member(c, key)? {
            c.keep_undeclared(key, extra)?;
        }
        if c.close_or_next(b'}')? {
            return Some(());
        }
    }
}

/// Decodes a whole document of the plain shape, nothing after it. Not
/// while a validation discards lists (the fast path keeps them).
pub fn decode<T: Fast>(bytes: &[u8]) -> Option<T> {
    if super::support::discard_lists() {
        return None;
    }
    let mut c = Cursor::new(bytes);
    let v = T::fast(&mut c)?;
    c.at_end().then_some(v)
}

/// Implements [`Fast`] for a model whose members the generated
/// `object_deserialize!` lists (called from it).
///
/// Keys are first matched against the member declared after the previous
/// one (payloads list them in the spec's order), which needs no scan and no
/// lookup; any other key is read and looked up. An undeclared member is
/// kept in `extra` as serde keeps it: its raw span decoded by serde_json.
macro_rules! object_fast {
    ($name:ident, $lookup:ident, $field_enum:ident { $($json:literal => $field:ident $(via $with:path)?),* }) => {
        impl $crate::models::fast::Fast for $name {
            #[inline]
            #[allow(unused_assignments, unreachable_code)]
            fn fast(c: &mut $crate::models::fast::Cursor<'_>) -> Option<Self> {
                const KEYS: &[&[u8]] = &[$($json.as_bytes()),*];
                const FIELDS: &[$field_enum] = &[$($field_enum::$field),*];
                let mut out = <$name as Default>::default();
                if c.open(b'{', b'}')? {
                    return Some(out);
                }
                let mut seen = [0u64; 4];
                let mut guess = 0usize;
                loop {
                    let field = match KEYS.get(guess) {
                        Some(key) if c.key_is(key) => Some(FIELDS[guess]),
                        _ => {
                            let key = c.raw_str()?;
                            match $lookup(key) {
                                Some(field) => Some(field),
                                None => {
                                    c.eat(b':')?;
                                    c.keep_undeclared(key, &mut out.extra)?;
                                    None
                                }
                            }
                        }
                    };
                    if let Some(field) = field {
                        c.eat(b':')?;
                        let i = field as usize;
                        if seen[i / 64] & (1 << (i % 64)) != 0 {
                            return None;
                        }
                        seen[i / 64] |= 1 << (i % 64);
                        guess = i + 1;
                        match field {
                            $($field_enum::$field => {
                                $crate::models::fast::object_fast!(@value c out $field $($with)?);
                            })*
                        }
                    }
                    if c.close_or_next(b'}')? {
                        return Some(out);
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
    fn escapes_unescape_as_serde_does_and_odd_strings_go_to_serde() {
        assert_eq!(num::<String>(r#""plain""#).as_deref(), Some("plain"));
        for s in [
            r#""a\"b""#,
            r#""caf\u00e9 \u00C9\/\\\b\f\n\r\t\u0000 end""#,
            r#""\u20ac""#,
            r#""""#,
            r#""\\""#,
        ] {
            let theirs: String = serde_json::from_str(s).unwrap();
            assert_eq!(num::<String>(s), Some(theirs), "{s}");
        }
        // Surrogates (paired or not), unknown escapes, short or bad hex
        // digits, raw control characters: serde's to decide.
        for s in [
            r#""\ud83d\ude00""#,
            r#""\ud83d""#,
            r#""\x41""#,
            r#""\u12""#,
            r#""\u12g4""#,
            "\"a\\n\u{1}\"",
            r#""unterminated\""#,
        ] {
            assert_eq!(num::<String>(s), None, "{s}");
        }
        assert_eq!(num::<String>("\"a\u{1}b\""), None);
        assert_eq!(num::<String>("\"caf\u{e9}\"").as_deref(), Some("caf\u{e9}"));
        assert_eq!(num::<String>("\"x\" 1"), None, "nothing may follow");
    }

    #[test]
    fn the_word_scans_agree_with_byte_by_byte_ones() {
        let naive = |s: &[u8]| {
            s.iter()
                .position(|&b| b == b'"' || b == b'\\' || !(0x20..0x80).contains(&b))
                .unwrap_or(s.len())
        };
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let alphabet = b"a0 \"\\\x1f\x7f\x80\xff\x00\x20\x21\x5b\x5d";
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| {
                    let r = x.rotate_left(i as u32 * 5);
                    // Mostly plain letters, with a rare stopper anywhere.
                    if r.is_multiple_of(7) {
                        alphabet[(r >> 8) as usize % alphabet.len()]
                    } else {
                        b'a' + (r % 26) as u8
                    }
                })
                .collect();
            assert_eq!(plain_ascii_len(&bytes), naive(&bytes), "{bytes:?}");
            let mut other = bytes.clone();
            assert!(same_bytes(&bytes, &other));
            if let Some(b) = other.get_mut((x >> 20) as usize % len.max(1)) {
                *b ^= 1 << (x % 8);
                assert!(!same_bytes(&bytes, &other), "{bytes:?}");
            }
        }
    }

    #[test]
    fn null_members_are_none_and_unknown_members_are_kept() {
        use crate::models::HeartRateDataSample;
        let body = br#"{"timestamp":"2026-01-01T00:00:00Z","bpm":null,"new_field":{"a":[1,"x\"y",{"b":null}]},"later":2.5}"#;
        let ours = decode::<HeartRateDataSample>(body).unwrap();
        let theirs: HeartRateDataSample = serde_json::from_slice(body).unwrap();
        assert_eq!(ours, theirs);
        assert_eq!(ours.bpm, None);
        assert_eq!(ours.extra["new_field"]["a"][1], "x\"y");
        assert_eq!(ours.extra["later"], 2.5);
        // Keys in any order, and whitespace around everything.
        let body = b" { \"bpm\" : 61 , \"timestamp\" : \"2026-01-01T00:00:00Z\" } ";
        let ours = decode::<HeartRateDataSample>(body).unwrap();
        assert_eq!(ours, serde_json::from_slice(body).unwrap());
        assert_eq!(ours.bpm, Some(61.0));
        // A repeated member, declared or not, and a broken unknown value.
        for body in [
            &br#"{"bpm":1,"bpm":2}"#[..],
            br#"{"zz":[1,}"#,
            br#"{"zz":tru}"#,
            br#"{"bpm":nul}"#,
        ] {
            assert!(decode::<HeartRateDataSample>(body).is_none(), "{body:?}");
        }
    }
}
