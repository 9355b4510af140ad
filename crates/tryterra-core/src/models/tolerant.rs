//! Tolerant decoding: values that do not fit their declared field are kept
//! raw instead of failing the document, and reported afterwards by walking
//! the decoded value.
//!
//! How it fits together:
//!
//! - Every field type implements [`Fit`]: it decodes a JSON value into the
//!   typed field when the value's kind fits, and otherwise hands the value
//!   back as a [`serde_json::Value`] ([`Fitted::Misfit`]). The struct that
//!   owns the field stores such a value in its `extra` map under the field's
//!   own key, so re-encoding writes it back where it was. List members that
//!   do not fit are kept raw inside the [`List`], next to the typed ones.
//! - Inside a strict decode ([`DecodeMode::Strict`]) a misfit is the same
//!   `invalid type` error serde would give, with its JSON path.
//! - [`Mismatches`] walks a decoded value and lists every declared key that
//!   sits in an `extra` map and every raw list member, with the JSON path,
//!   the declared type and the JSON kind found. Nothing is recorded while
//!   decoding, so the report costs nothing until it is asked for.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::{Extra, OptF64};

pub use crate::decode::DecodeMode;

/// The kind of a JSON value, as named in a [`Mismatch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number that is an integer in the `i64` range.
    Integer,
    /// Any other number (with a fraction, or out of the `i64` range).
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// The kind of `value`.
    pub fn of(value: &Value) -> Self {
        match value {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Boolean,
            Value::Number(n) if n.is_i64() => JsonKind::Integer,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }

    /// The kind's name: `null`, `boolean`, `integer`, `number`, `string`,
    /// `array` or `object`.
    pub fn as_str(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "boolean",
            JsonKind::Integer => "integer",
            JsonKind::Number => "number",
            JsonKind::String => "string",
            JsonKind::Array => "array",
            JsonKind::Object => "object",
        }
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One value that did not fit its declared field, found by [`Mismatches`].
///
/// It names where the value is and what kinds disagreed, never the value
/// itself (it may be health data); the value is in the decoded model, at
/// the same path (in the parent's `extra` map, or among the raw members of
/// a [`List`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Mismatch {
    /// The JSON path, for example `data[0].heart_rate_data.summary.avg_hr_bpm`.
    pub path: String,
    /// The declared type: `number`, `integer`, `boolean`, `string`,
    /// `object`, `array`, …
    pub expected: &'static str,
    /// The kind of JSON value found there.
    pub found: JsonKind,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, found {}",
            self.path, self.expected, self.found
        )
    }
}

/// Values that can list the mismatches of the document they were decoded
/// from: every model, event and typed answer of the SDK.
///
/// The report is computed from the value itself: each struct knows which
/// keys it declares, so a declared key found in its `extra` map is a value
/// that did not fit, and each [`List`] knows its raw members.
///
/// ```
/// use tryterra_core::models::{HeartRateDataSummary, Mismatches};
///
/// let body = br#"{"avg_hr_bpm": "72", "max_hr_bpm": 150}"#;
/// let summary: HeartRateDataSummary = serde_json::from_slice(body).unwrap();
/// assert_eq!(summary.avg_hr_bpm, None);
/// assert_eq!(summary.max_hr_bpm, Some(150.0));
/// assert_eq!(summary.extra["avg_hr_bpm"], "72");
///
/// let report = summary.mismatches();
/// assert_eq!(report.len(), 1);
/// assert_eq!(report[0].to_string(), "avg_hr_bpm: expected number, found string");
/// ```
pub trait Mismatches {
    /// Appends the mismatches found in `self` to `out`, with `path` (the
    /// JSON path of `self`, empty for the document) in front of their own
    /// paths. `path` is left as it was given.
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>);

    /// Every value that did not fit its declared field, in the order the
    /// model declares its fields.
    fn mismatches(&self) -> Vec<Mismatch> {
        let mut out = Vec::new();
        self.collect_mismatches(&mut String::new(), &mut out);
        out
    }

    /// `true` when the value holds no mismatch.
    fn fits(&self) -> bool {
        self.mismatches().is_empty()
    }
}

impl<T: Mismatches> Mismatches for Option<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        if let Some(v) = self {
            v.collect_mismatches(path, out);
        }
    }
}

impl<T: Mismatches> Mismatches for Vec<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        for (i, v) in self.iter().enumerate() {
            let len = path.len();
            push_index(path, i);
            v.collect_mismatches(path, out);
            path.truncate(len);
        }
    }
}

impl<T: Mismatches + ?Sized> Mismatches for Box<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        (**self).collect_mismatches(path, out);
    }
}

