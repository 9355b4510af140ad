//! Lazy listings: the users page by page, and long data ranges window by
//! window, as a [`Stream`] over async transports and an [`Iterator`] over
//! blocking ones.
//!
//! Nothing here sends or waits by itself: each item is fetched through the
//! client's [`Call`](super::Call) machinery (with its retries) when the
//! stream is polled or the iterator advanced. After an error the stream or
//! iterator yields that error and then ends.
//!
//! ```
//! # use tryterra_core::client::{BlockingTransport, Client};
//! # use tryterra_core::{CalendarDate, Config, Credentials, TransportError};
//! # struct Canned;
//! # impl BlockingTransport for Canned {
//! #     fn send(&self, r: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
//! #         Ok(http::Response::new(br#"{"data":[{}],"type":"sleep"}"#.to_vec()))
//! #     }
//! #     fn sleep(&self, _: std::time::Duration) {}
//! # }
//! # let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), Canned);
//! // 90 days of sleep, in 4 requests of at most 28 days, record by record.
//! let nights = terra
//!     .sleep("u-1")
//!     .range(CalendarDate::parse("2026-01-01")?, CalendarDate::parse("2026-03-31")?)
//!     .iter() // async transports: .stream(), a futures_core::Stream
//!     .collect::<Result<Vec<_>, _>>()?;
//! assert_eq!(nights.len(), 4);
//!
//! // The users, a page at a time (one page here).
//! # let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), Users);
//! # struct Users;
//! # impl BlockingTransport for Users {
//! #     fn send(&self, r: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
//! #         assert_eq!(r.uri().query(), Some("page=0&per_page=100"));
//! #         Ok(http::Response::new(br#"{"data":{"next":null,"max_page":0,"results":[{"user_id":"u-1"}]}}"#.to_vec()))
//! #     }
//! #     fn sleep(&self, _: std::time::Duration) {}
//! # }
//! for user in terra.list_users().per_page(100).iter() {
//!     assert_eq!(user?.user_id.as_deref(), Some("u-1"));
//! }
//! # Ok::<(), tryterra_core::Error>(())
//! ```

use std::collections::VecDeque;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use super::Client;
use super::builders::DataRequest;
use super::call::Call;
use super::methods::ListAllUsers;
use super::transport::{AsyncTransport, BlockingTransport};
use crate::dates::Window;
use crate::error::Error;
use crate::models::TerraUser;
use crate::operation::{Operation, Response};
use crate::ops::{DataKind, DataResponse, GetData, ListUsers};

/// The answer to one operation, as the async flavour's boxed future.
type Pending<'c, O> =
    Pin<Box<dyn Future<Output = Result<<O as Operation>::Output, Error>> + Send + 'c>>;

/// The records of one window of a long range.
#[derive(Debug)]
#[non_exhaustive]
pub struct WindowData<M> {
    /// The window the records were asked for.
    pub window: Window,
    /// Terra's answer for the window.
    pub response: Response<DataResponse<M>>,
}

impl<M> WindowData<M> {
    /// The window's records.
    pub fn into_records(self) -> Vec<M> {
        self.response.into_value().data.into_vec()
    }
}

impl<'c, T> Call<'c, T, ListAllUsers> {
    /// Asks for pages of `per_page` users from the first request on
    /// (instead of the whole list at once, Terra's default).
    pub fn per_page(mut self, per_page: u64) -> Self {
        self.job_mut().per_page(per_page);
        self
    }
}

impl<'c, T: BlockingTransport> Call<'c, T, ListAllUsers> {
    /// The users one by one, each page fetched when the previous one is
    /// used up.
    pub fn iter(self) -> UserIter<'c, T> {
        let (client, mut job) = self.into_parts();
        let next = Some(job.first());
        UserIter {
            client,
            job,
            next,
            buf: Vec::new().into_iter(),
        }
    }
}

impl<'c, T: AsyncTransport> Call<'c, T, ListAllUsers> {
    /// The users one by one as a [`Stream`], each page fetched when the
    /// previous one is used up.
    pub fn stream(self) -> UserStream<'c, T> {
        let (client, mut job) = self.into_parts();
        let next = Some(job.first());
        UserStream {
            client,
            job,
            next,
            pending: None,
            buf: Vec::new().into_iter(),
        }
    }
}

