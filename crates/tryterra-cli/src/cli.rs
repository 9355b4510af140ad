//! Command-line interface definition (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Talk to the Terra API, test webhook receivers and inspect payloads.
///
/// API commands print Terra's JSON answer on stdout. Errors are one line on
/// stderr. Exit status: 0 success; 1 checked and failed (API error status,
/// invalid signature, decode failure); 2 usage error (bad flags, missing
/// credentials); 3 transport failure (connect, timeout, TLS).
#[derive(Debug, Parser)]
#[command(name = "terra", version)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub global: GlobalOpts,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct GlobalOpts {
    /// Base URL of the Terra API (https, or http on loopback).
    #[arg(long, env = "TERRA_BASE_URL", global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// API key sent in the `x-api-key` header.
    #[arg(
        long,
        env = "TERRA_API_KEY",
        global = true,
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub api_key: Option<String>,
    /// Developer id sent in the `dev-id` header.
    #[arg(long, env = "TERRA_DEV_ID", global = true, value_name = "ID")]
    pub dev_id: Option<String>,
    /// HTTP stack used for API calls (both behave the same).
    #[arg(long, value_enum, default_value_t = TransportKind::Ureq, global = true)]
    pub transport: TransportKind,
    /// Timeout of one HTTP attempt, in seconds.
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_secs)]
    pub timeout: Option<f64>,
    /// Total attempts per request, the first one included (1 disables retries).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20))]
    pub max_attempts: Option<u32>,
    /// Print one line per HTTP attempt on stderr (never a credential).
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

fn parse_secs(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 86_400.0 => Ok(v),
        _ => Err(format!(
            "`{s}` is not a number of seconds between 0 and 86400"
        )),
    }
}

/// Which HTTP stack performs API calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TransportKind {
    /// Blocking client (ureq).
    Ureq,
    /// Async client (reqwest) on a current-thread runtime.
    Reqwest,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the providers (integrations) Terra supports.
    Providers {
        /// Include per-provider details (data types, SDK-only providers).
        #[arg(long)]
        detailed: bool,
        /// With --detailed: also list providers that need a mobile SDK.
        #[arg(long, requires = "detailed")]
        sdk: bool,
    },
    /// List the users connected to your developer account.
    Users {
        /// Fetch only this page (0-based); without it every page is fetched.
        #[arg(long, value_name = "N")]
        page: Option<u32>,
        /// Users per page.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
        per_page: Option<u32>,
    },
    /// Inspect or disconnect one user.
    #[command(subcommand)]
    User(UserCommand),
    /// Create a widget session: a URL where a user picks a provider and connects.
    Widget {
        /// Providers shown in the widget, comma-separated (e.g. GARMIN,FITBIT).
        #[arg(long, value_name = "P1,P2", value_delimiter = ',')]
        providers: Vec<String>,
        /// Where the user lands after connecting.
        #[arg(long, value_name = "URL")]
        success_url: Option<String>,
        /// Where the user lands when connecting fails.
        #[arg(long, value_name = "URL")]
        failure_url: Option<String>,
        /// Widget language (e.g. en).
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
        /// Your own identifier for the user.
        #[arg(long, value_name = "REF")]
        reference_id: Option<String>,
    },
    /// Get a provider's authentication URL for a new user (no widget).
    AuthUrl {
        /// Provider name (e.g. FITBIT, GARMIN).
        #[arg(long, value_name = "PROVIDER")]
        resource: String,
        /// Where the user lands after connecting.
        #[arg(long, value_name = "URL")]
        success_url: Option<String>,
        /// Where the user lands when connecting fails.
        #[arg(long, value_name = "URL")]
        failure_url: Option<String>,
        /// Your own identifier for the user.
        #[arg(long, value_name = "REF")]
        reference_id: Option<String>,
        /// Language of the provider's pages.
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
    },
    /// Get a token for Terra's mobile SDKs to connect a user on the device.
    AuthToken,
    /// Fetch one data type for a user, inline or sent to your webhook.
    Data(DataArgs),
    /// Write records to a user's provider account (JSON from a file or stdin).
    Write(WriteArgs),
    /// Delete records from a user's provider account, by identifier.
    Delete(DeleteArgs),
    /// Export several data types over a long range as NDJSON, resumably.
    Export(ExportArgs),
    /// Sign, verify and send webhook payloads.
    #[command(subcommand)]
    Webhook(WebhookCommand),
    /// Decode JSON documents from stdin into the SDK's models and print them back.
    Decode {
        /// Model to decode each document into.
        #[arg(value_enum)]
        kind: DecodeKind,
        /// Print nothing; only set the exit status. Every record is still
        /// decoded into its model, but dropped at once, so memory stays small
        /// whatever the input size.
        #[arg(long)]
        check: bool,
        /// Fail on the first value that does not fit its declared field,
        /// naming its JSON path. Without it such values are kept, printed
        /// back, and reported on stderr as warnings.
        #[arg(long)]
        strict: bool,
    },
    /// Run the local Terra API emulator.
    Mock(MockArgs),
}

