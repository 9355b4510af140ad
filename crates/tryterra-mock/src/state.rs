//! Shared state of one mock instance.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

use serde_json::Value;
use tokio::sync::Notify;

use crate::rng::{hash_str, uuid_like};
use crate::{Delivery, Faults, MockUser, RecordedRequest};

/// How many requests the inspection log keeps (the oldest are dropped).
pub(crate) const REQUEST_LOG_CAPACITY: usize = 10_000;

/// A widget session or auth URL waiting to be completed.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    pub(crate) provider: Option<String>,
    pub(crate) reference_id: Option<String>,
    /// Set for widget sessions.
    pub(crate) widget_session_id: Option<String>,
    /// The user id promised by `authenticateUser`, when the flow came from there.
    pub(crate) user_id: Option<String>,
}

/// A stored lab report session.
#[derive(Clone, Debug)]
pub(crate) struct LabSession {
    pub(crate) upload_id: String,
    pub(crate) reference_id: Option<String>,
    pub(crate) filename: String,
    pub(crate) bytes: usize,
    pub(crate) uploaded_at: String,
}

/// A planned workout.
#[derive(Clone, Debug)]
pub(crate) struct Planned {
    pub(crate) user_id: String,
    pub(crate) workout_id: u64,
    pub(crate) planned_date: String,
    pub(crate) created_at: String,
    pub(crate) updated_at: String,
}

/// The kinds of records clients can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RecordKind {
    Activity,
    Body,
    Nutrition,
    /// A workout plan (`/plannedWorkout`).
    Plan,
}

/// One record written by a client, served back by the data endpoints.
#[derive(Clone, Debug)]
pub(crate) struct Written {
    pub(crate) user_id: String,
    pub(crate) kind: RecordKind,
    /// The identifier handed back in `log_ids`.
    pub(crate) log_id: String,
    /// The day number the record is filed under (its start date).
    pub(crate) day: i64,
    pub(crate) record: Value,
}

/// Settings fixed at start.
pub(crate) struct Settings {
    pub(crate) api_key: String,
    pub(crate) dev_id: String,
    pub(crate) webhook_secret: String,
    pub(crate) faults: Faults,
    pub(crate) record_requests: bool,
    /// Whether data answers and data events carry provider-style oddities.
    pub(crate) quirks: bool,
    /// `http://127.0.0.1:PORT` (no trailing slash, no `/v2`).
    pub(crate) origin: String,
}

/// Everything the handlers share.
pub(crate) struct State {
    pub(crate) settings: Settings,
    pub(crate) webhook_url: RwLock<Option<String>>,
    pub(crate) users: RwLock<BTreeMap<String, MockUser>>,
    pub(crate) pending: Mutex<HashMap<String, Pending>>,
    pub(crate) workouts: Mutex<BTreeMap<u64, Value>>,
    pub(crate) planned: Mutex<BTreeMap<u64, Planned>>,
    pub(crate) labs: Mutex<BTreeMap<String, LabSession>>,
    /// Records written by clients, in the order written.
    pub(crate) written: Mutex<Vec<Written>>,
    pub(crate) requests: Mutex<VecDeque<RecordedRequest>>,
    pub(crate) counts: Mutex<HashMap<String, u64>>,
    pub(crate) deliveries: Mutex<Vec<Delivery>>,
    pub(crate) delivery_notify: Notify,
    /// Source of fresh ids (sessions, references, users created by flows).
    pub(crate) ids: AtomicU64,
    /// Number of API requests seen by the fault sampler.
    pub(crate) fault_counter: AtomicU64,
    pub(crate) http: reqwest::Client,
    pub(crate) runtime: tokio::runtime::Handle,
}

/// Locks a mutex, recovering the data if a holder panicked.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Read-locks, recovering from poisoning.
pub(crate) fn read<T>(m: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(|e| e.into_inner())
}

/// Write-locks, recovering from poisoning.
pub(crate) fn write<T>(m: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(|e| e.into_inner())
}

/// Providers handed out to pre-authenticated users, in turn.
pub(crate) const PROVIDERS: [&str; 5] = ["GARMIN", "FITBIT", "OURA", "POLAR", "WHOOP"];

/// The deterministic id of the `i`-th pre-authenticated user.
pub(crate) fn seeded_user_id(i: usize) -> String {
    uuid_like(hash_str("tryterra-mock-user") ^ (i as u64).wrapping_mul(0x1000_0000_01b3))
}

impl State {
    /// A fresh, unique identifier (UUID-shaped), deterministic in the order
    /// of calls.
    pub(crate) fn fresh_id(&self, salt: &str) -> String {
        let n = self.ids.fetch_add(1, Ordering::Relaxed);
        uuid_like(hash_str(salt) ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// A fresh small integer id.
    pub(crate) fn fresh_num(&self) -> u64 {
        self.ids.fetch_add(1, Ordering::Relaxed) + 1000
    }

    /// Looks up a user.
    pub(crate) fn user(&self, user_id: &str) -> Option<MockUser> {
        read(&self.users).get(user_id).cloned()
    }

    /// The configured webhook URL.
    pub(crate) fn webhook_url(&self) -> Option<String> {
        read(&self.webhook_url).clone()
    }
}
