//! Building blocks the generated models use: the enum macros, the struct
//! decoder, and the decode options (strict, string keys, discarded lists).

use std::fmt;

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

/// Splits a comma-separated list, trimming blanks and dropping empty items.
pub(crate) fn split_list(s: &str) -> Vec<&str> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Defines an integer-coded Terra enum: known codes as variants plus
/// `Unrecognized(i32)`, with `code()`, `title()`, conversions and serde
/// impls (serialised as the integer; decoded from `8` or `8.0`).
///
/// Codes are `i32`, so that an optional code takes 8 bytes (a sample holds
/// one, and payloads hold millions of samples). A JSON integer outside the
/// `i32` range is not a code: a tolerant decode keeps it verbatim in the
/// owner's `extra` map and reports it, a strict one refuses it.
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
            Unrecognized(i32),
        }

        impl $name {
            /// Every variant with a known code, in the spec's order.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];

            /// The integer code Terra uses for this value.
            pub fn code(self) -> i32 {
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
            pub fn from_code(code: i32) -> Self {
                match code {
                    $($code => Self::$variant,)*
                    other => Self::Unrecognized(other),
                }
            }
        }

        impl From<i32> for $name {
            fn from(code: i32) -> Self {
                Self::from_code(code)
            }
        }

        impl From<$name> for i32 {
            fn from(v: $name) -> i32 {
                v.code()
            }
        }

        impl From<$name> for i64 {
            fn from(v: $name) -> i64 {
                i64::from(v.code())
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
                s.serialize_i32(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = d.deserialize_i64($crate::models::support::IntVisitor)?;
                i32::try_from(code).map(Self::from_code).map_err(|_| {
                    <D::Error as serde::de::Error>::invalid_value(
                        serde::de::Unexpected::Signed(code),
                        &"an integer code in the i32 range",
                    )
                })
            }
        }

        impl $crate::models::fast::Fast for $name {
            #[inline]
            fn fast(c: &mut $crate::models::fast::Cursor<'_>) -> Option<Self> {
                <i64 as $crate::models::fast::Fast>::fast(c)
                    .and_then(|v| i32::try_from(v).ok())
                    .map(Self::from_code)
            }
        }

        impl $crate::models::tolerant::Scalar for $name {
            const EXPECTED: &'static str = "integer code";
            const EXPECTING: &'static str = "an integer";
            fn from_i64(v: i64) -> Option<Self> {
                i32::try_from(v).ok().map(Self::from_code)
            }
            fn from_u64(v: u64) -> Option<Self> {
                i32::try_from(v).ok().map(Self::from_code)
            }
            fn from_f64(v: f64) -> Option<Self> {
                <i64 as $crate::models::tolerant::Scalar>::from_f64(v).and_then(Self::from_i64)
            }
        }

        $crate::models::tolerant::scalar_fit!($name);

        impl $crate::models::Mismatches for $name {
            fn collect_mismatches(&self, _: &mut String, _: &mut Vec<$crate::models::Mismatch>) {}
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

        impl $crate::models::fast::Fast for $name {
            #[inline]
            fn fast(c: &mut $crate::models::fast::Cursor<'_>) -> Option<Self> {
                c.str().map(Self::from_str_value)
            }
        }

        impl $crate::models::tolerant::Scalar for $name {
            const EXPECTED: &'static str = "string";
            const EXPECTING: &'static str = "a string";
            fn from_str(v: &str) -> Option<Self> {
                Some(Self::from_str_value(v))
            }
        }

        $crate::models::tolerant::scalar_fit!($name);

        impl $crate::models::Mismatches for $name {
            fn collect_mismatches(&self, _: &mut String, _: &mut Vec<$crate::models::Mismatch>) {}
        }
    };
}

// The decode switches live in `crate::decode`, below the models.
pub(crate) use crate::decode::{discard_lists, strict, string_keys, with_lists_discarded};

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
/// `with_string_keys` they are asked for as strings instead, so that
/// wrappers which record keys as strings (`serde_path_to_error`) see them.
/// The lookup is a function item (a zero-sized type), so each struct's
/// table is called directly, and inlined, rather than through a pointer.
pub(crate) struct KeySeed<L>(pub(crate) L);

impl<'de, F, L: Fn(&[u8]) -> Option<F>> de::DeserializeSeed<'de> for KeySeed<L> {
    type Value = Key<F>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<F>, D::Error> {
        if string_keys() {
            d.deserialize_str(self)
        } else {
            d.deserialize_bytes(self)
        }
    }
}

impl<F, L: Fn(&[u8]) -> Option<F>> Visitor<'_> for KeySeed<L> {
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

/// Implements `Deserialize`, tolerant decoding ([`Fit`](super::tolerant::Fit))
/// and the [`Mismatches`](super::Mismatches) report for a struct whose
/// fields are all `Option`s plus an `extra: Extra` map that receives every
/// member the struct does not declare.
///
/// This replaces `#[serde(flatten)]` on the `extra` field when decoding:
/// serde's flatten support first buffers each object (and everything nested
/// in it) into an intermediate tree, which made decoding large payloads
/// several times slower and roughly doubled their transient memory. The
/// `Serialize` side keeps using the derive and its `flatten`, which streams.
///
/// A declared member whose value does not fit the field's type is stored
/// in `extra` under its own key (the field stays `None`), so encoding
/// writes it back where it was and the report finds it there; in a strict
/// decode it is an error instead.
///
/// Syntax: `Name { "json_name" => field, "other" => field2 via func: Type = "expected",
/// "third" => field3 [default], }` where `via func: Type` decodes the member
/// with `func` (a `deserialize_with`-style function returning `Type`, given
/// the member as a JSON value) and `"expected"` names the declared type in
/// reports, and `[default]` marks a field that is not an `Option`, decoded
/// in place with its own [`Fit`](super::tolerant::Fit) (`null` gives its
/// default; the report names its `Fit::EXPECTED`). A
/// declared member that appears twice is an error (`duplicate field`), as
/// with serde's derive: parsers disagree on which copy wins, and a payload
/// must not mean one thing to the code that checks it and another to the
/// code that uses it. Repeated undeclared members keep the last value, as in
/// `serde_json::Value`.
macro_rules! object_deserialize {
    ($name:ident { $($json:literal => $field:ident $([$mode:ident])? $(via $with:path : $wty:ty = $exp:literal)?),* $(,)? }) => {
        const _: () = {
            #[allow(non_camel_case_types)]
            #[derive(Clone, Copy)]
            enum Field { $($field,)* }
            const _: () = assert!([$($json),*].len() <= 256, "too many fields for the seen-set");
            #[inline]
            fn lookup(key: &[u8]) -> Option<Field> {
                $(if key == $json.as_bytes() {
                    return Some(Field::$field);
                })*
                None
            }
            $crate::models::fast::object_fast!($name, lookup, Field { $($json => $field $(via $with)?),* });
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
                                $crate::models::support::object_deserialize!(@value map out $json $field $([$mode])? $($with : $wty)?);
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
            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    d.deserialize_map(V)
                }
            }
            impl $crate::models::tolerant::Fit for $name {
                const EXPECTED: &'static str = "object";
                fn fit<'de, D: serde::Deserializer<'de>>(
                    d: D,
                ) -> Result<$crate::models::tolerant::Fitted<Self>, D::Error> {
                    d.deserialize_any($crate::models::tolerant::ContainerVisitor::map(V))
                }
            }
            impl $crate::models::Mismatches for $name {
                fn collect_mismatches(
                    &self,
                    path: &mut String,
                    out: &mut Vec<$crate::models::Mismatch>,
                ) {
                    $($crate::models::support::object_deserialize!(@walk self path out $json $field $([$mode])? $($exp)?);)*
                }
            }
        };
    };
    (@value $map:ident $out:ident $json:literal $field:ident) => {
        $crate::models::tolerant::fit_field(&mut $map, &mut $out.$field, $json, &mut $out.extra)?
    };
    (@value $map:ident $out:ident $json:literal $field:ident [default]) => {
        $crate::models::tolerant::fit_default_field(&mut $map, &mut $out.$field, $json, &mut $out.extra)?
    };
    (@value $map:ident $out:ident $json:literal $field:ident $with:path : $wty:ty) => {{
        let v: Option<$wty> = $crate::models::tolerant::via_field(
            &mut $map,
            |v: &serde_json::Value| $with(v),
            $json,
            &mut $out.extra,
        )?;
        if let Some(v) = v {
            $out.$field = v;
        }
    }};
    (@walk $self:ident $path:ident $out:ident $json:literal $field:ident) => {
        $crate::models::tolerant::walk_field(&$self.$field, $json, &$self.extra, $path, $out)
    };
    (@walk $self:ident $path:ident $out:ident $json:literal $field:ident [default]) => {
        $crate::models::tolerant::walk_default_field(&$self.$field, $json, &$self.extra, $path, $out)
    };
    (@walk $self:ident $path:ident $out:ident $json:literal $field:ident $exp:literal) => {
        if $self.extra.contains_key($json) {
            $crate::models::tolerant::walk_via($json, $exp, &$self.extra, $path, $out)
        } else {
            // What the hand-written decoder typed can hold misfits of its
            // own (a list of models, each with its extra map).
            let len = $path.len();
            $crate::models::tolerant::push_key($path, $json);
            $crate::models::Mismatches::collect_mismatches(&$self.$field, $path, $out);
            $path.truncate(len);
        }
    };
}
pub(crate) use object_deserialize;

