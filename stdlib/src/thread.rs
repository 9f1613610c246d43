//! `_thread`: starting threads, and the locks everything in `threading` is built from.
//!
//! A `_thread.lock` holds an `Arc<RawLock>`: a flag under a `std::sync` mutex with a condition
//! variable, so a lock can be released by a thread other than the one that acquired it (as
//! Python allows) and survives `fork()` without stale waiter queues. Waiting happens inside
//! `Vm::allow_threads`, so the GIL is free meanwhile; the main thread waits in short slices so
//! that Ctrl-C (`KeyboardInterrupt`) gets through a blocked `acquire` or `join`. Under the
//! deterministic GIL policy a blocked acquire passes the turn instead of sleeping, which keeps
//! the interleaving reproducible. `_thread.RLock` adds an owner and a count, kept under the GIL.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload, PyObject};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// `_thread.TIMEOUT_MAX` (CPython's value on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;
/// How long the main thread blocks before looking for a KeyboardInterrupt.
const INTERRUPT_SLICE: Duration = Duration::from_millis(20);

/// A lock any thread may release.
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    released: Condvar,
}

impl RawLock {
    pub fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        !std::mem::replace(&mut *locked, true)
    }

    /// Waits until the lock is free (or `deadline` passes) and takes it.
    pub fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        while *locked {
            match deadline {
                None => locked = self.released.wait(locked).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return false;
                    }
                    locked = self.released.wait_timeout(locked, d - now).unwrap_or_else(|e| e.into_inner()).0;
                }
            }
        }
        *locked = true;
        true
    }

    /// Frees the lock; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*locked {
            return false;
        }
        *locked = false;
        drop(locked);
        self.released.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `_at_fork_reinit`: unlocked, whatever it was.
    pub fn reset(&self) {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner()) = false;
    }
}

/// Acquires `raw` for Python: the fast path under the GIL, then waiting without it (or passing
/// the turn under the deterministic policy). Returns whether the lock was taken.
pub fn acquire_raw(vm: &mut Vm, raw: &Arc<RawLock>, deadline: Option<Instant>) -> PyResult<bool> {
    if raw.try_acquire() {
        return Ok(true);
    }
    loop {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
        if vm.yield_turn() {
            if raw.try_acquire() {
                return Ok(true);
            }
        } else {
            let slice = if vm.is_main_thread() { Some(Instant::now() + INTERRUPT_SLICE) } else { None };
            let until = match (deadline, slice) {
                (Some(d), Some(s)) => Some(d.min(s)),
                (d, s) => d.or(s),
            };
            let lock = raw.clone();
            if vm.allow_threads(move || lock.acquire_until(until)) {
                return Ok(true);
            }
        }
        ferropy_vm::signals::check_interrupt(vm)?;
    }
}

/// Sleeps without the GIL, in slices on the main thread so Ctrl-C interrupts it.
pub fn sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    if secs == 0.0 {
        vm.yield_turn();
        vm.allow_threads(std::thread::yield_now);
        return ferropy_vm::signals::check_interrupt(vm);
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        let now = Instant::now();
        if now >= deadline {
            return ferropy_vm::signals::check_interrupt(vm);
        }
        let mut nap = deadline - now;
        if vm.is_main_thread() {
            nap = nap.min(INTERRUPT_SLICE);
        }
        vm.allow_threads(move || std::thread::sleep(nap));
        ferropy_vm::signals::check_interrupt(vm)?;
    }
}

/// The deadline for `acquire(blocking, timeout)`, with CPython's argument errors; `Ok(None)`
/// inside `Ok(Some(..))` means "wait forever", the outer `None` means "do not wait".
pub fn parse_acquire_args(vm: &mut Vm, args: &Args, first: usize) -> PyResult<Option<Option<Instant>>> {
    for (k, _) in args.kwargs() {
        if k != "blocking" && k != "timeout" {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for acquire()"));
        }
    }
    let blocking = match args.get(first, "blocking") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let timeout = match args.get(first + 1, "timeout") {
        None => -1.0,
        Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => ferropy_vm::object::float::to_float(vm, v)?,
        Some(v) if vm.is_instance(v, &vm.ctx.types.int.clone()) || vm.is_instance(v, &vm.ctx.types.float.clone()) => ferropy_vm::object::float::to_float(vm, v)?,
        Some(v) => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    };
    if !blocking {
        if timeout != -1.0 {
            return vm.value_error("can't specify a timeout for a non-blocking call");
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return vm.value_error("timeout value must be positive");
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_exception_msg("OverflowError", "timestamp out of range for platform time_t"));
    }
    Ok(Some(Some(Instant::now() + Duration::from_secs_f64(timeout))))
}

