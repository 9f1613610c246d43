# Edge cases: throw through nested awaits, athrow(GeneratorExit), derive/split overrides, notes, re-raise.
import types
class Tick:
    def __await__(self):
        return (yield "t")

async def inner():
    try:
        await Tick()
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner recovered"
    finally:
        print("inner finally")

async def outer():
    r = await inner()
    print("outer got", r)
    await Tick()
    return "outer"

c = outer()
print(c.send(None))
print(c.throw(KeyError("x")))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)

c = outer()
c.send(None)
c.close()
print("closed nested")

async def ag():
    try:
        yield 1
    except GeneratorExit:
        print("agen got GeneratorExit")
        raise

g = ag()
try:
    g.athrow(GeneratorExit).send(None)
except BaseException as e:
    print("athrow unstarted:", type(e).__name__)
g = ag()
try: g.__anext__().send(None)
except StopIteration as e: print("first", e.value)
try:
    g.athrow(GeneratorExit).send(None)
except BaseException as e:
    print("athrow GeneratorExit:", type(e).__name__)

eg = ExceptionGroup("m", (ValueError(1),))
print(eg.exceptions is eg.exceptions, repr(eg))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
def pred(e):
    raise RuntimeError("pred failed")
try:
    ExceptionGroup("p", [ValueError()]).split(pred)
except RuntimeError as e:
    print(e)
class Str(ExceptionGroup):
    def __str__(self): return "custom str"
print(str(Str("s", [ValueError()])), repr(Str("s", [ValueError()])))
print(repr(ExceptionGroup("x", [ValueError()]).derive([TypeError()])))
print(BaseExceptionGroup.__mro__, ExceptionGroup.__bases__)
e = ExceptionGroup("a", [ValueError(1)])
e.__notes__ = ["n1"]
m, r = ExceptionGroup("z", [e, TypeError()]).split(TypeError)
print(repr(m), repr(r), hasattr(m, "__notes__"))
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__name__, ExceptionGroup.__module__)
try:
    raise ExceptionGroup("nested", [ExceptionGroup("in", [ValueError(1)])])
except* ValueError as v:
    print(repr(v))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as eg2:
    print("both reraised:", repr(eg2), eg2 is not None)
async def aw_in_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        x = await Tick()
        print("awaited in except*", x, repr(e))
c = aw_in_star()
print(c.send(None))
try: c.send("sent")
except StopIteration: print("done")
