//! Builds random JSON that is valid for a schema of the spec: optional
//! fields absent or null, known and unknown enum codes, integers written as
//! floats, odd timestamps, and unknown extra fields.

use serde_json::{Map, Value, json};

/// A small deterministic PRNG (xorshift64*), seeded by proptest.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value, zero included).
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const STRINGS: &[&str] = &[
    "",
    "GARMIN",
    "a,b, ,c",
    "ünïcödé ✓",
    "quote \" and \\ backslash",
    "line\nbreak",
    "5a3c2540-7139-44c6-8158-f81196e2cf2e",
];

const TIMES: &[&str] = &[
    "2022-10-28T10:00:00.000000+01:00",
    "2026-04-22T11:00:00Z",
    "2022-10-28T10:00:00",
    "2022-10-28T10:00:00.123+05:30",
    "2022-12-12T14:03:05.000000-05:00",
    "1999-11-23",
    "not a time",
    "",
];

/// Random JSON for the schema `schema` (`schemas` resolves `$ref`s).
pub fn gen_value(schemas: &Map<String, Value>, schema: &Value, rng: &mut Rng, depth: u32) -> Value {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or_default();
        return gen_named(schemas, name, rng, depth);
    }
    if let Some(c) = schema.get("const") {
        return c.clone();
    }
    if let Some(any) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        let consts: Vec<&Value> = any.iter().filter_map(|a| a.get("const")).collect();
        if !consts.is_empty() && consts.len() == any.len() {
            return gen_enum(&consts, rng);
        }
        let alt = rng.pick(any).clone();
        if alt.get("type").and_then(Value::as_str) == Some("null") {
            return Value::Null;
        }
        return gen_value(schemas, &alt, rng, depth);
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let refs: Vec<&Value> = values.iter().collect();
        return gen_enum(&refs, rng);
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        let mut obj = Map::new();
        for part in all {
            if let Value::Object(m) = gen_value(schemas, part, rng, depth) {
                obj.extend(m);
            }
        }
        if let Value::Object(m) = gen_object(schemas, schema, rng, depth) {
            obj.extend(m);
        }
        return Value::Object(obj);
    }
    let ty = match schema.get("type") {
        Some(Value::Array(types)) => {
            let t = rng.pick(types).as_str().unwrap_or("null");
            t.to_owned()
        }
        Some(Value::String(t)) => t.clone(),
        _ => {
            if schema.get("properties").is_some() || schema.get("unevaluatedProperties").is_some() {
                "object".to_owned()
            } else {
                "any".to_owned()
            }
        }
    };
    match ty.as_str() {
        "null" => Value::Null,
        "string" => {
            if schema.get("format").is_some() || rng.chance(30) {
                json!(rng.pick(TIMES))
            } else {
                json!(rng.pick(STRINGS))
            }
        }
        "number" => gen_number(rng),
        "integer" => {
            let n = rng.below(2_000_000) as i64 - 1_000_000;
            if rng.chance(20) {
                json!(n as f64)
            } else {
                json!(n)
            }
        }
        "boolean" => json!(rng.chance(50)),
        "array" => {
            if let Some(prefix) = schema.get("prefixItems").and_then(Value::as_array) {
                return Value::Array(
                    prefix
                        .iter()
                        .map(|p| {
                            if rng.chance(20) {
                                Value::Null
                            } else {
                                gen_value(schemas, p, rng, depth + 1)
                            }
                        })
                        .collect(),
                );
            }
            let n = if depth > 6 { 0 } else { rng.below(4) };
            let items = schema.get("items").cloned().unwrap_or(Value::Null);
            Value::Array(
                (0..n)
                    .map(|_| gen_value(schemas, &items, rng, depth + 1))
                    .collect(),
            )
        }
        "object" => gen_object(schemas, schema, rng, depth),
        _ => gen_any(rng, 0),
    }
}

fn gen_number(rng: &mut Rng) -> Value {
    match rng.below(4) {
        0 => json!(rng.below(300) as i64),
        1 => json!(rng.below(1_000_000) as f64 / 1000.0 - 300.0),
        2 => json!((rng.below(1 << 53) as f64) * 1e-9),
        _ => json!(-(rng.below(100) as f64) - 0.5),
    }
}

fn gen_enum(values: &[&Value], rng: &mut Rng) -> Value {
    let known = (*rng.pick(values)).clone();
    if !rng.chance(20) {
        // Integer codes are sometimes written as floats (`8.0`).
        if let Some(n) = known.as_i64()
            && rng.chance(20)
        {
            return json!(n as f64);
        }
        return known;
    }
    if known.is_number() {
        json!(1000 + rng.below(1000) as i64)
    } else {
        json!(format!("new_value_{}", rng.below(100)))
    }
}

fn gen_any(rng: &mut Rng, depth: u32) -> Value {
    match rng.below(if depth > 2 { 4 } else { 6 }) {
        0 => Value::Null,
        1 => json!(rng.chance(50)),
        2 => gen_number(rng),
        3 => json!(rng.pick(STRINGS)),
        4 => Value::Array((0..rng.below(3)).map(|_| gen_any(rng, depth + 1)).collect()),
        _ => {
            let mut m = Map::new();
            for i in 0..rng.below(3) {
                m.insert(format!("k{i}"), gen_any(rng, depth + 1));
            }
            Value::Object(m)
        }
    }
}

fn gen_object(schemas: &Map<String, Value>, schema: &Value, rng: &mut Rng, depth: u32) -> Value {
    let mut obj = Map::new();
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (k, p) in props {
            let present = required.contains(&k.as_str()) || (depth < 8 && rng.chance(70));
            if present {
                obj.insert(k.clone(), gen_value(schemas, p, rng, depth + 1));
            }
        }
    }
    if let Some(values) = schema.get("unevaluatedProperties") {
        for i in 0..rng.below(4) {
            obj.insert(
                format!("metric_{i}"),
                gen_value(schemas, values, rng, depth + 1),
            );
        }
    } else if rng.chance(30) {
        // A field the spec does not declare (like `terra_reference`).
        obj.insert(format!("x_unknown_{}", rng.below(10)), gen_any(rng, 0));
    }
    Value::Object(obj)
}

/// Random JSON for the component schema `name`.
pub fn gen_named(schemas: &Map<String, Value>, name: &str, rng: &mut Rng, depth: u32) -> Value {
    match schemas.get(name) {
        Some(s) => gen_value(schemas, s, rng, depth),
        None => Value::Null,
    }
}
