//! The global interpreter lock: who may touch Python objects, and how the lock changes hands.
//!
//! # What the lock guards
//!
//! Objects are not thread-safe by themselves: reference counts are plain `Rc` counts and mutable
//! state sits in `RefCell`s. Only the thread that holds the GIL may touch them. In the types this
//! is the thread's `Vm` handle: every object operation takes `&mut Vm`, a `Vm` is built only by a
//! thread that holds the GIL, and a thread gives the lock up only inside
//! [`Vm::allow_threads`](crate::vm::Vm::allow_threads), whose closure must be `Send` and so cannot
//! capture an object (or the `Vm`). Moving object references to a new OS thread is the one place
//! that needs `unsafe` ([`GilBound`]): the references travel inside it and are unwrapped only
//! after the new thread has taken the lock. The mutex below orders memory: everything a holder
//! wrote is visible to the next holder, exactly as CPython relies on its GIL mutex.
//!
//! # The state
//!
//! One mutex protects [`State`]: the holder (a thread serial, or none), the last
//! holder and a switch counter (a "switch" is an acquisition by a thread other than the last
//! holder), the pending drop request, the queues the `fair` and `deterministic` policies serve
//! from, and per-thread statistics. Waiters sleep on `waiters`; a holder forced to let go sleeps
//! on `switched` until somebody else has taken the lock. The running thread learns that it must
//! let go through the eval breaker ([`crate::signals::GIL_DROP_REQUEST`]) or through its tick
//! counter, which the eval loop decrements once per instruction.
//!
//! The mutex and condition variables are `std::sync`'s futex-based ones rather than
//! `parking_lot`'s: they keep no queue of parked threads in user space, so a child process made
//! by `fork()` (which has only the forking thread) inherits nothing stale.
//!
//! # The policies
//!
//! * `ticks:N` — Python 2. Every N instructions the holder releases the lock (waking one waiter)
//!   and at once asks for it again, with nothing forcing a hand-off. On several cores the woken
//!   waiter usually finds the lock taken again before it runs: the statistics count these lost
//!   wake-ups, which are why two CPU-bound threads ran slower than one under Python 2.
//! * `interval:S` — CPython 3.2+. A waiter sleeps up to S seconds on the condition variable; if
//!   no switch happened meanwhile it sets the drop request. The holder sees it at its next poll
//!   (a backward jump or a call), releases the lock, and waits until another thread has taken it
//!   (forced switching), then queues up again. A thread coming back from blocking I/O waits like
//!   any other: behind a CPU-bound holder that is a whole interval — the convoy effect of
//!   bpo-7946.
//! * `fair` — ours. The lock is handed directly to the next waiter (no barging), in two classes:
//!   threads returning from a blocking call are served first and ask for the lock at once (the
//!   drop request is set as they arrive, so the holder lets go within one poll); threads that
//!   were preempted (CPU-bound) queue behind them and ask only after a switch interval, as under
//!   `interval`. An I/O-bound thread therefore waits microseconds, not an interval, while two
//!   CPU-bound threads still switch every interval, so their throughput stays that of
//!   `interval`. Within a class, waiters are served in arrival order.
//! * `deterministic:N` — for tests and teaching. The lock is a baton passed every N instructions
//!   to the next thread in creation order (a ring of serials); blocking waits on Python locks
//!   spin by passing the baton instead of sleeping. Without external I/O the interleaving is the
//!   same on every run and every machine.
//!
//! # Invariants
//!
//! * `holder` is `Some(t)` exactly while thread `t` may touch objects; a thread acquires only
//!   through [`acquire`] and releases only through [`release`] or a switch in [`tick_expired`] /
//!   [`drop_requested`].
//! * A thread alone in the process never waits and never sleeps: blocking calls skip the
//!   release, the tick counter only reloads.
//! * Statistics and tracing are updated under the mutex, only at acquisitions and releases — never
//!   on the instruction path. Tracing keeps at most [`TRACE_CAPACITY`] events.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Identifies a thread that runs Python code: 1 is the main thread; never reused.
pub type Serial = u64;

/// The default tick count (`sys.getcheckinterval()`).
pub const DEFAULT_TICKS: u32 = 100;
/// The default switch interval (`sys.getswitchinterval()`), in seconds.
pub const DEFAULT_INTERVAL: f64 = 0.005;
/// The most trace events kept; later ones are counted as dropped.
pub const TRACE_CAPACITY: usize = 1 << 20;
/// What the tick counter is reloaded with under policies that do not count ticks.
const TICKS_UNUSED: u32 = 1 << 30;

