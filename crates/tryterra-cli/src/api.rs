//! The API commands: providers, users, user, widget, auth-url, auth-token,
//! data, write, delete, export.

use clap::ValueEnum;
use serde_json::Value;
use tryterra_core::ops::{self, kind};
use tryterra_core::{DateParam, Response};

use crate::cli::{
    Command, DataArgs, DataKind, DeleteArgs, DeleteKind, ExportArgs, OutputFormat, UserCommand,
    WriteArgs, WriteKind,
};
use crate::client::Client;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::export;
use crate::out;

/// Prints what Terra answered, as received (the typed value has already
/// been decoded, so a malformed answer has failed before this point), in
/// the output format of `ctx`.
fn print_raw<T>(ctx: &Ctx, response: &Response<T>) -> Result<(), CliError> {
    out::print_doc(out::format(ctx.output), response.raw())
}

/// Asks on the terminal before a destructive command; `--yes` (and a dry
/// run, which sends nothing) skips the question. Without a terminal on
/// stdin to ask on, refuses unless `--yes` was given.
fn confirm(ctx: &Ctx, what: &str, yes: bool) -> Result<(), CliError> {
    use std::io::{BufRead, IsTerminal, Write};
    if yes || ctx.dry_run {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(format!(
            "refusing to {what} without --yes: stdin is not a terminal to confirm on"
        )));
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "terra: {what}? [y/N] ");
    let _ = err.flush();
    drop(err);
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::Failed(format!("cannot read the answer: {e}")))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CliError::Failed("cancelled; nothing was sent".to_owned()))
    }
}

/// Runs an API command.
pub fn run(ctx: &Ctx, command: Command) -> Result<(), CliError> {
    match command {
        Command::Providers { detailed, sdk, .. } => {
            // The provider list needs no credentials; send them when given.
            let client = Client::new(ctx, ctx.credentials_or_anonymous())?;
            if detailed {
                print_raw(
                    ctx,
                    &client.execute(ops::ListProvidersDetailed::new().sdk(sdk))?,
                )
            } else {
                print_raw(ctx, &client.execute(ops::ListProviders::new())?)
            }
        }
        Command::Users { page, per_page, .. } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            users(ctx, &client, page, per_page)
        }
        Command::User(args) => user(ctx, args.command),
        Command::AuthToken { .. } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            print_raw(ctx, &client.execute(ops::GenerateAuthToken::new())?)
        }
        Command::Write(args) => {
            let records = read_records(&args)?;
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            write(ctx, &client, args, records)
        }
        Command::Delete(args) => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            let what = format!(
                "delete {} {} record(s) of user {}",
                args.ids.len(),
                args.kind
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default(),
                args.user_id
            );
            confirm(ctx, &what, args.yes)?;
            delete(ctx, &client, args)
        }
        Command::Widget {
            providers,
            success_url,
            failure_url,
            language,
            reference_id,
            ..
        } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            let mut op = ops::GenerateWidgetSession::new().providers(providers);
            if let Some(u) = success_url {
                op = op.auth_success_redirect_url(u);
            }
            if let Some(u) = failure_url {
                op = op.auth_failure_redirect_url(u);
            }
            if let Some(l) = language {
                op = op.language(l);
            }
            if let Some(r) = reference_id {
                op = op.reference_id(r);
            }
            print_raw(ctx, &client.execute(op)?)
        }
        Command::AuthUrl {
            resource,
            success_url,
            failure_url,
            reference_id,
            language,
            ..
        } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            let mut op = ops::AuthenticateUser::new(resource);
            if let Some(u) = success_url {
                op = op.auth_success_redirect_url(u);
            }
            if let Some(u) = failure_url {
                op = op.auth_failure_redirect_url(u);
            }
            if let Some(l) = language {
                op = op.language(l);
            }
            if let Some(r) = reference_id {
                op = op.reference_id(r);
            }
            print_raw(ctx, &client.execute(op)?)
        }
        Command::Data(args) => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            data(ctx, &client, &args)
        }
        Command::Export(args) => export_cmd(ctx, &args),
        _ => Err(CliError::Failed("not an API command".to_owned())),
    }
}