// ----- _thread.lock -----

fn lock_of(vm: &mut Vm, v: Option<&Value>) -> PyResult<Arc<RawLock>> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(cell) = &o.payload {
            if let Some(raw) = cell.borrow().downcast_ref::<Arc<RawLock>>() {
                return Ok(raw.clone());
            }
        }
    }
    vm.type_error("descriptor requires a '_thread.lock' object")
}

/// A new `_thread.lock` (for `allocate_lock`, and for other modules: `_set_sentinel`, `os`).
pub fn new_lock(vm: &mut Vm) -> PyResult<(Value, Arc<RawLock>)> {
    let cls = lock_class(vm)?;
    let raw = Arc::new(RawLock::default());
    let obj = PyObject::new(cls, Payload::Native(RefCell::new(Box::new(raw.clone()))));
    Ok((Value::Obj(obj), raw))
}

fn lock_class(vm: &mut Vm) -> PyResult<ObjRef> {
    match vm.ctx.native_state.borrow().get("_thread.lock") {
        Some(Value::Obj(c)) => return Ok(c.clone()),
        _ => {}
    }
    vm.type_error("_thread is not initialised")
}

fn lock_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.type_error("cannot create '_thread.lock' instances")
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let raw = lock_of(vm, args.pos.first())?;
    let got = match parse_acquire_args(vm, &args.shift(), 0)? {
        None => raw.try_acquire(),
        Some(deadline) => acquire_raw(vm, &raw, deadline)?,
    };
    Ok(Value::bool(got))
}

fn lock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let raw = lock_of(vm, args.pos.first())?;
    Ok(Value::bool(acquire_raw(vm, &raw, None)?))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let raw = lock_of(vm, args.pos.first())?;
    if !raw.release() {
        return Err(vm.new_exception_msg("RuntimeError", "release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let raw = lock_of(vm, args.pos.first())?;
    Ok(Value::bool(raw.is_locked()))
}

fn lock_at_fork_reinit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lock_of(vm, args.pos.first())?.reset();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let raw = lock_of(vm, args.pos.first())?;
    let state = if raw.is_locked() { "locked" } else { "unlocked" };
    let id = args.pos[0].id();
    Ok(vm.new_str(format!("<{state} _thread.lock object at {id:#x}>")))
}

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("__enter__", lock_enter),
    ("__exit__", lock_release),
    ("_at_fork_reinit", lock_at_fork_reinit),
    ("__repr__", lock_repr),
];

// ----- _thread.RLock -----

/// A reentrant lock: the raw lock plus who owns it and how often (changed only under the GIL).
struct RLockState {
    raw: Arc<RawLock>,
    owner: u64,
    count: u64,
}

fn with_rlock<R>(vm: &mut Vm, v: Option<&Value>, f: impl FnOnce(&mut RLockState) -> R) -> PyResult<R> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(cell) = &o.payload {
            if let Some(st) = cell.borrow_mut().downcast_mut::<RLockState>() {
                return Ok(f(st));
            }
        }
    }
    vm.type_error("descriptor requires a '_thread.RLock' object")
}

fn rlock_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("RLock.__new__(X): X is not a type object") };
    let d = vm.new_dict_obj();
    let state = RLockState { raw: Arc::new(RawLock::default()), owner: 0, count: 0 };
    Ok(Value::Obj(PyObject::with_dict(cls.clone(), d, Payload::Native(RefCell::new(Box::new(state))))))
}

