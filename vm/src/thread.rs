//! Threads that run Python code, and the one way a thread lets others run: `allow_threads`.
//!
//! A Python thread is an OS thread with its own `Vm` (frames, handled exception, caches) that
//! shares the interpreter's `Context`, builtins, `sys` and module table with every other
//! thread. [`Vm::start_thread`] registers the thread with the GIL (so serials, and the
//! deterministic policy's turn order, follow creation order), packs what the thread needs into a
//! [`GilBound`] and spawns it; the new thread takes the GIL before it unpacks anything, calls
//! the function, reports an uncaught exception as CPython's `_thread` does ("Exception ignored
//! in thread started by: …"), drops every object it holds while it still has the lock, and only
//! then lets the lock go for good and runs its exit callbacks (which release `join` sentinels —
//! they touch no objects).
//!
//! Invariants: a thread touches objects only between its first `acquire` and its `Exit`
//! release; `allow_threads`' closure is `Send`, so it holds no object and no `Vm`.

use crate::gil::{Acquire, GilBound, Release, Serial, GIL};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Threads started by `start_thread` and not finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);
/// The stack size for new threads, in bytes (`_thread.stack_size`); 0 means the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// The main thread's serial.
static MAIN_THREAD: AtomicU64 = AtomicU64::new(0);

/// New threads' stack when none was asked for: deep enough for the recursion limit's worth of
/// native recursion (Python-to-Python calls do not use the Rust stack).
const DEFAULT_STACK: usize = 64 << 20;

/// Work to do when a thread has finished and let the GIL go (no objects allowed).
pub type ExitCallback = Box<dyn FnOnce() + Send>;

/// What a new thread's `Vm` shares with its creator.
struct Shared {
    ctx: Rc<crate::context::Context>,
    builtins: ObjRef,
    builtins_dict: ObjRef,
    sys: Option<ObjRef>,
    modules: ObjRef,
    path: Option<ObjRef>,
    recursion_limit: usize,
}

/// Registers the calling thread as the main thread and takes the GIL (interpreter start-up).
pub fn enter_main_thread() -> Serial {
    crate::unix::install_sigint_handler();
    crate::unix::mask_sigint(false);
    let serial = GIL.register("MainThread");
    MAIN_THREAD.store(serial, Ordering::Relaxed);
    let _held = GIL.acquire(serial, Acquire::Start);
    serial
}

/// `_thread._count()`.
pub fn running_threads() -> usize {
    RUNNING.load(Ordering::Relaxed)
}

/// `_thread.stack_size()`: the size new threads get (0 = default), and setting it.
pub fn stack_size() -> usize {
    STACK_SIZE.load(Ordering::Relaxed)
}

pub fn set_stack_size(size: usize) {
    STACK_SIZE.store(size, Ordering::Relaxed);
}

impl Vm {
    /// Whether this is the interpreter's main thread (the one KeyboardInterrupt goes to).
    pub fn is_main_thread(&self) -> bool {
        self.thread == MAIN_THREAD.load(Ordering::Relaxed)
    }

