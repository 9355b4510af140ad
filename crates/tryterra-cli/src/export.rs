//! `terra export`: many data types over a long range, as NDJSON, resumably.
//!
//! The range is cut into windows of at most 28 days (what Terra serves in
//! one request). Worker threads fetch windows concurrently; one writer
//! appends each window's records to the output as lines
//! `{"type":"activity","record":{…}}`, flushes them to disk, and only then
//! records the window as done in the sidecar state file `<out>.state`,
//! together with the output's length at that point. A rerun reads the state
//! file, cuts the output back to the last recorded length (dropping lines of
//! a window that was being written when the process stopped), skips the
//! finished windows and appends the rest: no record is written twice.

use std::collections::{HashSet, VecDeque};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tryterra_core::DateParam;

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

/// Fetches the records of one job. Each worker thread owns one.
pub trait Fetch {
    /// The records Terra returned for `job`, in order.
    fn fetch(&mut self, job: &Job) -> Result<Vec<Value>, CliError>;
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

/// The jobs of an export, in chronological order per type. `athlete` has no
/// range and is one job over the whole range. The windows are the library's
/// ([`tryterra_core::dates::windows`], the same as its windowed streams):
/// at most 28 days, consecutive, without overlap.
pub fn plan(kinds: &[DataKind], start: i64, end: i64, window_days: u32) -> Vec<Job> {
    let mut seen = HashSet::new();
    let mut jobs = Vec::new();
    for &kind in kinds {
        if !seen.insert(kind) {
            continue;
        }
        if kind == DataKind::Athlete {
            jobs.push(Job { kind, start, end });
            continue;
        }
        jobs.extend(
            tryterra_core::dates::windows(start, end, window_days).map(|w| Job {
                kind,
                start: w.start,
                end: w.end,
            }),
        );
    }
    jobs
}

/// A finished window in the state file: type name, start, end.
type WindowKey = (String, i64, i64);

/// Where the lines go.
enum Sink {
    Stdout,
    File { file: File, state: File, len: u64 },
}

/// Runs the export with `workers` threads, each with a fetcher made by
/// `make_fetcher`.
pub fn run<F, M>(args: &ExportArgs, make_fetcher: M) -> Result<(), CliError>
where
    F: Fetch,
    M: Fn() -> Result<F, CliError> + Sync,
{
    let (start, end) = range(&args.start, &args.end)?;
    let all_jobs = plan(&args.types, start, end, args.window_days);
    let header = Header {
        export: 1,
        user_id: args.user_id.clone(),
        start,
        end,
        window_days: args.window_days,
        with_samples: args.with_samples,
    };
    let (mut sink, done) = match &args.out {
        None => (Sink::Stdout, HashSet::new()),
        Some(path) => open_resumable(path, &header)?,
    };
    let pending: VecDeque<Job> = all_jobs
        .iter()
        .filter(|j| !done.contains(&(j.kind.as_str().to_owned(), j.start, j.end)))
        .copied()
        .collect();
    let total = all_jobs.len();
    let mut finished = total - pending.len();
    let mut records_written = 0usize;
    if finished > 0 {
        // Always said (not only on a terminal): a log of the run shows what
        // this run did not fetch again.
        out::eline(&resume_message(&all_jobs, &done, finished, total));
    }
    if pending.is_empty() {
        return Ok(());
    }
    let progress = Progress::new(total as u64, finished as u64);
    let workers = (args.concurrency.max(1) as usize).min(pending.len());
    let queue = Arc::new(Mutex::new(pending));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<(Job, Result<Vec<Value>, CliError>)>();
    let mut first_error: Option<CliError> = None;
    let mut write_failed = false;

    std::thread::scope(|scope| {
        for _ in 0..workers {
            let queue = Arc::clone(&queue);
            let stop = Arc::clone(&stop);
            let tx = tx.clone();
            let make_fetcher = &make_fetcher;
            scope.spawn(move || {
                let mut fetcher = match make_fetcher() {
                    Ok(f) => f,
                    Err(e) => {
                        stop.store(true, std::sync::atomic::Ordering::SeqCst);
                        let job = Job {
                            kind: DataKind::Activity,
                            start: 0,
                            end: 0,
                        };
                        let _ = tx.send((job, Err(e)));
                        return;
                    }
                };
                loop {
                    if stop.load(std::sync::atomic::Ordering::SeqCst) {
                        return;
                    }
                    let job = match queue.lock() {
                        Ok(mut q) => q.pop_front(),
                        Err(_) => None,
                    };
                    let Some(job) = job else { return };
                    let result = fetcher.fetch(&job);
                    if tx.send((job, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (job, result) in rx {
            match result {
                // Windows that complete after another one failed are still
                // written: a rerun then has less to fetch.
                Ok(records) if !write_failed => match write_window(&mut sink, &job, &records) {
                    Ok(()) => {
                        finished += 1;
                        records_written += records.len();
                        progress.window_done(records_written);
                    }
                    Err(e) => {
                        stop.store(true, std::sync::atomic::Ordering::SeqCst);
                        write_failed = true;
                        first_error.get_or_insert(e);
                    }
                },
                Ok(_) => {}
                Err(e) => {
                    stop.store(true, std::sync::atomic::Ordering::SeqCst);
                    if first_error.is_none() {
                        first_error = Some(match e {
                            CliError::Failed(m) => CliError::Failed(format!(
                                "{} {}..{}: {m}",
                                job.kind.as_str(),
                                job.start,
                                job.end
                            )),
                            other => other,
                        });
                    }
                }
            }
        }
    });
    progress.finish(first_error.is_none());
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
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

    #[test]
    fn windows_cover_the_range_without_overlap() {
        let (s, e) = range("2024-01-01", "2024-03-31").unwrap();
        let jobs = plan(
            &[DataKind::Sleep, DataKind::Sleep, DataKind::Athlete],
            s,
            e,
            28,
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

    struct Fake<'a> {
        calls: &'a AtomicUsize,
    }

    impl Fetch for Fake<'_> {
        fn fetch(&mut self, job: &Job) -> Result<Vec<Value>, CliError> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            Ok((0..3)
                .map(|i| serde_json::json!({"id": format!("{}-{}-{i}", job.kind.as_str(), job.start)}))
                .collect())
        }
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
        let calls = AtomicUsize::new(0);
        run(&a, || Ok(Fake { calls: &calls })).unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 8);
        let full = ids(&out);
        assert_eq!(full.len(), 24);

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

        let calls = AtomicUsize::new(0);
        run(&a, || Ok(Fake { calls: &calls })).unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 5);
        let mut resumed = ids(&out);
        let mut expected = full.clone();
        resumed.sort();
        expected.sort();
        assert_eq!(resumed, expected);

        // Everything is done: a third run fetches nothing.
        let calls = AtomicUsize::new(0);
        run(&a, || Ok(Fake { calls: &calls })).unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        assert_eq!(ids(&out).len(), 24);

        // Another range with the same state file is refused.
        let mut other = args(&out);
        other.end = "2024-04-30".into();
        assert!(matches!(
            run(&other, || Ok(Fake { calls: &calls })),
            Err(CliError::Usage(_))
        ));
    }
}