fn rlock_acquire_impl(vm: &mut Vm, this: &Value, deadline: Option<Option<Instant>>) -> PyResult<bool> {
    let me = vm.thread;
    let (raw, reentered) = with_rlock(vm, Some(this), |st| {
        if st.count > 0 && st.owner == me {
            st.count += 1;
            (st.raw.clone(), true)
        } else {
            (st.raw.clone(), false)
        }
    })?;
    if reentered {
        return Ok(true);
    }
    let got = match deadline {
        None => raw.try_acquire(),
        Some(d) => acquire_raw(vm, &raw, d)?,
    };
    if got {
        with_rlock(vm, Some(this), |st| {
            st.owner = me;
            st.count = 1;
        })?;
    }
    Ok(got)
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let deadline = parse_acquire_args(vm, &args.shift(), 0)?;
    Ok(Value::bool(rlock_acquire_impl(vm, &this, deadline)?))
}

fn rlock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::bool(rlock_acquire_impl(vm, &this, Some(None))?))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = vm.thread;
    let ok = with_rlock(vm, args.pos.first(), |st| {
        if st.count == 0 || st.owner != me {
            return false;
        }
        st.count -= 1;
        if st.count == 0 {
            st.owner = 0;
            st.raw.release();
        }
        true
    })?;
    if !ok {
        return Err(vm.new_exception_msg("RuntimeError", "cannot release un-acquired lock"));
    }
    Ok(Value::None)
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = vm.thread;
    let owned = with_rlock(vm, args.pos.first(), |st| st.count > 0 && st.owner == me)?;
    Ok(Value::bool(owned))
}

fn rlock_recursion_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = vm.thread;
    let n = with_rlock(vm, args.pos.first(), |st| if st.owner == me { st.count } else { 0 })?;
    Ok(Value::Int(n as i64))
}

/// `_release_save()`: releases completely, returning (count, owner) for `_acquire_restore`.
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let saved = with_rlock(vm, args.pos.first(), |st| {
        if st.count == 0 {
            return None;
        }
        let saved = (st.count, st.owner);
        st.count = 0;
        st.owner = 0;
        st.raw.release();
        Some(saved)
    })?;
    match saved {
        Some((count, owner)) => Ok(vm.new_tuple(vec![Value::Int(count as i64), Value::Int(owner as i64)])),
        None => Err(vm.new_exception_msg("RuntimeError", "cannot release un-acquired lock")),
    }
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let state = args.pos.get(1).cloned().unwrap_or(Value::None);
    let items = ferropy_vm::object::tuple::tuple_items(&state);
    let (Some(Value::Int(count)), Some(Value::Int(owner))) = (items.first(), items.get(1)) else {
        return vm.type_error("_acquire_restore() argument 1 must be a (count, owner) tuple");
    };
    let (count, owner) = (*count as u64, *owner as u64);
    let raw = with_rlock(vm, Some(&this), |st| st.raw.clone())?;
    acquire_raw(vm, &raw, None)?;
    with_rlock(vm, Some(&this), |st| {
        st.owner = owner;
        st.count = count;
    })?;
    Ok(Value::None)
}

fn rlock_at_fork_reinit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_rlock(vm, args.pos.first(), |st| {
        st.raw.reset();
        st.owner = 0;
        st.count = 0;
    })?;
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (owner, count) = with_rlock(vm, Some(&this), |st| (st.owner, st.count))?;
    let state = if count > 0 { "locked" } else { "unlocked" };
    let cls = vm.class_of(&this).clone();
    // CPython names the class by its tp_name: qualified for the builtin, bare for subclasses.
    let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
    let shown = if name == "RLock" && vm.get_attr_opt(&Value::Obj(cls.clone()), "__module__")?.is_some_and(|m| vm.str_of(&m) == Some("_thread")) { "_thread.RLock".to_string() } else { name };
    Ok(vm.new_str(format!("<{state} {shown} object owner={owner} count={count} at {:#x}>", this.id())))
}

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", rlock_acquire),
    ("release", rlock_release),
    ("__enter__", rlock_enter),
    ("__exit__", rlock_release),
    ("_is_owned", rlock_is_owned),
    ("_recursion_count", rlock_recursion_count),
    ("_release_save", rlock_release_save),
    ("_acquire_restore", rlock_acquire_restore),
    ("_at_fork_reinit", rlock_at_fork_reinit),
    ("__repr__", rlock_repr),
];

