# Nested handlers build a chain of __context__
def chain_walk(e):
    names = []
    while e is not None:
        names.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(names)
try:
    try:
        try:
            {}["a"]
        except KeyError:
            [][1]
    except IndexError:
        None.x
except AttributeError as e:
    print(chain_walk(e))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
        raise TypeError("from finally")
except TypeError as e:
    print(chain_walk(e))
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        return "returned inside except"
print(handler())
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        print("inner context:", repr(inner.__context__))
import sys
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
