"""Module docstring (dropped by -OO)."""


def check(x):
    """Function docstring (dropped by -OO)."""
    assert x > 0, "x must be positive"
    if __debug__:
        print("debug on")
    return x * 2


print(check(3), __doc__ is None, check.__doc__ is None)
try:
    check(-1)
    print("assert skipped")
except AssertionError as e:
    print("AssertionError:", e)
