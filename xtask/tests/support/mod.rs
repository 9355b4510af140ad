//! Shared helpers of the model tests: spec loading, the schema-to-type
//! dispatch table, the round-trip check and a random JSON generator.
#![allow(dead_code)]

pub mod dispatch;
pub mod gen_json;

use serde_json::Value;

pub use dispatch::{Check, with_model};

/// The spec as JSON. Panics when the file is absent: the tests that call
/// this are `#[ignore]`d (a fresh clone has no spec), and once one is asked
/// to run, a missing spec means it checked nothing, which is a failure.
pub fn load_spec() -> Value {
    let path = xtask::default_spec_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; this test needs the pinned Terra spec \
             (../shared/terra-openapi/v2-bundled.yaml from the repository root, \
             or a path in TERRA_OPENAPI_SPEC)",
            path.display()
        )
    });
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("spec parses as YAML");
    serde_yaml::from_value(yaml).expect("spec converts to JSON")
}

/// The spec's component schemas.
pub fn schemas(spec: &Value) -> &serde_json::Map<String, Value> {
    spec["components"]["schemas"]
        .as_object()
        .expect("components.schemas")
}

/// Checks that every non-null value of `input` is in `output`: numbers
/// equal as numbers, strings byte-equal, arrays element by element. Object
/// members that are `null` in the input may be missing from the output.
pub fn preserved(input: &Value, output: &Value, path: &str) -> Result<(), String> {
    match (input, output) {
        (Value::Null, _) => Ok(()),
        (Value::Object(i), Value::Object(o)) => {
            for (k, v) in i {
                if v.is_null() {
                    continue;
                }
                let Some(ov) = o.get(k) else {
                    return Err(format!("{path}.{k}: missing after encode (input {v})"));
                };
                preserved(v, ov, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        (Value::Array(i), Value::Array(o)) => {
            if i.len() != o.len() {
                return Err(format!(
                    "{path}: array length {} became {}",
                    i.len(),
                    o.len()
                ));
            }
            for (n, (a, b)) in i.iter().zip(o).enumerate() {
                if a.is_null() && !b.is_null() {
                    return Err(format!("{path}[{n}]: null became {b}"));
                }
                preserved(a, b, &format!("{path}[{n}]"))?;
            }
            Ok(())
        }
        (Value::Number(a), Value::Number(b)) => {
            if a.as_f64() == b.as_f64() {
                Ok(())
            } else {
                Err(format!("{path}: number {a} became {b}"))
            }
        }
        (a, b) if a == b => Ok(()),
        (a, b) => Err(format!("{path}: {a} became {b}")),
    }
}

/// Decode, encode, decode again: the two decoded values must be equal and
/// the encoding must keep every non-null input value. Returns the encoding.
pub struct RoundTrip;

impl Check for RoundTrip {
    type Out = Result<Value, String>;
    fn run<T>(self, json: &Value) -> Result<Value, String>
    where
        T: serde::de::DeserializeOwned
            + serde::Serialize
            + PartialEq
            + std::fmt::Debug
            + tryterra_core::models::Mismatches
            + 'static,
    {
        let bytes = serde_json::to_vec(json).map_err(|e| e.to_string())?;
        let a: T = tryterra_core::operation::decode_json(None, &bytes)
            .map_err(|e| format!("decode failed: {e}"))?;
        let enc = serde_json::to_value(&a).map_err(|e| format!("encode failed: {e}"))?;
        let b: T =
            serde_json::from_value(enc.clone()).map_err(|e| format!("re-decode failed: {e}"))?;
        if a != b {
            return Err(format!("re-decoded value differs:\n{a:?}\n{b:?}"));
        }
        // A valid instance fits its model everywhere.
        let report = a.mismatches();
        if !report.is_empty() {
            return Err(format!("mismatches in a valid instance: {report:?}"));
        }
        // Compare with the input as serde_json itself reads it back: its
        // default float parser may differ from the shortest representation
        // by one ulp on long decimals, for `Value` just as for the models.
        let reread: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        preserved(&reread, &enc, "$")?;
        Ok(enc)
    }
}

/// Decodes a mutant (a valid instance with some declared leaves replaced
/// by values of another kind) and checks the promises: the
/// tolerant decode succeeds; re-encoding keeps every input value at its
/// path and decodes to the same value; the mismatches reported are exactly
/// the mutated paths; a strict decode refuses it, naming one of them.
pub struct MutantCheck<'a> {
    /// The mutated paths.
    pub paths: &'a [String],
}

impl Check for MutantCheck<'_> {
    type Out = Result<(), String>;
    fn run<T>(self, json: &Value) -> Result<(), String>
    where
        T: serde::de::DeserializeOwned
            + serde::Serialize
            + PartialEq
            + std::fmt::Debug
            + tryterra_core::models::Mismatches
            + 'static,
    {
        use tryterra_core::models::{DecodeMode, Event};
        let bytes = serde_json::to_vec(json).map_err(|e| e.to_string())?;
        let a: T = tryterra_core::operation::decode_json(None, &bytes)
            .map_err(|e| format!("tolerant decode failed: {e}"))?;
        let enc = serde_json::to_value(&a).map_err(|e| format!("encode failed: {e}"))?;
        let reread: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
        preserved(&reread, &enc, "$")?;
        let b: T =
            serde_json::from_value(enc.clone()).map_err(|e| format!("re-decode failed: {e}"))?;
        if a != b {
            return Err(format!("re-decoded value differs:\n{a:?}\n{b:?}"));
        }
        let mut reported: Vec<String> = a.mismatches().into_iter().map(|m| m.path).collect();
        reported.sort();
        let mut expected = self.paths.to_vec();
        expected.sort();
        if reported != expected {
            return Err(format!("reported {reported:?}, mutated {expected:?}"));
        }
        if b.mismatches() != a.mismatches() {
            return Err("the re-decoded value reports other mismatches".to_owned());
        }
        // Strict: refused, naming a mutated path. Events go through
        // `Event::from_slice_with`, which names fields wherever `type` is.
        let strict = if std::any::TypeId::of::<T>() == std::any::TypeId::of::<Event>() {
            Event::from_slice_with(&bytes, DecodeMode::Strict).map(drop)
        } else {
            tryterra_core::operation::decode_json_with::<T>(None, &bytes, DecodeMode::Strict)
                .map(drop)
        };
        match strict {
            Err(tryterra_core::Error::Decode(d)) if self.paths.contains(&d.path) => Ok(()),
            Err(e) => Err(format!("strict decode failed elsewhere: {e}")),
            Ok(()) => Err("strict decode accepted a mutant".to_owned()),
        }
    }
}