macro_rules! no_mismatches {
    ($($t:ty),*) => {$(
        impl Mismatches for $t {
            fn collect_mismatches(&self, _: &mut String, _: &mut Vec<Mismatch>) {}
        }
    )*};
}
no_mismatches!(
    (),
    bool,
    i64,
    u64,
    f64,
    String,
    Value,
    super::Timestamp,
    super::DateString,
    OptF64,
    BTreeMap<String, f64>
);

pub(crate) fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

pub(crate) fn push_index(path: &mut String, i: usize) {
    use std::fmt::Write as _;
    let _ = write!(path, "[{i}]");
}

/// What decoding one value gave.
#[doc(hidden)]
pub enum Fitted<T> {
    /// The value was `null`.
    Null,
    /// The value fits the type.
    Fit(T),
    /// The value does not fit; here it is, verbatim.
    Misfit(Value),
}

/// A field type of the models, decoded tolerantly (see the module docs of
/// [`crate::models`]). Implementation detail of the generated models.
#[doc(hidden)]
pub trait Fit: Sized {
    /// The declared type, as a [`Mismatch`] names it.
    const EXPECTED: &'static str;
    /// `true` for types that hold no nested model (nothing to walk).
    const LEAF: bool = false;

    /// Decodes one value, handing back a value of the wrong kind (or the
    /// error, in a strict decode).
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error>;

    /// Reports a raw value kept for a field of this type.
    fn raw_mismatches(raw: &Value, path: &mut String, out: &mut Vec<Mismatch>) {
        out.push(Mismatch {
            path: path.clone(),
            expected: Self::EXPECTED,
            found: JsonKind::of(raw),
        });
    }
}

/// Seed decoding one value with [`Fit`].
#[doc(hidden)]
pub struct FitSeed<T>(pub PhantomData<T>);

impl<T> FitSeed<T> {
    /// The seed.
    pub fn new() -> Self {
        Self(PhantomData)
    }
}

impl<T> Default for FitSeed<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: Fit> DeserializeSeed<'de> for FitSeed<T> {
    type Value = Fitted<T>;
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fitted<T>, D::Error> {
        T::fit(d)
    }
}

/// Handles a value of the wrong kind: an error in a strict decode, the
/// value itself otherwise. `value` is only built when it is kept. Out of
/// line: the happy path never comes here.
#[cold]
#[inline(never)]
fn misfit<T, E: de::Error>(
    unexpected: Unexpected<'_>,
    expected: &dyn de::Expected,
    value: impl FnOnce() -> Value,
) -> Result<Fitted<T>, E> {
    if super::support::strict() {
        Err(E::invalid_type(unexpected, expected))
    } else {
        Ok(Fitted::Misfit(value()))
    }
}

/// A string that does not fit a scalar field: [`misfit`], except that a
/// strict decode of a type that takes some strings says the value is
/// invalid rather than of the wrong type.
#[cold]
#[inline(never)]
fn str_misfit<T: Scalar, E: de::Error>(
    v: &str,
    expected: &dyn de::Expected,
) -> Result<Fitted<T>, E> {
    if T::CHECKS_STRINGS && super::support::strict() {
        return Err(E::invalid_value(Unexpected::Str(v), expected));
    }
    misfit(Unexpected::Str(v), expected, || Value::String(v.to_owned()))
}

/// Scalar field types: which JSON scalars they accept.
pub(crate) trait Scalar: Sized {
    /// The declared type, for reports.
    const EXPECTED: &'static str;
    /// What serde's error says was expected.
    const EXPECTING: &'static str;
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
    fn from_i64(_: i64) -> Option<Self> {
        None
    }
    fn from_u64(_: u64) -> Option<Self> {
        None
    }
    fn from_f64(_: f64) -> Option<Self> {
        None
    }
    /// `true` when some strings fit and others do not (so a string that
    /// does not is refused as an invalid value rather than a wrong type).
    const CHECKS_STRINGS: bool = false;
    fn from_str(_: &str) -> Option<Self> {
        None
    }
    fn from_string(v: String) -> Result<Self, String> {
        Self::from_str(&v).ok_or(v)
    }
}

pub(crate) struct ScalarVisitor<T>(PhantomData<T>);

impl<T: Scalar> ScalarVisitor<T> {
    pub(crate) fn new() -> Self {
        Self(PhantomData)
    }
}

fn number_value(n: impl Into<serde_json::Number>) -> Value {
    Value::Number(n.into())
}

