//! [`LatLng`]: a position sample's coordinates, in 16 bytes.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::OptF64;
use super::fast::{Cursor, Fast};
use super::tolerant::{ContainerVisitor, Fit, Fitted, Mismatch, Mismatches};

/// A latitude and a longitude in degrees, as Terra writes the coordinates
/// of a position sample: `[51.5012, -0.1245]`, where either may be `null`.
///
/// A position sample is recorded every second of a workout, so its pair is
/// two 8-byte numbers in place rather than a list on the heap. A JSON value
/// that is not an array of exactly two numbers or `null`s (`[51.5]`,
/// `[51.5, "x"]`, `"51.5,-0.1"`) does not fit: a tolerant decode keeps it
/// verbatim in the sample's `extra` map and reports it, a strict one
/// refuses it.
///
/// ```
/// use tryterra_core::models::{LatLng, Mismatches, PositionSample};
///
/// let s: PositionSample =
///     serde_json::from_str(r#"{"coords_lat_lng_deg": [51.5, null]}"#).unwrap();
/// let at = s.coords_lat_lng_deg.unwrap();
/// assert_eq!(at.lat, Some(51.5));
/// assert_eq!(at.lng, None);
/// assert_eq!(serde_json::to_string(&at).unwrap(), "[51.5,null]");
/// assert_eq!(at, LatLng::new(51.5, None));
///
/// let odd: PositionSample =
///     serde_json::from_str(r#"{"coords_lat_lng_deg": [51.5]}"#).unwrap();
/// assert_eq!(odd.coords_lat_lng_deg, None);
/// assert_eq!(
///     odd.mismatches()[0].to_string(),
///     "coords_lat_lng_deg: expected latitude-longitude pair, found array"
/// );
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct LatLng {
    /// Latitude, in degrees.
    pub lat: OptF64,
    /// Longitude, in degrees.
    pub lng: OptF64,
}

impl LatLng {
    /// The pair `lat`, `lng` (each an `f64`, an `Option<f64>` or an
    /// [`OptF64`]).
    pub fn new(lat: impl Into<OptF64>, lng: impl Into<OptF64>) -> Self {
        Self {
            lat: lat.into(),
            lng: lng.into(),
        }
    }

    /// The pair when both members are numbers.
    pub fn get(self) -> Option<(f64, f64)> {
        Some((self.lat.get()?, self.lng.get()?))
    }

    /// The pair from the members of a JSON array, when they fit.
    fn from_values(items: &[Value]) -> Option<Self> {
        fn one(v: &Value) -> Option<OptF64> {
            match v {
                Value::Null => Some(OptF64::NONE),
                Value::Number(n) => n.as_f64().map(OptF64::some),
                _ => None,
            }
        }
        match items {
            [lat, lng] => Some(Self {
                lat: one(lat)?,
                lng: one(lng)?,
            }),
            _ => None,
        }
    }
}

/// Written as a JSON array of two numbers or `null`s.
impl Serialize for LatLng {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.lat, self.lng).serialize(s)
    }
}

/// Reads an array of exactly two numbers or `null`s.
impl<'de> Deserialize<'de> for LatLng {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (lat, lng) = <(OptF64, OptF64)>::deserialize(d)?;
        Ok(Self { lat, lng })
    }
}

/// Reads the members of an array; the pair when they fit, else the array
/// as JSON (or the strict error).
struct PairVisitor;

impl<'de> Visitor<'de> for PairVisitor {
    type Value = Result<LatLng, Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of two numbers or nulls")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(2);
        while let Some(v) = seq.next_element::<Value>()? {
            items.push(v);
        }
        match LatLng::from_values(&items) {
            Some(pair) => Ok(Ok(pair)),
            None if crate::decode::strict() => {
                Err(de::Error::invalid_value(Unexpected::Seq, &self))
            }
            None => Ok(Err(Value::Array(items))),
        }
    }
}

impl Fit for LatLng {
    const EXPECTED: &'static str = "latitude-longitude pair";
    const LEAF: bool = true;
    fn fit<'de, D: Deserializer<'de>>(d: D) -> Result<Fitted<Self>, D::Error> {
        Ok(
            match d.deserialize_any(ContainerVisitor::seq(PairVisitor))? {
                Fitted::Fit(Ok(pair)) => Fitted::Fit(pair),
                Fitted::Fit(Err(raw)) | Fitted::Misfit(raw) => Fitted::Misfit(raw),
                Fitted::Null => Fitted::Null,
            },
        )
    }
}

impl Fast for LatLng {
    /// `[`, two numbers or `null`s, `]`; anything else goes to serde.
    #[inline]
    fn fast(c: &mut Cursor<'_>) -> Option<Self> {
        c.eat(b'[')?;
        let lat = OptF64::fast(c)?;
        c.eat(b',')?;
        let lng = OptF64::fast(c)?;
        c.eat(b']')?;
        Some(Self { lat, lng })
    }
}

impl Mismatches for LatLng {
    fn collect_mismatches(&self, _: &mut String, _: &mut Vec<Mismatch>) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{self, DecodeMode, PositionSample, fast};

    #[test]
    fn pairs_decode_alike_on_every_path_and_misfits_are_kept() {
        assert_eq!(std::mem::size_of::<Option<LatLng>>(), 24);
        for (body, pair) in [
            (
                &br#"{"coords_lat_lng_deg":[51.5,-0.25]}"#[..],
                Some(LatLng::new(51.5, -0.25)),
            ),
            (
                br#"{"coords_lat_lng_deg":[ null , 7 ]}"#,
                Some(LatLng::new(None, 7.0)),
            ),
            (br#"{"coords_lat_lng_deg":null}"#, None),
        ] {
            let p: PositionSample = serde_json::from_slice(body).unwrap();
            assert_eq!(p.coords_lat_lng_deg, pair);
            assert!(p.fits());
            assert_eq!(fast::decode::<PositionSample>(body).unwrap(), p);
            let strict: PositionSample = models::decode(body, DecodeMode::Strict).unwrap();
            assert_eq!(strict, p);
        }
        for (body, raw) in [
            (
                &br#"{"coords_lat_lng_deg":[51.5]}"#[..],
                serde_json::json!([51.5]),
            ),
            (
                br#"{"coords_lat_lng_deg":[1,2,3]}"#,
                serde_json::json!([1, 2, 3]),
            ),
            (
                br#"{"coords_lat_lng_deg":[51.5,"x"]}"#,
                serde_json::json!([51.5, "x"]),
            ),
            (
                br#"{"coords_lat_lng_deg":"51.5,2"}"#,
                serde_json::json!("51.5,2"),
            ),
        ] {
            let p: PositionSample = serde_json::from_slice(body).unwrap();
            assert_eq!(p.coords_lat_lng_deg, None);
            assert_eq!(p.extra["coords_lat_lng_deg"], raw);
            assert_eq!(p.mismatches().len(), 1);
            assert_eq!(p.mismatches()[0].expected, "latitude-longitude pair");
            assert_eq!(serde_json::to_value(&p).unwrap()["coords_lat_lng_deg"], raw);
            assert!(fast::decode::<PositionSample>(body).is_none());
            let err = models::decode::<PositionSample>(body, DecodeMode::Strict).unwrap_err();
            assert!(err.to_string().contains("coords_lat_lng_deg"), "{err}");
        }
    }
}
