"""atexit: register functions to be called when the interpreter exits.

The interpreter calls _run_exitfuncs() at exit (after threading._shutdown()) when this
module has been imported. Functions run in the reverse order of registration; one that
raises is reported on stderr ("Exception ignored in atexit callback: ..." and the
traceback, as CPython's unraisable-exception hook prints it) and the others still run.
"""

import sys

__all__ = ["register", "unregister"]

# (func, args, kwargs), or None where an entry was unregistered: like CPython,
# _ncallbacks() counts the slots.
_callbacks = []


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to be called at exit; returns func (so this can
    be used as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func (compared with ==); no error if there is
    none."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    """Forget every registered function."""
    del _callbacks[:]


def _ncallbacks():
    """The number of registered functions."""
    return len(_callbacks)


def _type_name(exc_type):
    module = getattr(exc_type, '__module__', None)
    name = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', '?')
    if not isinstance(module, str):
        return '<unknown>' + name
    if module in ('builtins', '__main__'):
        return name
    return module + '.' + name


def _report(func, exc):
    """Print an exception raised by an exit function as CPython's default unraisable
    hook does: no chained exceptions, 'module.Type: message'."""
    stderr = sys.stderr
    if stderr is None:
        return
    try:
        text = repr(func)
    except Exception:
        text = '<object repr() failed>'
    lines = ['Exception ignored in atexit callback: %s\n' % text]
    if exc.__traceback__ is not None:
        import traceback
        # The traceback part of a report, without the chained exceptions.
        saved = exc.__cause__, exc.__context__, exc.__suppress_context__
        exc.__cause__ = exc.__context__ = None
        try:
            full = traceback.format_exception(type(exc), exc, exc.__traceback__)
            tail = traceback.format_exception_only(type(exc), exc)
        finally:
            exc.__cause__, exc.__context__, exc.__suppress_context__ = saved
        if full[-len(tail):] == tail:
            full = full[:-len(tail)]
        lines.extend(full)
    try:
        value = str(exc)
    except Exception:
        value = '<exception str() failed>'
    lines.append('%s: %s\n' % (_type_name(type(exc)), value))
    stderr.write(''.join(lines))
    try:
        stderr.flush()
    except Exception:
        pass


def _run_exitfuncs():
    """Call the registered functions, last registered first, then forget them all.
    Functions registered meanwhile are not called (CPython does the same)."""
    for i in range(len(_callbacks) - 1, -1, -1):
        if i >= len(_callbacks):
            continue
        entry = _callbacks[i]
        if entry is None:
            continue
        _callbacks[i] = None
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # Report the frames of the exit function, not this one.
            if exc.__traceback__ is not None:
                exc.__traceback__ = exc.__traceback__.tb_next
            _report(func, exc)
    _clear()
