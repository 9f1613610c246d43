# Chains of awaits driven by hand with send(None), and values flowing back up.


class Suspend:
    """An awaitable that suspends once, handing `tag` to the driver."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return ("resumed", self.tag, sent)


async def leaf(n):
    got = await Suspend(f"leaf{n}")
    return n * 10, got


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return [a, b]


async def top():
    total = []
    for i in range(2):
        total.append(await middle(i))
    return total


def drive(coro, replies=None):
    replies = list(replies or [])
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            print("finished after", steps, "steps")
            return e.value
        steps += 1
        print("  driver got", yielded)
        value = replies.pop(0) if replies else None


print(drive(top(), replies=["a", "b", "c"]))


async def no_suspend(x):
    return x + 1


async def adds():
    s = 0
    for i in range(5):
        s += await no_suspend(i)
    return s


print(drive(adds()))


async def deep(n):
    if n == 0:
        return await Suspend("bottom")
    return await deep(n - 1)


print(drive(deep(50)))


async def returns_none():
    await Suspend("x")


print(drive(returns_none()))


async def await_in_expressions():
    d = {await no_suspend(1): await no_suspend(2)}
    t = (await no_suspend(3), *[await no_suspend(4)])
    s = f"{await no_suspend(5)}-{await no_suspend(6)!r}"
    cond = await no_suspend(0) if await no_suspend(-1) else "no"
    return d, t, s, cond, [await no_suspend(i) for i in range(3)]


print(drive(await_in_expressions()))


async def catches():
    try:
        await Suspend("before raise")
        raise ValueError("inside")
    except ValueError as e:
        r = await Suspend(f"in handler: {e}")
        return r
    finally:
        print("  finally runs")


print(drive(catches()))
