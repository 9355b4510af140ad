//! `terra export`: many data types over a long range, as NDJSON, resumably.
//!
//! The fetching is the library's: for each data type, a
//! [`DataRequest`] over the range cuts it into windows of `--window-days`
//! days (at most 28, what Terra serves in one request) and its
//! [`stream_windows`](DataRequest::stream_windows) fetches up to
//! `--concurrency` of them at once, yielding them in order. What is the
//! CLI's own is the writing: each window's records are appended to the
//! output as lines `{"type":"activity","record":{…}}`, exactly as Terra sent
//! them, flushed to disk, and only then is the window recorded as done in
//! the sidecar state file `<out>.state`, together with the output's length
//! at that point. A rerun reads the state file, cuts the output back to the
//! last recorded length (dropping lines of a window that was being written
//! when the process stopped), hands the finished windows to
//! [`DataRequest::skip_windows`] and appends the rest: no record is written
//! twice.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::pin::Pin;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tryterra_core::client::{AsyncTransport, Client as Terra, DataRequest, Stream};
use tryterra_core::dates::Window;
use tryterra_core::{DateParam, ops};

use crate::cli::{DataKind, ExportArgs};
use crate::error::CliError;
use crate::out;

/// One unit of work: a data type over one window (unix seconds, inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Job {
    /// Data type.
    pub kind: DataKind,
    /// First second of the window.
    pub start: i64,
    /// Last second of the window.
    pub end: i64,
}

/// The export's identity, first line of the state file: a state file made
/// for another export must not be used to skip windows of this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    export: u32,
    user_id: String,
    start: i64,
    end: i64,
    window_days: u32,
    with_samples: bool,
}

/// One finished window, a line of the state file.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Done {
    #[serde(rename = "type")]
    kind: String,
    start: i64,
    end: i64,
    records: usize,
    /// Length of the output file once this window's records were written.
    out_len: u64,
}

/// Converts the command line's range to inclusive unix seconds: a date
/// start is its 00:00 UTC, a date end its last second.
pub fn range(start: &str, end: &str) -> Result<(i64, i64), CliError> {
    let s = crate::when::parse("--start", start)?.as_unix_seconds();
    let e = match crate::when::parse("--end", end)? {
        DateParam::Date(d) => d.days_since_epoch() * 86_400 + 86_399,
        DateParam::Unix(u) => u,
    };
    if s > e {
        return Err(CliError::Usage(format!(
            "--start {start} is after --end {end}"
        )));
    }
    Ok((s, e))
}

/// What an export asks for of every data type.
#[derive(Clone, Debug)]
pub struct Spec<'a> {
    /// Terra user id.
    pub user_id: &'a str,
    /// First second of the range.
    pub start: i64,
    /// Last second of the range.
    pub end: i64,
    /// Days per window.
    pub window_days: u32,
    /// Windows fetched at once.
    pub concurrency: usize,
    /// Ask for the detailed samples.
    pub with_samples: bool,
}

impl<'a> Spec<'a> {
    /// The export of the command line `args`.
    pub fn of(args: &'a ExportArgs) -> Result<Self, CliError> {
        let (start, end) = range(&args.start, &args.end)?;
        Ok(Self {
            user_id: &args.user_id,
            start,
            end,
            window_days: args.window_days,
            concurrency: args.concurrency.max(1) as usize,
            with_samples: args.with_samples,
        })
    }

    /// The library's request for data type `K` over the range: its
    /// windows, their operations and the stream fetching them.
    fn request<'c, T, K: ops::DataKind>(&self, terra: &'c Terra<T>) -> DataRequest<'c, T, K> {
        terra
            .data::<K>(self.user_id)
            .since(DateParam::Unix(self.start))
            .until(DateParam::Unix(self.end))
            .samples(self.with_samples)
            .window_days(self.window_days)
            .concurrency(self.concurrency)
    }
}

