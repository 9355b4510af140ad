//! Round trips of the spec's own examples: enum examples, webhook payload
//! examples, and for every object schema an instance built from its
//! properties' examples. Each decodes with no mismatch (see
//! `support::RoundTrip`).

mod support;

use serde_json::{Map, Value};
use support::{RoundTrip, load_spec, schemas, with_model};
use tryterra_core::models::{DecodeMode, Event, Mismatches};

fn round_trip(name: &str, json: &Value) {
    match with_model(name, json, RoundTrip) {
        Some(Ok(_)) => {}
        Some(Err(e)) => panic!("{name}: {e}\ninput: {json}"),
        None => panic!("no model for {name}"),
    }
}

fn examples_of(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(Value::Array(list)) = v.get("examples") {
        out.extend(list.iter().cloned());
    }
    if let Some(e) = v.get("example") {
        out.push(e.clone());
    }
    out
}

#[test]
#[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
fn schema_level_examples_round_trip() {
    let spec = load_spec();
    let mut n = 0;
    for (name, schema) in schemas(&spec) {
        for ex in examples_of(schema) {
            round_trip(name, &ex);
            n += 1;
        }
    }
    assert!(n >= 21, "only {n} schema examples");
}

/// Builds an object from each property's example (first example of each).
fn from_property_examples(schemas: &Map<String, Value>, schema: &Value) -> Option<Value> {
    let mut props: Vec<(String, Value)> = Vec::new();
    let mut collect = |s: &Value| {
        if let Some(p) = s.get("properties").and_then(Value::as_object) {
            for (k, v) in p {
                let mut ex = examples_of(v);
                if ex.is_empty()
                    && let Some(any) = v.get("anyOf").and_then(Value::as_array)
                {
                    for a in any {
                        ex.extend(examples_of(a));
                    }
                }
                if let Some(first) = ex.into_iter().next() {
                    props.retain(|(n, _)| n != k);
                    props.push((k.clone(), first));
                }
            }
        }
    };
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            if let Some(r) = part.get("$ref").and_then(Value::as_str)
                && let Some(base) = schemas.get(r.rsplit('/').next().unwrap_or_default())
            {
                collect(base);
            }
        }
    }
    collect(schema);
    if props.is_empty() {
        None
    } else {
        Some(Value::Object(props.into_iter().collect()))
    }
}

#[test]
#[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
fn property_examples_round_trip() {
    let spec = load_spec();
    let all = schemas(&spec);
    let mut n = 0;
    for (name, schema) in all {
        if let Some(obj) = from_property_examples(all, schema) {
            round_trip(name, &obj);
            n += 1;
        }
    }
    assert!(n > 100, "only {n} schemas with property examples");
}

#[test]
#[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
fn webhook_examples_round_trip_as_events() {
    let spec = load_spec();
    let webhooks = spec["webhooks"].as_object().expect("webhooks");
    let mut seen = Vec::new();
    for (key, hook) in webhooks {
        let content = &hook["post"]["requestBody"]["content"]["application/json"];
        let mut payloads = Vec::new();
        if let Some(e) = content.get("example") {
            payloads.push(e.clone());
        }
        if let Some(Value::Object(named)) = content.get("examples") {
            payloads.extend(named.values().filter_map(|e| e.get("value").cloned()));
        }
        assert!(!payloads.is_empty(), "webhook {key} has no example");
        for p in payloads {
            let ty = p["type"].as_str().expect("example has a type").to_owned();
            let bytes = serde_json::to_vec(&p).unwrap();
            let event = Event::from_slice(&bytes).unwrap_or_else(|e| panic!("{key}: {e}"));
            assert_eq!(event.type_str(), Some(ty.as_str()));
            // Terra's own examples fit the models everywhere, so a strict
            // decode accepts them too.
            assert_eq!(event.mismatches(), vec![], "{key}");
            Event::from_slice_with(&bytes, DecodeMode::Strict)
                .unwrap_or_else(|e| panic!("{key}: strict: {e}"));
            assert!(
                !matches!(event, Event::Unrecognized(_)),
                "{key}: example of type {ty} not recognised"
            );
            let enc = serde_json::to_value(&event).unwrap();
            support::preserved(&p, &enc, "$").unwrap_or_else(|e| panic!("{key}: {e}"));
            let again: Event = serde_json::from_value(enc).unwrap();
            assert_eq!(again, event);
            // The same payload through the alias of the union schema.
            round_trip("WebhookEventType", &p);
            seen.push(ty);
        }
    }
    seen.sort();
    assert!(seen.len() >= 19, "{seen:?}");
}

#[test]
fn enum_examples_decode_to_known_variants() {
    use tryterra_core::models::{ActivityType, DeviceDataType, SleepLevel};
    let t: ActivityType = serde_json::from_str("8").unwrap();
    assert_eq!(t, ActivityType::Running);
    assert_eq!(t.title(), "Running");
    assert_eq!(
        serde_json::from_str::<ActivityType>("8.0").unwrap(),
        ActivityType::Running
    );
    assert_eq!(
        serde_json::from_str::<ActivityType>("4").unwrap(),
        ActivityType::Unknown
    );
    let odd: ActivityType = serde_json::from_str("2").unwrap();
    assert_eq!(odd, ActivityType::Unrecognized(2));
    assert_eq!(serde_json::to_string(&odd).unwrap(), "2");
    assert_eq!(ActivityType::from(154).title(), "Physical Therapy");
    assert_eq!(ActivityType::KNOWN.len(), 146);
    assert_eq!(i64::from(SleepLevel::from_code(6)), 6);
    assert!(serde_json::from_str::<ActivityType>("8.5").is_err());
    let d: DeviceDataType = serde_json::from_str("\"STEPS\"").unwrap();
    assert_eq!(d, DeviceDataType::Steps);
    let new: DeviceDataType = serde_json::from_str("\"BLOOD_OXYGEN\"").unwrap();
    assert_eq!(new, DeviceDataType::Unrecognized("BLOOD_OXYGEN".into()));
    assert_eq!(new.as_str(), "BLOOD_OXYGEN");
}
