//! Building blocks the generated models use: the enum macros and lenient
//! number decoding.

use std::cell::Cell;
use std::fmt;
use std::thread::LocalKey;

use serde::Deserializer;
use serde::de::{self, Visitor};

/// Visitor accepting an integer written as `8`, or as `8.0` (any float with
/// no fractional part that fits an `i64`).
pub(crate) struct IntVisitor;

impl Visitor<'_> for IntVisitor {
    type Value = i64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        // The range check keeps the cast exact: both bounds are powers of two.
        if v.fract() == 0.0 && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&v) {
            Ok(v as i64)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
}

struct OptIntVisitor;

impl<'de> Visitor<'de> for OptIntVisitor {
    type Value = Option<i64>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_i64(IntVisitor).map(Some)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        IntVisitor.visit_i64(v).map(Some)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        IntVisitor.visit_u64(v).map(Some)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        IntVisitor.visit_f64(v).map(Some)
    }
}

/// Decodes an optional integer field leniently: `null` and absent are
/// `None`, and `8.0` is accepted as `8`.
pub(crate) fn opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_option(OptIntVisitor)
}

/// An `i64` decoded leniently (see [`IntVisitor`]).
struct LenientI64(i64);

impl<'de> serde::Deserialize<'de> for LenientI64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_i64(IntVisitor).map(Self)
    }
}

/// Decodes an optional list of integers leniently (`8.0` is `8`); a list
/// like any other inside [`with_lists_discarded`].
pub(crate) fn opt_vec_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<i64>>, D::Error> {
    let v: Option<Vec<LenientI64>> = opt_list(d)?;
    Ok(v.map(|v| v.into_iter().map(|x| x.0).collect()))
}

/// Splits a comma-separated list, trimming blanks and dropping empty items.
pub(crate) fn split_list(s: &str) -> Vec<&str> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Defines an integer-coded Terra enum: known codes as variants plus
/// `Unrecognized(i64)`, with `code()`, `title()`, conversions and serde
/// impls (serialised as the integer; decoded from `8` or `8.0`).
macro_rules! int_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal => $title:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A code this version of the SDK does not know, kept as received.
            /// Build values with `from_code`, which maps known codes to their
            /// variants.
            Unrecognized(i64),
        }

        impl $name {
            /// Every variant with a known code, in the spec's order.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];

            /// The integer code Terra uses for this value.
            pub fn code(self) -> i64 {
                match self {
                    $(Self::$variant => $code,)*
                    Self::Unrecognized(c) => c,
                }
            }

            /// The human-readable title of the code (`"Unrecognized"` for an
            /// unknown code).
            pub fn title(self) -> &'static str {
                match self {
                    $(Self::$variant => $title,)*
                    Self::Unrecognized(_) => "Unrecognized",
                }
            }

            /// The value for an integer code; unknown codes give
            /// `Unrecognized`.
            pub fn from_code(code: i64) -> Self {
                match code {
                    $($code => Self::$variant,)*
                    other => Self::Unrecognized(other),
                }
            }
        }

        impl From<i64> for $name {
            fn from(code: i64) -> Self {
                Self::from_code(code)
            }
        }

        impl From<$name> for i64 {
            fn from(v: $name) -> i64 {
                v.code()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    Self::Unrecognized(c) => write!(f, "Unrecognized ({c})"),
                    other => f.write_str(other.title()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i64(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_i64($crate::models::support::IntVisitor).map(Self::from_code)
            }
        }
    };
}

