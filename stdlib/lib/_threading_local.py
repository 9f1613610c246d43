"""Thread-local data: `local` objects whose attributes each thread sees separately.

    mydata = local()
    mydata.x = 1        # only this thread sees x == 1

A subclass may define __init__; it runs normally in the thread that creates the object,
and again, with the same arguments, the first time each other thread touches it. Slots
and other data descriptors of a subclass live on the object itself and so are shared by
all threads.

How it works: each object keeps one dictionary per thread, keyed by `_thread.get_ident()`,
and attribute access is routed to the calling thread's dictionary (data descriptors of
the class keep precedence, as with an ordinary instance __dict__). Nothing here uses weak
references: `threading` reports the start and the end of the threads it runs
(_thread_started/_thread_finished), and when such a thread ends its dictionaries are
dropped from every local object it touched. Threads not started by `threading` keep their
entries for as long as the object lives (their identifiers are not reused under ferropy).
"""

import _thread
from _thread import get_ident as _get_ident

__all__ = ["local"]

# Reentrant where possible: a local object's __del__ (which takes this lock) could run
# while the same thread holds it.
_registry_lock = getattr(_thread, 'RLock', _thread.allocate_lock)()
# For each thread started by `threading` that is still running: the states of the local
# objects it has a dictionary in (id(state) -> state).
_tracked = {}


def _thread_started(ident):
    """threading: thread `ident` has started and will report its end."""
    with _registry_lock:
        _tracked[ident] = {}


def _thread_finished(ident):
    """threading: thread `ident` is ending: drop its dictionaries."""
    with _registry_lock:
        states = _tracked.pop(ident, None)
    if states:
        for state in states.values():
            state.dicts.pop(ident, None)


class _LocalState:
    """What a local object holds: the per-thread dictionaries and the constructor's
    arguments (for re-running __init__ in other threads)."""

    __slots__ = ('dicts', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs

    def new_dict(self, ident):
        d = self.dicts[ident] = {}
        with _registry_lock:
            states = _tracked.get(ident)
            if states is not None:
                states[id(self)] = self
        return d

    def forget(self):
        with _registry_lock:
            for ident in list(self.dicts):
                states = _tracked.get(ident)
                if states is not None:
                    states.pop(id(self), None)
        self.dicts.clear()


_MISSING = object()


def _class_attribute(cls, name):
    """The attribute `name` as found in cls's MRO (no descriptor call), or _MISSING."""
    for base in cls.__mro__:
        namespace = base.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def _is_data_descriptor(attr):
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _type_name(obj):
    cls = type(obj)
    if cls is local:
        return '_thread._local'     # the name CPython's native class reports
    return cls.__name__


def _thread_dict(self):
    """The calling thread's dictionary of `self`, created (and the subclass's __init__
    run) on the thread's first use."""
    state = object.__getattribute__(self, '_local__state')
    ident = _get_ident()
    d = state.dicts.get(ident)
    if d is None:
        d = state.new_dict(ident)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            try:
                cls.__init__(self, *state.args, **state.kwargs)
            except BaseException:
                state.dicts.pop(ident, None)
                raise
    return d


def _writable_dict(obj, name):
    """The calling thread's dict of `obj`, for setting or deleting `name` (never __dict__)."""
    if name == '__dict__':
        raise AttributeError("'%s' object attribute '__dict__' is read-only"
                             % _type_name(obj))
    return _thread_dict(obj)


class local:
    """Thread-local data."""

    __slots__ = ('_local__state',)

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread's dictionary; type() runs __init__ for it as usual.
        state.new_dict(_get_ident())
        return self

    def __getattribute__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local and attr is _MISSING:
                raise AttributeError("'_thread._local' object has no attribute '%s'"
                                     % name) from None
            raise

    def __setattr__(self, name, value):
        d = _writable_dict(self, name)
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        d = _writable_dict(self, name)
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_type_name(self), name))

    def __del__(self):
        try:
            state = object.__getattribute__(self, '_local__state')
        except AttributeError:
            return
        try:
            state.forget()
        except Exception:
            pass
