# raise ... from ..., __cause__, __context__, __suppress_context__
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"could not parse {s!r}") from e
try:
    parse("abc")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context:", type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print("implicit context:", type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from TypeError("the cause")
except ValueError as e:
    print("explicit cause:", repr(e.__cause__), e.__context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print("classes:", repr(e), repr(e.__cause__))
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError("manual")
e.__cause__ = IndexError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