/// Runs `$windowed` with the type `$k` standing for the library's marker
/// type of a ranged `$kind`, or `$athlete` for [`DataKind::Athlete`].
macro_rules! by_kind {
    ($kind:expr, $k:ident => $windowed:expr, athlete => $athlete:expr $(,)?) => {
        match $kind {
            DataKind::Activity => {
                type $k = tryterra_core::ops::kind::Activity;
                $windowed
            }
            DataKind::Body => {
                type $k = tryterra_core::ops::kind::Body;
                $windowed
            }
            DataKind::Daily => {
                type $k = tryterra_core::ops::kind::Daily;
                $windowed
            }
            DataKind::Sleep => {
                type $k = tryterra_core::ops::kind::Sleep;
                $windowed
            }
            DataKind::Nutrition => {
                type $k = tryterra_core::ops::kind::Nutrition;
                $windowed
            }
            DataKind::Menstruation => {
                type $k = tryterra_core::ops::kind::Menstruation;
                $windowed
            }
            DataKind::Athlete => $athlete,
        }
    };
}

/// The data types of `kinds`, each once, in the order given.
fn distinct(kinds: &[DataKind]) -> Vec<DataKind> {
    let mut seen = HashSet::new();
    kinds.iter().copied().filter(|k| seen.insert(*k)).collect()
}

/// The jobs of an export, in chronological order per type. `athlete` has no
/// range and is one job over the whole range. The windows of the others are
/// those of the library's [`DataRequest::windows`] (what its stream
/// fetches): at most `window_days` days, consecutive, without overlap.
///
/// Planning sends nothing: `terra`'s transport is not used.
pub fn plan<T>(terra: &Terra<T>, kinds: &[DataKind], spec: &Spec<'_>) -> Vec<Job> {
    let mut jobs = Vec::new();
    for kind in distinct(kinds) {
        let windows = by_kind!(kind,
            K => spec.request::<T, K>(terra).windows(),
            athlete => vec![Window { start: spec.start, end: spec.end }],
        );
        jobs.extend(windows.into_iter().map(|w| Job {
            kind,
            start: w.start,
            end: w.end,
        }));
    }
    jobs
}

/// A finished window in the state file: type name, start, end.
type WindowKey = (String, i64, i64);

fn key(job: &Job) -> WindowKey {
    (job.kind.as_str().to_owned(), job.start, job.end)
}

/// Where the lines go.
enum Sink {
    Stdout,
    File { file: File, state: File, len: u64 },
}

/// The output, its state file and the progress bar.
struct Writer {
    sink: Sink,
    progress: Progress,
    records: usize,
}

impl Writer {
    /// Writes one finished window (durably, then marks it done).
    fn window(&mut self, job: &Job, records: &[Value]) -> Result<(), CliError> {
        write_window(&mut self.sink, job, records)?;
        self.records += records.len();
        self.progress.window_done(self.records);
        Ok(())
    }
}

/// Runs the export through `terra`: the windows of each data type from the
/// library's windowed stream, the finished ones (by the state file) skipped.
pub async fn run<T: AsyncTransport>(args: &ExportArgs, terra: &Terra<T>) -> Result<(), CliError> {
    let spec = Spec::of(args)?;
    let all_jobs = plan(terra, &args.types, &spec);
    let header = Header {
        export: 1,
        user_id: args.user_id.clone(),
        start: spec.start,
        end: spec.end,
        window_days: args.window_days,
        with_samples: args.with_samples,
    };
    let (sink, done) = match &args.out {
        None => (Sink::Stdout, HashSet::new()),
        Some(path) => open_resumable(path, &header)?,
    };
    let total = all_jobs.len();
    let finished = all_jobs.iter().filter(|j| done.contains(&key(j))).count();
    if finished > 0 {
        // Always said (not only on a terminal): a log of the run shows what
        // this run did not fetch again.
        out::eline(&resume_message(&all_jobs, &done, finished, total));
    }
    if finished == total {
        return Ok(());
    }
    let mut writer = Writer {
        sink,
        progress: Progress::new(total as u64, finished as u64),
        records: 0,
    };
    let result = fetch_all(terra, &args.types, &spec, &done, &mut writer).await;
    writer.progress.finish(result.is_ok());
    result
}

/// Fetches and writes every type in turn; stops at the first error.
async fn fetch_all<T: AsyncTransport>(
    terra: &Terra<T>,
    kinds: &[DataKind],
    spec: &Spec<'_>,
    done: &HashSet<WindowKey>,
    writer: &mut Writer,
) -> Result<(), CliError> {
    for kind in distinct(kinds) {
        by_kind!(kind,
            K => fetch_windows::<T, K>(terra, kind, spec, done, writer).await?,
            athlete => fetch_athlete(terra, spec, done, writer).await?,
        );
    }
    Ok(())
}

