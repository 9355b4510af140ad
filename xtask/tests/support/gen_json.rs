//! Builds random JSON that is valid for a schema of the spec: optional
//! fields absent or null, known and unknown enum codes, integers written as
//! floats, odd timestamps, and unknown extra fields.

use serde_json::{Map, Value, json};

/// A small deterministic PRNG (xorshift64*), seeded by proptest. It also
/// records, while a value is generated, the JSON path of every scalar leaf
/// whose type the schema declares (see [`Leaf`]).
pub struct Rng {
    state: u64,
    /// The JSON path of the value being generated, in the SDK's report
    /// format (`data[0].metadata.type`).
    path: String,
    /// The declared scalar leaves generated so far.
    pub leaves: Vec<Leaf>,
    /// Above zero while generating under a union of several types (the
    /// model holds those as untyped JSON, so nothing there is declared).
    mute: u32,
}

/// The declared JSON type of a generated scalar leaf.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Declared {
    /// `type: number`.
    Number,
    /// `type: integer`.
    Integer,
    /// `type: boolean`.
    Boolean,
    /// `type: string` (dates and times included).
    String,
    /// An enum of integer codes.
    IntCode,
    /// An enum of strings.
    StrCode,
    /// A `prefixItems` pair of numbers (a position's coordinates), which
    /// the SDK decodes as one value.
    Pair,
}

/// One declared scalar leaf of a generated value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// Its JSON path.
    pub path: String,
    /// Its declared type.
    pub declared: Declared,
}

impl Rng {
    /// A generator from a seed (any value, zero included).
    pub fn new(seed: u64) -> Self {
        Self {
            state: seed ^ 0x9E37_79B9_7F4A_7C15 | 1,
            path: String::new(),
            leaves: Vec::new(),
            mute: 0,
        }
    }
    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn record(&mut self, declared: Declared) {
        if self.mute == 0 && !self.path.is_empty() {
            self.leaves.push(Leaf {
                path: self.path.clone(),
                declared,
            });
        }
    }
    /// Runs `f` with `key` appended to the path.
    fn at_key<R>(&mut self, key: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(key);
        let r = f(self);
        self.path.truncate(len);
        r
    }
    /// Runs `f` with `[i]` appended to the path.
    fn at_index<R>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> R) -> R {
        let len = self.path.len();
        self.path.push_str(&format!("[{i}]"));
        let r = f(self);
        self.path.truncate(len);
        r
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

/// Date-times of every shape a `Timestamp` holds.
const DATE_TIMES: &[&str] = &[
    "2022-10-28T10:00:00.000000+01:00",
    "2026-04-22T11:00:00Z",
    "2022-10-28T10:00:00",
    "2022-10-28T10:00:00.123+05:30",
    "2022-12-12T14:03:05.000000-05:00",
    "1969-12-31T23:59:59.5-00:00",
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
        let non_null = any
            .iter()
            .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
            .count();
        // A union of event payloads is the typed `Event`; other unions of
        // several types are untyped JSON in the models.
        let events = any.iter().all(|a| a.get("$ref").is_some());
        let mute = u32::from(non_null > 1 && !events);
        rng.mute += mute;
        let v = gen_value(schemas, &alt, rng, depth);
        rng.mute -= mute;
        return v;
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
            rng.record(Declared::String);
            // The member's name, as the generator sees it.
            let field = rng.path.rsplit('.').next().unwrap_or_default();
            let field = field.split('[').next().unwrap_or_default();
            let format = schema.get("format").and_then(Value::as_str);
            let fixed = schema.get("const").is_some() || schema.get("enum").is_some();
            if xtask::string_type_of(field, format, fixed) == "Timestamp" {
                // A date-time field holds a date-time the SDK can pack;
                // any other string there is a value that does not fit.
                json!(rng.pick(DATE_TIMES))
            } else if format.is_some() || rng.chance(30) {
                json!(rng.pick(TIMES))
            } else {
                json!(rng.pick(STRINGS))
            }
        }
        "number" => {
            rng.record(Declared::Number);
            gen_number(rng)
        }
        "integer" => {
            rng.record(Declared::Integer);
            let n = rng.below(2_000_000) as i64 - 1_000_000;
            if rng.chance(20) {
                json!(n as f64)
            } else {
                json!(n)
            }
        }
        "boolean" => {
            rng.record(Declared::Boolean);
            json!(rng.chance(50))
        }
        "array" => {
            if let Some(prefix) = schema.get("prefixItems").and_then(Value::as_array) {
                rng.record(Declared::Pair);
                rng.mute += 1;
                let pair = Value::Array(
                    prefix
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            if rng.chance(20) {
                                Value::Null
                            } else {
                                rng.at_index(i, |rng| gen_value(schemas, p, rng, depth + 1))
                            }
                        })
                        .collect(),
                );
                rng.mute -= 1;
                return pair;
            }
            let n = if depth > 6 { 0 } else { rng.below(4) };
            let items = schema.get("items").cloned().unwrap_or(Value::Null);
            Value::Array(
                (0..n as usize)
                    .map(|i| rng.at_index(i, |rng| gen_value(schemas, &items, rng, depth + 1)))
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
    rng.record(if known.is_number() {
        Declared::IntCode
    } else {
        Declared::StrCode
    });
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
                let v = rng.at_key(k, |rng| gen_value(schemas, p, rng, depth + 1));
                obj.insert(k.clone(), v);
            }
        }
    }
    if let Some(values) = schema.get("unevaluatedProperties") {
        for i in 0..rng.below(4) {
            let key = format!("metric_{i}");
            let v = rng.at_key(&key, |rng| gen_value(schemas, values, rng, depth + 1));
            obj.insert(key, v);
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

/// Replaces the leaf at `path` (in the SDK's path format) of `v` with
/// `new`; `false` when there is no such leaf.
pub fn replace_at(v: &mut Value, path: &str, new: Value) -> bool {
    let mut cur = v;
    for seg in split_path(path) {
        let next = match seg {
            Seg::Key(k) => cur.get_mut(k),
            Seg::Index(i) => cur.get_mut(i),
        };
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
    *cur = new;
    true
}

/// The value at `path` of `v`.
pub fn value_at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for seg in split_path(path) {
        cur = match seg {
            Seg::Key(k) => cur.get(k)?,
            Seg::Index(i) => cur.get(i)?,
        };
    }
    Some(cur)
}

enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `a.b[2].c` into its segments (keys of the spec hold no `.` or `[`).
fn split_path(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            if let Ok(i) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Index(i));
            }
        }
    }
    out
}

