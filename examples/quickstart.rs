//! The main job of a Terra integration, end to end.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! Without `TERRA_API_KEY` / `TERRA_DEV_ID` in the environment it starts the
//! embedded Terra emulator (`tryterra-mock`) on loopback and walks the whole
//! flow against it:
//!
//! 1. start a local webhook receiver that verifies every delivery;
//! 2. create a widget session and let a (simulated) user connect a device;
//! 3. list the developer's users;
//! 4. fetch a week of activity, sleep and daily data inline and summarise it;
//! 5. ask for the same activity by webhook and receive the signed delivery;
//! 6. deauthenticate the user.
//!
//! With `--quirks`, the emulator serves its data with a few provider-style
//! oddities (an integer code written `1.1`, a number sent as a string,
//! `"true"` for a boolean): every step still succeeds, the odd values are
//! kept, and the program reports how many there were.
//!
//! With the two variables set it runs against the real Terra API (base URL
//! from `TERRA_BASE_URL` when set). Only the read-only steps run there,
//! for the user in `TERRA_USER_ID` (or the first user of the account), unless
//! `--write` is passed: then it also creates a widget session and asks for a
//! webhook delivery (to the webhook URL configured in Terra's dashboard,
//! which this program cannot observe). It never deauthenticates a real user.

#[allow(dead_code)]
#[path = "webhook_axum.rs"]
mod webhook_axum;

use std::error::Error;
use std::time::Duration;

use tokio::sync::mpsc;
use tryterra::models::{Activity, Daily, Event, Mismatches, Sleep};
use tryterra::ops::GenerateWidgetSession;
use tryterra::{CalendarDate, Credentials};
use tryterra_reqwest::Terra;

/// How long to wait for a webhook before giving up.
const WEBHOOK_WAIT: Duration = Duration::from_secs(15);

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    let write = std::env::args().any(|a| a == "--write");
    let quirks = std::env::args().any(|a| a == "--quirks");
    match Credentials::from_env() {
        Ok(_) => run_live(write).await,
        Err(_) => run_on_emulator(quirks).await.map(drop),
    }
}