impl<'de, T: Scalar> Visitor<'de> for ScalarVisitor<T> {
    type Value = Fitted<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Fitted<T>, E> {
        Ok(Fitted::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Fitted<T>, E> {
        Ok(Fitted::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Fitted<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Fitted<T>, E> {
        match T::from_bool(v) {
            Some(x) => Ok(Fitted::Fit(x)),
            None => misfit(Unexpected::Bool(v), &self, || Value::Bool(v)),
        }
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Fitted<T>, E> {
        match T::from_i64(v) {
            Some(x) => Ok(Fitted::Fit(x)),
            None => misfit(Unexpected::Signed(v), &self, || number_value(v)),
        }
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Fitted<T>, E> {
        match T::from_u64(v) {
            Some(x) => Ok(Fitted::Fit(x)),
            None => misfit(Unexpected::Unsigned(v), &self, || number_value(v)),
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Fitted<T>, E> {
        match T::from_f64(v) {
            Some(x) => Ok(Fitted::Fit(x)),
            None => misfit(Unexpected::Float(v), &self, || {
                serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
            }),
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Fitted<T>, E> {
        match T::from_str(v) {
            Some(x) => Ok(Fitted::Fit(x)),
            None => str_misfit::<T, E>(v, &self),
        }
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Fitted<T>, E> {
        match T::from_string(v) {
            Ok(x) => Ok(Fitted::Fit(x)),
            Err(v) => str_misfit::<T, E>(&v, &self),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Fitted<T>, A::Error> {
        raw_map(map, &self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Fitted<T>, A::Error> {
        raw_seq(seq, &self)
    }
}

/// An object where something else was expected, kept as JSON (or the
/// strict error). Out of line, like [`misfit`].
#[cold]
#[inline(never)]
fn raw_map<'de, A: MapAccess<'de>, T>(
    map: A,
    expected: &dyn de::Expected,
) -> Result<Fitted<T>, A::Error> {
    if super::support::strict() {
        return Err(de::Error::invalid_type(Unexpected::Map, expected));
    }
    Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Fitted::Misfit)
}

/// An array where something else was expected, kept as JSON (or the
/// strict error).
#[cold]
#[inline(never)]
fn raw_seq<'de, A: SeqAccess<'de>, T>(
    seq: A,
    expected: &dyn de::Expected,
) -> Result<Fitted<T>, A::Error> {
    if super::support::strict() {
        return Err(de::Error::invalid_type(Unexpected::Seq, expected));
    }
    Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Fitted::Misfit)
}

macro_rules! scalar_fit {
    ($($t:ty),*) => {$(
        impl $crate::models::tolerant::Fit for $t {
            const EXPECTED: &'static str = <$t as $crate::models::tolerant::Scalar>::EXPECTED;
            const LEAF: bool = true;
            #[inline(always)]
            fn fit<'de, D: serde::Deserializer<'de>>(
                d: D,
            ) -> Result<$crate::models::tolerant::Fitted<Self>, D::Error> {
                d.deserialize_any($crate::models::tolerant::ScalarVisitor::<$t>::new())
            }
        }
    )*};
}
pub(crate) use scalar_fit;

impl Scalar for f64 {
    const EXPECTED: &'static str = "number";
    const EXPECTING: &'static str = "f64";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_u64(v: u64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<Self> {
        Some(v)
    }
}

/// Integers also accept `8.0` (a float with no fraction in the `i64` range).
impl Scalar for i64 {
    const EXPECTED: &'static str = "integer";
    const EXPECTING: &'static str = "an integer";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v)
    }
    fn from_u64(v: u64) -> Option<Self> {
        i64::try_from(v).ok()
    }
    fn from_f64(v: f64) -> Option<Self> {
        // The range check keeps the cast exact: both bounds are powers of two.
        (v.fract() == 0.0 && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&v))
            .then_some(v as i64)
    }
}

impl Scalar for u64 {
    const EXPECTED: &'static str = "non-negative integer";
    const EXPECTING: &'static str = "u64";
    fn from_i64(v: i64) -> Option<Self> {
        u64::try_from(v).ok()
    }
    fn from_u64(v: u64) -> Option<Self> {
        Some(v)
    }
}

impl Scalar for bool {
    const EXPECTED: &'static str = "boolean";
    const EXPECTING: &'static str = "a boolean";
    fn from_bool(v: bool) -> Option<Self> {
        Some(v)
    }
}

/// Inlined: names, ids and enum values make strings the most decoded
/// scalar, and left out of line the wrapper cost about as much as the copy.
impl Scalar for String {
    const EXPECTED: &'static str = "string";
    const EXPECTING: &'static str = "a string";
    #[inline]
    fn from_str(v: &str) -> Option<Self> {
        Some(v.to_owned())
    }
    #[inline]
    fn from_string(v: String) -> Result<Self, String> {
        Ok(v)
    }
}

/// What a strict decode says it expected of a timestamp.
pub(crate) const TIMESTAMP_EXPECTING: &str =
    "a date-time string YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM|-HH:MM] (years 1900 to 2899)";

/// Only strings of the shapes [`super::Timestamp`] packs fit; any other
/// string is a misfit like a value of the wrong kind.
impl Scalar for super::Timestamp {
    const EXPECTED: &'static str = "date-time string";
    const EXPECTING: &'static str = TIMESTAMP_EXPECTING;
    const CHECKS_STRINGS: bool = true;
    #[inline]
    fn from_str(v: &str) -> Option<Self> {
        Self::parse(v).ok()
    }
}

impl Scalar for super::DateString {
    const EXPECTED: &'static str = "date string";
    const EXPECTING: &'static str = "a date or time string";
    fn from_str(v: &str) -> Option<Self> {
        Some(Self::from(v))
    }
    fn from_string(v: String) -> Result<Self, String> {
        Ok(Self::from(v))
    }
}

scalar_fit!(
    f64,
    i64,
    u64,
    bool,
    String,
    super::Timestamp,
    super::DateString
);

/// Untyped fields take any value.
impl Fit for Value {
    const EXPECTED: &'static str = "any JSON value";
    const LEAF: bool = true;
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Null => Fitted::Null,
            v => Fitted::Fit(v),
        })
    }
}

/// A list member that may be `null` (the coordinates of a position).
impl<T: Fit> Fit for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    const LEAF: bool = T::LEAF;
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        Ok(match T::fit(d)? {
            Fitted::Null => Fitted::Fit(None),
            Fitted::Fit(v) => Fitted::Fit(Some(v)),
            Fitted::Misfit(v) => Fitted::Misfit(v),
        })
    }
    fn raw_mismatches(raw: &Value, path: &mut String, out: &mut Vec<Mismatch>) {
        T::raw_mismatches(raw, path, out);
    }
}

/// A list member that may be `null`, in 8 bytes (the coordinates of a
/// position): as `Option<f64>`.
impl Fit for OptF64 {
    const EXPECTED: &'static str = <f64 as Fit>::EXPECTED;
    const LEAF: bool = true;
    #[inline]
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        Ok(match f64::fit(d)? {
            Fitted::Null => Fitted::Fit(OptF64::NONE),
            Fitted::Fit(v) => Fitted::Fit(OptF64::some(v)),
            Fitted::Misfit(v) => Fitted::Misfit(v),
        })
    }
}

/// A list of strings with no room for raw members (the name lists of the
/// hand-written answers, such as the providers of `/integrations`): `null`
/// is an empty list, and a member that is not a string makes the whole list
/// a misfit, kept verbatim (or refused, in a strict decode).
///
/// The members are decoded in place, straight from the document; only a
/// list that turns out not to fit is rebuilt as JSON.
impl Fit for Vec<String> {
    const EXPECTED: &'static str = "array of strings";
    const LEAF: bool = true;
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Result<Vec<String>, Value>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The same words as serde's own `Vec` visitor.
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut typed = Vec::new();
                while let Some(member) = seq.next_element_seed(FitSeed::<String>::new())? {
                    match member {
                        Fitted::Fit(s) => typed.push(s),
                        other => return rebuild_string_list(typed, other, seq).map(Err),
                    }
                }
                Ok(Ok(typed))
            }
        }
        Ok(match d.deserialize_any(ContainerVisitor::seq(V))? {
            Fitted::Fit(Ok(list)) => Fitted::Fit(list),
            Fitted::Fit(Err(raw)) => Fitted::Misfit(raw),
            Fitted::Null => Fitted::Null,
            Fitted::Misfit(v) => Fitted::Misfit(v),
        })
    }
}

/// A string list whose member `member` is not a string: the whole list as
/// JSON (the strings before it, the member, the rest read as JSON), or the
/// strict error for a `null` member (any other misfit was refused by its
/// own decode already). Out of line, like [`misfit`].
#[cold]
#[inline(never)]
fn rebuild_string_list<'de, A: SeqAccess<'de>>(
    typed: Vec<String>,
    member: Fitted<String>,
    mut seq: A,
) -> Result<Value, A::Error> {
    let member = match member {
        Fitted::Fit(s) => Value::String(s),
        Fitted::Misfit(v) => v,
        Fitted::Null if super::support::strict() => {
            return Err(de::Error::invalid_type(Unexpected::Unit, &"a string"));
        }
        Fitted::Null => Value::Null,
    };
    let mut out: Vec<Value> = typed.into_iter().map(Value::String).collect();
    out.push(member);
    while let Some(v) = seq.next_element::<Value>()? {
        out.push(v);
    }
    Ok(Value::Array(out))
}

/// Wraps a visitor of objects or arrays so that any other kind of value is
/// a misfit (or a strict error) instead of serde's `invalid type`.
pub(crate) struct ContainerVisitor<V> {
    inner: V,
    map: bool,
}

impl<V> ContainerVisitor<V> {
    /// Accepts objects with `inner`.
    pub(crate) fn map(inner: V) -> Self {
        Self { inner, map: true }
    }
    /// Accepts arrays with `inner`.
    pub(crate) fn seq(inner: V) -> Self {
        Self { inner, map: false }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ContainerVisitor<V> {
    type Value = Fitted<V::Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Fitted::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Fitted::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        misfit(Unexpected::Bool(v), &self, || Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        misfit(Unexpected::Signed(v), &self, || number_value(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        misfit(Unexpected::Unsigned(v), &self, || number_value(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        misfit(Unexpected::Float(v), &self, || {
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
        })
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        misfit(Unexpected::Str(v), &self, || Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        misfit(Unexpected::Str(&v), &self, || Value::String(v.clone()))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        if self.map {
            return self.inner.visit_map(map).map(Fitted::Fit);
        }
        raw_map(map, &self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if !self.map {
            return self.inner.visit_seq(seq).map(Fitted::Fit);
        }
        raw_seq(seq, &self)
    }
}

/// The number maps of the spec (`RecordFloat`): a member that is not a
/// number keeps the whole map raw, and the report names that member.
impl Fit for BTreeMap<String, f64> {
    const EXPECTED: &'static str = "object of numbers";
    const LEAF: bool = true;
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Result<BTreeMap<String, f64>, Value>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut typed = BTreeMap::new();
                let mut raw: Option<Extra> = None;
                while let Some(k) = map.next_key::<String>()? {
                    let v = map.next_value_seed(FitSeed::<f64>::new())?;
                    match (v, &mut raw) {
                        (Fitted::Fit(n), None) => {
                            typed.insert(k, n);
                        }
                        (Fitted::Fit(n), Some(r)) => {
                            r.insert(
                                k,
                                serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number),
                            );
                        }
                        (other, r) => {
                            let value = match other {
                                Fitted::Misfit(v) => v,
                                _ if super::support::strict() => {
                                    return Err(de::Error::invalid_type(Unexpected::Unit, &"f64"));
                                }
                                _ => Value::Null,
                            };
                            let r = r.get_or_insert_with(|| {
                                std::mem::take(&mut typed)
                                    .into_iter()
                                    .map(|(k, n)| {
                                        (
                                            k,
                                            serde_json::Number::from_f64(n)
                                                .map_or(Value::Null, Value::Number),
                                        )
                                    })
                                    .collect()
                            });
                            r.insert(k, value);
                        }
                    }
                }
                Ok(match raw {
                    None => Ok(typed),
                    Some(r) => Err(Value::Object(r.into_map())),
                })
            }
        }
        Ok(match d.deserialize_any(ContainerVisitor::map(V))? {
            Fitted::Fit(Ok(m)) => Fitted::Fit(m),
            Fitted::Fit(Err(raw)) => Fitted::Misfit(raw),
            Fitted::Null => Fitted::Null,
            Fitted::Misfit(v) => Fitted::Misfit(v),
        })
    }
    fn raw_mismatches(raw: &Value, path: &mut String, out: &mut Vec<Mismatch>) {
        let Value::Object(m) = raw else {
            out.push(Mismatch {
                path: path.clone(),
                expected: Self::EXPECTED,
                found: JsonKind::of(raw),
            });
            return;
        };
        for (k, v) in m {
            if !v.is_number() {
                let len = path.len();
                push_key(path, k);
                out.push(Mismatch {
                    path: path.clone(),
                    expected: "number",
                    found: JsonKind::of(v),
                });
                path.truncate(len);
            }
        }
    }
}

/// A list field of a model: the members that fit the declared item type,
/// typed, plus any member that did not, kept verbatim with its position.
///
/// It dereferences to the slice of typed members, so it reads like a `Vec`
/// (`len`, `iter`, indexing, `for x in &list`), and it compares equal to a
/// `Vec` of the same members when nothing was kept raw. Encoding writes
/// every member back in its original order.
///
/// ```
/// use tryterra_core::models::{HeartRateDataDetailed, Mismatches};
///
/// let body = br#"{"hr_samples": [{"bpm": 61}, "oops", {"bpm": 63}]}"#;
/// let d: HeartRateDataDetailed = serde_json::from_slice(body).unwrap();
/// let samples = d.hr_samples.as_ref().unwrap();
/// assert_eq!(samples.len(), 2);
/// assert_eq!(samples[1].bpm, Some(63.0));
/// assert_eq!(samples.raw()[0].0, 1);
/// assert_eq!(
///     d.mismatches()[0].to_string(),
///     "hr_samples[1]: expected object, found string"
/// );
/// // Encoding puts the raw member back in its place.
/// assert_eq!(serde_json::to_value(&d).unwrap()["hr_samples"][1], "oops");
/// ```
#[derive(Clone, PartialEq)]
pub struct List<T> {
    items: Vec<T>,
    /// What only a list with raw or dropped members needs, boxed so that
    /// the usual list costs one pointer more than a `Vec` (lists are
    /// fields of the most numerous structs, such as position samples).
    /// `None` whenever both of its vectors would be empty.
    side: Option<Box<Side>>,
}

#[derive(Clone, Default, PartialEq)]
struct Side {
    /// Members that did not fit, with their index in the JSON array.
    raw: Vec<(usize, Value)>,
    /// The JSON index of each typed member, when members were dropped
    /// while validating; empty otherwise (members then fill the indices
    /// that `raw` leaves free, in order).
    at: Vec<usize>,
}

impl<T> List<T> {
    /// An empty list.
    pub fn new() -> Self {
        Self {
            items: Vec::new(),
            side: None,
        }
    }

    /// The members that did not fit the item type, each with its index in
    /// the JSON array, in order.
    pub fn raw(&self) -> &[(usize, Value)] {
        self.side.as_deref().map_or(&[], |s| &s.raw)
    }

    /// The JSON indices of the typed members, when some were dropped.
    fn at(&self) -> &[usize] {
        self.side.as_deref().map_or(&[], |s| &s.at)
    }

    fn side_mut(&mut self) -> &mut Side {
        self.side.get_or_insert_with(Box::default)
    }

    /// Adds a typed member at the end.
    pub fn push(&mut self, item: T) {
        if !self.at().is_empty() {
            let next = self.json_len();
            self.side_mut().at.push(next);
        }
        self.items.push(item);
    }

    /// The number of members the JSON array had (typed and raw).
    pub fn json_len(&self) -> usize {
        match self.at().last() {
            None => self.items.len() + self.raw().len(),
            Some(&a) => a.max(self.raw().last().map_or(0, |r| r.0)) + 1,
        }
    }

    /// The typed members, dropping any raw one.
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }

    /// Every member in JSON order: `Ok` for a typed one, `Err` for one kept
    /// raw.
    pub fn entries(&self) -> impl Iterator<Item = (usize, Result<&T, &Value>)> {
        let mut out: Vec<(usize, Result<&T, &Value>)> =
            Vec::with_capacity(self.items.len() + self.raw().len());
        out.extend(self.positions().map(|(i, t)| (i, Ok(t))));
        out.extend(self.raw().iter().map(|(i, v)| (*i, Err(v))));
        if !self.raw().is_empty() {
            out.sort_by_key(|(i, _)| *i);
        }
        out.into_iter()
    }

    /// The typed members with their JSON index.
    fn positions(&self) -> impl Iterator<Item = (usize, &T)> {
        let mut raw = self.raw().iter().map(|(i, _)| *i).peekable();
        let mut next = 0usize;
        let at = self.at();
        self.items.iter().enumerate().map(move |(n, t)| {
            if let Some(&i) = at.get(n) {
                return (i, t);
            }
            while raw.peek() == Some(&next) {
                raw.next();
                next += 1;
            }
            let i = next;
            next += 1;
            (i, t)
        })
    }
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T> std::ops::DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.items
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        Self { items, side: None }
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    /// The typed members.
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// Equal when every member was typed and they equal `other`'s, pairwise
/// (as `Vec` compares with a `Vec` of another member type, such as a
/// `List<OptF64>` with a `Vec<Option<f64>>`).
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for List<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        self.side.is_none() && self.items == *other
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.side.is_none() {
            return f.debug_list().entries(&self.items).finish();
        }
        f.debug_list()
            .entries(self.entries().map(|(_, e)| e))
            .finish()
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        if self.raw().is_empty() {
            return s.collect_seq(&self.items);
        }
        let mut seq = s.serialize_seq(Some(self.items.len() + self.raw().len()))?;
        for (_, e) in self.entries() {
            match e {
                Ok(t) => seq.serialize_element(t)?,
                Err(v) => seq.serialize_element(v)?,
            }
        }
        seq.end()
    }
}

impl<T: Fit + Mismatches> Mismatches for List<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        if self.raw().is_empty() {
            if T::LEAF {
                return;
            }
            // The usual case: every member typed, no index table to merge.
            for (i, t) in self.positions() {
                let len = path.len();
                push_index(path, i);
                t.collect_mismatches(path, out);
                path.truncate(len);
            }
            return;
        }
        for (i, e) in self.entries() {
            let len = path.len();
            push_index(path, i);
            match e {
                Ok(t) => t.collect_mismatches(path, out),
                Err(raw) => T::raw_mismatches(raw, path, out),
            }
            path.truncate(len);
        }
    }
}

impl<T: Fit + Mismatches> Fit for List<T> {
    const EXPECTED: &'static str = "array";
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Fit + Mismatches> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The same words as serde's own `Vec` visitor.
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let discard = super::support::discard_lists();
                let mut out = List::new();
                let mut i = 0usize;
                while let Some(m) = seq.next_element_seed(FitSeed::<T>::new())? {
                    match m {
                        Fitted::Fit(v) => {
                            if !discard {
                                out.items.push(v);
                            } else if !T::LEAF && !v.fits() {
                                // Kept while validating, so the report
                                // still names what is inside.
                                out.items.push(v);
                                out.side_mut().at.push(i);
                            }
                        }
                        Fitted::Null => {
                            if super::support::strict() {
                                return Err(de::Error::invalid_type(
                                    Unexpected::Unit,
                                    &ItemExpected::<T>(PhantomData),
                                ));
                            }
                            out.side_mut().raw.push((i, Value::Null));
                        }
                        Fitted::Misfit(v) => out.side_mut().raw.push((i, v)),
                    }
                    i += 1;
                }
                trim_spare(&mut out.items);
                Ok(out)
            }
        }
        d.deserialize_any(ContainerVisitor::seq(V::<T>(PhantomData)))
    }
}

