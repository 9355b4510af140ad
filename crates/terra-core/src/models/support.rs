//! Building blocks the generated models use: the enum macros and lenient
//! number decoding.

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

/// Decodes an optional list of integers leniently (`8.0` is `8`).
pub(crate) fn opt_vec_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<i64>>, D::Error> {
    let v: Option<Vec<LenientI64>> = serde::Deserialize::deserialize(d)?;
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
