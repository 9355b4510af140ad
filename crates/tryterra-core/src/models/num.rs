//! [`OptF64`]: the optional `number` fields of the models, in 8 bytes.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The bits that mean "no value": a signalling NaN whose payload spells
/// `NONE` in ASCII. Arithmetic only ever produces quiet NaNs, JSON has no
/// NaN at all, and [`OptF64::some`] stores every NaN as [`f64::NAN`], so
/// no number can take these bits.
const NONE_BITS: u64 = 0x7FF0_4E4F_4E45_0000;

/// An optional `f64` that takes 8 bytes, where `Option<f64>` takes 16.
///
/// The models use it for every optional `number` field, which are most of
/// the members of Terra's sample lists: half the size per field keeps a
/// decoded payload close to the size of its JSON. It behaves like
/// `Option<f64>` everywhere the models are concerned: `null` and an absent
/// member are `None`, `None` is left out when encoding, `Debug` prints
/// `Some(72.0)` or `None`, and serde reads and writes it as it would an
/// `Option<f64>`.
///
/// [`get`](Self::get) gives the `Option<f64>` back; comparisons with an
/// `Option<f64>` work both ways. Any NaN is kept as a NaN (`Some(NaN)`),
/// never confused with `None`.
///
/// ```
/// use tryterra_core::models::{HeartRateDataSample, OptF64};
///
/// let sample: HeartRateDataSample = serde_json::from_str(r#"{"bpm": 142}"#).unwrap();
/// assert_eq!(sample.bpm, Some(142.0));
/// assert_eq!(sample.bpm.get().map(|bpm| bpm / 2.0), Some(71.0));
/// assert!(sample.timer_duration_seconds.is_none());
///
/// let resting = OptF64::some(52.5);
/// assert_eq!(resting.unwrap_or(0.0), 52.5);
/// assert_eq!(format!("{resting:?}"), "Some(52.5)");
/// assert_eq!(OptF64::from(None), OptF64::NONE);
/// assert_eq!(std::mem::size_of::<OptF64>(), 8);
/// ```
#[derive(Clone, Copy)]
pub struct OptF64(u64);

impl OptF64 {
    /// No value.
    pub const NONE: Self = Self(NONE_BITS);

    /// The value `v` (any NaN is stored as [`f64::NAN`]).
    #[inline]
    pub const fn some(v: f64) -> Self {
        if v.is_nan() {
            Self(f64::NAN.to_bits())
        } else {
            Self(v.to_bits())
        }
    }

    /// The value as a standard `Option`.
    #[inline]
    pub const fn get(self) -> Option<f64> {
        if self.0 == NONE_BITS {
            None
        } else {
            Some(f64::from_bits(self.0))
        }
    }

    /// `true` when there is a value.
    #[inline]
    pub const fn is_some(&self) -> bool {
        self.0 != NONE_BITS
    }

    /// `true` when there is no value (the test the models give serde to
    /// leave the field out when encoding).
    #[inline]
    pub const fn is_none(&self) -> bool {
        self.0 == NONE_BITS
    }

    /// The value, or `default` when there is none.
    #[inline]
    pub const fn unwrap_or(self, default: f64) -> f64 {
        match self.get() {
            Some(v) => v,
            None => default,
        }
    }

    /// Takes the value out, leaving `None` in its place.
    #[inline]
    pub fn take(&mut self) -> Option<f64> {
        std::mem::take(self).get()
    }
}

impl Default for OptF64 {
    /// `None`.
    fn default() -> Self {
        Self::NONE
    }
}

impl From<f64> for OptF64 {
    fn from(v: f64) -> Self {
        Self::some(v)
    }
}

impl From<Option<f64>> for OptF64 {
    fn from(v: Option<f64>) -> Self {
        v.map_or(Self::NONE, Self::some)
    }
}

impl From<OptF64> for Option<f64> {
    fn from(v: OptF64) -> Self {
        v.get()
    }
}

/// As `Option<f64>` compares: `None` equals `None`, and NaN equals nothing.
impl PartialEq for OptF64 {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl PartialEq<Option<f64>> for OptF64 {
    fn eq(&self, other: &Option<f64>) -> bool {
        self.get() == *other
    }
}

impl PartialEq<OptF64> for Option<f64> {
    fn eq(&self, other: &OptF64) -> bool {
        *self == other.get()
    }
}

/// As `Option<f64>` orders: `None` before any number.
impl PartialOrd for OptF64 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.get().partial_cmp(&other.get())
    }
}

impl PartialOrd<Option<f64>> for OptF64 {
    fn partial_cmp(&self, other: &Option<f64>) -> Option<Ordering> {
        self.get().partial_cmp(other)
    }
}

