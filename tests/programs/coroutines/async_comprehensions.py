# Asynchronous comprehensions and generator expressions.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return x * 2


async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(7)})
    print({x: x * x async for x in arange(4)})
    print([x async for x in arange(10) if x % 2 if x > 3])
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3)])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in arange(x)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    print([x async for x in arange(3) if await double(x) > 1])
    gen = (x * 10 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    agen2 = (await double(x) for x in range(3))
    print(type(agen2).__name__, [v async for v in agen2])
    total = 0
    async for v in (y for y in range(4) if False) if False else arange(4):
        total += v
    print(total)
    return "ok"


print(run(main()))


def outside():
    # An async generator expression may be made in an ordinary function.
    return (x async for x in arange(2))


g = outside()
print(type(g).__name__)


async def collect(ag):
    return [v async for v in ag]


print(run(collect(g)))


async def scoping():
    x = "outer"
    result = [x async for x in arange(2)]
    return x, result


print(run(scoping()))
