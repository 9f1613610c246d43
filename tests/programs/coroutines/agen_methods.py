# Asynchronous generators: __anext__, asend, athrow, aclose and their awaitables.
def addr(s):
    head, _, tail = s.partition(" at 0x")
    return head + " at 0x..." + tail[tail.index(">"):]


class Tick:
    def __await__(self):
        return (yield "tick")


def step(awaitable, send=None):
    """Drives one awaitable to completion; returns ('yield', v) / ('stop', v) / ('raise', e)."""
    out = []
    try:
        v = awaitable.send(send)
        while True:
            out.append(v)
            v = awaitable.send(None)
    except StopIteration as e:
        return out, ("stop", e.value)
    except BaseException as e:
        return out, ("raise", f"{type(e).__name__}: {e}")


async def echo():
    print("echo started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("echo received", received)
                await Tick()
            except ValueError as e:
                print("echo caught", e)
                received = "recovered"
    finally:
        print("echo finally")
        await Tick()
        print("echo finally after await")


g = echo()
print(type(g).__name__, addr(repr(g)), g.__name__, g.ag_running, g.ag_await)
print(g.__aiter__() is g, type(g.__anext__()).__name__, type(g.aclose()).__name__)
print(step(g.__anext__()))
print(step(g.asend("hello")))
print(step(g.asend("world")))
print(step(g.athrow(ValueError("bad"))))
print(step(g.athrow(ValueError, ValueError("two"))))
print(step(g.aclose()))
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.athrow(KeyError)))


async def counter(n):
    for i in range(n):
        yield i


c = counter(2)
print(step(c.__anext__()), step(c.__anext__()), step(c.__anext__()), step(c.__anext__()))

# An asend object is used up by one await.
c = counter(3)
a = c.asend(None)
print(step(a))
print(step(a))
a.close()

# The first value sent must be None (sent through asend before start).
c = counter(3)
print(step(c.asend("x")))

# Closing a generator that was never started.
c = counter(3)
print(step(c.aclose()), step(c.__anext__()))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2


ig = ignores_exit()
print(step(ig.__anext__()))
print(step(ig.aclose()))


async def stop_inside():
    yield 1
    raise StopAsyncIteration


s = stop_inside()
print(step(s.__anext__()), step(s.__anext__()))


async def stop_iter_inside():
    yield 1
    raise StopIteration


s = stop_iter_inside()
print(step(s.__anext__()), step(s.__anext__()))


async def returns_early():
    yield "only"
    return


r = returns_early()
print(step(r.__anext__()), step(r.__anext__()))

# athrow into a generator that does not catch it.
c = counter(5)
print(step(c.__anext__()))
print(step(c.athrow(IndexError("out"))))
print(step(c.__anext__()))


async def running_flag():
    yield gen_ref.ag_running
    await Tick()
    yield gen_ref.ag_running


gen_ref = running_flag()
print(step(gen_ref.__anext__()), gen_ref.ag_running)
a = gen_ref.__anext__()
print(a.send(None), gen_ref.ag_running)
try:
    gen_ref.__anext__().send(None)
except RuntimeError as e:
    print(e)
try:
    a.send(None)
except StopIteration as e:
    print("finished step", e.value, gen_ref.ag_running)
