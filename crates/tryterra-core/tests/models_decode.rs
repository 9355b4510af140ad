//! Decoding the models: JSON paths in errors, tolerance, lossless unknown
//! fields, limits on hostile input.

use serde_json::{Value, json};
use tryterra_core::Error;
use tryterra_core::models::{
    Activity, ActivityEvent, ActivityType, DateString, Event, GenericEvent, GlucoseData,
    PositionSample, TerraUser, Timestamp,
};
use tryterra_core::models::{DecodeMode, Mismatches};
use tryterra_core::operation::{decode_json, decode_json_with};

/// The error of a strict decode (a tolerant one fails only on syntax and
/// top-level shape).
fn decode_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    body: &[u8],
) -> tryterra_core::DecodeError {
    match decode_json_with::<T>(None, body, DecodeMode::Strict) {
        Err(Error::Decode(e)) => *e,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

fn activity_event(avg_hr: Value) -> Value {
    json!({
        "type": "activity",
        "user": {"user_id": "u1", "provider": "GARMIN", "scopes": "activity:read, sleep:read"},
        "version": "2022-03-16",
        "data": [{
            "metadata": {"type": 8, "upload_type": 1, "summary_id": "s1",
                         "start_time": "2022-10-28T10:00:00.000000+01:00",
                         "end_time": "2022-10-28T11:00:00.000000+01:00"},
            "heart_rate_data": {"summary": {"avg_hr_bpm": avg_hr, "max_hr_bpm": 170}}
        }]
    })
}

#[test]
fn wrong_type_names_the_json_path() {
    let body = serde_json::to_vec(&activity_event(json!("fast"))).unwrap();
    let e = decode_err::<ActivityEvent>(&body);
    assert_eq!(e.path, "data[0].heart_rate_data.summary.avg_hr_bpm");
    assert!(e.message.contains("invalid type"), "{}", e.message);
    // Through the Event enum too: `json!` sorts keys, so `data` comes
    // before `type` here; `Event::from_slice_with` still finds the path.
    let Err(Error::Decode(e)) = Event::from_slice_with(&body, DecodeMode::Strict) else {
        panic!("expected a decode error")
    };
    assert_eq!(e.path, "data[0].heart_rate_data.summary.avg_hr_bpm");
    // With `type` first, the plain Deserialize impl streams and keeps paths.
    let text = String::from_utf8(body).unwrap();
    let reordered = format!(
        r#"{{"type":"activity",{}"#,
        text.trim_start_matches('{')
            .replace(r#""type":"activity","#, "")
    );
    let e = decode_err::<Event>(reordered.as_bytes());
    assert_eq!(e.path, "data[0].heart_rate_data.summary.avg_hr_bpm");
    // The tolerant decode (the default) keeps the value and reports it.
    for bytes in [text.as_bytes(), reordered.as_bytes()] {
        let event = Event::from_slice(bytes).unwrap();
        let report = event.mismatches();
        assert_eq!(report.len(), 1, "{report:?}");
        assert_eq!(
            report[0].to_string(),
            "data[0].heart_rate_data.summary.avg_hr_bpm: expected number, found string"
        );
        let out = serde_json::to_value(&event).unwrap();
        assert_eq!(
            out["data"][0]["heart_rate_data"]["summary"]["avg_hr_bpm"],
            "fast"
        );
        assert_eq!(
            out["data"][0]["heart_rate_data"]["summary"]["max_hr_bpm"],
            170.0
        );
    }
}

#[test]
fn typed_event_decodes_and_keeps_unknown_fields() {
    let mut v = activity_event(json!(141.5));
    v["terra_reference"] = json!("ref-123");
    v["data"][0]["metadata"]["brand_new_field"] = json!({"x": [1, 2]});
    let body = serde_json::to_vec(&v).unwrap();
    let event = Event::from_slice(&body).unwrap();
    let Event::Activity(a) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(a.extra["terra_reference"], json!("ref-123"));
    let data = a.data.as_ref().unwrap();
    let meta = data[0].metadata.as_ref().unwrap();
    assert_eq!(meta.r#type, Some(ActivityType::Running));
    assert_eq!(
        meta.start_time.as_ref().unwrap().offset_seconds(),
        Some(3600)
    );
    assert_eq!(meta.extra["brand_new_field"], json!({"x": [1, 2]}));
    let hr = data[0]
        .heart_rate_data
        .as_ref()
        .unwrap()
        .summary
        .as_ref()
        .unwrap();
    assert_eq!(hr.avg_hr_bpm, Some(141.5));
    assert_eq!(hr.max_hr_bpm, Some(170.0));
    assert_eq!(event.type_str(), Some("activity"));
    let user = event.user().unwrap();
    assert_eq!(user.scopes_list(), vec!["activity:read", "sleep:read"]);
    // Encoding writes back everything, including the unknown fields.
    let out = serde_json::to_value(&event).unwrap();
    assert_eq!(out["terra_reference"], json!("ref-123"));
    assert_eq!(
        out["data"][0]["metadata"]["brand_new_field"],
        json!({"x": [1, 2]})
    );
    assert_eq!(out["data"][0]["metadata"]["type"], json!(8));
    assert_eq!(
        out["data"][0]["metadata"]["start_time"],
        json!("2022-10-28T10:00:00.000000+01:00")
    );
}

#[test]
fn type_after_payload_and_unknown_types() {
    let body = br#"{"data": [], "user": {"user_id": "u"}, "version": "v", "type": "sleep"}"#;
    let e = Event::from_slice(body).unwrap();
    assert!(matches!(&e, Event::Sleep(s) if s.data.as_deref() == Some(&[][..])));
    let e = Event::from_slice(br#"{"type": "healthcheck", "status": "ok", "n": 1}"#).unwrap();
    let Event::Healthcheck(GenericEvent { status, extra, .. }) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(status.as_deref(), Some("ok"));
    assert_eq!(extra["n"], json!(1));
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"type": "healthcheck", "status": "ok", "n": 1})
    );
    let raw = json!({"type": "future_event", "payload": {"a": [1, null]}});
    let e = Event::from_slice(raw.to_string().as_bytes()).unwrap();
    assert_eq!(e, Event::Unrecognized(raw.clone()));
    assert_eq!(e.type_str(), Some("future_event"));
    assert_eq!(serde_json::to_value(&e).unwrap(), raw);
    let no_type = json!({"hello": 1});
    assert_eq!(
        Event::from_slice(no_type.to_string().as_bytes()).unwrap(),
        Event::Unrecognized(no_type)
    );
    // A known type with a bad body is an error, not Unrecognized.
    let e = decode_err::<Event>(br#"{"type": "deauth", "user": {"user_id": 5}}"#);
    assert_eq!(e.path, "user.user_id");
}

#[test]
fn serialising_a_built_event_writes_its_type() {
    let deauth = tryterra_core::models::DeauthEvent {
        message: Some("bye".into()),
        ..Default::default()
    };
    let v = serde_json::to_value(Event::Deauth(deauth)).unwrap();
    assert_eq!(v, json!({"type": "deauth", "message": "bye"}));
}

#[test]
fn absent_and_null_are_none_and_omitted() {
    let user: TerraUser =
        serde_json::from_str(r#"{"user_id": "u", "reference_id": null}"#).unwrap();
    assert_eq!(user.reference_id, None);
    assert_eq!(user.provider, None);
    assert_eq!(
        serde_json::to_value(&user).unwrap(),
        json!({"user_id": "u"})
    );
    let empty: Activity = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Activity::default());
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
}

#[test]
fn odd_names_and_tuples() {
    let g: GlucoseData = serde_json::from_str(
        r#"{"day_avg_blood_glucose_mg_per_dL": 101.5, "day_avg_blood_glucose_mg_per_dl": 101.0}"#,
    )
    .unwrap();
    assert_eq!(g.day_avg_blood_glucose_mg_per_dl, Some(101.5));
    assert_eq!(g.day_avg_blood_glucose_mg_per_dl_deprecated, Some(101.0));
    let p: PositionSample =
        serde_json::from_str(r#"{"coords_lat_lng_deg": [51.5, null]}"#).unwrap();
    assert_eq!(
        p.coords_lat_lng_deg.unwrap(),
        tryterra_core::models::LatLng::new(51.5, None)
    );
    assert_eq!(
        serde_json::to_value(&p).unwrap(),
        json!({"coords_lat_lng_deg": [51.5, null]})
    );
    let a: Activity =
        serde_json::from_str(r#"{"MET_data": {"num_low_intensity_minutes": 3}}"#).unwrap();
    assert!(a.met_data.is_some());
    assert!(serde_json::to_string(&a).unwrap().contains("\"MET_data\""));
}

#[test]
fn times_are_parsed_and_dates_kept_verbatim() {
    let body =
        r#"{"start_time": "2022-10-28T22:00:00", "end_time": "garbage", "upload_type": 2.0}"#;
    let s: tryterra_core::models::SleepMetadata = serde_json::from_str(body).unwrap();
    let start: &Timestamp = s.start_time.as_ref().unwrap();
    assert!(start.is_local());
    assert_eq!(start.to_unix_seconds(), None);
    assert_eq!(start.to_string(), "2022-10-28T22:00:00");
    // Text that is not a date-time is no timestamp: kept as a mismatch.
    assert_eq!(s.end_time, None);
    assert_eq!(s.extra["end_time"], "garbage");
    assert_eq!(s.upload_type.map(|u| u.code()), Some(2));
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({"start_time": "2022-10-28T22:00:00", "end_time": "garbage", "upload_type": 2})
    );
    let athlete: tryterra_core::models::Athlete =
        serde_json::from_str(r#"{"date_of_birth": "1999-11-23"}"#).unwrap();
    let dob: &DateString = athlete.date_of_birth.as_ref().unwrap();
    assert_eq!(dob.date().map(|d| d.year()), Some(1999));
}

#[test]
fn integer_fields_accept_integral_floats_only() {
    let e: tryterra_core::models::LargeRequestSendingEvent =
        serde_json::from_str(r#"{"expected_payloads": 3.0}"#).unwrap();
    assert_eq!(e.expected_payloads, Some(3));
    let err = decode_err::<tryterra_core::models::LargeRequestSendingEvent>(
        br#"{"expected_payloads": 3.5}"#,
    );
    assert_eq!(err.path, "expected_payloads");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 100_000;
    let mut body = String::from(r#"{"type": "activity", "terra_reference": "#);
    body.push_str(&"[".repeat(depth));
    body.push_str(&"]".repeat(depth));
    body.push('}');
    assert!(decode_json::<Event>(None, body.as_bytes()).is_err());
    assert!(decode_json::<ActivityEvent>(None, body.as_bytes()).is_err());
    assert!(decode_json::<Activity>(None, body.as_bytes()).is_err());
    // Before `type`, the same nesting goes through the buffering path.
    let mut body = String::from(r#"{"x": "#);
    body.push_str(&"{\"a\":".repeat(depth));
    assert!(decode_json::<Event>(None, body.as_bytes()).is_err());
}

#[test]
fn large_payload_decodes() {
    let samples: Vec<Value> = (0..50_000)
        .map(|i| {
            json!({"timestamp": "2022-10-28T10:00:00.000000+01:00", "bpm": 60 + i % 100, "context": i % 3})
        })
        .collect();
    let mut v = activity_event(json!(120));
    v["data"][0]["heart_rate_data"]["detailed"] = json!({"hr_samples": samples});
    let body = serde_json::to_vec(&v).unwrap();
    assert!(body.len() > 3_000_000);
    let e: ActivityEvent = decode_json(None, &body).unwrap();
    let detailed = e.data.unwrap()[0]
        .heart_rate_data
        .clone()
        .unwrap()
        .detailed
        .unwrap();
    assert_eq!(detailed.hr_samples.unwrap().len(), 50_000);
    // Truncated input is an error.
    assert!(decode_json::<ActivityEvent>(None, &body[..body.len() / 2]).is_err());
}

#[test]
fn object_keys_decode_like_a_json_object() {
    // An escaped key still names its field; unknown keys (escaped or not)
    // land in `extra` unescaped, the last of repeated ones winning as in
    // `serde_json::Value`; a repeated declared field is an error, as with
    // serde's derive (even when one copy is escaped).
    let body = br#"{"bp\u006d": 60, "n\u00e9w": 1, "context": 0, "n\u00e9w": 2}"#;
    let s: tryterra_core::models::HeartRateDataSample = serde_json::from_slice(body).unwrap();
    assert_eq!(s.bpm, Some(60.0));
    assert_eq!(s.extra.get("n\u{e9}w"), Some(&json!(2)));
    assert_eq!(s.extra.len(), 1);
    let dup = br#"{"bp\u006d": 60, "bpm": 61}"#;
    let e = decode_err::<tryterra_core::models::HeartRateDataSample>(dup);
    assert!(e.message.contains("duplicate field `bpm`"), "{}", e.message);
    // The webhook that found this: a second `type` must not change what a
    // decoded event says it is.
    let twice = br#"{"type":"healthcheck","type":"healccess"}"#;
    assert!(Event::from_slice(twice).is_err());
    assert!(serde_json::from_slice::<Event>(twice).is_err());
    let inline = br#"{"data": [], "data": [{}]}"#;
    let op = tryterra_core::ops::GetActivity::new(
        "u",
        tryterra_core::dates::CalendarDate::new(2022, 1, 1).unwrap(),
    );
    let e = tryterra_core::Operation::parse_response(&op, http::Response::new(&inline[..]));
    assert!(matches!(e, Err(Error::Decode(_))), "{e:?}");
    // The same through a reader (keys are copied, not borrowed) and through
    // a `Value` (keys arrive as owned strings).
    let r: tryterra_core::models::HeartRateDataSample = serde_json::from_reader(&body[..]).unwrap();
    assert_eq!(r, s);
    let v: Value = serde_json::from_slice(body).unwrap();
    let from_value: tryterra_core::models::HeartRateDataSample = serde_json::from_value(v).unwrap();
    assert_eq!(from_value, s);
    // Keys that are not valid UTF-8 are refused, with or without path
    // tracking.
    let bad = b"{\"x\xff\": 1}";
    assert!(serde_json::from_slice::<tryterra_core::models::HeartRateDataSample>(bad).is_err());
    let e = decode_err::<tryterra_core::models::HeartRateDataSample>(bad);
    assert!(!e.message.is_empty());
    // Not an object at all.
    let e = decode_err::<tryterra_core::models::HeartRateDataSample>(b"[1, 2]");
    assert!(e.message.contains("HeartRateDataSample"), "{}", e.message);
}

#[test]
fn plain_serde_decodes_tolerantly() {
    // The `Deserialize` impls are the tolerant decode: any serde entry
    // point (here `serde_path_to_error`) accepts the mistyped value.
    let body = serde_json::to_vec(&activity_event(json!("fast"))).unwrap();
    let mut de = serde_json::Deserializer::from_slice(&body);
    let e: ActivityEvent = serde_path_to_error::deserialize(&mut de).unwrap();
    assert_eq!(
        e.mismatches()[0].path,
        "data[0].heart_rate_data.summary.avg_hr_bpm"
    );
}

#[test]
fn validate_agrees_with_decoding() {
    use tryterra_core::models::validate;
    const STRICT: DecodeMode = DecodeMode::Strict;

    let mut event = activity_event(json!(150));
    event["data"][0]["heart_rate_data"]["detailed"] = json!({
        "hr_samples": [{"bpm": 61, "timestamp": "2022-10-28T10:00:00Z"},
                       {"bpm": 62, "timestamp": "2022-10-28T10:00:01Z"}]
    });
    event["data"][0]["distance_data"] = json!({"detailed": {"distance_samples": null}});
    let good = serde_json::to_vec(&event).unwrap();
    assert!(validate::<Event>(&good, STRICT).unwrap().is_empty());
    assert!(validate::<ActivityEvent>(&good, STRICT).unwrap().is_empty());
    assert!(
        validate::<ActivityEvent>(&good, DecodeMode::Tolerant)
            .unwrap()
            .is_empty()
    );

    // Decoding for real, after validating, keeps the lists.
    let full: ActivityEvent = serde_json::from_slice(&good).unwrap();
    let samples = full.data.unwrap()[0]
        .heart_rate_data
        .as_ref()
        .and_then(|h| h.detailed.as_ref())
        .and_then(|d| d.hr_samples.clone())
        .unwrap();
    assert_eq!(samples.len(), 2);

    // Lenient integer lists are lists like the others.
    type Step = tryterra_core::models::PlannedWorkoutDetailsStep;
    assert!(
        validate::<Step>(
            br#"{"equipment_type": [1, 2.0], "stroke_type": 3.0}"#,
            STRICT
        )
        .unwrap()
        .is_empty()
    );
    let odd = br#"{"equipment_type": [1, 2.5]}"#;
    assert!(validate::<Step>(odd, STRICT).is_err());
    let report = validate::<Step>(odd, DecodeMode::Tolerant).unwrap();
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].path, "equipment_type[1]");

    // A bad member anywhere fails with the same error and path as decoding.
    let mut bad_sample = event.clone();
    bad_sample["data"][0]["heart_rate_data"]["detailed"]["hr_samples"][1]["bpm"] = json!("x");
    let mut not_a_list = event.clone();
    not_a_list["data"][0]["heart_rate_data"]["detailed"]["hr_samples"] = json!({"bpm": 1});
    let mut bad_second = event.clone();
    bad_second["data"]
        .as_array_mut()
        .unwrap()
        .push(json!({"metadata": {"type": "run"}}));
    for (case, path) in [
        (
            bad_sample,
            "data[0].heart_rate_data.detailed.hr_samples[1].bpm",
        ),
        (not_a_list, "data[0].heart_rate_data.detailed.hr_samples"),
        (bad_second, "data[1].metadata.type"),
    ] {
        let body = serde_json::to_vec(&case).unwrap();
        assert_eq!(
            decode_json_with::<Event>(None, &body, STRICT)
                .unwrap_err()
                .to_string(),
            validate::<Event>(&body, STRICT).unwrap_err().to_string()
        );
        // (`json!` sorts keys, so `type` is not first here and the generic
        // `Event` path cannot name the field; the payload type can.)
        let decoded = decode_json_with::<ActivityEvent>(None, &body, STRICT)
            .unwrap_err()
            .to_string();
        let checked = validate::<ActivityEvent>(&body, STRICT)
            .unwrap_err()
            .to_string();
        assert_eq!(decoded, checked);
        assert!(checked.contains(path), "{checked}");
        // Tolerant validation reports the same path, as decoding does,
        // although it drops the list members that fit.
        let decoded = decode_json::<ActivityEvent>(None, &body)
            .unwrap()
            .mismatches();
        let checked = validate::<ActivityEvent>(&body, DecodeMode::Tolerant).unwrap();
        assert_eq!(decoded, checked);
        assert_eq!(checked.len(), 1);
        assert_eq!(checked[0].path, path);
        assert_eq!(
            Event::validate(&body, DecodeMode::Tolerant).unwrap(),
            checked
        );
    }
    // Syntax errors and trailing bytes too, in both modes.
    for body in [&good[..good.len() - 1], b"{\"type\": \"activity\"} x"] {
        for mode in [STRICT, DecodeMode::Tolerant] {
            assert_eq!(
                decode_json_with::<Event>(None, body, mode)
                    .unwrap_err()
                    .to_string(),
                validate::<Event>(body, mode).unwrap_err().to_string()
            );
        }
    }
}

/// Each kind of odd value the issue lists, alone in an otherwise valid
/// activity: the document decodes, the typed field is `None`, the value
/// is kept at its path, the report names it, and strict decoding refuses.
#[test]
fn odd_values_decode_with_the_expected_mismatches() {
    let cases: &[(&str, Value, &str, &str)] = &[
        ("metadata.type", json!(1.1), "integer code", "number"),
        ("metadata.upload_type", json!("1"), "integer code", "string"),
        (
            "heart_rate_data.summary.avg_hr_bpm",
            json!("ml"),
            "number",
            "string",
        ),
        (
            "heart_rate_data.summary.max_hr_bpm",
            json!("28"),
            "number",
            "string",
        ),
        (
            "heart_rate_data.summary.min_hr_bpm",
            json!([60]),
            "number",
            "array",
        ),
        (
            "distance_data.summary.steps",
            json!(1.5),
            "integer",
            "number",
        ),
        (
            "distance_data.summary.floors_climbed",
            json!(1e30),
            "integer",
            "number",
        ),
        (
            "distance_data.summary.swimming.num_laps",
            json!(u64::MAX),
            "integer",
            "number",
        ),
        ("metadata.name", json!({"en": "Run"}), "string", "object"),
        ("metadata.summary_id", json!(12), "string", "integer"),
        (
            "metadata.start_time",
            json!(false),
            "date-time string",
            "boolean",
        ),
        ("heart_rate_data.summary", json!("n/a"), "object", "string"),
        ("lap_data.laps", json!({"calories": 1}), "array", "object"),
        ("lap_data.laps[1]", json!(7), "object", "integer"),
        ("lap_data.laps[2].calories", json!(null), "", ""),
    ];
    for (path, odd, expected, found) in cases {
        let mut doc = json!({
            "metadata": {"type": 8, "upload_type": 1, "name": "Run", "summary_id": "s",
                         "start_time": "2022-10-28T10:00:00+01:00"},
            "heart_rate_data": {"summary": {"avg_hr_bpm": 140.5, "max_hr_bpm": 170.5,
                                            "min_hr_bpm": 60.5}},
            "distance_data": {"summary": {"steps": 100, "floors_climbed": 3,
                                          "swimming": {"num_laps": 4}}},
            "lap_data": {"laps": [{"calories": 1.5}, {"calories": 2.5}, {"calories": 3.5}]},
        });
        let mut target = &mut doc;
        for seg in path.split('.') {
            let (key, idx) = match seg.split_once('[') {
                Some((k, i)) => (k, Some(i.trim_end_matches(']').parse::<usize>().unwrap())),
                None => (seg, None),
            };
            target = &mut target[key];
            if let Some(i) = idx {
                target = &mut target[i];
            }
        }
        *target = odd.clone();
        let body = serde_json::to_vec(&doc).unwrap();
        let a: Activity = decode_json(None, &body).unwrap_or_else(|e| panic!("{path}: {e}"));
        let report = a.mismatches();
        if expected.is_empty() {
            // `null` is absent, never a mismatch.
            assert_eq!(report, vec![], "{path}");
            continue;
        }
        assert_eq!(report.len(), 1, "{path}: {report:?}");
        assert_eq!(report[0].path, *path);
        assert_eq!(report[0].expected, *expected, "{path}");
        assert_eq!(report[0].found.as_str(), *found, "{path}");
        // The report never carries the value itself.
        assert!(!format!("{:?}", report[0]).contains("ml"));
        // Everything comes back, numbers as numbers.
        let out = serde_json::to_value(&a).unwrap();
        let reread: Value = serde_json::from_slice(&body).unwrap();
        let mut o = &out;
        let mut i = &reread;
        for seg in path.split('.') {
            let (key, idx) = match seg.split_once('[') {
                Some((k, n)) => (k, Some(n.trim_end_matches(']').parse::<usize>().unwrap())),
                None => (seg, None),
            };
            o = &o[key];
            i = &i[key];
            if let Some(n) = idx {
                o = &o[n];
                i = &i[n];
            }
        }
        assert_eq!(o, i, "{path}");
        // The rest stays typed.
        assert_eq!(
            a.metadata
                .as_ref()
                .and_then(|m| m.summary_id.as_deref())
                .is_some(),
            *path != "metadata.summary_id"
        );
        let e = decode_err::<Activity>(&body);
        assert_eq!(e.path, *path);
    }
}

/// The answers written by hand whose lists are not `Option`s: a list that
/// does not fit is written back once, where it was (not next to an empty
/// typed list under the same key), so decode -> encode -> decode holds.
#[test]
fn answer_lists_that_do_not_fit_are_written_back_once() {
    use tryterra_core::models::Mismatches;
    use tryterra_core::ops::{DeleteResponse, Providers, SubscriptionsPage, WriteResponse};

    fn round_trip<T>(input: &str, key: &str)
    where
        T: serde::de::DeserializeOwned
            + serde::Serialize
            + Mismatches
            + PartialEq
            + std::fmt::Debug,
    {
        let v: T = serde_json::from_str(input).unwrap();
        let paths: Vec<String> = v.mismatches().into_iter().map(|m| m.path).collect();
        assert_eq!(paths, [key], "{input}");
        let out = serde_json::to_string(&v).unwrap();
        assert_eq!(out.matches(&format!("\"{key}\":")).count(), 1, "{out}");
        let a: serde_json::Value = serde_json::from_str(input).unwrap();
        let b: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(a, b, "{out}");
        let again: T = serde_json::from_str(&out).unwrap();
        assert_eq!(again, v);
    }
    round_trip::<Providers>(
        r#"{"status":"success","providers":"GARMIN","sdk_providers":["APPLE"]}"#,
        "providers",
    );
    round_trip::<SubscriptionsPage>(
        r#"{"next":null,"max_page":1,"results":{"user_id":"u"}}"#,
        "results",
    );
    round_trip::<WriteResponse>(r#"{"log_ids":"one","message":"ok"}"#, "log_ids");
    round_trip::<DeleteResponse>(r#"{"processed_data":7}"#, "processed_data");
    // And the plain case is unchanged: every field written, `next` even when null.
    let page: SubscriptionsPage = serde_json::from_str(r#"{"next":null,"results":[]}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&page).unwrap(),
        r#"{"next":null,"results":[]}"#
    );
}

/// Date-time texts a `Timestamp` cannot hold (another shape, an impossible
/// date, an odd offset, more than six fractional digits) are misfits: kept
/// raw under their key, reported, written back; refused by a strict decode.
#[test]
fn unpackable_timestamps_are_misfits() {
    for text in [
        "2022-10-28 10:00:00",
        "2022-02-30T10:00:00.000000+01:00",
        "2022-10-28T10:00:00.123456789+01:00",
        "2022-10-28T10:00:00+05:17",
        "1850-01-01T00:00:00",
        "",
    ] {
        let body = json!({"metadata": {"start_time": text, "end_time": "2022-10-28T11:00:00Z",
                                        "type": 8, "upload_type": 1}});
        let bytes = serde_json::to_vec(&body).unwrap();
        let a: Activity = serde_json::from_slice(&bytes).unwrap();
        let m = a.metadata.as_ref().unwrap();
        assert_eq!(m.start_time, None, "{text:?}");
        assert_eq!(m.extra["start_time"], text);
        assert_eq!(m.end_time.unwrap().to_unix_seconds(), Some(1_666_954_800));
        let report = a.mismatches();
        assert_eq!(report.len(), 1, "{report:?}");
        assert_eq!(
            report[0].to_string(),
            "metadata.start_time: expected date-time string, found string"
        );
        assert_eq!(serde_json::to_value(&a).unwrap(), body);
        let a2: Activity = decode_json(None, &bytes).unwrap();
        assert_eq!(a2, a);

        let e = decode_err::<Activity>(&bytes);
        assert_eq!(e.path, "metadata.start_time");
        assert!(e.message.contains("invalid value"), "{}", e.message);
        assert!(
            e.message.contains("expected a date-time string"),
            "{}",
            e.message
        );
    }
}

/// A sample whose timestamp does not pack is kept raw under its own key;
/// the list and its other samples stay typed.
#[test]
fn unpackable_timestamp_in_a_list_sample_keeps_the_list_typed() {
    let body = json!({"hr_samples": [
        {"timestamp": "2026-01-01T06:00:00.000000+01:00", "bpm": 142.0},
        {"timestamp": "2026-01-01T06:00:01.0000000+01:00", "bpm": 143.0},
        {"timestamp": "2026-01-01T06:00:02.000000+01:00", "bpm": 144.0}
    ]});
    let bytes = serde_json::to_vec(&body).unwrap();
    let d: tryterra_core::models::HeartRateDataDetailed = serde_json::from_slice(&bytes).unwrap();
    let samples = d.hr_samples.as_ref().unwrap();
    assert_eq!(samples.len(), 3);
    assert!(samples.raw().is_empty());
    assert_eq!(
        samples[0].timestamp.map(|t| t.to_string()).as_deref(),
        Some("2026-01-01T06:00:00.000000+01:00")
    );
    assert_eq!(samples[1].timestamp, None);
    assert_eq!(samples[1].bpm, Some(143.0));
    assert_eq!(
        samples[1].extra["timestamp"],
        "2026-01-01T06:00:01.0000000+01:00"
    );
    assert_eq!(
        samples[2].timestamp.unwrap().to_unix_seconds(),
        Some(1_767_243_602)
    );
    assert_eq!(
        d.mismatches()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["hr_samples[1].timestamp: expected date-time string, found string"]
    );
    assert_eq!(serde_json::to_value(&d).unwrap(), body);
}

#[test]
fn integer_codes_beyond_i32_are_kept_and_reported() {
    use tryterra_core::models::{self, HeartRateContext, HeartRateDataSample};

    // A code that fits is a variant or `Unrecognized`, whatever its value.
    let s: HeartRateDataSample =
        serde_json::from_str(r#"{"bpm": 61, "context": 2147483647}"#).unwrap();
    assert_eq!(s.context, Some(HeartRateContext::Unrecognized(i32::MAX)));
    assert_eq!(
        serde_json::to_value(&s).unwrap()["context"],
        json!(2147483647)
    );

    // One that does not is a value that does not fit: kept, reported, written back.
    let body = br#"{"bpm": 61, "context": 2147483648}"#;
    let s: HeartRateDataSample = models::decode(body, DecodeMode::Tolerant).unwrap();
    assert_eq!(s.context, None);
    assert_eq!(s.extra["context"], json!(2147483648_i64));
    assert_eq!(
        s.mismatches()[0].to_string(),
        "context: expected integer code, found integer"
    );
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({"bpm": 61.0, "context": 2147483648_i64})
    );
    let err = models::decode::<HeartRateDataSample>(body, DecodeMode::Strict).unwrap_err();
    assert!(err.to_string().contains("context"), "{err}");
}

#[test]
fn samples_and_their_optional_codes_are_compact() {
    use std::mem::size_of;
    use tryterra_core::models::{Extra, HeartRateContext, SleepLevel};
    assert_eq!(size_of::<Extra>(), size_of::<usize>());
    assert_eq!(size_of::<Option<HeartRateContext>>(), 8);
    assert_eq!(size_of::<Option<SleepLevel>>(), 8);
    assert_eq!(size_of::<Option<tryterra_core::models::Timestamp>>(), 8);
    // Timestamp, two numbers, a code and `extra`: 40 bytes a sample.
    assert_eq!(size_of::<tryterra_core::models::HeartRateDataSample>(), 40);
    // Timestamp, a coordinate pair in place, a number and `extra`.
    assert_eq!(size_of::<PositionSample>(), 48);
}
