//! [`DataRequest`]: the builder behind [`Client::activity`],
//! [`Client::sleep`]… and [`Client::data`].
//!
//! A data call is built by chaining setters on what the method returns, and
//! finished like any other call: `.await` over an async transport,
//! [`DataRequest::call`] over a blocking one.
//!
//! ```
//! # use tryterra_core::client::{BlockingTransport, Client};
//! # use tryterra_core::{CalendarDate, Config, Credentials, TransportError};
//! # struct Canned;
//! # impl BlockingTransport for Canned {
//! #     fn send(&self, r: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
//! #         assert_eq!(r.uri().query(), Some("user_id=u-1&start_date=2026-01-01&end_date=2026-01-07&to_webhook=false&with_samples=true&timeout=30"));
//! #         Ok(http::Response::new(br#"{"data":[],"type":"sleep"}"#.to_vec()))
//! #     }
//! #     fn sleep(&self, _: std::time::Duration) {}
//! # }
//! # let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), Canned);
//! let first = CalendarDate::new(2026, 1, 1)?;
//! let week = terra
//!     .sleep("u-1")
//!     .since(first)
//!     .until(CalendarDate::new(2026, 1, 7)?)
//!     .with_samples()
//!     .extra("timeout", "30")
//!     .call()?; // async transports: .await?
//! assert!(week.data.is_empty());
//! # Ok::<(), tryterra_core::Error>(())
//! ```

use std::fmt;
use std::future::IntoFuture;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime};

use super::Client;
use super::methods::OpCall;
use super::transport::{AsyncTransport, BlockingTransport};
use crate::dates::{DateParam, MAX_WINDOW_DAYS, Window, range_seconds, windows};
use crate::error::Error;
use crate::operation::Response;
use crate::ops::{DataKind, DataResponse, GetData, RequestToWebhook};

/// The range a [`DataRequest`] covers when neither [`DataRequest::since`]
/// nor [`DataRequest::until`] is set: the last 7 days up to now.
pub const DEFAULT_RANGE: Duration = Duration::from_secs(7 * 86_400);

/// A data call being built: `client.sleep(user).since(a).until(b)`.
///
/// The range:
///
/// - nothing set: the last 7 days up to now ([`DEFAULT_RANGE`], as unix
///   seconds, read from the clock when the request is built);
/// - only [`since`](Self::since): from then, with no `end_date` sent
///   (Terra's own default applies);
/// - only [`until`](Self::until): the 7 days before that end;
/// - both: exactly that (an end given as a date includes the whole day).
///
/// Dates are anything that converts into a [`DateParam`]: a
/// [`CalendarDate`](crate::CalendarDate), unix seconds, a `SystemTime`, and
/// with the `chrono`, `time` or `jiff` features their date and date-time
/// types.
///
/// Finish it with `.await` (async transports), [`DataRequest::call`]
/// (blocking transports), or turn it into a webhook delivery with
/// [`DataRequest::to_webhook`].
#[must_use = "a data request sends nothing until it is awaited (async transports) or .call()ed (blocking ones)"]
pub struct DataRequest<'c, T, K> {
    client: &'c Client<T>,
    user_id: String,
    start: Option<DateParam>,
    end: Option<DateParam>,
    with_samples: Option<bool>,
    extra: Vec<(String, String)>,
    window_days: u32,
    concurrency: usize,
    skip: Vec<Window>,
    kind: PhantomData<fn() -> K>,
}

/// How many windows [`DataRequest::stream`] fetches at once unless told
/// otherwise.
pub const DEFAULT_CONCURRENCY: usize = 4;

impl<'c, T, K: DataKind> DataRequest<'c, T, K> {
    pub(crate) fn new(client: &'c Client<T>, user_id: &str) -> Self {
        Self {
            client,
            user_id: user_id.to_owned(),
            start: None,
            end: None,
            with_samples: None,
            extra: Vec::new(),
            window_days: MAX_WINDOW_DAYS,
            concurrency: DEFAULT_CONCURRENCY,
            skip: Vec::new(),
            kind: PhantomData,
        }
    }

    /// The length of the windows `.iter()`, `.stream()` and their
    /// `_windows` forms cut the range into, in days (clamped to 1 to
    /// [`MAX_WINDOW_DAYS`], the default).
    pub fn window_days(mut self, days: u32) -> Self {
        self.window_days = days.clamp(1, MAX_WINDOW_DAYS);
        self
    }

    /// How many windows `.stream()` and `.stream_windows()` fetch at once
    /// (at least 1; [`DEFAULT_CONCURRENCY`] unless set). The blocking
    /// iterators fetch one at a time.
    pub fn concurrency(mut self, windows: usize) -> Self {
        self.concurrency = windows.max(1);
        self
    }