/// The whole flow against the embedded emulator (serving quirky data when
/// `quirks` is set). Returns how many values, in all the data received,
/// did not fit the models and were kept as sent.
pub async fn run_on_emulator(quirks: bool) -> Result<usize, Box<dyn Error>> {
    println!("No TERRA_API_KEY / TERRA_DEV_ID set: using the embedded Terra emulator.\n");

    // 1. A webhook receiver on loopback, verifying signatures with the
    //    emulator's secret.
    let secret = tryterra_mock::DEFAULT_WEBHOOK_SECRET;
    let (events_tx, mut events) = mpsc::channel::<Event>(64);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let webhook_url = format!("http://{}{}", listener.local_addr()?, webhook_axum::PATH);
    let receiver = webhook_axum::app(secret, events_tx);
    tokio::spawn(async move {
        let _ = axum::serve(listener, receiver).await;
    });

    let mock = tryterra_mock::MockTerra::builder()
        .webhook_url(webhook_url.clone())
        .webhook_secret(secret)
        .quirks(quirks)
        .start()
        .await?;
    println!("emulator:  {}", mock.base_url());
    println!("webhooks:  {webhook_url}\n");

    let client = Terra::with_config(
        mock.credentials(),
        tryterra::Config::with_base_url(mock.base_url())?,
    )?;

    // 2. A widget session, then the user opens it and connects a device.
    let session = client
        .generate_widget_session(
            GenerateWidgetSession::new()
                .providers(["GARMIN", "FITBIT", "OURA"])
                .reference_id("quickstart-user-1")
                .auth_success_redirect_url("https://example.com/connected")
                .auth_failure_redirect_url("https://example.com/failed"),
        )
        .await?;
    let widget_url = session.url.clone().unwrap_or_default();
    println!(
        "widget session {} -> {widget_url}",
        session.session_id.as_deref().unwrap_or("?")
    );

    // The emulator completes the session when its URL is opened, as a
    // browser would after the user logs in to their provider.
    let opened = reqwest::Client::new().get(&widget_url).send().await?;
    println!("user opened the widget: HTTP {}", opened.status().as_u16());
    let user_id = match next_event(&mut events).await? {
        Event::Auth(auth) => {
            let user = auth.user.unwrap_or_default();
            println!(
                "auth webhook: user {} connected {}\n",
                user.user_id.as_deref().unwrap_or("?"),
                user.provider.as_deref().unwrap_or("?")
            );
            user.user_id.unwrap_or_default()
        }
        other => return Err(format!("expected an auth event, got {:?}", other.type_str()).into()),
    };

    // 3. The developer's users.
    let users = client.list_users().await?;
    println!("{} users connected:", users.len());
    for u in &users {
        println!(
            "  {}  {:<8} reference={}",
            u.user_id.as_deref().unwrap_or("?"),
            u.provider.as_deref().unwrap_or("?"),
            u.reference_id.as_deref().unwrap_or("-")
        );
    }
    println!();

    // 4. A week of data, inline.
    let (start, end) = last_week();
    let mut odd = summarise(&client, &user_id, start, end).await?;

    // 5. The same activity by webhook: Terra acknowledges, then delivers a
    //    signed event to the receiver, which verifies it.
    let ack = client
        .activity(&user_id)
        .since(start)
        .until(end)
        .to_webhook()
        .await?;
    println!(
        "\nasked for webhook delivery: reference {}",
        ack.reference.as_deref().unwrap_or("?")
    );
    match next_event(&mut events).await? {
        Event::Activity(ev) => {
            println!(
                "verified webhook: {} activity records for user {}",
                ev.data.as_ref().map_or(0, |d| d.len()),
                ev.user
                    .as_ref()
                    .and_then(|u| u.user_id.as_deref())
                    .unwrap_or("?")
            );
            odd += ev.mismatches().len();
        }
        other => {
            return Err(format!("expected an activity event, got {:?}", other.type_str()).into());
        }
    }

    // 6. Deauthenticate; Terra confirms with a `deauth` webhook.
    let done = client.deauthenticate_user(&user_id).await?;
    println!(
        "\ndeauthenticated: {}",
        done.status.as_deref().unwrap_or("?")
    );
    if let Event::Deauth(_) = next_event(&mut events).await? {
        println!("deauth webhook received");
    }
    mock.shutdown().await;
    if odd > 0 {
        println!("\n{odd} values did not fit the models; they were kept as sent.");
    }
    println!("\nAll steps passed.");
    Ok(odd)
}

/// The read-only flow (and, with `--write`, the writing one) against the
/// real API.
async fn run_live(write: bool) -> Result<(), Box<dyn Error>> {
    let client = Terra::from_env()?;
    println!("Using the Terra API at {}\n", client.config().base_url);

    let providers = client.list_providers().await?;
    println!("{} providers available", providers.providers.len());

    if write {
        let session = client
            .generate_widget_session(
                GenerateWidgetSession::new().providers(["GARMIN", "FITBIT", "OURA"]),
            )
            .await?;
        println!("widget session: {}", session.url.as_deref().unwrap_or("?"));
    }

    let users = client.list_users().await?;
    println!("{} users connected", users.len());
    let user_id = match std::env::var("TERRA_USER_ID") {
        Ok(id) if !id.is_empty() => id,
        _ => match users.first().and_then(|u| u.user_id.clone()) {
            Some(id) => id,
            None => {
                println!("No user to fetch data for: connect one through a widget session first.");
                return Ok(());
            }
        },
    };
    let (start, end) = last_week();
    let odd = summarise(&client, &user_id, start, end).await?;
    if odd > 0 {
        println!("{odd} values did not fit the models; they were kept as sent.");
    }
    if write {
        let ack = client
            .activity(&user_id)
            .since(start)
            .until(end)
            .to_webhook()
            .await?;
        println!(
            "\nwebhook delivery requested: reference {}",
            ack.reference.as_deref().unwrap_or("?")
        );
    }
    Ok(())
}