/// Defines a string-valued Terra enum: known strings as variants plus
/// `Unrecognized(String)`, with `as_str()` and serde impls.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A string this version of the SDK does not know, kept as
            /// received. Build values with `from_str_value`, which maps known
            /// strings to their variants.
            Unrecognized(String),
        }

        impl $name {
            /// Every variant with a known string, in the spec's order.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];

            /// The string Terra uses for this value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unrecognized(s) => s,
                }
            }

            /// The value for a string; unknown strings give `Unrecognized`.
            pub fn from_str_value(s: &str) -> Self {
                match s {
                    $($value => Self::$variant,)*
                    other => Self::Unrecognized(other.to_owned()),
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::from_str_value(s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        Ok($name::from_str_value(v))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

thread_local! {
    static STRING_KEYS: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with the models reading object keys as strings rather than raw
/// bytes.
///
/// The models read keys as bytes because it is measurably faster on large
/// payloads. Wrappers that record the path of a decode error by watching
/// keys as strings, such as `serde_path_to_error`, see no key names that
/// way; run them inside this function to get full paths:
///
/// ```
/// use tryterra_core::models::{self, HeartRateDataSample};
///
/// let body = br#"{"bpm": "fast"}"#;
/// let mut de = serde_json::Deserializer::from_slice(body);
/// let err = models::with_string_keys(|| {
///     serde_path_to_error::deserialize::<_, HeartRateDataSample>(&mut de)
/// })
/// .unwrap_err();
/// assert_eq!(err.path().to_string(), "bpm");
/// ```
///
/// The SDK's own decode errors ([`crate::DecodeError`]) already do this.
pub fn with_string_keys<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&STRING_KEYS, f)
}

/// Runs `f` with the thread-local `flag` set, restoring its previous value
/// afterwards, also when `f` unwinds.
fn with_flag<R>(flag: &'static LocalKey<Cell<bool>>, f: impl FnOnce() -> R) -> R {
    struct Restore(&'static LocalKey<Cell<bool>>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.with(|k| k.set(self.1));
        }
    }
    let _restore = Restore(flag, flag.with(|k| k.replace(true)));
    f()
}

thread_local! {
    /// Whether list fields decode member by member and drop them.
    static DISCARD_LISTS: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with the models decoding every member of a list field and
/// dropping it straight away, instead of collecting the list.
///
/// Each member still goes through its full typed decode, so a document
/// fails inside `f` exactly when it would fail outside; only the decoded
/// lists come back empty (`Some(vec![])` where the payload had a list).
/// This is for checking payloads without holding them: validating a 50 MB
/// activity webhook this way keeps one sample at a time in memory rather
/// than the whole model. [`validate`](super::validate) wraps it.
///
/// ```
/// use tryterra_core::models::{self, Activity};
///
/// let body = br#"{"heart_rate_data": {"detailed": {"hr_samples": [
///     {"bpm": 61, "timestamp": "2026-01-01T00:00:00Z"},
///     {"bpm": 62, "timestamp": "2026-01-01T00:00:01Z"}]}}}"#;
/// let checked: Activity = models::with_lists_discarded(|| serde_json::from_slice(body)).unwrap();
/// let samples = checked.heart_rate_data.unwrap().detailed.unwrap().hr_samples;
/// assert_eq!(samples, Some(vec![]));
///
/// // A bad member is still an error.
/// let bad = br#"{"heart_rate_data": {"detailed": {"hr_samples": [{"bpm": "fast"}]}}}"#;
/// assert!(models::with_lists_discarded(|| serde_json::from_slice::<Activity>(bad)).is_err());
/// ```
pub fn with_lists_discarded<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&DISCARD_LISTS, f)
}

/// Decodes an optional list field: collected normally, or member by member
/// and dropped inside [`with_lists_discarded`].
pub(crate) fn opt_list<'de, D, T>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    if !DISCARD_LISTS.with(Cell::get) {
        return serde::Deserialize::deserialize(d);
    }
    struct Discard<T>(std::marker::PhantomData<T>);
    impl<'de, T: serde::Deserialize<'de>> Visitor<'de> for Discard<T> {
        type Value = Option<Vec<T>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            // The same words as serde's own `Vec` visitor.
            f.write_str("a sequence")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_seq(self)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<T>()?.is_some() {}
            Ok(Some(Vec::new()))
        }
    }
    d.deserialize_option(Discard(std::marker::PhantomData))
}

/// What the key of a JSON object member turned out to be: one of the
/// struct's declared fields, or a name it does not declare (kept for its
/// `extra` map).
pub(crate) enum Key<F> {
    /// A declared field.
    Known(F),
    /// Any other member name.
    Unknown(String),
}

/// Reads an object key and looks it up with the struct's field table, so a
/// declared field costs no allocation even when the key is not borrowed
/// from the input.
///
/// Keys are asked for as bytes, which lets JSON decoders skip the UTF-8
/// check of every key (it is done here, only for undeclared names). Inside
/// [`with_string_keys`] they are asked for as strings instead, so that
/// wrappers which record keys as strings (`serde_path_to_error`) see them.
pub(crate) struct KeySeed<F>(pub(crate) fn(&[u8]) -> Option<F>);

impl<'de, F> de::DeserializeSeed<'de> for KeySeed<F> {
    type Value = Key<F>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<F>, D::Error> {
        if STRING_KEYS.with(Cell::get) {
            d.deserialize_str(self)
        } else {
            d.deserialize_bytes(self)
        }
    }
}