/// Gives back the spare capacity of a decoded list beyond a few slots.
///
/// Growth by doubling leaves up to half of a long list's buffer spare, and
/// part of it is memory already touched (reused from freed buffers), so it
/// counts in the process's RSS for as long as the payload is kept. Short
/// lists are not worth a `realloc`.
#[inline]
pub(crate) fn trim_spare<T>(items: &mut Vec<T>) {
    const SPARE_KEPT: usize = 64;
    if items.capacity() - items.len() > SPARE_KEPT {
        items.shrink_to_fit();
    }
}

struct ItemExpected<T>(PhantomData<T>);

impl<T: Fit> de::Expected for ItemExpected<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} list member", T::EXPECTED)
    }
}

/// A declared field of a model that may hold nothing: `Option<T>`, or
/// [`OptF64`] for numbers. Implementation detail of the generated models.
#[doc(hidden)]
pub trait Optional: Mismatches {
    /// What the field holds when it holds something.
    type Value: Fit;
    /// Stores `value`.
    fn put(&mut self, value: Option<Self::Value>);
    /// `true` when the field holds nothing.
    fn absent(&self) -> bool;
}

impl<T: Fit + Mismatches> Optional for Option<T> {
    type Value = T;
    #[inline(always)]
    fn put(&mut self, value: Option<T>) {
        *self = value;
    }
    #[inline(always)]
    fn absent(&self) -> bool {
        self.is_none()
    }
}