/// One ranged type: the library's stream of its windows not yet done,
/// each written as it comes (in order).
async fn fetch_windows<T: AsyncTransport, K: ops::DataKind>(
    terra: &Terra<T>,
    kind: DataKind,
    spec: &Spec<'_>,
    done: &HashSet<WindowKey>,
    writer: &mut Writer,
) -> Result<(), CliError> {
    let skip: Vec<Window> = done
        .iter()
        .filter(|(k, _, _)| k == kind.as_str())
        .map(|&(_, start, end)| Window { start, end })
        .collect();
    let request = spec.request::<T, K>(terra).skip_windows(skip);
    let pending = request.windows();
    if pending.is_empty() {
        return Ok(());
    }
    let mut windows = request.stream_windows();
    let mut yielded = 0;
    while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut windows).poll_next(cx)).await {
        match item {
            Ok(data) => {
                let job = Job {
                    kind,
                    start: data.window.start,
                    end: data.window.end,
                };
                writer.window(&job, &records(data.response.raw(), "data")?)?;
                yielded += 1;
            }
            // The stream's error is that of the first window it has not
            // yielded; it ends there.
            Err(e) => return Err(naming(e.into(), kind, pending.get(yielded).copied())),
        }
    }
    Ok(())
}

/// `athlete`: one request, not windowed.
async fn fetch_athlete<T: AsyncTransport>(
    terra: &Terra<T>,
    spec: &Spec<'_>,
    done: &HashSet<WindowKey>,
    writer: &mut Writer,
) -> Result<(), CliError> {
    let job = Job {
        kind: DataKind::Athlete,
        start: spec.start,
        end: spec.end,
    };
    if done.contains(&key(&job)) {
        return Ok(());
    }
    let window = Window {
        start: job.start,
        end: job.end,
    };
    let answer = terra
        .execute(ops::GetAthlete::new(spec.user_id))
        .await
        .map_err(|e| naming(e.into(), job.kind, Some(window)))?;
    writer.window(&job, &records(answer.raw(), "athlete")?)
}

/// An API failure with the type and window it happened on.
fn naming(err: CliError, kind: DataKind, window: Option<Window>) -> CliError {
    match (err, window) {
        (CliError::Failed(m), Some(w)) => {
            CliError::Failed(format!("{} {}..{}: {m}", kind.as_str(), w.start, w.end))
        }
        (other, _) => other,
    }
}

/// The records of an answer, as Terra sent them (from its raw body, so
/// fields the SDK does not model are kept): the `data` array, or the
/// `athlete` object.
fn records(raw: &[u8], key: &str) -> Result<Vec<Value>, CliError> {
    let mut value: Value = serde_json::from_slice(raw)
        .map_err(|e| CliError::Failed(format!("Terra's answer is not JSON: {e}")))?;
    Ok(match value.get_mut(key).map(Value::take) {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    })
}

/// `--dry-run`: prints every request of the export in order through
/// `client` (a dry-run client, which prints instead of sending), the
/// windows being the library's. Nothing is written.
pub fn dry_run(args: &ExportArgs, client: &crate::client::Client) -> Result<(), CliError> {
    fn shown<O>(answer: Result<O, CliError>) -> Result<(), CliError> {
        match answer {
            Ok(_) | Err(CliError::DryRun) => Ok(()),
            Err(e) => Err(e),
        }
    }
    let spec = Spec::of(args)?;
    // Only plans the requests: no transport, no credentials needed.
    let planner = Terra::with_transport(
        tryterra_core::Credentials::new("", ""),
        tryterra_core::Config::default(),
        (),
    );
    for kind in distinct(&args.types) {
        by_kind!(kind,
            K => {
                for (_, op) in spec.request::<(), K>(&planner).window_operations() {
                    shown(client.execute(op))?;
                }
            },
            athlete => shown(client.execute(ops::GetAthlete::new(spec.user_id)))?,
        );
    }
    Ok(())
}