    /// Leaves these windows out of the windowed forms (for resuming a long
    /// fetch whose first windows are already done).
    pub fn skip_windows(mut self, done: impl IntoIterator<Item = Window>) -> Self {
        self.skip.extend(done);
        self
    }

    /// The windows the windowed forms (`.iter()`, `.stream()`,
    /// `.iter_windows()`, `.stream_windows()`) fetch, in order: the
    /// range with defaults applied (an absent end is now), cut into
    /// windows of [`DataRequest::window_days`] days, less the skipped ones.
    pub fn windows(&self) -> Vec<Window> {
        let (start, end) = self.resolved_range();
        let end = end.unwrap_or_else(|| DateParam::from(SystemTime::now()));
        let (s, e) = range_seconds(start, end);
        windows(s, e, self.window_days)
            .filter(|w| !self.skip.contains(w))
            .collect()
    }

    /// The request the windowed forms send for each window, in the order
    /// they send them: each of [`DataRequest::windows`] with the operation
    /// asking for it (the same user, samples and extra parameters as the
    /// whole request, the window's own `start_date` and `end_date`).
    ///
    /// For showing what a long fetch will send without sending it, or for
    /// running the windows through your own loop with [`Client::execute`].
    ///
    /// A range whose start is after its end has no windows; it gives one
    /// operation over the whole range, which fails as a single call would
    /// (an invalid `start_date`), so the windowed forms yield that error
    /// instead of nothing.
    ///
    /// ```
    /// # use tryterra_core::client::Client;
    /// # use tryterra_core::{CalendarDate, Config, Credentials, Operation};
    /// // Planning the requests needs no transport.
    /// let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), ());
    /// let request = terra
    ///     .sleep("u-1")
    ///     .range(CalendarDate::parse("2026-01-01")?, CalendarDate::parse("2026-03-31")?)
    ///     .samples(false);
    /// // 90 days: 4 windows; say the first one is already done.
    /// let done = request.windows()[0];
    /// let request = request.skip_windows([done]);
    /// let ops = request.window_operations();
    /// assert_eq!(ops.len(), 3);
    /// assert_eq!(ops[0].0, request.windows()[0]);
    /// let sent = ops[0].1.to_request(terra.config(), terra.credentials())?;
    /// assert_eq!(
    ///     sent.uri().query(),
    ///     Some("user_id=u-1&start_date=2026-01-29&end_date=2026-02-25&to_webhook=false&with_samples=false"),
    /// );
    /// # Ok::<(), tryterra_core::Error>(())
    /// ```
    pub fn window_operations(&self) -> Vec<(Window, GetData<K>)> {
        let (start, end) = self.resolved_range();
        let end = end.unwrap_or_else(|| DateParam::from(SystemTime::now()));
        let (s, e) = range_seconds(start, end);
        if s > e {
            return vec![(Window { start: s, end: e }, self.op_for(start, Some(end)))];
        }
        self.windows()
            .into_iter()
            .map(|w| (w, self.op_for(w.start_param(), Some(w.end_param()))))
            .collect()
    }

    pub(crate) fn concurrency_limit(&self) -> usize {
        self.concurrency
    }

    /// The start of the range (`start_date`).
    pub fn since(mut self, start: impl Into<DateParam>) -> Self {
        self.start = Some(start.into());
        self
    }

    /// The end of the range (`end_date`); a date includes that whole day.
    pub fn until(mut self, end: impl Into<DateParam>) -> Self {
        self.end = Some(end.into());
        self
    }

    /// Sets or clears the end of the range, for an end that may be absent.
    pub fn until_opt(mut self, end: Option<DateParam>) -> Self {
        self.end = end;
        self
    }

    /// Both ends of the range at once.
    pub fn range(self, start: impl Into<DateParam>, end: impl Into<DateParam>) -> Self {
        self.since(start).until(end)
    }

    /// One day: `since(day).until(day)`.
    pub fn on(self, day: impl Into<DateParam> + Copy) -> Self {
        self.since(day).until(day)
    }

    /// Asks for the detailed samples (`with_samples=true`).
    pub fn with_samples(self) -> Self {
        self.samples(true)
    }

    /// Asks for (`true`) or explicitly declines (`false`) the detailed
    /// samples. Unset, the parameter is not sent and Terra's default (no
    /// samples) applies.
    pub fn samples(mut self, with_samples: bool) -> Self {
        self.with_samples = Some(with_samples);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The user whose data is asked for.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// The client the request will run on.
    pub fn client(&self) -> &'c Client<T> {
        self.client
    }

    /// The start and end the request will send, defaults applied (see the
    /// type's documentation).
    pub fn resolved_range(&self) -> (DateParam, Option<DateParam>) {
        resolve(self.start, self.end, SystemTime::now())
    }

