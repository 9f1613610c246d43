"""threading: Thread objects and synchronization primitives, on top of `_thread`.

Provided: Thread (with the deprecated camelCase accessors), current_thread, main_thread,
active_count, enumerate, get_ident, get_native_id, local, Lock, RLock, Condition,
Semaphore, BoundedSemaphore, Event, Timer, Barrier (+ BrokenBarrierError), excepthook
(+ ExceptHookArgs, __excepthook__), settrace/gettrace, setprofile/getprofile, stack_size,
TIMEOUT_MAX, ThreadError, and the interpreter's exit hook `_shutdown()` together with
`_register_atexit()`.

How a thread knows it is finished: each started Thread owns an "alive" lock, held for
as long as its bootstrap runs. join() and is_alive() wait on it. When `_thread` offers
`_set_sentinel()` (a lock the interpreter itself releases once the thread's state is
gone) that lock is used; otherwise the thread allocates one and releases it as the last
thing its bootstrap does. Either way join() just acquires and releases it.

Only the public lock API of `_thread` is relied upon. `_thread.RLock` is used when it has
the helpers Condition needs (_is_owned, _release_save, _acquire_restore); otherwise RLock
is the pure-Python _PyRLock below.
"""

import os as _os
import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
ThreadError = getattr(_thread, 'error', RuntimeError)
_set_sentinel = getattr(_thread, '_set_sentinel', None)
# ferropy: names the calling thread in the GIL's statistics and traces.
_set_gil_name = getattr(_thread, '_set_thread_name', None)

_native_id_func = getattr(_thread, 'get_native_id', None)
_HAVE_THREAD_NATIVE_ID = _native_id_func is not None
if _HAVE_THREAD_NATIVE_ID:
    get_native_id = _native_id_func
else:
    def get_native_id():
        """Return the thread's identifier (no separate native id is available)."""
        return get_ident()

TIMEOUT_MAX = getattr(_thread, 'TIMEOUT_MAX', float(0x7fffffff))

if hasattr(_thread, 'stack_size'):
    stack_size = _thread.stack_size
else:
    def stack_size(size=0, /):
        """Return 0 (the default stack size); only 0 can be set."""
        if size != 0:
            raise ThreadError("setting stack size not supported")
        return 0


def _warn_deprecated(message):
    # stacklevel 3: _warn_deprecated -> the deprecated function -> its caller
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Debugger/profiler hooks applied to new threads

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks

Lock = _allocate_lock