impl Optional for OptF64 {
    type Value = f64;
    #[inline(always)]
    fn put(&mut self, value: Option<f64>) {
        *self = value.into();
    }
    #[inline(always)]
    fn absent(&self) -> bool {
        self.is_none()
    }
}

/// Decodes the value of a declared member into `slot`, or keeps it in
/// `extra` under `key` when it does not fit.
#[doc(hidden)]
#[inline(always)]
pub fn fit_field<'de, A: MapAccess<'de>, F: Optional>(
    map: &mut A,
    slot: &mut F,
    key: &'static str,
    extra: &mut Extra,
) -> Result<(), A::Error> {
    match map.next_value_seed(FitSeed::<F::Value>::new())? {
        Fitted::Fit(v) => slot.put(Some(v)),
        Fitted::Null => slot.put(None),
        Fitted::Misfit(v) => {
            slot.put(None);
            extra.insert(key.to_owned(), v);
        }
    }
    Ok(())
}

/// Decodes the value of a declared member that is not an `Option` into
/// `slot`: `null` leaves the type's default there, and a value that does not
/// fit is kept in `extra` under `key` (the slot then holds the default too).
#[doc(hidden)]
#[inline(always)]
pub fn fit_default_field<'de, A: MapAccess<'de>, T: Fit + Default>(
    map: &mut A,
    slot: &mut T,
    key: &'static str,
    extra: &mut Extra,
) -> Result<(), A::Error> {
    match map.next_value_seed(FitSeed::<T>::new())? {
        Fitted::Fit(v) => *slot = v,
        Fitted::Null => *slot = T::default(),
        Fitted::Misfit(v) => {
            *slot = T::default();
            extra.insert(key.to_owned(), v);
        }
    }
    Ok(())
}

