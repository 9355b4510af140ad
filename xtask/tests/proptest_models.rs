//! Property test: random JSON valid for each schema (absent fields, nulls,
//! unknown enum codes and strings, integers written as floats, unknown extra
//! fields) round-trips through the models without losing a value.

mod support;

use proptest::prelude::*;
use serde_json::{Value, json};
use support::gen_json::{Rng, gen_named};
use support::{RoundTrip, load_spec, schemas, with_model};
use tryterra_core::models::Event;

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