/// The users of [`Client::list_users`], one by one, over a blocking
/// transport: see `.iter()` on its call.
pub struct UserIter<'c, T> {
    client: &'c Client<T>,
    job: ListAllUsers,
    next: Option<ListUsers>,
    buf: std::vec::IntoIter<TerraUser>,
}

impl<T: BlockingTransport> Iterator for UserIter<'_, T> {
    type Item = Result<TerraUser, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(user) = self.buf.next() {
                return Some(Ok(user));
            }
            let op = self.next.take()?;
            match self.client.execute(op).call() {
                Ok(answer) => {
                    let (users, next) = self.job.after(&answer);
                    self.buf = users.into_iter();
                    self.next = next;
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// The users of [`Client::list_users`], one by one, over an async
/// transport: see `.stream()` on its call.
pub struct UserStream<'c, T> {
    client: &'c Client<T>,
    job: ListAllUsers,
    next: Option<ListUsers>,
    pending: Option<Pending<'c, ListUsers>>,
    buf: std::vec::IntoIter<TerraUser>,
}

impl<T: AsyncTransport> Stream for UserStream<'_, T> {
    type Item = Result<TerraUser, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(user) = this.buf.next() {
                return Poll::Ready(Some(Ok(user)));
            }
            let pending = match &mut this.pending {
                Some(p) => p,
                None => {
                    let Some(op) = this.next.take() else {
                        return Poll::Ready(None);
                    };
                    this.pending.insert(this.client.execute(op).into_future())
                }
            };
            let answer = match pending.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(answer) => answer,
            };
            this.pending = None;
            match answer {
                Ok(answer) => {
                    let (users, next) = this.job.after(&answer);
                    this.buf = users.into_iter();
                    this.next = next;
                }
                Err(e) => return Poll::Ready(Some(Err(e))),
            }
        }
    }
}

impl<T, K: DataKind> std::fmt::Debug for WindowIter<'_, T, K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowIter")
            .field("windows_left", &self.ops.len())
            .finish_non_exhaustive()
    }
}

impl<T> std::fmt::Debug for UserIter<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserIter").finish_non_exhaustive()
    }
}

impl<T> std::fmt::Debug for UserStream<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserStream").finish_non_exhaustive()
    }
}

impl<'c, T: BlockingTransport, K: DataKind> DataRequest<'c, T, K> {
    /// The range window by window (see [`DataRequest::windows`]), each
    /// fetched when the iterator reaches it.
    pub fn iter_windows(self) -> WindowIter<'c, T, K> {
        WindowIter {
            client: self.client(),
            ops: self.window_operations().into(),
        }
    }

    /// The records of the whole range one by one, fetched window by window
    /// (see [`DataRequest::windows`]), in order.
    pub fn iter(self) -> RecordIter<'c, T, K> {
        RecordIter {
            windows: self.iter_windows(),
            buf: Vec::new().into_iter(),
        }
    }
}

impl<'c, T: AsyncTransport, K: DataKind + 'c> DataRequest<'c, T, K> {
    /// The range window by window as a [`Stream`] (see
    /// [`DataRequest::windows`]): up to [`DataRequest::concurrency`]
    /// windows are fetched at once, and yielded in order.
    ///
    /// An error belongs to the first window not yet yielded (the one after
    /// the last `Ok`); the stream ends with it, dropping the requests of
    /// later windows still in flight. A caller that records the windows it
    /// got thus knows which one failed and where to resume
    /// ([`DataRequest::skip_windows`]).
    pub fn stream_windows(self) -> WindowStream<'c, T, K> {
        WindowStream {
            client: self.client(),
            concurrency: self.concurrency_limit(),
            todo: self.window_operations().into(),
            in_flight: VecDeque::new(),
            done: false,
        }
    }

    /// The records of the whole range one by one as a [`Stream`], fetched
    /// window by window with up to [`DataRequest::concurrency`] windows at
    /// once, in order.
    pub fn stream(self) -> RecordStream<'c, T, K> {
        RecordStream {
            windows: self.stream_windows(),
            buf: Vec::new().into_iter(),
        }
    }
}

/// A long range of data window by window, over a blocking transport:
/// [`DataRequest::iter_windows`].
pub struct WindowIter<'c, T, K: DataKind> {
    client: &'c Client<T>,
    ops: VecDeque<(Window, GetData<K>)>,
}