/// `terra user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Show a user's connection details.
    Info {
        /// Terra user id.
        #[arg(
            long,
            value_name = "ID",
            required_unless_present = "reference_id",
            conflicts_with = "reference_id"
        )]
        user_id: Option<String>,
        /// Your own reference id (may match several users).
        #[arg(long, value_name = "REF")]
        reference_id: Option<String>,
    },
    /// Disconnect a user (Terra sends a `deauth` webhook).
    Deauth {
        /// Terra user id.
        #[arg(long, value_name = "ID")]
        user_id: String,
    },
    /// Change a user's reference id or active flag (only what is given is sent).
    Update {
        /// Terra user id.
        #[arg(long, value_name = "ID")]
        user_id: String,
        /// The new reference id.
        #[arg(long, value_name = "REF")]
        reference_id: Option<String>,
        /// Whether the user stays active (inactive users get no data updates).
        #[arg(long, value_name = "true|false", action = clap::ArgAction::Set)]
        active: Option<bool>,
    },
    /// Show several users at once.
    BulkInfo {
        /// Terra user ids, comma-separated.
        #[arg(long, value_name = "ID1,ID2", value_delimiter = ',', required = true)]
        user_ids: Vec<String>,
    },
}

/// What `terra write` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum WriteKind {
    /// Workouts (`POST /activity`).
    Activity,
    /// Body measurements (`POST /body`).
    Body,
    /// Nutrition logs (`POST /nutrition`).
    Nutrition,
    /// Workout plans for a wearable (`POST /plannedWorkout`; needs --user-id).
    PlannedWorkout,
}

/// `terra write …`
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// What to write.
    #[arg(value_enum)]
    pub kind: WriteKind,
    /// Terra user id (sent only when given; required for planned-workout).
    #[arg(long, value_name = "ID")]
    pub user_id: Option<String>,
    /// JSON file holding the records, as an array or as `{"data": [...]}`;
    /// `-` reads stdin.
    #[arg(long, value_name = "F")]
    pub file: PathBuf,
}

/// What `terra delete` deletes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DeleteKind {
    /// Body entries (`DELETE /body`).
    Body,
    /// Nutrition logs (`DELETE /nutrition`).
    Nutrition,
    /// Workout plans (`DELETE /plannedWorkout`).
    PlannedWorkout,
}

/// `terra delete …`
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// What to delete.
    #[arg(value_enum)]
    pub kind: DeleteKind,
    /// Terra user id.
    #[arg(long, value_name = "ID")]
    pub user_id: String,
    /// Identifiers to delete (the `log_ids` of a write), comma-separated.
    #[arg(long, value_name = "ID1,ID2", value_delimiter = ',', required = true)]
    pub ids: Vec<String>,
}

/// What `terra data` fetches: a data type, or the workout plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DataTarget {
    /// Workouts and other activity sessions.
    Activity,
    /// Body measurements.
    Body,
    /// Daily summaries.
    Daily,
    /// Sleep sessions.
    Sleep,
    /// Nutrition logs.
    Nutrition,
    /// Menstruation data.
    Menstruation,
    /// The user's profile (no date range).
    Athlete,
    /// Workout plans on the user's account (`GET /plannedWorkout`; no samples).
    PlannedWorkout,
}

impl DataTarget {
    /// The data type, or `None` for the workout plans.
    pub fn data_kind(self) -> Option<DataKind> {
        Some(match self {
            DataTarget::Activity => DataKind::Activity,
            DataTarget::Body => DataKind::Body,
            DataTarget::Daily => DataKind::Daily,
            DataTarget::Sleep => DataKind::Sleep,
            DataTarget::Nutrition => DataKind::Nutrition,
            DataTarget::Menstruation => DataKind::Menstruation,
            DataTarget::Athlete => DataKind::Athlete,
            DataTarget::PlannedWorkout => return None,
        })
    }
}

/// Data types the data endpoints serve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum)]
pub enum DataKind {
    /// Workouts and other activity sessions.
    Activity,
    /// Body measurements.
    Body,
    /// Daily summaries.
    Daily,
    /// Sleep sessions.
    Sleep,
    /// Nutrition logs.
    Nutrition,
    /// Menstruation data.
    Menstruation,
    /// The user's profile (no date range).
    Athlete,
}

impl DataKind {
    /// The lowercase name used on the command line and in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            DataKind::Activity => "activity",
            DataKind::Body => "body",
            DataKind::Daily => "daily",
            DataKind::Sleep => "sleep",
            DataKind::Nutrition => "nutrition",
            DataKind::Menstruation => "menstruation",
            DataKind::Athlete => "athlete",
        }
    }
}

/// `terra data …`
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Data type.
    #[arg(value_enum)]
    pub kind: DataTarget,
    /// Terra user id.
    #[arg(long, value_name = "ID")]
    pub user_id: String,
    /// Start of the range: YYYY-MM-DD, RFC 3339 or unix seconds (default: 7 days ago).
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// End of the range (same formats).
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// Include detailed samples (heart rate series, …).
    #[arg(long)]
    pub with_samples: bool,
    /// Ask Terra to deliver the data to your webhook; prints the acknowledgement.
    #[arg(long)]
    pub to_webhook: bool,
}