/// How the holder is made to let go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Policy {
    Ticks,
    Interval,
    Fair,
    Deterministic,
}

impl Policy {
    pub fn name(self) -> &'static str {
        match self {
            Policy::Ticks => "ticks",
            Policy::Interval => "interval",
            Policy::Fair => "fair",
            Policy::Deterministic => "deterministic",
        }
    }
}

/// Why a thread asks for the lock.
#[derive(Clone, Copy, PartialEq)]
pub enum Acquire {
    /// A new thread's first acquisition.
    Start,
    /// Coming back from a blocking call.
    AfterBlocking,
}

/// Why a thread gives the lock up.
#[derive(Clone, Copy, PartialEq)]
pub enum Release {
    /// Around a blocking call (sleep, lock wait, I/O).
    Blocking,
    /// The thread is finishing.
    Exit,
}

/// Counters kept per thread (and summed for the total).
#[derive(Clone, Debug, Default)]
pub struct ThreadStats {
    pub name: String,
    pub alive: bool,
    pub acquisitions: u64,
    /// Acquisitions that took the lock from another thread.
    pub switches: u64,
    /// Releases around blocking calls.
    pub voluntary_releases: u64,
    /// Releases at the end of a tick period (the `ticks` policy) or a baton pass.
    pub periodic_releases: u64,
    /// Drop requests this thread made while waiting.
    pub drop_requests: u64,
    /// Times this thread let go because of a drop request.
    pub forced_drops: u64,
    /// Wake-ups that found the lock taken again.
    pub lost_wakeups: u64,
    pub hold_ns: u64,
    pub wait_ns: u64,
    pub longest_wait_ns: u64,
    pub(crate) held_since: Option<Instant>,
}

/// One traced event.
#[derive(Clone, Copy, Debug)]
pub struct TraceEvent {
    /// Nanoseconds since the trace started.
    pub at_ns: u64,
    pub thread: Serial,
    pub kind: TraceKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TraceKind {
    /// Started waiting for the lock.
    Wait,
    /// Took the lock.
    Acquire,
    /// Let the lock go.
    Release,
    /// Asked the holder to let go.
    DropRequest,
    /// Let go because asked to.
    ForcedDrop,
}

impl TraceKind {
    pub fn name(self) -> &'static str {
        match self {
            TraceKind::Wait => "wait",
            TraceKind::Acquire => "acquire",
            TraceKind::Release => "release",
            TraceKind::DropRequest => "drop_request",
            TraceKind::ForcedDrop => "forced_drop",
        }
    }
}

struct Trace {
    start: Instant,
    events: Vec<TraceEvent>,
    dropped: u64,
}

struct State {
    policy: Policy,
    ticks: u32,
    interval: Duration,
    holder: Option<Serial>,
    last_holder: Option<Serial>,
    switch_number: u64,
    drop_request: bool,
    /// `fair`: threads back from blocking calls, served first, in arrival order.
    urgent: VecDeque<Serial>,
    /// `fair`: preempted threads, in arrival order.
    queued: VecDeque<Serial>,
    /// `deterministic`: the threads taking turns, and whose turn it is.
    ring: Vec<Serial>,
    turn: Option<Serial>,
    next_serial: Serial,
    threads: BTreeMap<Serial, ThreadStats>,
    trace: Option<Trace>,
}

/// The lock. There is one per process ([`GIL`]).
pub struct Gil {
    state: Mutex<State>,
    waiters: Condvar,
    switched: Condvar,
    /// Threads registered and not finished (read without the mutex on the fast paths).
    live_threads: AtomicUsize,
    /// Threads waiting for the lock.
    waiting: AtomicUsize,
    /// The tick count the eval loop reloads its counter with.
    reload: AtomicU32,
    tracing: AtomicBool,
}