/// Implements `Serialize` for a hand-written answer struct whose list
/// fields are not `Option`s: each declared field in order (an `Option` only
/// when it is `Some`, or always with `always`), except one whose key the
/// `extra` map holds, then `extra`.
///
/// A member that did not fit its field is kept in `extra` under its own
/// key while the field keeps its default; serde's derive would write both,
/// giving the document the same key twice. Here `extra` alone writes it
/// back, where it was.
macro_rules! envelope_serialize {
    ($name:ident { $($json:literal => $field:ident $($always:ident)?),* $(,)? }) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                #[allow(unused_imports)]
                use $crate::models::support::Present as _;
                let mut map = s.serialize_map(None)?;
                $(if $crate::models::support::envelope_serialize!(@present self $field $($always)?)
                    && !self.extra.contains_key($json)
                {
                    map.serialize_entry($json, &self.$field)?;
                })*
                for (k, v) in &self.extra {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    };
    (@present $self:ident $field:ident always) => { true };
    (@present $self:ident $field:ident) => { $self.$field.present() };
}
pub(crate) use envelope_serialize;

/// Whether a field of an answer struct is written when serialising (see
/// `envelope_serialize!`): `Some` options, and lists always.
pub(crate) trait Present {
    fn present(&self) -> bool;
}

impl<T> Present for Option<T> {
    fn present(&self) -> bool {
        self.is_some()
    }
}

impl<T> Present for Vec<T> {
    fn present(&self) -> bool {
        true
    }
}
