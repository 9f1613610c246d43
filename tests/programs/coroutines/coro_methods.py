# The coroutine object: send, throw, close, __await__ and the cr_* attributes.
def addr(s):
    head, _, tail = s.partition(" at 0x")
    return head + " at 0x..." + tail[tail.index(">"):]


class Yield:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return (yield self.v)


async def worker(name):
    print("start", name)
    try:
        a = await Yield(1)
        print("got", a)
        b = await Yield(2)
        print("got", b)
    except KeyError as e:
        print("caught", repr(e))
        c = await Yield(3)
        print("after catch", c)
    finally:
        print("cleanup", name)
    return "done"


c = worker("w")
print(type(c).__name__, addr(repr(c)))
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running)
print(c.cr_frame is not None, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
print(c.send("A"))
print(c.throw(KeyError("k")))
try:
    c.send("C")
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_await)
for what in ("send", "throw"):
    try:
        if what == "send":
            c.send(None)
        else:
            c.throw(ValueError)
    except RuntimeError as e:
        print(what, "->", e)
print("close on finished:", c.close())

c = worker("closing")
c.send(None)
print("close:", c.close())
print("closed frame:", c.cr_frame)

c = worker("never started")
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)

c = worker("x")
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()


async def stubborn():
    try:
        await Yield("again")
    except GeneratorExit:
        print("ignoring exit")
    await Yield("once more")


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(e)


async def running_check():
    return co.cr_running


co = running_check()
try:
    co.send(None)
except StopIteration as e:
    print("cr_running inside:", e.value)

# __await__ gives an iterator over the same coroutine.
c = worker("via wrapper")
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("s1"))
try:
    w.send("s2")
except StopIteration as e:
    print("wrapper stop", e.value)

c = worker("thrown in")
w = c.__await__()
next(w)
try:
    w.throw(ValueError("bad"))
except ValueError as e:
    print("propagated", e)
w.close()


async def raiser():
    raise StopIteration("oops")


try:
    raiser().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


async def reenter():
    me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print(e)
