//! Command-line interface definition (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Talk to the Terra API, test webhook receivers and inspect payloads.
///
/// API commands print Terra's answer on stdout: a table on a terminal, JSON
/// in pipes (see --output). Errors are one line on
/// stderr. Exit status: 0 success; 1 checked and failed (API error status,
/// invalid signature, decode failure); 2 usage error (bad flags, missing
/// credentials); 3 transport failure (connect, timeout, TLS).
///
/// The commands that call the API list their options (--base-url,
/// --api-key, --dev-id, --profile, --output, --dry-run, …) in their own help,
/// e.g. `terra users --help`.
#[derive(Debug, Parser)]
#[command(name = "terra", version)]
pub struct Cli {
    /// API options written before the command name.
    #[command(flatten)]
    pub top: TopApiOpts,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Defines a struct of the options of the commands that call the API.
///
/// Two copies exist: [`ApiOpts`], flattened into each API command (and
/// `global` there, so `terra user info --api-key K` works), and
/// [`TopApiOpts`], hidden on `terra` itself so that the older spelling
/// `terra --api-key K users` keeps working. Offline commands have neither,
/// so their help shows no API flags. Environment variables are read in
/// [`crate::ctx`], after both copies, so that a flag always beats a variable
/// whichever side of the command name it was written on.
macro_rules! api_opts {
    ($(#[$meta:meta])* $name:ident, $global:tt, $hide:tt) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, Args)]
        pub struct $name {
            /// Base URL of the Terra API (https, or http on loopback) [env: TERRA_BASE_URL].
            #[arg(long, global = $global, hide = $hide, value_name = "URL", help_heading = "API options")]
            pub base_url: Option<String>,
            /// API key sent in the `x-api-key` header [env: TERRA_API_KEY].
            #[arg(long, global = $global, hide = $hide, value_name = "KEY", help_heading = "API options")]
            pub api_key: Option<String>,
            /// Developer id sent in the `dev-id` header [env: TERRA_DEV_ID].
            #[arg(long, global = $global, hide = $hide, value_name = "ID", help_heading = "API options")]
            pub dev_id: Option<String>,
            /// Profile of the config file to use (see `terra config`) [env: TERRA_PROFILE].
            #[arg(long, global = $global, hide = $hide, value_name = "NAME", help_heading = "API options")]
            pub profile: Option<String>,
            /// HTTP stack used for API calls (both behave the same) [default: ureq].
            #[arg(long, value_enum, global = $global, hide = $hide, help_heading = "API options")]
            pub transport: Option<TransportKind>,
            /// Timeout of one HTTP attempt, in seconds.
            #[arg(long, global = $global, hide = $hide, value_name = "SECS", value_parser = parse_secs, help_heading = "API options")]
            pub timeout: Option<f64>,
            /// Total attempts per request, the first one included (1 disables retries).
            #[arg(long, global = $global, hide = $hide, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20), help_heading = "API options")]
            pub max_attempts: Option<u32>,
            /// Print the request that would be sent (key redacted) and send nothing.
            #[arg(long, global = $global, hide = $hide, help_heading = "API options")]
            pub dry_run: bool,
            /// Print one line per HTTP attempt on stderr (never a credential).
            #[arg(short, long, global = $global, hide = $hide, help_heading = "API options")]
            pub verbose: bool,
            /// Output format [default: table on a terminal, json otherwise].
            #[arg(short, long, value_enum, global = $global, hide = $hide, value_name = "FORMAT", help_heading = "API options")]
            pub output: Option<OutputFormat>,
        }
    };
}

api_opts!(
    /// Options of the commands that call the Terra API.
    ApiOpts,
    true,
    false
);

api_opts!(
    /// [`ApiOpts`] written before the command name (hidden from help).
    TopApiOpts,
    false,
    true
);

impl ApiOpts {
    /// These options, with what was written before the command name filling
    /// what was not written after it.
    pub fn merged(&self, top: &TopApiOpts) -> ApiOpts {
        ApiOpts {
            base_url: self.base_url.clone().or_else(|| top.base_url.clone()),
            api_key: self.api_key.clone().or_else(|| top.api_key.clone()),
            dev_id: self.dev_id.clone().or_else(|| top.dev_id.clone()),
            profile: self.profile.clone().or_else(|| top.profile.clone()),
            transport: self.transport.or(top.transport),
            timeout: self.timeout.or(top.timeout),
            max_attempts: self.max_attempts.or(top.max_attempts),
            dry_run: self.dry_run || top.dry_run,
            verbose: self.verbose || top.verbose,
            output: self.output.or(top.output),
        }
    }
}

/// How data is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A readable table (the default on a terminal).
    Table,
    /// Terra's JSON answer as received (the default in pipes).
    Json,
    /// One JSON document per record, one per line.
    Ndjson,
    /// Comma-separated values, one row per record, with a header.
    Csv,
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
        /// API options.
        #[command(flatten)]
        api: ApiOpts,
    },
    /// List the users connected to your developer account.
    Users {
        /// Fetch only this page (0-based); without it every page is fetched.
        #[arg(long, value_name = "N")]
        page: Option<u32>,
        /// Users per page.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
        per_page: Option<u32>,
        /// API options.
        #[command(flatten)]
        api: ApiOpts,
    },
    /// Inspect or disconnect one user.
    User(UserArgs),
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
        /// API options.
        #[command(flatten)]
        api: ApiOpts,
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
        /// API options.
        #[command(flatten)]
        api: ApiOpts,
    },
    /// Get a token for Terra's mobile SDKs to connect a user on the device.
    AuthToken {
        /// API options.
        #[command(flatten)]
        api: ApiOpts,
    },
    /// Fetch one data type for a user, inline or sent to your webhook.
    Data(DataArgs),
    /// Write records to a user's provider account (JSON from a file or stdin).
    Write(WriteArgs),
    /// Delete records from a user's provider account, by identifier; asks first on a terminal.
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
    /// Receive webhooks locally: verify, print and optionally forward each delivery.
    Listen(ListenArgs),
    /// Show or change the config file and its profiles.
    Config(ConfigArgs),
    /// Print a shell completion script on stdout.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page of `terra` (roff) on stdout, or write one page per
    /// command into a directory.
    Man {
        /// Write `terra.1`, `terra-users.1`, … into this directory instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

impl Command {
    /// The API options of an API command; `None` for offline commands.
    pub fn api_opts(&self) -> Option<&ApiOpts> {
        match self {
            Command::Providers { api, .. }
            | Command::Users { api, .. }
            | Command::Widget { api, .. }
            | Command::AuthUrl { api, .. }
            | Command::AuthToken { api } => Some(api),
            Command::User(a) => Some(&a.api),
            Command::Data(a) => Some(&a.api),
            Command::Write(a) => Some(&a.api),
            Command::Delete(a) => Some(&a.api),
            Command::Export(a) => Some(&a.api),
            Command::Webhook(_)
            | Command::Decode { .. }
            | Command::Mock(_)
            | Command::Listen(_)
            | Command::Config(_)
            | Command::Completions { .. }
            | Command::Man { .. } => None,
        }
    }
}

/// `terra user …`
#[derive(Debug, Args)]
pub struct UserArgs {
    /// API options.
    #[command(flatten)]
    pub api: ApiOpts,
    /// What to do.
    #[command(subcommand)]
    pub command: UserCommand,
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
    /// Disconnect a user (Terra sends a `deauth` webhook); asks first on a terminal.
    Deauth {
        /// Terra user id.
        #[arg(long, value_name = "ID")]
        user_id: String,
        /// Do not ask for confirmation (needed when stdin is not a terminal).
        #[arg(short, long)]
        yes: bool,
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
    /// API options.
    #[command(flatten)]
    pub api: ApiOpts,
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
    /// API options.
    #[command(flatten)]
    pub api: ApiOpts,
    /// What to delete.
    #[arg(value_enum)]
    pub kind: DeleteKind,
    /// Terra user id.
    #[arg(long, value_name = "ID")]
    pub user_id: String,
    /// Identifiers to delete (the `log_ids` of a write), comma-separated.
    #[arg(long, value_name = "ID1,ID2", value_delimiter = ',', required = true)]
    pub ids: Vec<String>,
    /// Do not ask for confirmation (needed when stdin is not a terminal).
    #[arg(short, long)]
    pub yes: bool,
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
    /// API options.
    #[command(flatten)]
    pub api: ApiOpts,
    /// Data type.
    #[arg(value_enum)]
    pub kind: DataTarget,
    /// Terra user id.
    #[arg(long, value_name = "ID")]
    pub user_id: String,
    /// Start of the range: YYYY-MM-DD, RFC 3339, unix seconds, `today`,
    /// `yesterday` or an offset like `-7d` (default: 7 days before today).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub start: Option<String>,
    /// End of the range (same formats; default: now).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
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
    /// API options.
    #[command(flatten)]
    pub api: ApiOpts,
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
    /// Start of the range: YYYY-MM-DD, RFC 3339, unix seconds, `today`,
    /// `yesterday` or an offset like `-30d`.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub start: String,
    /// End of the range, inclusive (same formats).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
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
        /// Timeout of the delivery, in seconds [default: 30].
        #[arg(long, value_name = "SECS", value_parser = parse_secs)]
        timeout: Option<f64>,
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
#[derive(Debug, Args)]
pub struct MockArgs {
    /// API key the emulator accepts [default: key-mock].
    #[arg(
        long,
        env = "TERRA_API_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub api_key: Option<String>,
    /// Developer id the emulator accepts [default: dev-mock].
    #[arg(long, env = "TERRA_DEV_ID", value_name = "ID")]
    pub dev_id: Option<String>,
    /// Port to listen on (127.0.0.1); 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Where the emulator delivers signed webhook events (http).
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<String>,
    /// Secret the webhook events are signed with (a fixed test value by
    /// default, printed in the banner too).
    #[arg(long, value_name = "S", default_value = tryterra_mock::DEFAULT_WEBHOOK_SECRET)]
    pub secret: String,
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

/// `terra listen …`
#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Webhook signing secret every delivery is verified with.
    #[arg(
        long,
        env = "TERRA_WEBHOOK_SECRET",
        hide_env_values = true,
        value_name = "S"
    )]
    pub secret: String,
    /// Port to listen on (127.0.0.1 only); 0 picks a free one.
    #[arg(long, value_name = "P", default_value_t = 8090)]
    pub port: u16,
    /// Path deliveries are accepted on (any path when not given).
    #[arg(long, value_name = "PATH")]
    pub path: Option<String>,
    /// Forward each verified delivery (body and headers) to this local URL.
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,
    /// Largest accepted age of a signature, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub tolerance: u64,
    /// Stop after this many deliveries (verified or not).
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
    /// Output format: one line per event (table, the default), or the whole
    /// event as JSON (json and ndjson: one document per line).
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
}

/// `terra config …`
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// What to do (default: show).
    #[command(subcommand)]
    pub command: Option<ConfigCommand>,
}

/// `terra config show | set | path`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the config file, secrets redacted.
    Show,
    /// Print where the config file is.
    Path,
    /// Create or change a profile (only what is given is changed).
    Set {
        /// Profile name.
        name: String,
        /// Base URL of the profile.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Developer id of the profile.
        #[arg(long, value_name = "ID")]
        dev_id: Option<String>,
        /// Read the API key from this environment variable.
        #[arg(long, value_name = "VAR", conflicts_with = "api_key_stdin")]
        api_key_env: Option<String>,
        /// Store the API key, read from stdin, in the file (owner-only permissions).
        #[arg(long)]
        api_key_stdin: bool,
        /// Make this profile the default one.
        #[arg(long)]
        default: bool,
    },
}
