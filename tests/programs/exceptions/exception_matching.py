# except clauses: order, tuples, base classes, re-raise, bare raise
def risky(kind):
    if kind == "key": return {}["x"]
    if kind == "index": return [][0]
    if kind == "zero": return 1 / 0
    if kind == "type": return 1 + "a"
    if kind == "custom": raise OSError(2, "nope")
    return "fine"
for kind in ("key", "index", "zero", "type", "custom", "fine"):
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup family", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> arithmetic", e)
    except OSError as e:
        print(kind, "-> OSError", e.errno, e.strerror)
    except Exception as e:
        print(kind, "-> generic", type(e).__name__)
    else:
        print(kind, "-> no error:", result)
def reraiser():
    try:
        risky("zero")
    except ZeroDivisionError:
        print("logging then re-raising")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
excs = (ValueError, TypeError)
try:
    int("x")
except excs as e:
    print("dynamic tuple matched", type(e).__name__)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
