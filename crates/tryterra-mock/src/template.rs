//! Validation of workout templates (`POST /v2/workouts`) against the rules
//! of the spec's `WorkoutTemplate` schema: required fields, value kinds and
//! the closed string enums. The first fault found is reported with its JSON
//! path.

use serde_json::{Map, Value};

const SPORTS: &[&str] = &[
    "running",
    "cycling",
    "swimming",
    "strength",
    "rowing",
    "yoga",
    "pilates",
    "cardio",
    "trail_running",
    "mountain_biking",
    "backcountry_skiing",
    "hiking",
    "walking",
    "elliptical",
    "stair_climbing",
];
const ENVIRONMENTS: &[&str] = &["indoor", "outdoor", "pool"];
const CONDITIONS: &[&str] = &[
    "time",
    "distance",
    "hr",
    "calories",
    "open",
    "power",
    "reps",
    "hr_percentage",
    "power_percentage",
    "hr_less_than",
    "hr_greater_than",
];
const INTENSITIES: &[&str] = &["rest", "warmup", "cooldown", "recovery", "active"];
const TARGETS: &[&str] = &[
    "speed",
    "heart_rate",
    "open",
    "cadence",
    "power",
    "swim_stroke",
    "speed_lap",
    "heart_rate_lap",
    "pace",
    "heart_rate_threshold_percentage",
    "heart_rate_max_percentage",
];
const CONTROLS: &[&str] = &["grade", "resistance"];
const WEIGHT_UNITS: &[&str] = &["kg", "lbs"];
const STROKES: &[&str] = &[
    "backstroke",
    "breaststroke",
    "drill",
    "butterfly",
    "freestyle",
    "mixed",
    "im",
];
const DRILLS: &[&str] = &["kick", "pull", "drill"];
const EQUIPMENT: &[&str] = &[
    "none",
    "swim_fins",
    "swim_kickboard",
    "swim_paddles",
    "swim_pull_buoy",
    "swim_snorkel",
];

type Check = Result<(), String>;

fn obj<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("`{path}` must be an object"))
}

fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn one_of(v: &Value, path: &str, allowed: &[&str]) -> Check {
    match v {
        Value::String(s) if allowed.contains(&s.as_str()) => Ok(()),
        Value::String(s) => Err(format!(
            "`{path}` is `{s}`, not one of {}",
            allowed.join(", ")
        )),
        _ => Err(format!("`{path}` must be a string")),
    }
}

/// Checks an optional (nullable) member with `check`.
fn optional(
    o: &Map<String, Value>,
    path: &str,
    key: &str,
    check: impl Fn(&Value, &str) -> Check,
) -> Check {
    match o.get(key) {
        None | Some(Value::Null) => Ok(()),
        Some(v) => check(v, &field(path, key)),
    }
}

/// Checks a required, non-null member with `check`.
fn required(
    o: &Map<String, Value>,
    path: &str,
    key: &str,
    check: impl Fn(&Value, &str) -> Check,
) -> Check {
    match o.get(key) {
        Some(v) => check(v, &field(path, key)),
        None => Err(format!("`{}` is required", field(path, key))),
    }
}

fn number(v: &Value, path: &str) -> Check {
    if v.is_number() {
        Ok(())
    } else {
        Err(format!("`{path}` must be a number"))
    }
}

fn string(v: &Value, path: &str) -> Check {
    if v.is_string() {
        Ok(())
    } else {
        Err(format!("`{path}` must be a string"))
    }
}

fn array_of(v: &Value, path: &str, item: impl Fn(&Value, &str) -> Check) -> Check {
    let a = v
        .as_array()
        .ok_or_else(|| format!("`{path}` must be an array"))?;
    a.iter()
        .enumerate()
        .try_for_each(|(i, x)| item(x, &format!("{path}[{i}]")))
}

fn ranged(o: &Map<String, Value>, path: &str) -> Check {
    for key in ["value", "value_low", "value_high"] {
        optional(o, path, key, number)?;
    }
    Ok(())
}

fn condition(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    required(o, path, "type", |v, p| one_of(v, p, CONDITIONS))?;
    ranged(o, path)
}

fn target(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    required(o, path, "target_type", |v, p| one_of(v, p, TARGETS))?;
    ranged(o, path)
}

fn control(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    required(o, path, "type", |v, p| one_of(v, p, CONTROLS))?;
    required(o, path, "value", number)
}

fn strength(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    optional(o, path, "exercise_name", string)?;
    optional(o, path, "weight", number)?;
    optional(o, path, "weight_display_unit", |v, p| {
        one_of(v, p, WEIGHT_UNITS)
    })?;
    optional(o, path, "exercise_category", string)
}