pub static GIL: Gil = Gil {
    state: Mutex::new(State {
        policy: Policy::Interval,
        ticks: DEFAULT_TICKS,
        interval: Duration::from_micros(5000),
        holder: None,
        last_holder: None,
        switch_number: 0,
        drop_request: false,
        urgent: VecDeque::new(),
        queued: VecDeque::new(),
        ring: Vec::new(),
        turn: None,
        next_serial: 1,
        threads: BTreeMap::new(),
        trace: None,
    }),
    waiters: Condvar::new(),
    switched: Condvar::new(),
    live_threads: AtomicUsize::new(0),
    waiting: AtomicUsize::new(0),
    reload: AtomicU32::new(TICKS_UNUSED),
    tracing: AtomicBool::new(false),
};

/// `deterministic`: the serial whose turn it is (0: nobody's), readable without the mutex. A
/// thread waiting for its turn spins on this briefly before sleeping, so a baton passed between
/// threads on different cores changes hands in well under a microsecond instead of a futex
/// wake-up's tens of microseconds.
static TURN_HINT: AtomicU64 = AtomicU64::new(0);
/// How many times a waiter checks [`TURN_HINT`] before sleeping (a few microseconds).
const TURN_SPINS: u32 = 4000;

/// The processors this process may use (read once).
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

thread_local! {
    static CURRENT: std::cell::Cell<Serial> = const { std::cell::Cell::new(0) };
}

/// The calling thread's serial (0 for a thread that has never run Python code).
pub fn current() -> Serial {
    CURRENT.with(|c| c.get())
}

/// Object references moving to a new OS thread.
///
/// The only way objects cross threads: the parent wraps them while holding the GIL, the child
/// unwraps them only after it has taken the GIL ([`GilBound::into_inner`] asks for proof).
pub struct GilBound<T>(T);

// SAFETY: a `GilBound` is built by a thread holding the GIL and opened only by a thread holding
// it (`into_inner` takes the proof); between the two nobody touches the contents. Reference
// counts and `RefCell` flags inside are then only ever changed under the GIL, whose mutex
// orders those changes between threads.
unsafe impl<T> Send for GilBound<T> {}

/// Proof that the calling thread holds the GIL (handed out by [`acquire`]).
pub struct Held(());

impl<T> GilBound<T> {
    pub fn new(value: T) -> GilBound<T> {
        GilBound(value)
    }

    pub fn into_inner(self, _proof: &Held) -> T {
        self.0
    }
}

fn now_ns(trace: &Trace) -> u64 {
    trace.start.elapsed().as_nanos() as u64
}

impl State {
    fn stats(&mut self, t: Serial) -> &mut ThreadStats {
        self.threads.entry(t).or_default()
    }

    fn record(&mut self, thread: Serial, kind: TraceKind) {
        if let Some(trace) = &mut self.trace {
            if trace.events.len() < TRACE_CAPACITY {
                let at_ns = now_ns(trace);
                trace.events.push(TraceEvent { at_ns, thread, kind });
            } else {
                trace.dropped += 1;
            }
        }
    }

    fn take(&mut self, me: Serial) {
        self.holder = Some(me);
        let switched = self.last_holder.is_some_and(|last| last != me);
        if switched {
            self.switch_number += 1;
        }
        self.last_holder = Some(me);
        if self.drop_request {
            self.drop_request = false;
            crate::signals::clear(crate::signals::GIL_DROP_REQUEST);
        }
        let s = self.stats(me);
        s.acquisitions += 1;
        if switched {
            s.switches += 1;
        }
        s.held_since = Some(Instant::now());
        self.record(me, TraceKind::Acquire);
    }

    fn give_up(&mut self, me: Serial) {
        debug_assert_eq!(self.holder, Some(me), "released by a thread that does not hold the GIL");
        self.holder = None;
        let s = self.stats(me);
        if let Some(since) = s.held_since.take() {
            s.hold_ns += since.elapsed().as_nanos() as u64;
        }
        self.record(me, TraceKind::Release);
    }

    fn set_drop_request(&mut self, me: Serial) {
        if !self.drop_request {
            self.drop_request = true;
            crate::signals::request(crate::signals::GIL_DROP_REQUEST);
            self.stats(me).drop_requests += 1;
            self.record(me, TraceKind::DropRequest);
        }
    }

    /// `fair`: who is served next.
    fn next_in_line(&self) -> Option<Serial> {
        self.urgent.front().or(self.queued.front()).copied()
    }