/// Decodes a declared member with a hand-written decoder (`with`), after
/// reading it as JSON; a value `with` refuses is kept in `extra`.
#[doc(hidden)]
pub fn via_field<'de, A: MapAccess<'de>, T>(
    map: &mut A,
    with: impl FnOnce(&Value) -> Result<T, serde_json::Error>,
    key: &'static str,
    extra: &mut Extra,
) -> Result<Option<T>, A::Error> {
    match map.next_value_seed(ViaSeed(with, PhantomData))? {
        Ok(v) => Ok(Some(v)),
        Err(raw) => {
            extra.insert(key.to_owned(), raw);
            Ok(None)
        }
    }
}

/// Reads a member as JSON and hands it to a hand-written decoder, inside
/// the member's own deserialization, so a strict refusal carries the
/// member's path. Yields the decoded value, or the raw one it refused.
struct ViaSeed<F, T>(F, PhantomData<fn() -> T>);

impl<'de, F, T> DeserializeSeed<'de> for ViaSeed<F, T>
where
    F: FnOnce(&Value) -> Result<T, serde_json::Error>,
{
    type Value = Result<T, Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let value = Value::deserialize(d)?;
        match (self.0)(&value) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if super::support::strict() => Err(de::Error::custom(e)),
            Err(_) => Ok(Err(value)),
        }
    }
}

