# raise ... from None hides the context in the traceback
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no entry for {k!r}") from None
lookup({"a": 1}, "b")