    /// `deterministic`: the thread after `me` in the ring.
    fn next_turn(&self, me: Serial) -> Option<Serial> {
        if self.ring.is_empty() {
            return None;
        }
        let at = self.ring.iter().position(|&t| t > me).unwrap_or(0);
        Some(self.ring[at])
    }

    /// Whose turn it is (`deterministic`), mirrored in [`TURN_HINT`] for spinning waiters.
    fn set_turn(&mut self, turn: Option<Serial>) {
        self.turn = turn;
        TURN_HINT.store(turn.unwrap_or(0), Ordering::Release);
    }

    fn leave_ring(&mut self, me: Serial) {
        if let Some(i) = self.ring.iter().position(|&t| t == me) {
            self.ring.remove(i);
        }
        if self.turn == Some(me) {
            self.set_turn(self.next_turn(me));
        }
    }

    fn join_ring(&mut self, me: Serial) {
        if let Err(i) = self.ring.binary_search(&me) {
            self.ring.insert(i, me);
        }
        if self.turn.is_none() {
            self.set_turn(Some(me));
        }
    }

    /// Whether `me` may take the free lock now.
    fn may_take(&self, me: Serial) -> bool {
        if self.holder.is_some() {
            return false;
        }
        match self.policy {
            Policy::Ticks | Policy::Interval => true,
            Policy::Fair => self.next_in_line().is_none_or(|t| t == me),
            Policy::Deterministic => self.turn.is_none_or(|t| t == me),
        }
    }
}