impl<T: BlockingTransport, K: DataKind> Iterator for WindowIter<'_, T, K> {
    type Item = Result<WindowData<K::Model>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let (window, op) = self.ops.pop_front()?;
        match self.client.execute(op).call() {
            Ok(response) => Some(Ok(WindowData { window, response })),
            Err(e) => {
                self.ops.clear();
                Some(Err(e))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.ops.len().min(1), Some(self.ops.len()))
    }
}

/// A long range of data record by record, over a blocking transport:
/// [`DataRequest::iter`].
pub struct RecordIter<'c, T, K: DataKind> {
    windows: WindowIter<'c, T, K>,
    buf: std::vec::IntoIter<K::Model>,
}

impl<T: BlockingTransport, K: DataKind> Iterator for RecordIter<'_, T, K> {
    type Item = Result<K::Model, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(record) = self.buf.next() {
                return Some(Ok(record));
            }
            match self.windows.next()? {
                Ok(window) => self.buf = window.into_records().into_iter(),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

struct Slot<'c, K: DataKind> {
    window: Window,
    pending: Option<Pending<'c, GetData<K>>>,
    result: Option<Result<Response<DataResponse<K::Model>>, Error>>,
}

/// A long range of data window by window, over an async transport, with
/// bounded concurrency: [`DataRequest::stream_windows`].
pub struct WindowStream<'c, T, K: DataKind> {
    client: &'c Client<T>,
    concurrency: usize,
    todo: VecDeque<(Window, GetData<K>)>,
    in_flight: VecDeque<Slot<'c, K>>,
    done: bool,
}

impl<'c, T: AsyncTransport, K: DataKind + 'c> Stream for WindowStream<'c, T, K> {
    type Item = Result<WindowData<K::Model>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        while this.in_flight.len() < this.concurrency {
            let Some((window, op)) = this.todo.pop_front() else {
                break;
            };
            this.in_flight.push_back(Slot {
                window,
                pending: Some(this.client.execute(op).into_future()),
                result: None,
            });
        }
        for slot in &mut this.in_flight {
            if let Some(pending) = &mut slot.pending
                && let Poll::Ready(result) = pending.as_mut().poll(cx)
            {
                slot.pending = None;
                slot.result = Some(result);
            }
        }
        let Some(front) = this.in_flight.front_mut() else {
            this.done = true;
            return Poll::Ready(None);
        };
        // Windows are yielded in order: only the front one's result counts.
        let Some(result) = front.result.take() else {
            return Poll::Pending;
        };
        let window = front.window;
        this.in_flight.pop_front();
        match result {
            Ok(response) => Poll::Ready(Some(Ok(WindowData { window, response }))),
            Err(e) => {
                this.done = true;
                this.in_flight.clear();
                this.todo.clear();
                Poll::Ready(Some(Err(e)))
            }
        }
    }
}

/// A long range of data record by record, over an async transport, with
/// bounded concurrency: [`DataRequest::stream`].
pub struct RecordStream<'c, T, K: DataKind> {
    windows: WindowStream<'c, T, K>,
    buf: std::vec::IntoIter<K::Model>,
}

impl<'c, T: AsyncTransport, K: DataKind + 'c> Stream for RecordStream<'c, T, K> {
    type Item = Result<K::Model, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(record) = this.buf.next() {
                return Poll::Ready(Some(Ok(record)));
            }
            match Pin::new(&mut this.windows).poll_next(cx) {
                Poll::Ready(Some(Ok(window))) => this.buf = window.into_records().into_iter(),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

macro_rules! opaque_debug {
    ($($ty:ident),*) => {$(
        impl<T, K: DataKind> std::fmt::Debug for $ty<'_, T, K> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($ty))
                    .field("kind", &K::NAME)
                    .finish_non_exhaustive()
            }
        }
    )*};
}

opaque_debug!(RecordIter, WindowStream, RecordStream);

// The streams never pin their fields (the futures they hold are boxed, the
// records are plain values moved out), so they can move freely whatever
// the record type.
impl<T, K: DataKind> Unpin for WindowStream<'_, T, K> {}
impl<T, K: DataKind> Unpin for RecordStream<'_, T, K> {}