/// `terra user …`
fn user(ctx: &Ctx, command: UserCommand) -> Result<(), CliError> {
    match command {
        UserCommand::Info {
            user_id,
            reference_id,
        } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            let op = match (user_id, reference_id) {
                (Some(id), _) => ops::GetUserInfo::by_user_id(id),
                (None, Some(r)) => ops::GetUserInfo::by_reference_id(r),
                (None, None) => {
                    return Err(CliError::Usage(
                        "give --user-id or --reference-id".to_owned(),
                    ));
                }
            };
            print_raw(ctx, &client.execute(op)?)
        }
        UserCommand::Deauth { user_id, yes } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            confirm(ctx, &format!("deauthenticate user {user_id}"), yes)?;
            print_raw(ctx, &client.execute(ops::DeauthenticateUser::new(user_id))?)
        }
        UserCommand::Update {
            user_id,
            reference_id,
            active,
        } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            let mut op = ops::ModifyUser::new(user_id);
            if let Some(r) = reference_id {
                op = op.reference_id(r);
            }
            if let Some(a) = active {
                op = op.active(a);
            }
            print_raw(ctx, &client.execute(op)?)
        }
        UserCommand::BulkInfo { user_ids } => {
            let client = Client::new(ctx, ctx.credentials()?.clone())?;
            print_raw(ctx, &client.execute(ops::BulkUserInfo::new(user_ids))?)
        }
    }
}

/// `terra users`: one page, or every page followed to the end.
fn users(
    ctx: &Ctx,
    client: &Client,
    page: Option<u32>,
    per_page: Option<u32>,
) -> Result<(), CliError> {
    if let Some(page) = page {
        let mut op = ops::ListUsers::page(u64::from(page));
        if let Some(n) = per_page {
            op = op.per_page(u64::from(n));
        }
        return print_raw(ctx, &client.execute(op)?);
    }
    let mut all: Vec<Value> = Vec::new();
    let mut page = 0u64;
    // A server answering with a non-increasing `next` must not loop forever.
    for _ in 0..100_000 {
        let mut op = ops::ListUsers::page(page);
        if let Some(n) = per_page {
            op = op.per_page(u64::from(n));
        }
        let answer = client.execute(op)?;
        for user in answer.users() {
            all.push(
                serde_json::to_value(user)
                    .map_err(|e| CliError::Failed(format!("cannot encode a user: {e}")))?,
            );
        }
        match answer.next_page() {
            Some(next) if next > page => page = next,
            _ => break,
        }
    }
    out::print_value(
        out::format(ctx.output),
        &serde_json::json!({ "users": all }),
    )
}

fn parse_date(flag: &str, value: &str) -> Result<DateParam, CliError> {
    crate::when::parse(flag, value)
}

/// `--start` and `--end`, or the default range (the last 7 full days up
/// to now) for what is not given.
fn range_of(args: &DataArgs) -> Result<(DateParam, DateParam), CliError> {
    let (default_start, default_end) = crate::when::default_range();
    let start = match &args.start {
        Some(s) => parse_date("--start", s)?,
        None => default_start,
    };
    let end = match &args.end {
        Some(e) => parse_date("--end", e)?,
        None => default_end,
    };
    Ok((start, end))
}

/// The records of `terra write --file F`: a JSON array, or an object
/// whose `data` is one.
fn read_records(args: &WriteArgs) -> Result<Vec<Value>, CliError> {
    let name = args.file.display().to_string();
    let bytes = if args.file.as_os_str() == "-" {
        crate::input::read_stdin()?.to_vec()
    } else {
        std::fs::read(&args.file)
            .map_err(|e| CliError::Usage(format!("--file {name}: cannot read: {e}")))?
    };
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| CliError::Usage(format!("--file {name}: not valid JSON: {e}")))?;
    match value {
        Value::Array(records) => Ok(records),
        Value::Object(mut o) => match o.remove("data") {
            Some(Value::Array(records)) => Ok(records),
            _ => Err(CliError::Usage(format!(
                "--file {name}: expected a JSON array of records or an object with a `data` array"
            ))),
        },
        _ => Err(CliError::Usage(format!(
            "--file {name}: expected a JSON array of records or an object with a `data` array"
        ))),
    }
}

/// `terra write KIND`.
fn write(ctx: &Ctx, client: &Client, args: WriteArgs, records: Vec<Value>) -> Result<(), CliError> {
    macro_rules! send {
        ($op:ty) => {{
            let mut op = <$op>::from_json(records);
            if let Some(u) = args.user_id {
                op = op.user_id(u);
            }
            print_raw(ctx, &client.execute(op)?)
        }};
    }
    match args.kind {
        WriteKind::Activity => send!(ops::WriteActivity),
        WriteKind::Body => send!(ops::WriteBody),
        WriteKind::Nutrition => send!(ops::WriteNutrition),
        WriteKind::PlannedWorkout => {
            let Some(user_id) = args.user_id else {
                return Err(CliError::Usage(
                    "write planned-workout needs --user-id".to_owned(),
                ));
            };
            print_raw(
                ctx,
                &client.execute(ops::WritePlannedWorkoutPlans::from_json(user_id, records))?,
            )
        }
    }
}