/// Reports the field `key` of a struct: walks its typed value, or reports
/// the raw value `extra` holds for it.
#[doc(hidden)]
#[inline]
pub fn walk_field<F: Optional>(
    field: &F,
    key: &str,
    extra: &Extra,
    path: &mut String,
    out: &mut Vec<Mismatch>,
) {
    if !field.absent() {
        if !F::Value::LEAF {
            let len = path.len();
            push_key(path, key);
            field.collect_mismatches(path, out);
            path.truncate(len);
        }
    } else if !extra.is_empty()
        && let Some(raw) = extra.get(key)
    {
        let len = path.len();
        push_key(path, key);
        F::Value::raw_mismatches(raw, path, out);
        path.truncate(len);
    }
}

/// Reports the field `key` decoded by [`fit_default_field`]: the raw value
/// `extra` holds for it, or else what its typed value holds.
#[doc(hidden)]
pub fn walk_default_field<T: Fit + Mismatches>(
    field: &T,
    key: &str,
    extra: &Extra,
    path: &mut String,
    out: &mut Vec<Mismatch>,
) {
    let raw = if extra.is_empty() {
        None
    } else {
        extra.get(key)
    };
    if raw.is_none() && T::LEAF {
        return;
    }
    let len = path.len();
    push_key(path, key);
    match raw {
        Some(raw) => T::raw_mismatches(raw, path, out),
        None => field.collect_mismatches(path, out),
    }
    path.truncate(len);
}

