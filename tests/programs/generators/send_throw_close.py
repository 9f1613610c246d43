# Generator send(), throw(), close()
def echo():
    print("primed")
    received = None
    try:
        while True:
            received = yield f"echo:{received}"
            print("received", received)
    except GeneratorExit:
        print("GeneratorExit caught, cleaning up")
        raise
    finally:
        print("finally in generator")
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def catcher():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError, "second"))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("generator finished after unhandled throw")
fresh = echo()
try:
    fresh.send("x")
except TypeError as e:
    print(type(e).__name__, e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    finally:
        print("cleanup on close")
r = returns_on_close()
next(r)
r.close()
print(list(r))
