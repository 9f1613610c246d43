# Full try statement flow
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except ZeroDivisionError")
        return "zero"
    except (TypeError, ValueError) as e:
        print("except tuple:", type(e).__name__)
        return "type"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
print(attempt("a"))
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    raise IndexError
except LookupError as le:
    print("caught via base class", type(le).__name__, repr(le))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as z:
    print("re-raised", z)
try:
    raise TypeError("bare except")
except:
    print("bare except caught")