/// The last seven days, today included.
fn last_week() -> (CalendarDate, CalendarDate) {
    let end = CalendarDate::today_utc();
    let start = end.add_days(-6).unwrap_or(end);
    (start, end)
}

/// Fetches activity, sleep and daily data inline and prints a summary;
/// returns how many values did not fit the models (each one is named on
/// stderr by its JSON path).
async fn summarise(
    client: &Terra,
    user_id: &str,
    start: CalendarDate,
    end: CalendarDate,
) -> Result<usize, Box<dyn Error>> {
    let activity = client.activity(user_id).since(start).until(end).await?;
    let sleep = client.sleep(user_id).since(start).until(end).await?;
    let daily = client.daily(user_id).since(start).until(end).await?;
    println!("week of {start} for user {user_id}:");
    print_activity(&activity.data);
    print_sleep(&sleep.data);
    print_daily(&daily.data);
    let odd = [
        activity.mismatches(),
        sleep.mismatches(),
        daily.mismatches(),
    ]
    .concat();
    for m in &odd {
        eprintln!("  kept as sent: {m}");
    }
    Ok(odd.len())
}

fn print_activity(workouts: &[Activity]) {
    let distance_km: f64 = workouts
        .iter()
        .filter_map(|a| {
            a.distance_data
                .as_ref()?
                .summary
                .as_ref()?
                .distance_meters
                .get()
        })
        .sum::<f64>()
        / 1000.0;
    let hr: Vec<f64> = workouts
        .iter()
        .filter_map(|a| {
            a.heart_rate_data
                .as_ref()?
                .summary
                .as_ref()?
                .avg_hr_bpm
                .get()
        })
        .collect();
    println!(
        "  workouts: {}, distance {distance_km:.1} km, mean heart rate {}",
        workouts.len(),
        mean(&hr).map_or("n/a".to_owned(), |v| format!("{v:.0} bpm"))
    );
    for a in workouts.iter().take(3) {
        let meta = a.metadata.as_ref();
        println!(
            "    {} {}",
            meta.and_then(|m| m.start_time)
                .map_or("?".to_owned(), |t| t.to_string()),
            meta.and_then(|m| m.r#type).map_or("?", |t| t.title())
        );
    }
}

fn print_sleep(nights: &[Sleep]) {
    let hours: Vec<f64> = nights
        .iter()
        .filter_map(|s| {
            s.sleep_durations_data
                .as_ref()?
                .asleep
                .as_ref()?
                .duration_asleep_state_seconds
                .get()
        })
        .map(|secs| secs / 3600.0)
        .collect();
    println!(
        "  sleep: {} nights, mean {} asleep",
        nights.len(),
        mean(&hours).map_or("n/a".to_owned(), |v| format!("{v:.1} h"))
    );
}

fn print_daily(days: &[Daily]) {
    let steps: f64 = days
        .iter()
        .filter_map(|d| d.distance_data.as_ref()?.steps)
        .map(|s| s as f64)
        .sum();
    println!("  daily: {} days, {steps:.0} steps in total", days.len());
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The next event the receiver accepted, or an error after [`WEBHOOK_WAIT`].
async fn next_event(events: &mut mpsc::Receiver<Event>) -> Result<Event, Box<dyn Error>> {
    match tokio::time::timeout(WEBHOOK_WAIT, events.recv()).await {
        Ok(Some(event)) => Ok(event),
        Ok(None) => Err("the webhook receiver stopped".into()),
        Err(_) => Err(format!("no webhook within {WEBHOOK_WAIT:?}").into()),
    }
}