/// Whether `v` is a value of the declared type (so that a leaf recorded
/// for it was not overwritten by a later `allOf` part).
pub fn fits_declared(v: &Value, declared: Declared) -> bool {
    match declared {
        Declared::Number => v.is_number(),
        Declared::Integer | Declared::IntCode => v.as_f64().is_some_and(|f| f.fract() == 0.0),
        Declared::Boolean => v.is_boolean(),
        Declared::String | Declared::StrCode => v.is_string(),
        Declared::Pair => v
            .as_array()
            .is_some_and(|a| a.len() == 2 && a.iter().all(|m| m.is_number() || m.is_null())),
    }
}

/// A value of another JSON kind for a leaf of type `declared`, from the
/// issue's list: number <-> string, integer -> 1.5, boolean -> "true",
/// string -> object, number -> array.
pub fn mutant(old: &Value, declared: Declared, rng: &mut Rng) -> Value {
    let text = match old {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match declared {
        Declared::Number => {
            if rng.chance(50) {
                json!(text)
            } else {
                json!([old.clone()])
            }
        }
        Declared::Integer | Declared::IntCode => match rng.below(3) {
            0 => json!(1.5),
            1 => json!(old.as_f64().unwrap_or(1.0) + 0.1),
            _ => json!(text),
        },
        Declared::Boolean => json!(text),
        Declared::Pair => {
            if rng.chance(50) {
                json!(text)
            } else {
                json!([old.clone()])
            }
        }
        Declared::String | Declared::StrCode => {
            if rng.chance(50) {
                json!({ "text": text })
            } else {
                json!(text.len())
            }
        }
    }
}
