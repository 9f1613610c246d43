# What `await` accepts, and CPython's errors for what it does not.
import types


class Good:
    def __await__(self):
        yield "suspended"
        return "good result"


class GenAwait:
    def __await__(self):
        return iter(["x", "y"])


class BadInt:
    def __await__(self):
        return 5


made = []


class BadCoro:
    def __await__(self):
        made.append(inner())
        return made[-1]


async def inner():
    return 1


class NoAwait:
    pass


def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value
    except Exception as e:
        coro.close()
        return out, f"{type(e).__name__}: {e}"


async def use(obj):
    return await obj


print(run(use(Good())))
print(run(use(GenAwait())))
print(run(use(inner())))
for bad in (BadInt(), BadCoro(), NoAwait(), 42, None, "text", [1]):
    print(type(bad).__name__, run(use(bad)))


@types.coroutine
def legacy(n):
    got = yield f"legacy {n}"
    return (n, got)


async def uses_legacy():
    a = await legacy(1)
    b = await legacy(2)
    return a, b


print(run(uses_legacy()))


async def twice():
    c = inner()
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(run(twice()))


async def slow():
    await Good()
    return "slow"


async def awaits_same(c):
    return await c


async def being_awaited():
    c = slow()
    waiter = awaits_same(c)
    waiter.send(None)
    try:
        await c
    except RuntimeError as e:
        waiter.close()
        return str(e)


print(run(being_awaited()))


def plain_gen(c):
    yield from c


c = inner()
try:
    next(plain_gen(c))
except TypeError as e:
    print(e)
c.close()
for c in made:
    c.close()


@types.coroutine
def delegating():
    return (yield from inner())


print(run(use(delegating())))

for obj in (inner(),):
    for op in (iter, next):
        try:
            op(obj)
        except TypeError as e:
            print(op.__name__, e)
    obj.close()