/// Reports the field `key` decoded by a hand-written decoder: only a raw
/// value in `extra` can be a mismatch.
#[doc(hidden)]
pub fn walk_via(
    key: &str,
    expected: &'static str,
    extra: &Extra,
    path: &mut String,
    out: &mut Vec<Mismatch>,
) {
    if let Some(raw) = extra.get(key) {
        let len = path.len();
        push_key(path, key);
        out.push(Mismatch {
            path: path.clone(),
            expected,
            found: JsonKind::of(raw),
        });
        path.truncate(len);
    }
}

/// `T` decoded strictly wherever serde decodes it: a value that does not
/// fit its declared field is an error, as with [`DecodeMode::Strict`].
///
/// For serde entry points that take a type rather than a mode, such as a
/// stream of concatenated documents:
///
/// ```
/// use tryterra_core::models::{HeartRateDataSample, Strict};
///
/// let input = br#"{"bpm": 61} {"bpm": "62"}"#;
/// let mut docs = serde_json::Deserializer::from_slice(input).into_iter::<Strict<HeartRateDataSample>>();
/// assert_eq!(docs.next().unwrap().unwrap().0.bpm, Some(61.0));
/// assert!(docs.next().unwrap().is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strict<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Strict<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::decode::with_strict(|| T::deserialize(d)).map(Strict)
    }
}

impl<T: Serialize> Serialize for Strict<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<T: Mismatches> Mismatches for Strict<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        self.0.collect_mismatches(path, out);
    }
}

/// `T` decoded for checking only: every list member goes through its full
/// typed decode and is dropped straight away, unless something inside it
/// did not fit (it is then kept, so that [`Mismatches`] still names it).
///
/// A document fails as `Checked<T>` exactly when it fails as `T`, with the
/// same error; memory stays near one list member instead of the whole
/// model. [`validate`](super::validate) is the one-document shorthand.
///
/// ```
/// use tryterra_core::models::{Activity, Checked, Mismatches};
///
/// let body = br#"{"heart_rate_data": {"detailed": {"hr_samples": [
///     {"bpm": 61}, {"bpm": "62"}, {"bpm": 63}]}}}"#;
/// let checked: Checked<Activity> = serde_json::from_slice(body).unwrap();
/// let report = checked.mismatches();
/// assert_eq!(report[0].path, "heart_rate_data.detailed.hr_samples[1].bpm");
/// // Only the member with the mismatch was kept.
/// let samples = checked.0.heart_rate_data.unwrap().detailed.unwrap().hr_samples.unwrap();
/// assert_eq!(samples.len(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::support::with_lists_discarded(|| T::deserialize(d)).map(Checked)
    }
}

impl<T: Mismatches> Mismatches for Checked<T> {
    fn collect_mismatches(&self, path: &mut String, out: &mut Vec<Mismatch>) {
        self.0.collect_mismatches(path, out);
    }
}

/// Encodes what was kept: lists hold only the members that had a
/// mismatch inside.
impl<T: Serialize> Serialize for Checked<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