    /// The operation this builder describes, defaults applied: for running
    /// it with [`Client::execute`], an [`Exchange`](super::Exchange) of your
    /// own, or inspecting the request.
    pub fn operation(&self) -> GetData<K> {
        let (start, end) = self.resolved_range();
        self.op_for(start, end)
    }

    fn op_for(&self, start: DateParam, end: Option<DateParam>) -> GetData<K> {
        let mut op = GetData::<K>::new(self.user_id.clone(), start);
        if let Some(end) = end {
            op = op.end(end);
        }
        if let Some(s) = self.with_samples {
            op = op.with_samples(s);
        }
        for (k, v) in &self.extra {
            op = op.extra(k.clone(), v.clone());
        }
        op
    }

    /// The [`Call`](super::Call) this builder makes, for
    /// [`Call::map`](super::Call::map) and the other adapters.
    pub fn into_call(self) -> OpCall<'c, T, GetData<K>> {
        self.client.execute(self.operation())
    }

    /// The same request with the data delivered to your webhook: the answer
    /// is Terra's acknowledgement (with the `reference` the events will
    /// carry).
    pub fn to_webhook(self) -> OpCall<'c, T, RequestToWebhook> {
        self.client.execute(self.operation().to_webhook())
    }
}

impl<T: BlockingTransport, K: DataKind> DataRequest<'_, T, K> {
    /// Runs the request on the blocking transport, with retries.
    pub fn call(self) -> Result<Response<DataResponse<K::Model>>, Error> {
        self.into_call().call()
    }
}

impl<'c, T, K> IntoFuture for DataRequest<'c, T, K>
where
    T: AsyncTransport,
    K: DataKind + 'c,
{
    type Output = Result<Response<DataResponse<K::Model>>, Error>;
    type IntoFuture = <OpCall<'c, T, GetData<K>> as IntoFuture>::IntoFuture;

    fn into_future(self) -> Self::IntoFuture {
        self.into_call().into_future()
    }
}

impl<T, K: DataKind> fmt::Debug for DataRequest<'_, T, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataRequest")
            .field("kind", &K::NAME)
            .field("user_id", &self.user_id)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("with_samples", &self.with_samples)
            .field("extra", &self.extra)
            .finish_non_exhaustive()
    }
}

impl<T, K> Clone for DataRequest<'_, T, K> {
    fn clone(&self) -> Self {
        Self {
            client: self.client,
            user_id: self.user_id.clone(),
            start: self.start,
            end: self.end,
            with_samples: self.with_samples,
            extra: self.extra.clone(),
            window_days: self.window_days,
            concurrency: self.concurrency,
            skip: self.skip.clone(),
            kind: PhantomData,
        }
    }
}

/// The range sent for `start`/`end` as set, at `now`.
pub(crate) fn resolve(
    start: Option<DateParam>,
    end: Option<DateParam>,
    now: SystemTime,
) -> (DateParam, Option<DateParam>) {
    const SPAN: i64 = DEFAULT_RANGE.as_secs() as i64;
    const DAYS: i64 = SPAN / 86_400;
    match (start, end) {
        (Some(start), end) => (start, end),
        (None, Some(DateParam::Date(d))) => (
            // `DAYS - 1` days before: with the end day itself, 7 days.
            d.add_days(1 - DAYS)
                .map_or(DateParam::Date(d), DateParam::Date),
            Some(DateParam::Date(d)),
        ),
        (None, Some(DateParam::Unix(e))) => (
            DateParam::Unix(e.saturating_sub(SPAN)),
            Some(DateParam::Unix(e)),
        ),
        (None, None) => {
            let DateParam::Unix(now) = DateParam::from(now) else {
                unreachable!("a SystemTime converts to unix seconds")
            };
            (DateParam::Unix(now - SPAN), Some(DateParam::Unix(now)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CalendarDate;
    use std::time::UNIX_EPOCH;

    #[test]
    fn default_ranges() {
        let now = UNIX_EPOCH + Duration::from_secs(1_767_225_600);
        assert_eq!(
            resolve(None, None, now),
            (
                DateParam::Unix(1_767_225_600 - 7 * 86_400),
                Some(DateParam::Unix(1_767_225_600))
            )
        );
        let d = |s| DateParam::Date(CalendarDate::parse(s).unwrap());
        assert_eq!(
            resolve(None, Some(d("2026-01-07")), now),
            (d("2026-01-01"), Some(d("2026-01-07")))
        );
        assert_eq!(
            resolve(None, Some(DateParam::Unix(700_000)), now),
            (DateParam::Unix(95_200), Some(DateParam::Unix(700_000)))
        );
        assert_eq!(
            resolve(Some(d("2026-01-03")), None, now),
            (d("2026-01-03"), None)
        );
    }
}