fn swimming(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    optional(o, path, "stroke_type", |v, p| one_of(v, p, STROKES))?;
    optional(o, path, "drill_type", |v, p| one_of(v, p, DRILLS))?;
    optional(o, path, "equipment", |v, p| {
        array_of(v, p, |x, q| one_of(x, q, EQUIPMENT))
    })
}

fn step(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    required(o, path, "completion_condition", condition)?;
    required(o, path, "intensity_type", |v, p| one_of(v, p, INTENSITIES))?;
    optional(o, path, "intensity_targets", |v, p| array_of(v, p, target))?;
    optional(o, path, "notes", string)?;
    optional(o, path, "controls", |v, p| array_of(v, p, control))?;
    optional(o, path, "strength", strength)?;
    optional(o, path, "swimming", swimming)
}

fn block(v: &Value, path: &str) -> Check {
    let o = obj(v, path)?;
    required(o, path, "completion_condition", condition)?;
    required(o, path, "steps", |v, p| array_of(v, p, step))
}

/// Checks a template body; the error names the first faulty field.
pub(crate) fn validate(v: &Value) -> Check {
    let o = v
        .as_object()
        .ok_or_else(|| "request body must be a JSON object".to_owned())?;
    required(o, "", "name", string)?;
    required(o, "", "sport", |v, p| one_of(v, p, SPORTS))?;
    required(o, "", "step_blocks", |v, p| array_of(v, p, block))?;
    optional(o, "", "description", string)?;
    optional(o, "", "environment", |v, p| one_of(v, p, ENVIRONMENTS))?;
    for key in [
        "pool_length_meters",
        "estimated_duration_seconds",
        "estimated_distance_meters",
        "estimated_calories",
    ] {
        optional(o, "", key, number)?;
    }
    optional(o, "", "workout_id", string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn template() -> Value {
        json!({
            "name": "Intervals", "sport": "running", "environment": "outdoor",
            "step_blocks": [{
                "completion_condition": {"type": "reps", "value": 4},
                "steps": [{
                    "completion_condition": {"type": "time", "value": 60},
                    "intensity_type": "active",
                    "intensity_targets": [{"target_type": "heart_rate", "value_low": 150, "value_high": 165}],
                    "controls": [{"type": "grade", "value": 0.02}],
                    "strength": null,
                    "swimming": {"stroke_type": "freestyle", "equipment": ["swim_fins"]}
                }]
            }]
        })
    }

    #[test]
    fn accepts_a_full_template() {
        validate(&template()).unwrap();
        let mut t = template();
        t["environment"] = Value::Null;
        t["description"] = Value::Null;
        validate(&t).unwrap();
    }

    #[test]
    fn refuses_what_the_schema_forbids() {
        type Edit = fn(&mut Value);
        let cases: Vec<(Edit, &str)> = vec![
            (
                |t| t["environment"] = json!(true),
                "`environment` must be a string",
            ),
            (
                |t| t["environment"] = json!("space"),
                "`environment` is `space`",
            ),
            (
                |t| t["step_blocks"][0]["completion_condition"] = json!({"value": 3}),
                "`step_blocks[0].completion_condition.type` is required",
            ),
            (
                |t| {
                    t["step_blocks"][0]["steps"][0]["completion_condition"]["type"] =
                        json!("forever")
                },
                "`step_blocks[0].steps[0].completion_condition.type` is `forever`",
            ),
            (|t| t["sport"] = json!("chess"), "`sport` is `chess`"),
            (
                |t| t["step_blocks"][0]["steps"][0]["intensity_type"] = json!(1),
                "intensity_type` must be a string",
            ),
            (
                |t| t["step_blocks"][0]["steps"][0]["controls"][0] = json!({"type": "grade"}),
                "controls[0].value` is required",
            ),
            (
                |t| t["pool_length_meters"] = json!("25"),
                "`pool_length_meters` must be a number",
            ),
            (
                |t| t["step_blocks"] = json!({}),
                "`step_blocks` must be an array",
            ),
            (
                |t| {
                    t.as_object_mut()
                        .unwrap()
                        .remove("name")
                        .map(drop)
                        .unwrap_or(())
                },
                "`name` is required",
            ),
        ];
        for (edit, needle) in cases {
            let mut t = template();
            edit(&mut t);
            let err = validate(&t).unwrap_err();
            assert!(err.contains(needle), "{err} should contain {needle}");
        }
        assert!(validate(&json!([1])).is_err());
    }
}