// ----- functions -----

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return vm.type_error("start_new_thread() takes no keyword arguments");
    }
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return vm.type_error(format!("start_new_thread expected at least 2 arguments, got {}", args.pos.len()));
    }
    let func = args.pos[0].clone();
    if !vm.is_callable(&func) {
        return vm.type_error("first arg must be callable");
    }
    let Value::Obj(t) = &args.pos[1] else { return vm.type_error("2nd arg must be a tuple") };
    if !matches!(t.payload, Payload::Tuple(_)) {
        return vm.type_error("2nd arg must be a tuple");
    }
    let items = ferropy_vm::object::tuple::tuple_items(&args.pos[1]);
    let kwargs = match args.pos.get(2) {
        None => None,
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => Some(args.pos[2].clone()),
        Some(_) => return vm.type_error("optional 3rd arg must be a dictionary"),
    };
    let ident = vm.start_thread(func, items.to_vec(), kwargs)?;
    Ok(Value::Int(ident as i64))
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.is_empty() || args.has_kwargs() {
        return vm.type_error(format!("allocate_lock() takes no arguments ({} given)", args.len()));
    }
    Ok(new_lock(vm)?.0)
}

fn get_ident(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.thread as i64))
}

fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ferropy_vm::unix::native_thread_id()))
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ferropy_vm::thread::running_threads() as i64))
}

fn interrupt_main(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.get(0, "signum") {
        None | Some(Value::Int(2)) => {}
        Some(Value::Int(n)) if (1..65).contains(n) => {}
        Some(Value::Int(_)) => return vm.value_error("signal number out of range"),
        Some(v) => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
    ferropy_vm::signals::request(ferropy_vm::signals::INTERRUPT);
    Ok(Value::None)
}

fn exit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_exception_with_args(vm.ctx.exc("SystemExit"), vm.new_tuple(vec![])))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let old = ferropy_vm::thread::stack_size();
    match args.pos.first() {
        None => {}
        Some(Value::Int(0)) => ferropy_vm::thread::set_stack_size(0),
        Some(Value::Int(n)) if *n >= 32768 => ferropy_vm::thread::set_stack_size(*n as usize),
        Some(Value::Int(n)) if *n < 0 => return vm.value_error("size must be 0 or a positive value"),
        Some(Value::Int(n)) => return vm.value_error(format!("size not valid: {n} bytes")),
        Some(v) => return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
    }
    Ok(Value::Int(old as i64))
}

/// `_set_sentinel()`: a new lock, which the interpreter releases when the calling thread has
/// finished (the caller acquires it first: `threading` joins a thread by waiting for it).
fn set_sentinel(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (lock, raw) = new_lock(vm)?;
    vm.at_thread_exit(Box::new(move || {
        raw.release();
    }));
    Ok(lock)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("_count", count),
    ("interrupt_main", interrupt_main),
    ("exit", exit),
    ("exit_thread", exit),
    ("stack_size", stack_size),
    ("_set_sentinel", set_sentinel),
    ("_set_thread_name", crate::gil::set_thread_name),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "_thread", FUNCTIONS)?;
    let lock = crate::native_class(vm, "_thread", "lock", &Value::None, lock_new, LOCK_METHODS, &[])?;
    vm.ctx.native_state.borrow_mut().insert("_thread.lock", Value::Obj(lock.clone()));
    vm.set_attr_in_dict(&m, "LockType", Value::Obj(lock))?;
    let rlock = crate::native_class(vm, "_thread", "RLock", &Value::None, rlock_new, RLOCK_METHODS, &[])?;
    vm.set_attr_in_dict(&m, "RLock", Value::Obj(rlock))?;
    vm.set_attr_in_dict(&m, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX))?;
    let error = Value::Obj(vm.ctx.exc("RuntimeError"));
    vm.set_attr_in_dict(&m, "error", error)?;
    Ok(m)
}