/// `terra delete KIND`.
fn delete(ctx: &Ctx, client: &Client, args: DeleteArgs) -> Result<(), CliError> {
    let DeleteArgs {
        kind, user_id, ids, ..
    } = args;
    match kind {
        DeleteKind::Body => print_raw(
            ctx,
            &client.execute(ops::DeleteBodyEntries::new(user_id, ids))?,
        ),
        DeleteKind::Nutrition => print_raw(
            ctx,
            &client.execute(ops::DeleteNutritionEntries::new(user_id, ids))?,
        ),
        DeleteKind::PlannedWorkout => print_raw(
            ctx,
            &client.execute(ops::DeletePlannedWorkoutPlans::new(user_id, ids))?,
        ),
    }
}

/// `terra data planned-workout`: the singular `GET /plannedWorkout`.
fn plans(ctx: &Ctx, client: &Client, args: &DataArgs) -> Result<(), CliError> {
    if args.with_samples {
        return Err(CliError::Usage(
            "planned-workout takes no --with-samples".to_owned(),
        ));
    }
    let (start, end) = range_of(args)?;
    let op = ops::GetPlannedWorkoutPlans::new(&args.user_id, start).end(end);
    if args.to_webhook {
        print_raw(ctx, &client.execute(op.to_webhook())?)
    } else {
        print_raw(ctx, &client.execute(op)?)
    }
}

/// `terra data KIND`.
fn data(ctx: &Ctx, client: &Client, args: &DataArgs) -> Result<(), CliError> {
    let Some(kind) = args.kind.data_kind() else {
        return plans(ctx, client, args);
    };
    if kind == DataKind::Athlete {
        if args.start.is_some() || args.end.is_some() || args.with_samples {
            return Err(CliError::Usage(
                "athlete takes no --start, --end or --with-samples".to_owned(),
            ));
        }
        let op = ops::GetAthlete::new(&args.user_id);
        return if args.to_webhook {
            print_raw(ctx, &client.execute(op.to_webhook())?)
        } else {
            print_raw(ctx, &client.execute(op)?)
        };
    }
    let (start, end) = range_of(args)?;
    match kind {
        DataKind::Activity => data_of::<kind::Activity>(ctx, client, args, start, end),
        DataKind::Body => data_of::<kind::Body>(ctx, client, args, start, end),
        DataKind::Daily => data_of::<kind::Daily>(ctx, client, args, start, end),
        DataKind::Sleep => data_of::<kind::Sleep>(ctx, client, args, start, end),
        DataKind::Nutrition => data_of::<kind::Nutrition>(ctx, client, args, start, end),
        DataKind::Menstruation => data_of::<kind::Menstruation>(ctx, client, args, start, end),
        DataKind::Athlete => unreachable_athlete(),
    }
}

fn unreachable_athlete() -> Result<(), CliError> {
    Err(CliError::Failed("athlete is handled above".to_owned()))
}

fn data_of<K: ops::DataKind>(
    ctx: &Ctx,
    client: &Client,
    args: &DataArgs,
    start: DateParam,
    end: DateParam,
) -> Result<(), CliError> {
    let mut op = ops::GetData::<K>::new(&args.user_id, start).end(end);
    if args.with_samples {
        op = op.with_samples(true);
    }
    if args.to_webhook {
        print_raw(ctx, &client.execute(op.to_webhook())?)
    } else {
        print_raw(ctx, &client.execute(op)?)
    }
}

/// `terra export`: the library's windowed stream over an async client on a
/// tokio runtime of its own (see [`export::run`]).
fn export_cmd(ctx: &Ctx, args: &ExportArgs) -> Result<(), CliError> {
    if matches!(ctx.output, Some(OutputFormat::Table | OutputFormat::Csv)) && !ctx.dry_run {
        return Err(CliError::Usage(
            "export writes NDJSON lines; --output table and csv do not apply".to_owned(),
        ));
    }
    let credentials = ctx.credentials()?.clone();
    if ctx.dry_run {
        // Every request of the export, in order; no file is touched.
        export::dry_run(args, &Client::new(ctx, credentials)?)?;
        return Err(CliError::DryRun);
    }
    // Two workers drive the connections while this thread writes the
    // output; the stream itself bounds how many requests are in flight.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::Failed(format!("cannot start the async runtime: {e}")))?;
    let terra = crate::client::export_client(ctx, credentials)?;
    let result = runtime.block_on(export::run(args, &terra));
    // After an error, requests of later windows may still be running on the
    // blocking pool (ureq); their answers are not wanted.
    runtime.shutdown_background();
    result
}