/// `terra export …`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Terra user id.
    #[arg(long, value_name = "ID")]
    pub user_id: String,
    /// Data types, comma-separated (activity,body,daily,sleep,nutrition,menstruation).
    #[arg(
        long,
        value_name = "T1,T2",
        value_delimiter = ',',
        required = true,
        value_enum
    )]
    pub types: Vec<DataKind>,
    /// Start of the range: YYYY-MM-DD, RFC 3339 or unix seconds.
    #[arg(long, value_name = "DATE")]
    pub start: String,
    /// End of the range, inclusive (same formats).
    #[arg(long, value_name = "DATE")]
    pub end: String,
    /// Output file (NDJSON); `<FILE>.state` records finished windows so a
    /// rerun resumes. Without it, lines go to stdout and nothing resumes.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Days per request window (at most 28).
    #[arg(long, value_name = "DAYS", default_value_t = 28, value_parser = clap::value_parser!(u32).range(1..=28))]
    pub window_days: u32,
    /// Requests in flight at once.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=16))]
    pub concurrency: u32,
    /// Include detailed samples.
    #[arg(long)]
    pub with_samples: bool,
}

/// `terra webhook …`
#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Verify a signature over the raw body read from stdin.
    Verify {
        /// Webhook signing secret.
        #[arg(
            long,
            env = "TERRA_WEBHOOK_SECRET",
            hide_env_values = true,
            value_name = "S"
        )]
        secret: String,
        /// Value of the `terra-signature` header (`t=…,v1=…`).
        #[arg(long, value_name = "HEADER")]
        signature: String,
        /// Largest accepted age of the signature, in seconds.
        #[arg(long, value_name = "SECS", default_value_t = 300)]
        tolerance: u64,
        /// Current time as unix seconds (default: the system clock).
        #[arg(long, value_name = "UNIX")]
        now: Option<i64>,
        /// Also decode the event and print it.
        #[arg(long)]
        parse: bool,
    },
    /// Sign the body read from stdin; prints the header value.
    Sign {
        /// Webhook signing secret.
        #[arg(
            long,
            env = "TERRA_WEBHOOK_SECRET",
            hide_env_values = true,
            value_name = "S"
        )]
        secret: String,
        /// Signature time as unix seconds (default: now).
        #[arg(long, value_name = "UNIX")]
        timestamp: Option<i64>,
    },
    /// POST a signed sample event (or a file) to a webhook receiver.
    Send {
        /// Receiver URL.
        #[arg(long, value_name = "URL")]
        url: String,
        /// Webhook signing secret.
        #[arg(
            long,
            env = "TERRA_WEBHOOK_SECRET",
            hide_env_values = true,
            value_name = "S"
        )]
        secret: String,
        /// Sample event type to send (any webhook event type the SDK knows,
        /// e.g. `activity`, `auth`, `lab_report.completed`).
        #[arg(
            long,
            value_name = "TYPE",
            value_parser = clap::builder::PossibleValuesParser::new(
                tryterra_core::models::Event::KNOWN_TYPES.iter().copied()
            ),
            required_unless_present = "file",
            conflicts_with = "file"
        )]
        event: Option<String>,
        /// File whose bytes are sent as the body.
        #[arg(long, value_name = "F")]
        file: Option<PathBuf>,
    },
}

/// Models `terra decode` understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DecodeKind {
    /// Activity.
    Activity,
    /// Body.
    Body,
    /// Daily.
    Daily,
    /// Sleep.
    Sleep,
    /// Nutrition.
    Nutrition,
    /// Menstruation.
    Menstruation,
    /// Athlete.
    Athlete,
    /// PlannedWorkout.
    PlannedWorkout,
    /// TerraUser.
    User,
    /// A webhook event.
    Event,
}

/// `terra mock …`
///
/// The emulator accepts the global `--api-key` and `--dev-id` (or
/// `TERRA_API_KEY` / `TERRA_DEV_ID`); without them it uses `key-mock` and
/// `dev-mock`.
#[derive(Debug, Args)]
pub struct MockArgs {
    /// Port to listen on (127.0.0.1); 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Where the emulator delivers signed webhook events (http).
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<String>,
    /// Secret the webhook events are signed with [default: secret-mock].
    #[arg(long, value_name = "S")]
    pub secret: Option<String>,
    /// Users already authenticated at start (listed by `terra users`).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub users: usize,
    /// Latency added to every API request, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
    /// Share of API requests answered 429 (0.0 to 1.0).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub rate_429: f64,
    /// Share of API requests answered 503 (0.0 to 1.0).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub rate_5xx: f64,
    /// Share of API requests whose connection is dropped (0.0 to 1.0).
    #[arg(long, value_name = "RATE", default_value_t = 0.0)]
    pub rate_drop: f64,
    /// Seed of the fault draws.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub fault_seed: u64,
    /// Serve data with a few provider-style oddities (an integer code
    /// written `1.1`, a number as a string, `"true"` for a boolean), to
    /// test that handlers survive them.
    #[arg(long)]
    pub quirks: bool,
}