    /// Runs `f` without the GIL, so other threads can run meanwhile: for anything that blocks
    /// (sleeping, waiting for a lock, I/O). `f` is `Send`, so it cannot hold an object or the
    /// `Vm`. A thread alone in the process keeps the lock (nobody could take it).
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        if self.thread == 0 || GIL.alone() {
            return f();
        }
        /// Takes the GIL back even if `f` panics, so unwinding drops objects under the lock.
        struct Reacquire(Serial);
        impl Drop for Reacquire {
            fn drop(&mut self) {
                let _held = GIL.acquire(self.0, Acquire::AfterBlocking);
            }
        }
        GIL.release(self.thread, Release::Blocking);
        let _reacquire = Reacquire(self.thread);
        f()
    }

    /// Under the deterministic policy, a blocking wait on a Python lock passes the turn instead
    /// of sleeping; returns false when the caller must block for real.
    pub fn yield_turn(&mut self) -> bool {
        self.thread != 0 && GIL.yield_turn(self.thread)
    }

    /// Adds work to run after this thread has finished and released the GIL for good.
    pub fn at_thread_exit(&mut self, callback: ExitCallback) {
        self.exit_callbacks.push(callback);
    }

    /// Starts `func(*args, **kwargs)` on a new OS thread; returns the thread's ident.
    pub fn start_thread(&mut self, func: Value, args: Vec<Value>, kwargs: Option<Value>) -> PyResult<u64> {
        let shared = Shared {
            ctx: self.ctx.clone(),
            builtins: self.builtins.clone(),
            builtins_dict: self.builtins_dict.clone(),
            sys: self.sys.clone(),
            modules: self.modules.clone(),
            path: self.path.clone(),
            recursion_limit: self.recursion_limit,
        };
        let serial = GIL.register("Thread");
        let payload = GilBound::new((shared, func, args, kwargs));
        let size = match stack_size() {
            0 => DEFAULT_STACK,
            n => n,
        };
        RUNNING.fetch_add(1, Ordering::Relaxed);
        let spawned = std::thread::Builder::new()
            .name(format!("python-{serial}"))
            .stack_size(size)
            .spawn(move || {
                // A panic is a bug; a thread that died holding the GIL would hang every other
                // thread, so the process ends instead (status 70, as for the main thread).
                if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| thread_main(serial, payload))).is_err() {
                    std::process::exit(70);
                }
            });
        match spawned {
            Ok(_) => Ok(serial),
            Err(_) => {
                RUNNING.fetch_sub(1, Ordering::Relaxed);
                GIL.forget(serial);
                Err(self.new_exception_msg("RuntimeError", "can't start new thread"))
            }
        }
    }
}

/// A new thread's life: take the GIL, run the function, clean up under the lock, let go.
fn thread_main(serial: Serial, payload: GilBound<(Shared, Value, Vec<Value>, Option<Value>)>) {
    crate::unix::mask_sigint(true);
    let held = GIL.acquire(serial, Acquire::Start);
    let (shared, func, args, kwargs) = payload.into_inner(&held);
    let mut vm = Vm::for_thread(shared, serial);
    let result = call_thread_function(&mut vm, &func, args, kwargs);
    if let Err(exc) = result {
        report_uncaught(&mut vm, &func, &exc);
    }
    crate::object::generator::run_pending_finalizers(&mut vm);
    let callbacks = std::mem::take(&mut vm.exit_callbacks);
    drop(func);
    drop(vm);
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    GIL.release(serial, Release::Exit);
    for callback in callbacks {
        callback();
    }
}

fn call_thread_function(vm: &mut Vm, func: &Value, args: Vec<Value>, kwargs: Option<Value>) -> PyResult<Value> {
    let args = vm.new_tuple(args);
    crate::call::call_ex(vm, func, &args, kwargs.as_ref())
}

/// What `_thread` prints for an exception that escapes a thread's function (SystemExit ends
/// the thread quietly).
fn report_uncaught(vm: &mut Vm, func: &Value, exc: &crate::vm::PyErr) {
    let v = Value::Obj(exc.clone());
    if vm.is_instance(&v, &vm.ctx.exc("SystemExit")) {
        return;
    }
    let repr = vm.repr_string(func).unwrap_or_else(|_| "<function>".into());
    let text = crate::traceback::format_exception(vm, exc);
    let report = format!("Exception ignored in thread started by: {repr}\n{text}");
    let stderr = crate::builtins::functions::sys_stream(vm, "stderr").unwrap_or(Value::None);
    if stderr.is_none() || crate::builtins::file::write_to(vm, &stderr, &report).is_err() {
        eprint!("{report}");
    }
}

/// In a child made by `fork()`: the forking thread is the only thread and becomes the main
/// thread; the GIL's bookkeeping forgets every other thread.
pub fn after_fork_child(vm: &mut Vm, guard: crate::gil::ForkGuard<'_>) {
    GIL.after_fork_child(guard, vm.thread);
    MAIN_THREAD.store(vm.thread, Ordering::Relaxed);
    // `_thread._count()` keeps counting the parent's threads, as CPython 3.11's does.
    crate::unix::mask_sigint(false);
}

impl Vm {
    /// A `Vm` for a new thread, sharing the interpreter-wide parts.
    fn for_thread(shared: Shared, serial: Serial) -> Vm {
        let mut vm = Vm::bare(shared.ctx, shared.builtins, shared.builtins_dict, shared.modules);
        vm.sys = shared.sys;
        vm.path = shared.path;
        vm.recursion_limit = shared.recursion_limit;
        vm.thread = serial;
        vm
    }
}