/// What a resumed export skips, on one line.
fn resume_message(
    all_jobs: &[Job],
    done: &HashSet<WindowKey>,
    finished: usize,
    total: usize,
) -> String {
    const SHOWN: usize = 8;
    let skipped: Vec<String> = all_jobs
        .iter()
        .filter(|j| done.contains(&(j.kind.as_str().to_owned(), j.start, j.end)))
        .map(|j| format!("{} {}..{}", j.kind.as_str(), day(j.start), day(j.end)))
        .collect();
    let mut text = format!(
        "terra: export resumed: skipping {finished} of {total} windows already done: {}",
        skipped
            .iter()
            .take(SHOWN)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    if skipped.len() > SHOWN {
        text.push_str(&format!(" and {} more", skipped.len() - SHOWN));
    }
    text
}

/// The UTC calendar day of a unix time, as YYYY-MM-DD.
fn day(unix: i64) -> String {
    tryterra_core::CalendarDate::from_days_since_epoch(unix.div_euclid(86_400))
        .map(|d| d.to_string())
        .unwrap_or_else(|| unix.to_string())
}

/// The progress bar on stderr, drawn only when stderr is a terminal:
/// windows done out of all, records written, their rate and the ETA.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
}

impl Progress {
    fn new(total: u64, done: u64) -> Self {
        if !io::stderr().is_terminal() {
            return Self {
                bar: None,
                started: std::time::Instant::now(),
            };
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::stderr(),
        );
        let style = indicatif::ProgressStyle::with_template(
            "export [{bar:30}] {pos}/{len} windows, {msg}, ETA {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_position(done);
        // The ETA counts from what this run fetches, not what it skipped.
        bar.reset_eta();
        bar.set_message("0 records");
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Self {
            bar: Some(bar),
            started: std::time::Instant::now(),
        }
    }

    fn window_done(&self, records: usize) {
        if let Some(bar) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64().max(0.001);
            bar.set_message(format!(
                "{records} records, {:.0} records/s",
                records as f64 / secs
            ));
            bar.inc(1);
        }
    }

    fn finish(&self, ok: bool) {
        if let Some(bar) = &self.bar {
            if ok {
                bar.finish();
            } else {
                bar.abandon();
            }
        }
    }
}

/// Opens (or creates) the output and its state file; returns the windows
/// already done.
fn open_resumable(path: &Path, header: &Header) -> Result<(Sink, HashSet<WindowKey>), CliError> {
    let state_path = state_path(path);
    let io_err = |what: &str, p: &Path, e: io::Error| {
        CliError::Failed(format!("cannot {what} {}: {e}", p.display()))
    };
    let mut done = HashSet::new();
    let mut committed_len = 0u64;
    let state_exists = state_path.exists();
    if state_exists {
        let f = File::open(&state_path).map_err(|e| io_err("read", &state_path, e))?;
        let mut lines = BufReader::new(f).lines();
        let first = lines
            .next()
            .transpose()
            .map_err(|e| io_err("read", &state_path, e))?;
        let Some(first) = first.filter(|l| !l.trim().is_empty()) else {
            return Err(CliError::Usage(format!(
                "{} is empty; remove it to start the export afresh",
                state_path.display()
            )));
        };
        let found: Header = serde_json::from_str(&first).map_err(|e| {
            CliError::Usage(format!(
                "{} is not an export state file ({e})",
                state_path.display()
            ))
        })?;
        if &found != header {
            return Err(CliError::Usage(format!(
                "{} belongs to another export (user, range, window size or samples differ); \
                 remove it or choose another --out",
                state_path.display()
            )));
        }
        for line in lines {
            let line = line.map_err(|e| io_err("read", &state_path, e))?;
            if line.trim().is_empty() {
                continue;
            }
            // A torn last line (the process stopped while writing it) is
            // ignored: its window is fetched again, and the output is cut
            // back to the previous window's end below.
            let Ok(d) = serde_json::from_str::<Done>(&line) else {
                break;
            };
            committed_len = committed_len.max(d.out_len);
            done.insert((d.kind, d.start, d.end));
        }
    }
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| io_err("open", path, e))?;
    let current = file.metadata().map_err(|e| io_err("read", path, e))?.len();
    if !state_exists && current > 0 {
        return Err(CliError::Usage(format!(
            "{} already exists and has no state file {}; refusing to append to it",
            path.display(),
            state_path.display()
        )));
    }
    if current < committed_len {
        return Err(CliError::Usage(format!(
            "{} is shorter than its state file says ({current} < {committed_len} bytes); \
             remove both to start afresh",
            path.display()
        )));
    }
    if committed_len > 0 {
        use std::io::{Read, Seek};
        let mut last = [0u8; 1];
        file.seek(io::SeekFrom::Start(committed_len - 1))
            .and_then(|_| file.read_exact(&mut last))
            .map_err(|e| io_err("read", path, e))?;
        if last[0] != b'\n' {
            return Err(CliError::Usage(format!(
                "{} does not match its state file (no line ends at byte {committed_len}); \
                 remove both to start afresh",
                path.display()
            )));
        }
    }
    // Lines past the last committed window belong to a window that was
    // interrupted; it is fetched again, so drop them.
    file.set_len(committed_len)
        .map_err(|e| io_err("truncate", path, e))?;
    use std::io::Seek;
    file.seek(io::SeekFrom::End(0))
        .map_err(|e| io_err("seek", path, e))?;
    let mut state = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&state_path)
        .map_err(|e| io_err("open", &state_path, e))?;
    if !state_exists {
        let mut line = serde_json::to_vec(header)
            .map_err(|e| CliError::Failed(format!("cannot encode the state header: {e}")))?;
        line.push(b'\n');
        state
            .write_all(&line)
            .and_then(|()| state.sync_all())
            .map_err(|e| io_err("write", &state_path, e))?;
    }
    Ok((
        Sink::File {
            file,
            state,
            len: committed_len,
        },
        done,
    ))
}