impl PartialOrd<OptF64> for Option<f64> {
    fn partial_cmp(&self, other: &OptF64) -> Option<Ordering> {
        self.partial_cmp(&other.get())
    }
}

/// Prints what the `Option<f64>` would: `Some(72.0)` or `None`.
impl fmt::Debug for OptF64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.get(), f)
    }
}

/// Encoded as the `Option<f64>` is.
impl Serialize for OptF64 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.get() {
            Some(v) => s.serialize_some(&v),
            None => s.serialize_none(),
        }
    }
}

/// Decoded as the `Option<f64>` is (`null` is `None`).
impl<'de> Deserialize<'de> for OptF64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<f64>::deserialize(d).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_eight_bytes() {
        assert_eq!(std::mem::size_of::<OptF64>(), 8);
        assert_eq!(std::mem::size_of::<Option<f64>>(), 16);
    }

    #[test]
    fn none_is_a_nan_no_number_takes() {
        assert!(f64::from_bits(NONE_BITS).is_nan());
        assert_ne!(NONE_BITS, f64::NAN.to_bits());
        assert!(OptF64::NONE.is_none());
        assert!(OptF64::default().is_none());
        assert_eq!(OptF64::NONE.get(), None);
        // Every NaN, this very pattern included, is a value.
        for nan in [
            f64::NAN,
            -f64::NAN,
            f64::from_bits(NONE_BITS),
            f64::INFINITY - f64::INFINITY,
            f64::from_bits(0x7FF0_0000_0000_0001),
            f64::from_bits(0xFFF8_0000_0000_1234),
        ] {
            let v = OptF64::some(nan);
            assert!(v.is_some());
            assert!(v.get().unwrap().is_nan());
            assert_eq!(v.get().unwrap().to_bits(), f64::NAN.to_bits());
            // NaN equals nothing, as with `Option<f64>`.
            assert_ne!(v, v);
            assert_ne!(v, OptF64::NONE);
        }
    }

    #[test]
    fn keeps_every_bit_of_a_number() {
        for x in [
            0.0,
            -0.0,
            1.0,
            -72.5,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
        ] {
            let v = OptF64::from(x);
            assert_eq!(v.get().unwrap().to_bits(), x.to_bits(), "{x}");
            assert_eq!(Option::<f64>::from(v), Some(x));
            assert_eq!(v.unwrap_or(7.0).to_bits(), x.to_bits());
        }
        assert_eq!(OptF64::NONE.unwrap_or(7.0), 7.0);
        let mut v = OptF64::some(3.0);
        assert_eq!(v.take(), Some(3.0));
        assert_eq!(v, None);
    }

    #[test]
    fn compares_and_orders_as_option_f64() {
        let samples = [
            None,
            Some(-1.0),
            Some(0.0),
            Some(-0.0),
            Some(2.5),
            Some(f64::NAN),
        ];
        for a in samples {
            for b in samples {
                let (oa, ob) = (OptF64::from(a), OptF64::from(b));
                assert_eq!(oa == ob, a == b, "{a:?} == {b:?}");
                assert_eq!(oa == b, a == b);
                assert_eq!(a == ob, a == b);
                assert_eq!(oa.partial_cmp(&ob), a.partial_cmp(&b), "{a:?} <> {b:?}");
                assert_eq!(oa.partial_cmp(&b), a.partial_cmp(&b));
                assert_eq!(a.partial_cmp(&ob), a.partial_cmp(&b));
            }
        }
        assert_eq!(OptF64::some(63.0), Some(63.0));
        assert_eq!(Some(63.0), OptF64::some(63.0));
        assert_eq!(OptF64::NONE, None);
        assert!(OptF64::NONE < OptF64::some(f64::NEG_INFINITY));
    }

    #[test]
    fn debug_prints_as_option_f64() {
        for v in [
            None,
            Some(72.0),
            Some(-0.0),
            Some(0.1),
            Some(1e21),
            Some(5e-324),
            Some(f64::NAN),
            Some(f64::INFINITY),
        ] {
            let o = OptF64::from(v);
            assert_eq!(format!("{o:?}"), format!("{v:?}"));
            assert_eq!(format!("{o:#?}"), format!("{v:#?}"));
            assert_eq!(format!("{o:.2?}"), format!("{v:.2?}"));
        }
        assert_eq!(format!("{:?}", OptF64::some(72.0)), "Some(72.0)");
        assert_eq!(format!("{:?}", OptF64::NONE), "None");
    }

    #[test]
    fn serde_json_round_trips_as_option_f64() {
        for text in [
            "0",
            "72",
            "-7",
            "18446744073709551615",
            "-9223372036854775808",
            "72.5",
            "-0.0",
            "0.1",
            "1e300",
            "-2.5e-300",
            "5e-324",
            "1.7976931348623157e308",
            "null",
        ] {
            let ours: OptF64 = serde_json::from_str(text).unwrap();
            let theirs: Option<f64> = serde_json::from_str(text).unwrap();
            assert_eq!(
                ours.get().map(f64::to_bits),
                theirs.map(f64::to_bits),
                "{text}"
            );
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&theirs).unwrap(),
                "{text}"
            );
            let back: OptF64 =
                serde_json::from_str(&serde_json::to_string(&ours).unwrap()).unwrap();
            assert_eq!(back.get().map(f64::to_bits), theirs.map(f64::to_bits));
        }
        assert_eq!(serde_json::to_string(&OptF64::some(72.0)).unwrap(), "72.0");
        assert_eq!(serde_json::to_string(&OptF64::some(-0.0)).unwrap(), "-0.0");
        assert_eq!(serde_json::to_string(&OptF64::NONE).unwrap(), "null");
        // A NaN has no JSON form: written as `null`, like `Option<f64>`.
        assert_eq!(
            serde_json::to_string(&OptF64::some(f64::NAN)).unwrap(),
            "null"
        );
        // What `Option<f64>` refuses, this refuses.
        for text in ["\"72\"", "true", "[1]", "{}", "1e400"] {
            assert!(serde_json::from_str::<Option<f64>>(text).is_err(), "{text}");
            assert!(serde_json::from_str::<OptF64>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn model_fields_decode_as_option_f64_did() {
        use crate::models::{
            self, DecodeMode, HeartRateDataSample, Mismatches, PositionSample, fast,
        };
        let body = br#"{"timestamp":"2026-01-01T00:00:00Z","bpm":142,"timer_duration_seconds":12.5,"context":1}"#;
        for sample in [
            models::decode::<HeartRateDataSample>(body, DecodeMode::Tolerant).unwrap(),
            models::decode::<HeartRateDataSample>(body, DecodeMode::Strict).unwrap(),
            fast::decode::<HeartRateDataSample>(body).unwrap(),
        ] {
            assert_eq!(sample.bpm, Some(142.0));
            assert_eq!(sample.timer_duration_seconds.get(), Some(12.5));
            assert!(sample.extra.is_empty());
            assert!(sample.fits());
        }

        // `null` and absent are both `None`, and `None` is not written.
        for body in [&br#"{"bpm":null}"#[..], br#"{}"#] {
            let sample: HeartRateDataSample = serde_json::from_slice(body).unwrap();
            assert!(sample.bpm.is_none());
            assert_eq!(fast::decode::<HeartRateDataSample>(body).unwrap(), sample);
            assert_eq!(serde_json::to_string(&sample).unwrap(), "{}");
        }
        let sample = HeartRateDataSample {
            bpm: 61.0.into(),
            ..Default::default()
        };
        assert_eq!(serde_json::to_string(&sample).unwrap(), r#"{"bpm":61.0}"#);
        assert_eq!(format!("{:?}", sample.bpm), "Some(61.0)");

        // A string where a number is declared: kept and reported, or refused.
        let odd = br#"{"bpm":"142","context":1}"#;
        let sample: HeartRateDataSample = models::decode(odd, DecodeMode::Tolerant).unwrap();
        assert_eq!(sample.bpm, None);
        assert_eq!(sample.extra["bpm"], "142");
        assert_eq!(
            sample.mismatches()[0].to_string(),
            "bpm: expected number, found string"
        );
        assert_eq!(
            serde_json::to_string(&sample).unwrap(),
            r#"{"context":1,"bpm":"142"}"#
        );
        let err = models::decode::<HeartRateDataSample>(odd, DecodeMode::Strict).unwrap_err();
        assert!(err.to_string().contains("`bpm`"), "{err}");
        assert!(fast::decode::<HeartRateDataSample>(odd).is_none());

        // A coordinate pair keeps a `null` member as `None` (the pair's
        // misfits are tested with `LatLng`).
        let body = br#"{"coords_lat_lng_deg":[51.5,null]}"#;
        let p: PositionSample = serde_json::from_slice(body).unwrap();
        let pair = p.coords_lat_lng_deg.unwrap();
        assert_eq!((pair.lat, pair.lng), (Some(51.5).into(), OptF64::NONE));
        assert_eq!(fast::decode::<PositionSample>(body).unwrap(), p);
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"coords_lat_lng_deg":[51.5,null]}"#
        );
    }
}
