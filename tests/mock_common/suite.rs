//! Every typed client method against tryterra-mock, shared by both transports.
//!
//! `$krate` is the transport crate, `$call` a macro turning a client call
//! into its value (identity for the blocking client, `block_on` for the
//! async one), `$start` a function starting a mock from a builder (the
//! result dereferences to `MockTerra`).

macro_rules! mock_suite {
    ($krate:ident, $call:ident, $start:ident) => {
        use std::time::Duration;

        use tryterra_core::models::Event;
        use tryterra_core::ops::{AuthenticateUser, GenerateWidgetSession, GetActivity, GetSleep};
        use tryterra_core::webhook::Verifier;
        use tryterra_core::{Config, Credentials, Error, RetryPolicy};
        use tryterra_mock::{DEFAULT_WEBHOOK_SECRET, Faults, MockTerra, samples};
        use $krate::Terra;

        use crate::mock_common::*;

        fn policy(attempts: u32) -> RetryPolicy {
            RetryPolicy::default()
                .with_delays(Duration::from_millis(5), Duration::from_millis(20))
                .with_max_attempts(attempts)
        }

        fn client_for(mock: &MockTerra, credentials: Credentials, attempts: u32) -> Terra {
            let config = Config::with_base_url(mock.base_url())
                .expect("loopback base URL")
                .timeout(Duration::from_secs(10))
                .retry(policy(attempts));
            Terra::with_config(credentials, config).expect("client")
        }

        fn client(mock: &MockTerra) -> Terra {
            client_for(mock, mock.credentials(), 3)
        }

        fn user_id(seed: u64) -> String {
            samples::user(seed).user_id.expect("user id")
        }

        #[test]
        fn providers() {
            let mock = $start(MockTerra::builder());
            let terra = client(&mock);
            let got = $call!(terra.list_providers()).unwrap();
            assert_eq!(got.status(), 200);
            for p in ["GARMIN", "FITBIT", "OURA", "POLAR", "WHOOP"] {
                assert!(
                    got.providers.iter().any(|x| x == p),
                    "{p} in {:?}",
                    got.providers
                );
            }
            let detailed = $call!(terra.list_providers_detailed()).unwrap();
            let v = to_json(detailed.value());
            let names: Vec<&str> = v["providers"]
                .as_array()
                .expect("providers")
                .iter()
                .filter_map(|p| p["provider"].as_str())
                .collect();
            assert!(names.contains(&"GARMIN"), "{names:?}");
            // `/integrations` needs no credentials: wrong ones still work.
            let wrong = client_for(&mock, Credentials::new("dev-mock", "wrong-key"), 1);
            assert_eq!(
                $call!(wrong.list_providers()).unwrap().providers,
                got.providers
            );
            assert_eq!(mock.request_count("/v2/integrations"), 2);
        }

        #[test]
        fn list_users_all_and_by_page() {
            let mock = $start(MockTerra::builder().users(11));
            let terra = client(&mock);
            let want: Vec<String> = mock.users().into_iter().map(|u| u.user_id).collect();
            let all = $call!(terra.list_users()).unwrap();
            let got: Vec<String> = all.iter().map(|u| u.user_id.clone().unwrap()).collect();
            assert_eq!(got, want);
            // The same users 4 at a time: pages 0, 1 and 2.
            let mut paged = Vec::new();
            let mut page = 0;
            loop {
                let answer = $call!(terra.list_users_page(page, 4)).unwrap();
                let users = answer.users();
                assert!(users.len() <= 4);
                paged.extend(users.into_iter().cloned());
                match answer.next_page() {
                    Some(next) => {
                        assert_eq!(next, page + 1);
                        page = next;
                    }
                    None => break,
                }
                assert!(page < 10, "pagination does not end");
            }
            assert_eq!(page, 2);
            assert_eq!(paged, all);
            // The mock's seeded users are the sample users (listed by id).
            for user in &all {
                let i: u64 = user.reference_id.as_deref().unwrap()["mock-user-".len()..]
                    .parse()
                    .unwrap();
                assert_eq!(user, &samples::user(i), "user {i}");
            }
            assert_eq!(mock.request_count("/v2/subscriptions"), 4);
        }

        #[test]
        fn user_info_and_the_user_handle() {
            let mock = $start(MockTerra::builder().users(3));
            let terra = client(&mock);
            let id = user_id(1);
            let info = $call!(terra.user_info_by_id(&id)).unwrap();
            assert_eq!(info.users(), vec![&samples::user(1)]);
            let by_ref = $call!(terra.user_info_by_reference("mock-user-2")).unwrap();
            assert_eq!(by_ref.users(), vec![&samples::user(2)]);
            let err = $call!(terra.user_info_by_reference("nobody")).unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(404));

            let user = $call!(terra.from_user_id(&id)).unwrap();
            assert_eq!(user.id(), id);
            assert_eq!(user.terra_user(), Some(&samples::user(1)));
            let start = day(samples::SAMPLE_DATE);
            let end = Some(day_plus(samples::SAMPLE_DATE, 2));
            assert_eq!(
                $call!(user.activity().since(start).until_opt(end)).unwrap().data,
                $call!(terra.activity(&id).since(start).until_opt(end)).unwrap().data
            );
            assert_eq!(
                $call!(user.body().since(start).until_opt(end)).unwrap().data,
                $call!(terra.body(&id).since(start).until_opt(end)).unwrap().data
            );
            assert_eq!(
                $call!(user.daily().since(start).until_opt(end)).unwrap().data,
                $call!(terra.daily(&id).since(start).until_opt(end)).unwrap().data
            );
            assert_eq!($call!(user.sleep().since(start).until_opt(end)).unwrap().data.len(), 3);
            assert_eq!(
                $call!(user.nutrition().since(start).until_opt(end)).unwrap().data,
                $call!(terra.nutrition(&id).since(start).until_opt(end)).unwrap().data
            );
            assert_eq!(
                $call!(user.menstruation().since(start).until_opt(end)).unwrap().data,
                $call!(terra.menstruation(&id).since(start).until_opt(end)).unwrap().data
            );
            assert_eq!(
                $call!(user.athlete()).unwrap().athlete,
                Some(samples::athlete(1))
            );
            let acks = [
                $call!(user.activity().since(start).until_opt(end).to_webhook()).unwrap(),
                $call!(user.body().since(start).until_opt(end).to_webhook()).unwrap(),
                $call!(user.daily().since(start).until_opt(end).to_webhook()).unwrap(),
                $call!(user.sleep().since(start).until_opt(end).to_webhook()).unwrap(),
                $call!(user.nutrition().since(start).until_opt(end).to_webhook()).unwrap(),
                $call!(user.menstruation().since(start).until_opt(end).to_webhook()).unwrap(),
            ];
            let mut references = Vec::new();
            for (ack, kind) in acks.iter().zip(KINDS) {
                assert_eq!(ack.r#type.as_deref(), Some(kind));
                assert_eq!(to_json(&ack.user), to_json(&Some(samples::user(1))));
                references.push(ack.reference.clone().expect("reference"));
            }
            references.sort();
            references.dedup();
            assert_eq!(references.len(), 6, "each request has its own reference");
            assert_eq!(
                $call!(user.deauthenticate()).unwrap().status.as_deref(),
                Some("success")
            );
            let err = $call!(terra.user_info_by_id(&id)).unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
        }

        #[test]
        fn widget_session_and_auth_url_complete_on_the_mock() {
            let receiver = Receiver::start();
            let mock = $start(MockTerra::builder().webhook_url(receiver.url()));
            let terra = client(&mock);
            let verifier = Verifier::new(DEFAULT_WEBHOOK_SECRET);

            let session = $call!(
                terra.generate_widget_session(
                    GenerateWidgetSession::new()
                        .providers(["OURA"])
                        .reference_id("widget-ref")
                )
            )
            .unwrap();
            let session_id = session.session_id.clone().expect("session id");
            assert!(session.url.as_deref().unwrap().ends_with(&session_id));
            assert!($call!(terra.user_info_by_reference("widget-ref")).is_err());
            let created = mock
                .complete(&session_id, None, None)
                .expect("pending session");
            assert_eq!(created.provider, "OURA");
            let found = $call!(terra.user_info_by_reference("widget-ref")).unwrap();
            let found = found.users();
            assert_eq!(found.len(), 1);
            assert_eq!(found[0].user_id.as_deref(), Some(created.user_id.as_str()));
            assert_eq!(found[0].provider.as_deref(), Some("OURA"));

            let link = $call!(terra.generate_authentication_url(
                AuthenticateUser::new("FITBIT").reference_id("link-ref")
            ))
            .unwrap();
            let promised = link.user_id.clone().expect("user id");
            let url = link.auth_url.clone().expect("auth url");
            let created = mock.complete(&url, None, None).expect("pending auth url");
            assert_eq!(created.user_id, promised);
            let info = $call!(terra.user_info_by_id(&promised)).unwrap();
            assert_eq!(info.users()[0].provider.as_deref(), Some("FITBIT"));
            assert_eq!(info.users()[0].reference_id.as_deref(), Some("link-ref"));
            let all = $call!(terra.list_users()).unwrap();
            assert_eq!(all.len(), 2);

            // Both connections were announced by signed `auth` events.
            let hooks = receiver.wait_until(|h| h.len() >= 2);
            assert_eq!(hooks.len(), 2, "{hooks:?}");
            let mut refs = Vec::new();
            for hook in &hooks {
                match hook.verify(&verifier) {
                    Event::Auth(e) => {
                        refs.push(e.user.and_then(|u| u.reference_id).unwrap_or_default())
                    }
                    other => panic!("expected auth, got {other:?}"),
                }
            }
            refs.sort();
            assert_eq!(refs, ["link-ref", "widget-ref"]);
        }

        #[test]
        fn a_week_of_every_kind_inline() {
            let mock = $start(MockTerra::builder().users(2));
            let terra = client(&mock);
            let id = user_id(0);
            let start = day(samples::SAMPLE_DATE);
            let end = Some(day_plus(samples::SAMPLE_DATE, 6));

            // Activity: with samples the week equals the samples' week.
            let detailed = $call!(
                terra.execute(
                    GetActivity::new(&id, start)
                        .end(day_plus(samples::SAMPLE_DATE, 6))
                        .with_samples(true)
                )
            )
            .unwrap();
            assert_eq!(detailed.data, samples::activity_week(0));
            let week = $call!(terra.activity(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(week.r#type.as_deref(), Some("activity"));
            assert_eq!(week.user.as_ref(), Some(&samples::user(0)));
            assert_eq!(week.data.len(), detailed.data.len());
            assert!(!week.data.is_empty());
            for (plain, rich) in week.data.iter().zip(&detailed.data) {
                let (m, rm) = (
                    plain.metadata.as_ref().unwrap(),
                    rich.metadata.as_ref().unwrap(),
                );
                assert_eq!(m.start_time, rm.start_time);
                assert_eq!(m.end_time, rm.end_time);
                assert!(m.start_time.as_ref().unwrap().to_unix_seconds().is_some());
                let d = |a: &tryterra_core::models::Activity| {
                    a.distance_data
                        .as_ref()
                        .and_then(|d| d.summary.as_ref())
                        .and_then(|s| s.distance_meters.get())
                };
                assert_eq!(d(plain), d(rich));
                assert!(d(plain).unwrap() > 0.0);
                let hr = |a: &tryterra_core::models::Activity| {
                    a.heart_rate_data
                        .as_ref()
                        .and_then(|h| h.summary.as_ref())
                        .and_then(|s| s.avg_hr_bpm.get())
                };
                assert_eq!(hr(plain), hr(rich));
                assert!((100.0..200.0).contains(&hr(plain).unwrap()));
                // Samples only when asked for.
                assert!(
                    plain
                        .heart_rate_data
                        .as_ref()
                        .and_then(|h| h.detailed.as_ref())
                        .and_then(|d| d.hr_samples.as_ref())
                        .is_none_or(|s| s.is_empty())
                );
            }

            // Sleep: the first night is the sample night (hypnogram included
            // on request), and the plain week matches it but for the samples.
            let nights = $call!(
                terra.execute(
                    GetSleep::new(&id, start)
                        .end(day_plus(samples::SAMPLE_DATE, 6))
                        .with_samples(true)
                )
            )
            .unwrap();
            assert_eq!(nights.data.len(), 7);
            assert_eq!(nights.data[0], samples::sleep_night(0));
            let plain = $call!(terra.sleep(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(plain.data.len(), 7);
            for (p, r) in plain.data.iter().zip(&nights.data) {
                assert_eq!(p.metadata, r.metadata);
                assert_eq!(p.heart_rate_data, r.heart_rate_data);
                let asleep = |s: &tryterra_core::models::Sleep| {
                    to_json(&s.sleep_durations_data.as_ref().unwrap().asleep)
                };
                assert_eq!(asleep(p), asleep(r));
            }

            // Daily, body, nutrition, menstruation: one record a day, the
            // day's metadata in the user's time zone, real figures.
            let daily = $call!(terra.daily(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(daily.data.len(), 7);
            assert_eq!(daily.data[0].metadata, samples::daily(0).metadata);
            assert_eq!(
                daily.data[0].distance_data.as_ref().unwrap().steps,
                samples::daily(0).distance_data.unwrap().steps
            );
            let body = $call!(terra.body(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(body.data.len(), 7);
            assert_eq!(
                body.data[0].measurements_data,
                samples::body(0).measurements_data
            );
            let nutrition = $call!(terra.nutrition(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(nutrition.data.len(), 7);
            assert_eq!(nutrition.data[0].metadata, samples::nutrition(0).metadata);
            let cycle = $call!(terra.menstruation(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(cycle.data.len(), 7);
            assert_eq!(cycle.data[0], samples::menstruation(0));
            let days: Vec<_> = cycle
                .data
                .iter()
                .map(|m| {
                    m.metadata
                        .as_ref()
                        .unwrap()
                        .start_time
                        .unwrap()
                        .date()
                        .to_string()
                })
                .collect();
            assert_eq!(days.first().map(String::as_str), Some(samples::SAMPLE_DATE));
            assert_eq!(days.len(), 7);

            let athlete = $call!(terra.athlete(&id)).unwrap();
            assert_eq!(athlete.athlete, Some(samples::athlete(0)));
            assert_eq!(athlete.user.as_ref(), Some(&samples::user(0)));

            // The same request gives the same bytes.
            let again = $call!(terra.daily(&id).since(start).until_opt(end)).unwrap();
            assert_eq!(again.raw(), daily.raw());
            assert_eq!(mock.request_count("/v2/daily"), 2);
        }

        #[test]
        fn to_webhook_variants_deliver_signed_events() {
            let receiver = Receiver::start();
            let mock = $start(MockTerra::builder().users(1).webhook_url(receiver.url()));
            let terra = client(&mock);
            let verifier = Verifier::from_credentials(&mock.credentials()).expect("secret");
            let id = user_id(0);
            let start = day(samples::SAMPLE_DATE);
            let end = Some(day_plus(samples::SAMPLE_DATE, 2));
            for kind in KINDS {
                let ack = match kind {
                    "activity" => $call!(terra.activity(&id).since(start).until_opt(end).to_webhook()),
                    "body" => $call!(terra.body(&id).since(start).until_opt(end).to_webhook()),
                    "daily" => $call!(terra.daily(&id).since(start).until_opt(end).to_webhook()),
                    "sleep" => $call!(terra.sleep(&id).since(start).until_opt(end).to_webhook()),
                    "nutrition" => $call!(terra.nutrition(&id).since(start).until_opt(end).to_webhook()),
                    _ => $call!(terra.menstruation(&id).since(start).until_opt(end).to_webhook()),
                }
                .unwrap();
                assert_eq!(ack.status.as_deref(), Some("success"));
                assert_eq!(ack.r#type.as_deref(), Some(kind));
                assert_eq!(to_json(&ack.user), to_json(&Some(samples::user(0))));
                let reference = ack.reference.clone().expect("reference");
                let hooks = receiver.wait_for_trace(&reference, 1);
                assert_eq!(hooks.len(), 1, "{kind}: {hooks:?}");
                assert_eq!(hooks[0].path, "/hooks/terra");
                let event = hooks[0].verify(&verifier);
                assert_eq!(event.type_str(), Some(kind));
                assert_eq!(event.user(), Some(&samples::user(0)));
                // The delivered data is the inline data of the same range.
                let inline = match kind {
                    "activity" => to_json(&$call!(terra.activity(&id).since(start).until_opt(end)).unwrap().data),
                    "body" => to_json(&$call!(terra.body(&id).since(start).until_opt(end)).unwrap().data),
                    "daily" => to_json(&$call!(terra.daily(&id).since(start).until_opt(end)).unwrap().data),
                    "sleep" => to_json(&$call!(terra.sleep(&id).since(start).until_opt(end)).unwrap().data),
                    "nutrition" => to_json(&$call!(terra.nutrition(&id).since(start).until_opt(end)).unwrap().data),
                    _ => to_json(&$call!(terra.menstruation(&id).since(start).until_opt(end)).unwrap().data),
                };
                assert_eq!(to_json(&event)["data"], inline, "{kind}");
                // A tampered body is refused.
                let mut bad = hooks[0].body.clone();
                bad.push(b' ');
                let header = hooks[0].header("terra-signature").unwrap();
                assert!(verifier.verify_and_parse(&bad, header, now_unix()).is_err());
                assert!(terra.check_terra_signature(&hooks[0].body, header));
                assert_eq!(terra.handle_webhook(&hooks[0].body, header).unwrap(), event);
            }
            let ack = $call!(terra.athlete_to_webhook(&id)).unwrap();
            let hooks = receiver.wait_for_trace(ack.reference.as_deref().unwrap(), 1);
            match hooks[0].verify(&verifier) {
                Event::Athlete(e) => assert_eq!(e.athlete, Some(samples::athlete(0))),
                other => panic!("expected athlete, got {other:?}"),
            }
            // A delivery is recorded once the receiver's answer is read.
            let deadline = std::time::Instant::now() + WAIT;
            while mock.deliveries().len() < 7 && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
            let deliveries = mock.deliveries();
            assert_eq!(deliveries.len(), 7);
            assert!(
                deliveries
                    .iter()
                    .all(|d| d.is_delivered() && d.attempts == 1)
            );
        }

        #[test]
        fn a_large_range_to_webhook_arrives_in_chunks() {
            let receiver = Receiver::start();
            let mock = $start(MockTerra::builder().users(1).webhook_url(receiver.url()));
            let terra = client(&mock);
            let verifier = Verifier::new(DEFAULT_WEBHOOK_SECRET);
            let start = day(samples::SAMPLE_DATE);
            let end = Some(day_plus(samples::SAMPLE_DATE, 39)); // 40 days
            let ack = $call!(terra.daily(&user_id(0)).since(start).until_opt(end).to_webhook()).unwrap();
            assert!(ack.message.is_some(), "a large request says so");
            let reference = ack.reference.clone().unwrap();
            // processing, sending, then ceil(40 / 7) = 6 chunks.
            let hooks = receiver.wait_for_trace(&reference, 8);
            assert_eq!(hooks.len(), 8);
            let events: Vec<Event> = hooks.iter().map(|h| h.verify(&verifier)).collect();
            assert!(matches!(&events[0], Event::LargeRequestProcessing(e) if e.reference.as_deref() == Some(reference.as_str())));
            match &events[1] {
                Event::LargeRequestSending(e) => assert_eq!(e.expected_payloads, Some(6)),
                other => panic!("expected large_request_sending, got {other:?}"),
            }
            let mut days = 0;
            for event in &events[2..] {
                match event {
                    Event::Daily(e) => {
                        assert_eq!(e.extra.get("terra_reference").and_then(|v| v.as_str()), Some(reference.as_str()));
                        days += e.data.as_ref().map_or(0, |d| d.len());
                    }
                    other => panic!("expected a daily chunk, got {other:?}"),
                }
            }
            assert_eq!(days, 40);
        }

        #[test]
        fn the_sdk_only_operations_write_read_back_modify_and_delete() {
            use tryterra_core::models::{Body, Nutrition};
            use tryterra_core::ops::{ModifyUser, PlanMetadata, PlannedWorkoutPlan};
            let mock = $start(MockTerra::builder().users(1));
            let terra = client(&mock);
            let id = user_id(0);
            let at = "2026-03-04T07:15:00+01:00";
            let day = day("2026-03-04");
            let record = |extra: serde_json::Value| {
                let mut r = serde_json::json!({"metadata": {"start_time": at, "end_time": at}});
                r.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
                r
            };
            let body: Body = serde_json::from_value(record(serde_json::json!({
                "measurements_data": {"measurements": [{"weight_kg": 71.5, "measurement_time": at}]}
            })))
            .unwrap();
            let meal: Nutrition = serde_json::from_value(record(serde_json::json!({
                "summary": {"macros": {"calories": 640.0}}
            })))
            .unwrap();

            // Writes with no user id land on the only user, and read back.
            let run: tryterra_core::models::Activity = serde_json::from_value(serde_json::json!({
                "metadata": {"start_time": at, "end_time": at, "summary_id": "run-1", "type": 8, "upload_type": 1},
                "distance_data": {"summary": {"distance_meters": 5000.0}}
            }))
            .unwrap();
            let runs = $call!(terra.write_activity(vec![run.clone()])).unwrap();
            assert_eq!(runs.log_ids.len(), 1);
            assert!($call!(terra.activity(&id).since(day)).unwrap().data.contains(&run));
            let written = $call!(terra.write_body(vec![body.clone()])).unwrap();
            assert_eq!(written.log_ids.len(), 1);
            let back = $call!(terra.body(&id).since(day)).unwrap();
            assert!(back.data.contains(&body), "{:?}", back.data);
            let meals = $call!(terra.write_nutrition(vec![meal.clone()])).unwrap();
            assert!($call!(terra.nutrition(&id).since(day)).unwrap().data.contains(&meal));

            // Deletes remove exactly those entries.
            let gone = $call!(terra.delete_body(&id, written.log_ids.clone())).unwrap();
            assert!(gone.all_deleted(), "{:?}", gone.processed_data);
            assert!(!$call!(terra.body(&id).since(day)).unwrap().data.contains(&body));
            let gone = $call!(terra.delete_nutrition(&id, meals.log_ids.clone())).unwrap();
            assert!(gone.all_deleted());

            // Workout plans: write, fetch by date, delete.
            let mut meta = PlanMetadata::new("Tempo", "RUNNING");
            meta.planned_date = Some("2026-03-04".to_owned());
            let plan = PlannedWorkoutPlan::new(meta, vec![]);
            let plans = $call!(terra.write_planned_workout_plans(&id, vec![plan])).unwrap();
            assert_eq!(plans.log_ids.len(), 1);
            let fetched = $call!(terra.planned_workout_plans(&id, day)).unwrap();
            assert_eq!(fetched.data.len(), 1, "{:?}", fetched.data);
            let gone = $call!(terra.delete_planned_workout_plans(&id, plans.log_ids.clone())).unwrap();
            assert!(gone.all_deleted());
            assert!($call!(terra.planned_workout_plans(&id, day)).unwrap().data.is_empty());

            // PATCH /users shows in userInfo.
            let changed = $call!(terra.modify_user(ModifyUser::new(&id).reference_id("renamed"))).unwrap();
            assert!(changed.is_success());
            let info = $call!(terra.user_info_by_id(&id)).unwrap();
            assert_eq!(
                info.users().first().and_then(|u| u.reference_id.as_deref()),
                Some("renamed")
            );
        }

        #[test]
        fn deauthenticate_then_404_and_a_deauth_event() {
            let receiver = Receiver::start();
            let mock = $start(MockTerra::builder().users(2).webhook_url(receiver.url()));
            let terra = client(&mock);
            let id = user_id(0);
            let ok = $call!(terra.deauthenticate_user(&id)).unwrap();
            assert_eq!(ok.status.as_deref(), Some("success"));
            let err = $call!(terra.user_info_by_id(&id)).unwrap_err();
            match &err {
                Error::Api(api) => assert_eq!(api.status.as_u16(), 404),
                other => panic!("expected an API error, got {other:?}"),
            }
            let err = $call!(terra.activity(&id).since(day(samples::SAMPLE_DATE))).unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
            let err = $call!(terra.deauthenticate_user(&id)).unwrap_err();
            assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
            let left = $call!(terra.list_users()).unwrap();
            assert_eq!(left, vec![samples::user(1)]);
            let hooks = receiver.wait_until(|h| !h.is_empty());
            let verifier = Verifier::new(DEFAULT_WEBHOOK_SECRET);
            match hooks[0].verify(&verifier) {
                Event::Deauth(e) => {
                    assert_eq!(e.user.and_then(|u| u.user_id).as_deref(), Some(id.as_str()))
                }
                other => panic!("expected deauth, got {other:?}"),
            }
        }

        #[test]
        fn wrong_credentials_are_an_api_401() {
            let mock = $start(MockTerra::builder().users(1));
            for creds in [
                Credentials::new("dev-mock", "not-the-key"),
                Credentials::new("someone-else", "key-mock"),
            ] {
                let terra = client_for(&mock, creds, 3);
                let err = $call!(terra.list_users()).unwrap_err();
                match &err {
                    Error::Api(api) => assert_eq!(api.status.as_u16(), 401),
                    other => panic!("expected an API error, got {other:?}"),
                }
                assert!(!format!("{err:?}").contains("not-the-key"));
                let err = $call!(terra.athlete(&user_id(0))).unwrap_err();
                assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
            }
            // 401 is not retried.
            assert_eq!(mock.request_count("/v2/subscriptions"), 2);
        }

        #[test]
        fn retries_against_injected_5xx() {
            let mock = $start(MockTerra::builder().users(1).faults(Faults {
                rate_5xx: 0.3,
                seed: 42,
                ..Faults::none()
            }));
            let terra = client_for(&mock, mock.credentials(), 4);
            let id = user_id(0);
            let calls = 30u64;
            let mut ok = 0u64;
            for _ in 0..calls {
                match $call!(terra.user_info_by_id(&id)) {
                    Ok(info) => {
                        assert_eq!(info.users(), vec![&samples::user(0)]);
                        ok += 1;
                    }
                    Err(e) => assert_eq!(e.status().map(|s| s.as_u16()), Some(503), "{e:?}"),
                }
            }
            let attempts = mock.request_count("/v2/userInfo");
            assert!(attempts > calls, "some 503s were retried: {attempts}");
            assert!(attempts <= 4 * calls, "{attempts}");
            assert!(ok >= calls - 3, "only {ok} of {calls} calls succeeded");
        }

        #[test]
        fn rate_limits_beyond_the_cap_and_dropped_connections_are_typed_errors() {
            let mock = $start(MockTerra::builder().users(1).faults(Faults {
                rate_429: 0.4,
                seed: 7,
                ..Faults::none()
            }));
            // Retry-After is 1 s, above this cap: 429s come back at once.
            let config = Config::with_base_url(mock.base_url())
                .unwrap()
                .retry(policy(3).with_max_retry_after(Duration::from_millis(100)));
            let terra = Terra::with_config(mock.credentials(), config).unwrap();
            let mut limited = 0;
            for _ in 0..20 {
                match $call!(terra.list_users()) {
                    Ok(users) => assert_eq!(users.len(), 1),
                    Err(Error::RateLimited { retry_after, .. }) => {
                        assert_eq!(retry_after, Some(Duration::from_secs(1)));
                        limited += 1;
                    }
                    Err(other) => panic!("unexpected {other:?}"),
                }
            }
            assert!(limited > 0);
            assert_eq!(mock.request_count("/v2/subscriptions"), 20);

            let mock = $start(MockTerra::builder().users(1).faults(Faults {
                rate_drop: 0.3,
                seed: 9,
                ..Faults::none()
            }));
            let terra = client_for(&mock, mock.credentials(), 3);
            let mut dropped = 0;
            for _ in 0..20 {
                match $call!(terra.list_providers()) {
                    Ok(p) => assert!(!p.providers.is_empty()),
                    Err(Error::Transport(t)) => {
                        dropped += 1;
                        let _ = t.kind;
                    }
                    Err(other) => panic!("unexpected {other:?}"),
                }
            }
            let attempts = mock.request_count("/v2/integrations");
            assert!((20..=60).contains(&attempts), "{attempts}");
            assert!(dropped <= 3, "{dropped} calls failed after 3 attempts");
        }
    };
}