impl<F> Visitor<'_> for KeySeed<F> {
    type Value = Key<F>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<F>, E> {
        Ok(match (self.0)(v.as_bytes()) {
            Some(field) => Key::Known(field),
            None => Key::Unknown(v.to_owned()),
        })
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<F>, E> {
        Ok(match (self.0)(v.as_bytes()) {
            Some(field) => Key::Known(field),
            None => Key::Unknown(v),
        })
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Key<F>, E> {
        if let Some(field) = (self.0)(v) {
            return Ok(Key::Known(field));
        }
        match std::str::from_utf8(v) {
            Ok(s) => Ok(Key::Unknown(s.to_owned())),
            Err(_) => Err(E::invalid_value(
                de::Unexpected::Bytes(v),
                &"a UTF-8 object key",
            )),
        }
    }
    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Key<F>, E> {
        if let Some(field) = (self.0)(&v) {
            return Ok(Key::Known(field));
        }
        String::from_utf8(v).map(Key::Unknown).map_err(|e| {
            E::invalid_value(de::Unexpected::Bytes(e.as_bytes()), &"a UTF-8 object key")
        })
    }
}

/// The declared fields of a struct already read from one object.
#[derive(Default)]
pub(crate) struct Seen([u64; 4]);

impl Seen {
    /// Marks field `index` (named `name` in JSON) as read, or fails with
    /// serde's `duplicate field` error when it already was.
    pub(crate) fn first_time<E: de::Error>(
        &mut self,
        index: usize,
        name: &'static str,
    ) -> Result<(), E> {
        let (word, bit) = (index / 64, 1u64 << (index % 64));
        match self.0.get_mut(word) {
            Some(w) if *w & bit != 0 => Err(E::duplicate_field(name)),
            Some(w) => {
                *w |= bit;
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// Implements `Deserialize` for a struct whose fields are all `Option`s
/// (or other `Default` types) plus an `extra: Extra` map that receives every
/// member the struct does not declare.
///
/// This replaces `#[serde(flatten)]` on the `extra` field when decoding:
/// serde's flatten support first buffers each object (and everything nested
/// in it) into an intermediate tree, which made decoding large payloads
/// several times slower and roughly doubled their transient memory. The
/// `Serialize` side keeps using the derive and its `flatten`, which streams.
///
/// Syntax: `Name { "json_name" => field, "other" => field2 via func: Type, }`
/// where `via func: Type` decodes the member with `func` (a
/// `deserialize_with`-style function returning `Type`). A declared member
/// that appears twice is an error (`duplicate field`), as with serde's
/// derive: parsers disagree on which copy wins, and a payload must not mean
/// one thing to the code that checks it and another to the code that uses
/// it. Repeated undeclared members keep the last value, as in
/// `serde_json::Value`.
macro_rules! object_deserialize {
    ($name:ident { $($json:literal => $field:ident $(via $with:path : $wty:ty)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[allow(non_camel_case_types)]
                #[derive(Clone, Copy)]
                enum Field { $($field,)* }
                const _: () = assert!([$($json),*].len() <= 256, "too many fields for the seen-set");
                fn lookup(key: &[u8]) -> Option<Field> {
                    $(if key == $json.as_bytes() {
                        return Some(Field::$field);
                    })*
                    None
                }
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " object"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        use $crate::models::support::Key;
                        let mut out = <$name as Default>::default();
                        let mut seen = $crate::models::support::Seen::default();
                        while let Some(key) = map.next_key_seed($crate::models::support::KeySeed(lookup))? {
                            match key {
                                $(Key::Known(Field::$field) => {
                                    seen.first_time::<A::Error>(Field::$field as usize, $json)?;
                                    out.$field = $crate::models::support::object_deserialize!(@value map $($with : $wty)?);
                                })*
                                Key::Unknown(name) => {
                                    let value: serde_json::Value = map.next_value()?;
                                    out.extra.insert(name, value);
                                }
                            }
                        }
                        Ok(out)
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
    (@value $map:ident) => {
        $map.next_value()?
    };
    (@value $map:ident $with:path : $wty:ty) => {{
        struct With($wty);
        impl<'de> serde::Deserialize<'de> for With {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $with(d).map(With)
            }
        }
        $map.next_value::<With>()?.0
    }};
}
pub(crate) use object_deserialize;