impl Gil {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the state is a bug already being reported; keep going.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a thread that will run Python code (called by its creator, under the GIL, so
    /// serials follow creation order) and returns its serial.
    pub fn register(&self, name: &str) -> Serial {
        let mut st = self.lock();
        let serial = st.next_serial;
        st.next_serial += 1;
        let s = st.stats(serial);
        s.name = name.to_string();
        s.alive = true;
        if st.policy == Policy::Deterministic {
            st.join_ring(serial);
        }
        self.live_threads.fetch_add(1, Ordering::Relaxed);
        serial
    }

    /// Drops a registered thread that never started.
    pub fn forget(&self, serial: Serial) {
        let mut st = self.lock();
        st.threads.remove(&serial);
        st.leave_ring(serial);
        self.live_threads.fetch_sub(1, Ordering::Relaxed);
        drop(st);
        self.waiters.notify_all();
    }

    /// Takes the lock for the calling thread, which becomes thread `me`.
    pub fn acquire(&self, me: Serial, why: Acquire) -> Held {
        CURRENT.with(|c| c.set(me));
        let mut st = self.lock();
        if st.policy == Policy::Deterministic {
            st.join_ring(me);
        }
        if st.may_take(me) {
            st.take(me);
            return Held(());
        }
        drop(self.wait_for_lock(st, me, why));
        Held(())
    }

    /// Waits until `me` may take the lock, making drop requests as the policy says, and takes it.
    fn wait_for_lock<'a>(&'a self, mut st: MutexGuard<'a, State>, me: Serial, why: Acquire) -> MutexGuard<'a, State> {
        let started = Instant::now();
        self.waiting.fetch_add(1, Ordering::Relaxed);
        st.record(me, TraceKind::Wait);
        if st.policy == Policy::Fair {
            if why == Acquire::AfterBlocking {
                st.urgent.push_back(me);
                if st.holder.is_some() {
                    st.set_drop_request(me);
                }
            } else {
                st.queued.push_back(me);
            }
        }
        let mut spun = false;
        loop {
            // Checked before sleeping too: joining the front of a queue while the lock is free
            // means nobody else will take it, so nobody would wake us.
            if st.may_take(me) {
                break;
            }
            // Spin only when every thread taking turns can have a core: a spinner otherwise
            // takes the processor from the very thread it waits for.
            if st.policy == Policy::Deterministic && !spun && st.ring.len() <= cores() {
                spun = true;
                drop(st);
                for _ in 0..TURN_SPINS {
                    if TURN_HINT.load(Ordering::Acquire) == me {
                        break;
                    }
                    std::hint::spin_loop();
                }
                st = self.lock();
                continue;
            }
            spun = false;
            let policy = st.policy;
            let switches_before = st.switch_number;
            let timed_out;
            (st, timed_out) = match policy {
                Policy::Interval | Policy::Fair => {
                    let interval = st.interval;
                    let (st, result) = self.waiters.wait_timeout(st, interval).unwrap_or_else(|e| e.into_inner());
                    (st, result.timed_out())
                }
                Policy::Ticks | Policy::Deterministic => (self.waiters.wait(st).unwrap_or_else(|e| e.into_inner()), false),
            };
            if st.may_take(me) {
                break;
            }
            if st.policy != policy {
                // The policy changed while we slept: re-queue under the new one.
                self.requeue(&mut st, me, why);
                continue;
            }
            if !timed_out && st.holder.is_some() {
                st.stats(me).lost_wakeups += 1;
            }
            let requests = matches!(policy, Policy::Interval | Policy::Fair);
            if requests && timed_out && st.switch_number == switches_before && st.holder.is_some() {
                st.set_drop_request(me);
            }
        }
        if st.policy == Policy::Fair {
            st.urgent.retain(|&t| t != me);
            st.queued.retain(|&t| t != me);
        }
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        let waited = started.elapsed().as_nanos() as u64;
        let s = st.stats(me);
        s.wait_ns += waited;
        s.longest_wait_ns = s.longest_wait_ns.max(waited);
        st.take(me);
        self.switched.notify_all();
        st
    }

    fn requeue(&self, st: &mut MutexGuard<'_, State>, me: Serial, why: Acquire) {
        st.urgent.retain(|&t| t != me);
        st.queued.retain(|&t| t != me);
        match st.policy {
            Policy::Fair if why == Acquire::AfterBlocking => st.urgent.push_back(me),
            Policy::Fair => st.queued.push_back(me),
            Policy::Deterministic => st.join_ring(me),
            _ => {}
        }
    }

    /// Gives the lock up (before a blocking call, or for good when the thread finishes).
    pub fn release(&self, me: Serial, why: Release) {
        let mut st = self.lock();
        match why {
            Release::Blocking => st.stats(me).voluntary_releases += 1,
            Release::Exit => {
                st.stats(me).alive = false;
                st.urgent.retain(|&t| t != me);
                st.queued.retain(|&t| t != me);
                self.live_threads.fetch_sub(1, Ordering::Relaxed);
            }
        }
        if st.policy == Policy::Deterministic {
            st.leave_ring(me);
        }
        st.give_up(me);
        let policy = st.policy;
        drop(st);
        self.wake_waiters(policy);
    }

    /// Wakes waiters after a release (`policy` as the releaser saw it under the mutex).
    fn wake_waiters(&self, policy: Policy) {
        if self.waiting.load(Ordering::Relaxed) == 0 {
            return;
        }
        match policy {
            // One waiter is woken, as a lock wakes one sleeper: Python 2's lost wake-ups and
            // CPython 3's `COND_SIGNAL` both depend on it.
            Policy::Ticks | Policy::Interval => {
                self.waiters.notify_one();
            }
            // Hand-offs name their receiver: everybody checks whether it is them.
            Policy::Fair | Policy::Deterministic => {
                self.waiters.notify_all();
            }
        }
    }

    /// Whether the calling thread is the only one running Python code (blocking calls then keep
    /// the lock: nobody could take it).
    pub fn alone(&self) -> bool {
        self.live_threads.load(Ordering::Relaxed) <= 1
    }

    /// The instruction count the eval loop runs before calling [`tick_expired`].
    pub fn tick_reload(&self) -> u32 {
        self.reload.load(Ordering::Relaxed)
    }

    /// The holder's tick counter ran out: release and re-request under `ticks`, pass the baton
    /// under `deterministic`.
    pub fn tick_expired(&self, me: Serial) {
        if self.alone() {
            return;
        }
        let mut st = self.lock();
        let policy = st.policy;
        match policy {
            Policy::Ticks => {
                if self.waiting.load(Ordering::Relaxed) == 0 {
                    return;
                }
                st.stats(me).periodic_releases += 1;
                st.give_up(me);
                drop(st);
                self.waiters.notify_one();
                // Python 2 asked again at once: no yield, no hand-off.
                let mut st = self.lock();
                if st.may_take(me) {
                    st.take(me);
                } else {
                    drop(self.wait_for_lock(st, me, Acquire::Start));
                }
            }
            Policy::Deterministic => self.pass_baton(st, me),
            Policy::Interval | Policy::Fair => {}
        }
    }

    /// `deterministic`: hands the turn to the next thread in the ring and waits for ours.
    fn pass_baton(&self, mut st: MutexGuard<'_, State>, me: Serial) {
        let next = st.next_turn(me);
        if next.is_none_or(|t| t == me) {
            return;
        }
        st.set_turn(next);
        st.stats(me).periodic_releases += 1;
        st.give_up(me);
        self.waiters.notify_all();
        drop(self.wait_for_lock(st, me, Acquire::Start));
    }

    /// A blocking wait on a Python lock under `deterministic`: pass the baton instead of
    /// sleeping. Returns false when there is nobody to pass it to (the caller then blocks for
    /// real).
    pub fn yield_turn(&self, me: Serial) -> bool {
        let st = self.lock();
        if st.policy != Policy::Deterministic || st.ring.len() < 2 {
            return false;
        }
        self.pass_baton(st, me);
        true
    }

    /// The eval breaker's drop-request bit was seen by the holder: let go, wait until another
    /// thread has the lock (CPython's forced switching), and queue up again.
    pub fn drop_requested(&self, me: Serial) {
        let mut st = self.lock();
        if !st.drop_request || st.holder != Some(me) {
            return;
        }
        st.drop_request = false;
        crate::signals::clear(crate::signals::GIL_DROP_REQUEST);
        if self.waiting.load(Ordering::Relaxed) == 0 {
            return;
        }
        st.stats(me).forced_drops += 1;
        st.record(me, TraceKind::ForcedDrop);
        st.give_up(me);
        let policy = st.policy;
        drop(st);
        self.wake_waiters(policy);
        let mut st = self.lock();
        if policy == Policy::Interval {
            while st.last_holder == Some(me) && self.waiting.load(Ordering::Relaxed) > 0 && st.holder.is_none() {
                st = self.switched.wait(st).unwrap_or_else(|e| e.into_inner());
            }
        }
        if st.may_take(me) && policy != Policy::Fair {
            st.take(me);
            return;
        }
        drop(self.wait_for_lock(st, me, Acquire::Start));
    }

    // ----- policy -----

    pub fn policy(&self) -> (Policy, u32, f64) {
        let st = self.lock();
        (st.policy, st.ticks, st.interval.as_micros() as f64 / 1e6)
    }

    /// Switches policy (called by the holder). Waiters re-queue under the new policy.
    pub fn set_policy(&self, policy: Policy) {
        let mut st = self.lock();
        if st.policy == policy {
            return;
        }
        st.policy = policy;
        st.urgent.clear();
        st.queued.clear();
        st.ring.clear();
        st.set_turn(None);
        if policy == Policy::Deterministic {
            let alive: Vec<Serial> = st.threads.iter().filter(|(_, s)| s.alive).map(|(&t, _)| t).collect();
            st.ring = alive;
            let holder = st.holder;
            st.set_turn(holder);
        }
        self.reload_ticks(&st);
        drop(st);
        self.waiters.notify_all();
    }

    pub fn set_ticks(&self, ticks: u32) {
        let mut st = self.lock();
        st.ticks = ticks.max(1);
        self.reload_ticks(&st);
    }

    /// Sets the switch interval, kept in whole microseconds (at least one) as CPython does.
    pub fn set_interval(&self, seconds: f64) {
        let micros = (seconds * 1e6).clamp(1.0, 1e15) as u64;
        self.lock().interval = Duration::from_micros(micros);
    }

    fn reload_ticks(&self, st: &State) {
        let reload = match st.policy {
            Policy::Ticks | Policy::Deterministic => st.ticks,
            Policy::Interval | Policy::Fair => TICKS_UNUSED,
        };
        self.reload.store(reload, Ordering::Relaxed);
    }

    // ----- statistics and tracing -----

    /// Per-thread statistics, in serial order (a holder's current hold is counted up to now).
    pub fn stats(&self) -> Vec<(Serial, ThreadStats)> {
        let st = self.lock();
        st.threads
            .iter()
            .map(|(&t, s)| {
                let mut s = s.clone();
                if let Some(since) = s.held_since {
                    s.hold_ns += since.elapsed().as_nanos() as u64;
                }
                (t, s)
            })
            .collect()
    }

    pub fn reset_stats(&self) {
        let mut st = self.lock();
        let now = Instant::now();
        for s in st.threads.values_mut() {
            let keep = ThreadStats { name: std::mem::take(&mut s.name), alive: s.alive, held_since: s.held_since.map(|_| now), ..Default::default() };
            *s = keep;
        }
        st.threads.retain(|_, s| s.alive);
    }

    pub fn set_thread_name(&self, me: Serial, name: &str) {
        self.lock().stats(me).name = name.to_string();
    }

    pub fn trace_start(&self) {
        let mut st = self.lock();
        st.trace = Some(Trace { start: Instant::now(), events: Vec::new(), dropped: 0 });
        self.tracing.store(true, Ordering::Relaxed);
    }

    /// Stops tracing; returns the events, how many were dropped for want of room, and when
    /// tracing stopped (nanoseconds after it started).
    pub fn trace_stop(&self) -> (Vec<TraceEvent>, u64, u64) {
        let mut st = self.lock();
        self.tracing.store(false, Ordering::Relaxed);
        match st.trace.take() {
            Some(t) => {
                let end = now_ns(&t);
                (t.events, t.dropped, end)
            }
            None => (Vec::new(), 0, 0),
        }
    }

    pub fn tracing(&self) -> bool {
        self.tracing.load(Ordering::Relaxed)
    }

    /// The thread names by serial (for trace export).
    pub fn thread_names(&self) -> BTreeMap<Serial, String> {
        self.lock().threads.iter().map(|(&t, s)| (t, s.name.clone())).collect()
    }

    /// After `fork()` in the child, with the guard [`prepare_fork`] returned: only the forking
    /// thread exists, and it holds the lock.
    pub fn after_fork_child(&self, guard: ForkGuard<'_>, me: Serial) {
        let mut st = guard.0;
        st.threads.retain(|&t, _| t == me);
        st.urgent.clear();
        st.queued.clear();
        st.ring.retain(|&t| t == me);
        let turn = if st.policy == Policy::Deterministic { Some(me) } else { None };
        st.set_turn(turn);
        st.holder = Some(me);
        st.last_holder = Some(me);
        st.drop_request = false;
        crate::signals::clear(crate::signals::GIL_DROP_REQUEST);
        self.live_threads.store(1, Ordering::Relaxed);
        self.waiting.store(0, Ordering::Relaxed);
    }

    /// Holds the state mutex across `fork()`, so the child never inherits it locked by a
    /// thread that does not exist there. The parent drops the guard after forking; the child
    /// hands it to [`after_fork_child`].
    pub fn prepare_fork(&self) -> ForkGuard<'_> {
        ForkGuard(self.lock())
    }
}

