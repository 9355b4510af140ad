//! The `tracing` feature as a service sees it: a span per call with its
//! operation, user, attempts, final status and elapsed time; an event per
//! attempt with method, path, status or failure and the retry decision;
//! and no secret anywhere.

use std::collections::BTreeMap;
use std::future::IntoFuture;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::Registry;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tryterra::{CalendarDate, Config, RetryPolicy};
use tryterra_mock::{Faults, MockTerra, samples};

const API_KEY: &str = "sk-downstream-very-secret-key";
const WEBHOOK_SECRET: &str = "whsec-downstream-very-secret";

type Fields = BTreeMap<String, String>;

#[derive(Default)]
struct Seen {
    /// Span id -> name and fields (recorded values included).
    spans: BTreeMap<u64, (String, Fields)>,
    /// Events: parent span id and fields.
    events: Vec<(Option<u64>, Fields)>,
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Seen>>);

struct Visitor<'a>(&'a mut Fields);

impl Visit for Visitor<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut fields = Fields::new();
        attrs.record(&mut Visitor(&mut fields));
        let name = attrs.metadata().name().to_owned();
        self.0
            .lock()
            .unwrap()
            .spans
            .insert(id.into_u64(), (name, fields));
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut seen = self.0.lock().unwrap();
        if let Some((_, fields)) = seen.spans.get_mut(&id.into_u64()) {
            values.record(&mut Visitor(fields));
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::new();
        event.record(&mut Visitor(&mut fields));
        let parent = event
            .parent()
            .cloned()
            .or_else(|| ctx.current_span().id().cloned())
            .map(|id| id.into_u64());
        self.0.lock().unwrap().events.push((parent, fields));
    }
}

fn config(base_url: String) -> Config {
    Config::with_base_url(base_url)
        .unwrap()
        .timeout(Duration::from_secs(10))
        .retry(
            RetryPolicy::default()
                .with_delays(Duration::from_millis(5), Duration::from_millis(10))
                .with_max_attempts(2),
        )
}

#[test]
fn a_span_per_call_an_event_per_attempt_and_no_secret() {
    let healthy = MockTerra::builder()
        .users(1)
        .api_key(API_KEY)
        .webhook_secret(WEBHOOK_SECRET)
        .start_blocking()
        .unwrap();
    let failing = MockTerra::builder()
        .users(1)
        .api_key(API_KEY)
        .faults(Faults {
            rate_5xx: 1.0,
            ..Faults::none()
        })
        .start_blocking()
        .unwrap();
    let credentials = healthy.credentials();
    assert_eq!(credentials.api_key().expose(), API_KEY);
    let ok_client =
        tryterra::ureq::Terra::with_config(credentials.clone(), config(healthy.base_url()))
            .unwrap();
    let bad_client =
        tryterra::reqwest::Terra::with_config(failing.credentials(), config(failing.base_url()))
            .unwrap();
    let user = healthy.users()[0].user_id.clone();
    let day = CalendarDate::parse(samples::SAMPLE_DATE).unwrap();

    let capture = Capture::default();
    let subscriber = Registry::default().with(capture.clone());
    tracing::subscriber::with_default(subscriber, || {
        ok_client.sleep(&user).on(day).call().unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let err = runtime
            .block_on(bad_client.list_providers().into_future())
            .unwrap_err();
        assert_eq!(err.attempts(), Some(2));
    });

    let seen = capture.0.lock().unwrap();
    let calls: Vec<_> = seen
        .spans
        .iter()
        .filter(|(_, (name, _))| name == "terra.call")
        .collect();
    assert_eq!(calls.len(), 2, "one span per call");

    // The successful call: operation, user, one attempt, 200.
    let (sleep_id, (_, sleep)) = calls
        .iter()
        .find(|(_, (_, f))| f["operation"] == "GetData<Sleep>")
        .expect("the sleep span");
    assert_eq!(sleep["user_id"], user);
    assert_eq!(sleep["attempts"], "1");
    assert_eq!(sleep["status"], "200");
    assert!(sleep.contains_key("elapsed_ms"));
    assert!(!sleep.contains_key("error"));
    let events: Vec<_> = seen
        .events
        .iter()
        .filter(|(parent, _)| *parent == Some(**sleep_id))
        .map(|(_, f)| f)
        .collect();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["method"], "GET");
    assert_eq!(events[0]["path"], "/v2/sleep");
    assert_eq!(events[0]["status"], "200");
    assert_eq!(events[0]["decision"], "stop");
    assert_eq!(events[0]["attempt"], "1");

    // The failing one: two attempts, 503, retried once, then stopped.
    let (fail_id, (_, fail)) = calls
        .iter()
        .find(|(_, (_, f))| f["operation"] == "ListProviders")
        .expect("the providers span");
    assert!(!fail.contains_key("user_id"));
    assert_eq!(fail["attempts"], "2");
    assert_eq!(fail["status"], "503");
    assert_eq!(fail["error"], "api");
    let events: Vec<_> = seen
        .events
        .iter()
        .filter(|(parent, _)| *parent == Some(**fail_id))
        .map(|(_, f)| f)
        .collect();
    assert_eq!(events.len(), 2);
    assert_eq!(
        events
            .iter()
            .map(|e| (e["status"].as_str(), e["decision"].as_str()))
            .collect::<Vec<_>>(),
        [("503", "retry"), ("503", "stop")]
    );
    assert!(events[0].contains_key("wait_ms"));
    assert_eq!(events[0]["path"], "/v2/integrations");

    // Nothing captured carries a secret, a query string or a body.
    let everything = format!("{:?}", (&seen.spans, &seen.events));
    for secret in [API_KEY, WEBHOOK_SECRET, "dev-mock"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
    assert!(!everything.contains("start_date"), "no query: {everything}");
    assert!(!everything.contains("\"data\""), "no body: {everything}");
}