/// `<out>.state`
pub fn state_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".state");
    PathBuf::from(name)
}

#[derive(Serialize)]
struct Line<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    record: &'a Value,
}

/// Writes one window's records, makes them durable, then marks the window
/// done.
fn write_window(sink: &mut Sink, job: &Job, records: &[Value]) -> Result<(), CliError> {
    let mut buf = Vec::with_capacity(records.len() * 256);
    for record in records {
        serde_json::to_writer(
            &mut buf,
            &Line {
                kind: job.kind.as_str(),
                record,
            },
        )
        .map_err(|e| CliError::Failed(format!("cannot encode a record: {e}")))?;
        buf.push(b'\n');
    }
    match sink {
        Sink::Stdout => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(&buf).map_err(CliError::stdout)?;
            stdout.flush().map_err(CliError::stdout)
        }
        Sink::File { file, state, len } => {
            let fail = |e: io::Error| CliError::Failed(format!("cannot write the export: {e}"));
            file.write_all(&buf).map_err(fail)?;
            file.sync_data().map_err(fail)?;
            *len += buf.len() as u64;
            let done = Done {
                kind: job.kind.as_str().to_owned(),
                start: job.start,
                end: job.end,
                records: records.len(),
                out_len: *len,
            };
            let mut line = serde_json::to_vec(&done)
                .map_err(|e| CliError::Failed(format!("cannot encode the state: {e}")))?;
            line.push(b'\n');
            state.write_all(&line).map_err(fail)?;
            state.sync_data().map_err(fail)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(start: i64, end: i64, window_days: u32) -> Spec<'static> {
        Spec {
            user_id: "u1",
            start,
            end,
            window_days,
            concurrency: 3,
            with_samples: false,
        }
    }

    #[test]
    fn windows_cover_the_range_without_overlap() {
        let (s, e) = range("2024-01-01", "2024-03-31").unwrap();
        // Planning asks the library for the windows and sends nothing.
        let terra = Terra::with_transport(
            tryterra_core::Credentials::new("d", "k"),
            tryterra_core::Config::default(),
            (),
        );
        let jobs = plan(
            &terra,
            &[DataKind::Sleep, DataKind::Sleep, DataKind::Athlete],
            &spec(s, e, 28),
        );
        let sleep: Vec<_> = jobs.iter().filter(|j| j.kind == DataKind::Sleep).collect();
        assert_eq!(sleep.len(), 4); // 91 days
        assert_eq!(sleep[0].start, s);
        assert_eq!(sleep[3].end, e);
        for w in sleep.windows(2) {
            assert_eq!(w[0].end + 1, w[1].start);
            assert!(w[0].end - w[0].start < 28 * 86_400);
        }
        assert_eq!(
            jobs.iter().filter(|j| j.kind == DataKind::Athlete).count(),
            1
        );
        // A smaller window size is the library's too.
        let weekly = plan(&terra, &[DataKind::Daily], &spec(s, e, 7));
        assert_eq!(weekly.len(), 13);
        assert_eq!(weekly[1].start, s + 7 * 86_400);
    }

    #[test]
    fn range_rejects_reversed_and_bad_dates() {
        assert!(matches!(
            range("2024-02-01", "2024-01-01"),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            range("yesterday", "2024-01-01"),
            Err(CliError::Usage(_))
        ));
        assert_eq!(range("100", "200").unwrap(), (100, 200));
    }
}