/// The GIL's state held locked across `fork()`.
pub struct ForkGuard<'a>(MutexGuard<'a, State>);

/// Parses a policy spec: `ticks[:N]`, `interval[:SECONDS]`, `fair[:SECONDS]`,
/// `deterministic[:N]`. Returns (policy, ticks, interval).
pub fn parse_policy(spec: &str) -> Result<(Policy, Option<u32>, Option<f64>), String> {
    let (name, value) = match spec.split_once(':') {
        Some((n, v)) => (n, Some(v)),
        None => (spec, None),
    };
    let policy = match name {
        "ticks" => Policy::Ticks,
        "interval" => Policy::Interval,
        "fair" => Policy::Fair,
        "deterministic" => Policy::Deterministic,
        _ => return Err(format!("unknown GIL policy '{name}' (expected ticks, interval, fair or deterministic)")),
    };
    let Some(value) = value else { return Ok((policy, None, None)) };
    match policy {
        Policy::Ticks | Policy::Deterministic => match value.parse::<u32>() {
            Ok(n) if n > 0 => Ok((policy, Some(n), None)),
            _ => Err(format!("GIL policy '{name}' takes a positive tick count, not '{value}'")),
        },
        Policy::Interval | Policy::Fair => match value.parse::<f64>() {
            Ok(s) if s > 0.0 && s.is_finite() => Ok((policy, None, Some(s))),
            _ => Err(format!("GIL policy '{name}' takes a positive number of seconds, not '{value}'")),
        },
    }
}

/// Applies a parsed policy spec.
pub fn apply_policy(policy: Policy, ticks: Option<u32>, interval: Option<f64>) {
    if let Some(n) = ticks {
        GIL.set_ticks(n);
    }
    if let Some(s) = interval {
        GIL.set_interval(s);
    }
    GIL.set_policy(policy);
}
