# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("raised in body")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["x"]
print("continued")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed ZeroDivisionError")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
class Thing:
    def close(self):
        print("Thing.close called")
with contextlib.closing(Thing()) as th:
    print("using thing")
with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback runs first")
    print(names)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer holds:", repr(buf.getvalue()))
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