#[cfg(test)]
mod resume_tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    /// Runs the export against a transport answering every window with
    /// three records named after the type and the window's start; returns
    /// how many requests it answered.
    fn run_counting(args: &ExportArgs) -> (Result<(), CliError>, usize) {
        let calls = AtomicUsize::new(0);
        let transport = tryterra_core::client::FnTransport::new(
            |request: http::Request<Vec<u8>>| {
                calls.fetch_add(1, Ordering::SeqCst);
                let kind = request.uri().path().rsplit('/').next().unwrap_or_default();
                let start = request
                    .uri()
                    .query()
                    .unwrap_or_default()
                    .split('&')
                    .find_map(|p| p.strip_prefix("start_date="))
                    .unwrap_or_default();
                let data: Vec<Value> = (0..3)
                    .map(|i| serde_json::json!({"id": format!("{kind}-{start}-{i}")}))
                    .collect();
                let body = serde_json::json!({"data": data, "type": kind}).to_string();
                std::future::ready(Ok::<_, std::io::Error>(http::Response::new(
                    body.into_bytes(),
                )))
            },
            |_: Duration| std::future::ready(()),
        );
        let terra = Terra::with_transport(
            tryterra_core::Credentials::new("d", "k"),
            tryterra_core::Config::default(),
            transport,
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let result = runtime.block_on(run(args, &terra));
        (result, calls.load(Ordering::SeqCst))
    }

    fn temp_out(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("tryterra-cli-export-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("out.ndjson")
    }

    fn args(out: &Path) -> ExportArgs {
        ExportArgs {
            api: Default::default(),
            user_id: "u1".into(),
            types: vec![DataKind::Activity, DataKind::Sleep],
            start: "2024-01-01".into(),
            end: "2024-03-31".into(),
            out: Some(out.to_path_buf()),
            window_days: 28,
            concurrency: 3,
            with_samples: false,
        }
    }

    fn ids(out: &Path) -> Vec<String> {
        std::fs::read_to_string(out)
            .unwrap()
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                v["record"]["id"].as_str().unwrap().to_owned()
            })
            .collect()
    }

    #[test]
    fn interrupted_export_resumes_without_duplicates() {
        let out = temp_out("resume");
        let a = args(&out);
        let (result, calls) = run_counting(&a);
        result.unwrap();
        assert_eq!(calls, 8);
        let full = ids(&out);
        assert_eq!(full.len(), 24);
        // Each type's windows in order, as the stream yields them.
        assert_eq!(full[0], "activity-2024-01-01-0");
        assert_eq!(full[3], "activity-2024-01-29-0");
        assert_eq!(full[12], "sleep-2024-01-01-0");
        assert_eq!(full[23], "sleep-2024-03-25-2");

        // Simulate an interruption after three windows: keep the header and
        // three state lines, and leave half-written lines of a fourth window
        // in the output.
        let state = std::fs::read_to_string(state_path(&out)).unwrap();
        let kept: Vec<&str> = state.lines().take(4).collect();
        let last: Done = serde_json::from_str(kept[3]).unwrap();
        std::fs::write(state_path(&out), kept.join("\n") + "\n").unwrap();
        let mut data = std::fs::read(&out).unwrap();
        data.truncate(last.out_len as usize);
        data.extend_from_slice(
            b"{\"type\":\"sleep\",\"record\":{\"id\":\"torn\"}}\n{\"type\":\"sl",
        );
        std::fs::write(&out, data).unwrap();

        let (result, calls) = run_counting(&a);
        result.unwrap();
        assert_eq!(calls, 5);
        let mut resumed = ids(&out);
        let mut expected = full.clone();
        resumed.sort();
        expected.sort();
        assert_eq!(resumed, expected);

        // Everything is done: a third run fetches nothing.
        let (result, calls) = run_counting(&a);
        result.unwrap();
        assert_eq!(calls, 0);
        assert_eq!(ids(&out).len(), 24);

        // Another range with the same state file is refused.
        let mut other = args(&out);
        other.end = "2024-04-30".into();
        assert!(matches!(run_counting(&other).0, Err(CliError::Usage(_))));
    }
}
