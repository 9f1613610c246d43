"""Helpers shared by the check_*.py scripts."""


def show(label, fn, *args, **kwargs):
    """Call fn and print its result, or the exception it raised."""
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print('%s -> %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s -> %r' % (label, result))


def err(fn, *args, **kwargs):
    """Return 'ExcType: message' for the exception fn raises, or its result."""
    try:
        return fn(*args, **kwargs)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
