//! Property tests: random JSON valid for each schema (absent fields, nulls,
//! unknown enum codes and strings, integers written as floats, unknown extra
//! fields) round-trips through the models without losing a value; and the
//! same with one to three declared scalar leaves replaced by a value of
//! another JSON kind (tolerant decoding keeps and reports exactly those).

mod support;

use proptest::prelude::*;
use serde_json::{Value, json};
use support::gen_json::{Rng, fits_declared, gen_named, mutant, replace_at, value_at};
use support::{MutantCheck, RoundTrip, load_spec, schemas, with_model};
use tryterra_core::models::{DecodeMode, Event, Mismatches};

/// Replaces one to three of the declared scalar leaves recorded while
/// generating `json` (never the event's own `type`) with values of
/// another kind; returns their paths, or `None` when there is no leaf.
fn mutate(json: &mut Value, rng: &mut Rng) -> Option<Vec<String>> {
    let mut leaves: Vec<_> = rng
        .leaves
        .iter()
        .filter(|l| l.path != "type")
        .filter(|l| value_at(json, &l.path).is_some_and(|v| fits_declared(v, l.declared)))
        .cloned()
        .collect();
    leaves.sort_by(|a, b| a.path.cmp(&b.path));
    leaves.dedup_by(|a, b| a.path == b.path);
    if leaves.is_empty() {
        return None;
    }
    let n = 1 + rng.below(3) as usize;
    let mut paths = Vec::new();
    for _ in 0..n.min(leaves.len()) {
        let leaf = leaves.swap_remove(rng.below(leaves.len() as u64) as usize);
        let old = value_at(json, &leaf.path)?.clone();
        let new = mutant(&old, leaf.declared, rng);
        if replace_at(json, &leaf.path, new) {
            paths.push(leaf.path);
        }
    }
    (!paths.is_empty()).then_some(paths)
}

fn spec() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(load_spec)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
    fn every_schema_round_trips(seed in any::<u64>()) {
        let spec = spec();
        let all = schemas(spec);
        let mut rng = Rng::new(seed);
        for name in all.keys() {
            let json = gen_named(all, name, &mut rng, 0);
            match with_model(name, &json, RoundTrip) {
                Some(Ok(_)) => {}
                Some(Err(e)) => prop_assert!(false, "{name}: {e}\ninput: {json}"),
                None => prop_assert!(false, "no model for {name}"),
            }
        }
    }

    #[test]
    #[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
    fn every_schema_keeps_and_reports_mutated_leaves(seed in any::<u64>()) {
        let spec = spec();
        let all = schemas(spec);
        let mut rng = Rng::new(seed);
        let mut mutated_models = 0;
        let (mut in_lists, mut nested) = (0, 0);
        for name in all.keys() {
            rng.leaves.clear();
            let mut json = gen_named(all, name, &mut rng, 0);
            if !json.is_object() || name == "RecordFloat" {
                // Enums and the number map are not models with fields.
                continue;
            }
            let Some(paths) = mutate(&mut json, &mut rng) else { continue };
            in_lists += paths.iter().filter(|p| p.contains('[')).count();
            nested += paths.iter().filter(|p| p.contains('.')).count();
            match with_model(name, &json, MutantCheck { paths: &paths }) {
                Some(Ok(())) => mutated_models += 1,
                Some(Err(e)) => prop_assert!(false, "{name}: {e}\nmutated {paths:?}\ninput: {json}"),
                None => prop_assert!(false, "no model for {name}"),
            }
        }
        prop_assert!(mutated_models > 50, "only {mutated_models} models mutated");
        // The mutations reach list members and nested structs too.
        prop_assert!(in_lists > 0 && nested > 0, "{in_lists} in lists, {nested} nested");
    }

    #[test]
    #[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
    fn event_mutants_decode_with_their_mismatches(seed in any::<u64>(), type_first in any::<bool>()) {
        let spec = spec();
        let all = schemas(spec);
        let mut rng = Rng::new(seed);
        let mut json = gen_named(all, "WebhookEventType", &mut rng, 0);
        let Some(paths) = mutate(&mut json, &mut rng) else { return Ok(()) };
        let bytes = if type_first {
            let Value::Object(mut m) = json.clone() else { unreachable!() };
            let t = m.remove("type").unwrap_or(Value::Null);
            let rest = serde_json::to_vec(&m).unwrap();
            let mut b = format!("{{\"type\":{t}").into_bytes();
            if rest.len() > 2 {
                b.push(b',');
            }
            b.extend_from_slice(&rest[1..]);
            b
        } else {
            serde_json::to_vec(&json).unwrap()
        };
        let event = Event::from_slice(&bytes);
        prop_assert!(event.is_ok(), "{:?}\n{json}", event.err());
        let event = event.unwrap();
        // The plain Deserialize impl (streaming or buffering) agrees.
        let generic: Event = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&generic, &event);
        let mut reported: Vec<String> = event.mismatches().into_iter().map(|m| m.path).collect();
        reported.sort();
        let mut expected = paths.clone();
        expected.sort();
        prop_assert_eq!(reported, expected, "{}", json);
        let enc = serde_json::to_value(&event).unwrap();
        let kept = support::preserved(&json, &enc, "$");
        prop_assert!(kept.is_ok(), "{:?}", kept);
        let again: Event = serde_json::from_value(enc).unwrap();
        prop_assert_eq!(&again, &event);
        let strict = Event::from_slice_with(&bytes, DecodeMode::Strict);
        match strict {
            Err(tryterra_core::Error::Decode(d)) => {
                prop_assert!(paths.contains(&d.path), "{} not in {:?}", d.path, paths)
            }
            other => prop_assert!(false, "strict: {:?}", other.map(|e| e.type_str().map(str::to_owned))),
        }
    }

    #[test]
    #[ignore = "needs the pinned spec; run by scripts/spec-tests.sh (cargo test -p xtask -- --ignored)"]
    fn events_round_trip(seed in any::<u64>(), type_first in any::<bool>()) {
        let spec = spec();
        let all = schemas(spec);
        let mut rng = Rng::new(seed);
        let mut json = gen_named(all, "WebhookEventType", &mut rng, 0);
        // Also the events without a payload schema, and unknown types.
        match rng.below(6) {
            0 => json = json!({"type": "healthcheck", "status": "ok", "extra": [1, 2.5]}),
            1 => json = json!({"type": "rate_limit_hit", "user": {"user_id": "u", "provider": "FITBIT"}}),
            2 => json = json!({"type": format!("brand_new_{}", rng.below(9)), "data": {"a": 1}}),
            _ => {}
        }
        if !type_first {
            // Move `type` to the end to exercise the buffering path.
            if let Value::Object(m) = &mut json
                && let Some(t) = m.remove("type")
            {
                m.insert("type".into(), t);
            }
        }
        let bytes = serde_json::to_vec(&json).unwrap();
        let event = Event::from_slice(&bytes);
        prop_assert!(event.is_ok(), "{:?}\n{json}", event.err());
        let event = event.unwrap();
        // The plain Deserialize impl (streaming or buffering) agrees.
        let generic: Event = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&generic, &event);
        prop_assert_eq!(event.type_str(), json["type"].as_str());
        let enc = serde_json::to_value(&event).unwrap();
        let reread: Value = serde_json::from_slice(&bytes).unwrap();
        let kept = support::preserved(&reread, &enc, "$");
        prop_assert!(kept.is_ok(), "{:?}", kept);
        let again: Event = serde_json::from_value(enc).unwrap();
        prop_assert_eq!(again, event);
    }
}