class _PyRLock:
    """A reentrant lock: the owning thread may acquire it again; it is free once every
    acquire has been matched by a release."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            type(self).__module__, type(self).__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # The helpers Condition uses to give the lock up entirely while waiting.

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


def _native_rlock():
    cls = getattr(_thread, 'RLock', None)
    if cls is None:
        return None
    for name in ('_is_owned', '_release_save', '_acquire_restore'):
        if not hasattr(cls, name):
            return None
    return cls


_CRLock = _native_rlock()


def RLock(*args, **kwargs):
    """Return a new reentrant lock (the native one when `_thread` has a usable one)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable: threads wait() until another thread holding the same lock
    calls notify() or notify_all()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner provide these; plain locks use the fallbacks.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        # One single-use lock per waiting thread; notify releases the oldest ones.
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: "owned" here means "held by someone".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout, then take the
        lock again. Returns False only if the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Nobody released us: take our lock off the list ourselves.
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; returns the last value
        of predicate()."""
        deadline = None
        result = predicate()
        while not result:
            remaining = None
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                    remaining = timeout
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._waiters and woken < n:
            waiter = self._waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Its wait already timed out; it does not count.
                continue
            woken += 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter: acquire() takes one unit (blocking while there is none), release()
    gives units back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; returns False if none became available (non-blocking call or
        timeout)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                remaining = None
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                        remaining = timeout
                    else:
                        remaining = deadline - _time()
                        if remaining <= 0:
                            return False
                self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; returns the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------------------
# Barrier

class BrokenBarrierError(RuntimeError):
    pass


# What a Barrier is doing: letting threads in, letting a completed round out, being
# reset while threads are inside, or broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads wait for each other: each wait() returns (an index in
    0..parties-1) once the last one arrives; the last one first runs `action`."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0     # threads inside wait()

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A finished round may still be leaving, or a reset settling: wait it out.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state != _DRAINING:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    # The last one out lets the next round in.
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting in the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread bookkeeping

_counter_lock = _allocate_lock()
_counter_value = 0


def _newname(template):
    """template % the next number of the one counter all default names share."""
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return template % n


_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for threads that are running
_limbo = {}     # Thread -> Thread, started but not yet running

# The alive locks of running non-daemon threads (id -> lock): _shutdown() waits on them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}

# Functions to call (LIFO) at the start of _shutdown(), before joining threads.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when the interpreter shuts down, before the non-daemon
    threads are joined (it lets pools tell their worker threads to stop)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


# ---------------------------------------------------------------------------
# excepthook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback,
    thread)."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(items))
        return tuple.__new__(cls, items)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        fields = ', '.join('%s=%r' % (name, value) for name, value in zip(self._fields, self))
        return '_thread._ExceptHookArgs(%s)' % fields

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _print_exception(exc_type, exc_value, exc_tb, file):
    import traceback
    if exc_value is None:
        print(getattr(exc_type, '__name__', exc_type), file=file)
        return
    traceback.print_exception(exc_type, exc_value, exc_tb, file=file)


def excepthook(args, /):
    """Handle an exception that escaped a thread's run(): print 'Exception in thread
    NAME:' and the traceback to stderr. SystemExit is ignored silently."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Hand the exception being handled in `thread` to threading.excepthook."""
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((*_sys.exc_info(), thread)))
    except Exception as exc:
        exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is None:
            return
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_hook = getattr(_sys, 'excepthook', None)
        if sys_hook is not None:
            sys_hook(*_sys.exc_info())
        else:
            _print_exception(type(exc), exc, exc.__traceback__, stderr)


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: pass a `target` callable (called with `args`/`kwargs`) or
    override run() in a subclass; then start() it and join() it."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                except AttributeError:
                    pass
                else:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None     # the "alive" lock (see the module docstring)
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Where excepthook writes if sys.stderr is gone by then.
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()     # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is called in a new thread. At most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Do not keep the target and its arguments alive after the thread ends.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Runs in the new thread. (Split as CPython's is, so that a thread's traceback starts
        # at _bootstrap_inner, then run, as it does there.)
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        own_lock = None
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            if _set_sentinel is not None:
                # Released by the interpreter once this thread's state is gone. CPython
                # hands it out unlocked, for the thread to take; accept one already held.
                lock = _set_sentinel()
                if not lock.locked():
                    lock.acquire()
            else:
                lock = own_lock = _allocate_lock()
                lock.acquire()
            self._tstate_lock = lock
            if not self._daemonic:
                with _shutdown_locks_lock:
                    _shutdown_locks[id(lock)] = lock
            with _active_limbo_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            _local_thread_started(self._ident)
            if _set_gil_name is not None:
                _set_gil_name(self._name)
            self._started.set()

            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)

            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            try:
                _local_thread_finished(self._ident)
            finally:
                with _active_limbo_lock:
                    _active.pop(self._ident, None)
                    _limbo.pop(self, None)
                if own_lock is not None:
                    own_lock.release()

    def _stop(self):
        # The thread has finished (its alive lock was seen free).
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.pop(id(lock), None)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return      # already known to be finished
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (Ctrl-C) between taking the lock and letting it go: CPython 3.11
            # (bpo-45274) then frees a lock it finds held and counts the thread as finished,
            # even when the holder is the thread itself; do as it does.
            if lock.locked():
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Wait until the thread terminates, or until `timeout` seconds pass (then check
        is_alive() to know which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_gil_name is not None and self._ident is not None and self._ident == get_ident():
            _set_gil_name(self._name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native identifier, or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread: the program does not wait for those."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: use the daemon attribute."""
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: use the name attribute."""
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() is called first:
    t = Timer(30.0, f, args=None, kwargs=None); t.start(); t.cancel()."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (normally the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        lock = _allocate_lock()
        lock.acquire()      # released by _shutdown()
        self._tstate_lock = lock
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that threading did not start (e.g. _thread.start_new_thread):
    always alive, daemonic, cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level functions

def current_thread():
    """The Thread object of the caller (a _DummyThread for threads threading did not
    start)."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


def currentThread():
    """Deprecated alias of current_thread()."""
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of all Thread objects currently alive (started and not yet finished)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object (the one the interpreter started in)."""
    return _main_thread


def _shutdown():
    """Called by the interpreter at exit, in the main thread: runs the functions given to
    _register_atexit, then waits for every non-daemon thread to finish."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return      # already done
    _SHUTTING_DOWN = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    # Join the non-daemon threads, including any they start meanwhile.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks.values())
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()


# Thread-local data: the pure-Python implementation; threading tells it when its threads
# start and end so that a finished thread's values are dropped.
import _threading_local
from _threading_local import local
_local_thread_started = _threading_local._thread_started
_local_thread_finished = _threading_local._thread_finished


def _after_fork():
    """In a child made by os.fork(): only the forking thread survives. It becomes the main
    thread; every other Thread object is marked finished, and the module's locks, which a
    vanished thread may have held, are made new."""
    global _main_thread
    _active_limbo_lock._at_fork_reinit()
    _shutdown_locks_lock._at_fork_reinit()
    me = get_ident()
    current = _active.get(me)
    if current is None:
        current = _main_thread if _main_thread._ident == me else _DummyThread()
    for ident, thread in list(_active.items()):
        if thread is not current:
            thread._is_stopped = True
            thread._tstate_lock = None
            del _active[ident]
    _limbo.clear()
    _shutdown_locks.clear()
    if current is not _main_thread:
        lock = _allocate_lock()
        lock.acquire()
        current._tstate_lock = lock
        current._daemonic = False
        _main_thread = current


if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)
