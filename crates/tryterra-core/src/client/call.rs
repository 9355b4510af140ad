//! [`Call`]: one typed call of the client, finished with `.await` (async
//! transports) or [`Call::call`] (blocking transports).

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use super::Client;
use super::transport::{AsyncTransport, BlockingTransport};
use crate::error::Error;
use crate::operation::Operation;

/// A piece of work made of one or more operations run one after another,
/// each chosen from the answer to the one before (for example following
/// the pages of a listing). Pure: it never sends anything itself.
///
/// Every typed method of the [`Client`] is a `Job`; [`Call`] runs it over
/// either flavour of transport.
pub trait Job {
    /// The operations the job runs.
    type Op: Operation;
    /// What the whole job yields.
    type Output;

    /// The first thing to do.
    fn start(&mut self) -> Next<Self::Op, Self::Output>;

    /// The answer to the operation last returned in [`Next::Run`]; says
    /// what to do next.
    fn answer(&mut self, answer: <Self::Op as Operation>::Output) -> Next<Self::Op, Self::Output>;
}

/// What a [`Job`] wants next.
#[derive(Debug)]
pub enum Next<Op, T> {
    /// Run this operation (with retries) and hand its answer to
    /// [`Job::answer`].
    Run(Op),
    /// The job is over.
    Done(Result<T, Error>),
}

/// The job of a single operation: its answer is the result.
#[derive(Debug)]
pub struct Once<O>(Option<O>);

impl<O> Once<O> {
    /// A job that runs `operation` once (with retries).
    pub fn new(operation: O) -> Self {
        Self(Some(operation))
    }

    /// The operation, until the job has started.
    pub fn operation_mut(&mut self) -> Option<&mut O> {
        self.0.as_mut()
    }
}

impl<O: Operation> Job for Once<O> {
    type Op = O;
    type Output = O::Output;

    fn start(&mut self) -> Next<O, O::Output> {
        match self.0.take() {
            Some(op) => Next::Run(op),
            None => Next::Done(Err(Error::invalid("call", "this call has already run"))),
        }
    }

    fn answer(&mut self, answer: O::Output) -> Next<O, O::Output> {
        Next::Done(Ok(answer))
    }
}

/// A job whose result goes through a function: see [`Call::map`].
#[derive(Debug)]
pub struct Map<J, F> {
    job: J,
    f: Option<F>,
}

impl<J: Job, R, F: FnOnce(J::Output) -> R> Job for Map<J, F> {
    type Op = J::Op;
    type Output = R;

    fn start(&mut self) -> Next<J::Op, R> {
        self.map(|job| job.start())
    }

    fn answer(&mut self, answer: <J::Op as Operation>::Output) -> Next<J::Op, R> {
        self.map(|job| job.answer(answer))
    }
}

impl<J: Job, R, F: FnOnce(J::Output) -> R> Map<J, F> {
    fn map(&mut self, step: impl FnOnce(&mut J) -> Next<J::Op, J::Output>) -> Next<J::Op, R> {
        match step(&mut self.job) {
            Next::Run(op) => Next::Run(op),
            Next::Done(Err(e)) => Next::Done(Err(e)),
            Next::Done(Ok(value)) => match self.f.take() {
                Some(f) => Next::Done(Ok(f(value))),
                None => Next::Done(Err(Error::invalid("call", "this call has already run"))),
            },
        }
    }
}

/// One call of the typed client, ready to run.
///
/// Nothing is sent until it is finished: with `.await` when the client's
/// transport is async ([`AsyncTransport`]), with [`Call::call`] when it is
/// blocking ([`BlockingTransport`]). The same method of [`Client`] serves
/// both:
///
/// ```
/// # use tryterra_core::client::{BlockingTransport, Client};
/// # use tryterra_core::{Config, Credentials, RetryPolicy, TransportError};
/// # struct Canned;
/// # impl BlockingTransport for Canned {
/// #     fn send(&self, _: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, TransportError> {
/// #         Ok(http::Response::new(br#"{"status":"success","providers":["OURA"]}"#.to_vec()))
/// #     }
/// #     fn sleep(&self, _: std::time::Duration) {}
/// # }
/// let terra = Client::with_transport(Credentials::new("dev", "key"), Config::default(), Canned);
/// let providers = terra.list_providers().call()?;   // async transports: .await?
/// assert_eq!(providers.providers, ["OURA"]);
/// # Ok::<(), tryterra_core::Error>(())
/// ```
#[must_use = "a call sends nothing until it is awaited (async transports) or .call()ed (blocking ones)"]
pub struct Call<'c, T, J> {
    client: &'c Client<T>,
    job: J,
}

impl<'c, T, J: Job> Call<'c, T, J> {
    /// A call running `job` on `client`.
    pub fn new(client: &'c Client<T>, job: J) -> Self {
        Self { client, job }
    }

    /// The client the call runs on.
    pub fn client(&self) -> &'c Client<T> {
        self.client
    }

    /// The client and the job.
    pub fn into_parts(self) -> (&'c Client<T>, J) {
        (self.client, self.job)
    }

    /// The job this call will run.
    pub fn job(&self) -> &J {
        &self.job
    }

    /// The job this call will run, to adjust it before it runs.
    pub fn job_mut(&mut self) -> &mut J {
        &mut self.job
    }

    /// The same call, its result passed through `f`.
    pub fn map<R, F: FnOnce(J::Output) -> R>(self, f: F) -> Call<'c, T, Map<J, F>> {
        Call {
            client: self.client,
            job: Map {
                job: self.job,
                f: Some(f),
            },
        }
    }
}

impl<T: BlockingTransport, J: Job> Call<'_, T, J> {
    /// Runs the call on the blocking transport, retrying as the client's
    /// [`RetryPolicy`](crate::RetryPolicy) says, and returns its result.
    pub fn call(self) -> Result<J::Output, Error> {
        let Call { client, mut job } = self;
        let mut next = job.start();
        loop {
            next = match next {
                Next::Run(op) => job.answer(client.run_blocking(op)?),
                Next::Done(result) => return result,
            };
        }
    }
}

impl<'c, T, J> IntoFuture for Call<'c, T, J>
where
    T: AsyncTransport,
    J: Job + Send + 'c,
    J::Op: Send,
    <J::Op as Operation>::Output: Send,
    J::Output: Send,
{
    type Output = Result<J::Output, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'c>>;

    fn into_future(self) -> Self::IntoFuture {
        let Call { client, mut job } = self;
        Box::pin(async move {
            let mut next = job.start();
            loop {
                // As in `run_async`: `next` is moved whole before the await,
                // so the future keeps no room for it while it waits.
                let op = {
                    let current = next;
                    match current {
                        Next::Run(op) => op,
                        Next::Done(result) => return result,
                    }
                };
                next = job.answer(client.run_async(op).await?);
            }
        })
    }
}

impl<T, J> std::fmt::Debug for Call<'_, T, J> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("job", &std::any::type_name::<J>())
            .finish_non_exhaustive()
    }
}
