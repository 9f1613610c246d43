# async for over asynchronous generators and hand-written asynchronous iterators.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print("  (ticks:", ticks, ")")
        return e.value


async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i


async def consume():
    out = []
    async for x in agen(4):
        out.append(x)
    return out


print(run(consume()))


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1


async def loops():
    seen = []
    async for v in Countdown(5):
        if v == 4:
            continue
        if v == 2:
            break
        seen.append(v)
    else:
        seen.append("no else after break")
    async for v in Countdown(2):
        seen.append(v)
    else:
        seen.append("else ran")
    async for a in agen(2):
        async for b in Countdown(2):
            seen.append((a, b))
    return seen


print(run(loops()))


async def early_return():
    async for v in agen(10):
        if v > 3:
            return v
    return None


print(run(early_return()))


async def unpacking():
    async def pairs():
        for i in range(3):
            yield i, str(i)

    return [(s, i) async for i, s in pairs()]


print(run(unpacking()))


class SyncAnext:
    """__anext__ returning an awaitable object rather than being a coroutine function."""

    def __init__(self):
        self.items = [1, 2, 3]

    def __aiter__(self):
        return self

    def __anext__(self):
        return Step(self.items)


class Step:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        yield "step"
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def sync_anext():
    return [x async for x in SyncAnext()]


print(run(sync_anext()))


async def error_in_body():
    try:
        async for v in agen(3):
            if v == 1:
                raise KeyError(v)
    except KeyError as e:
        return "caught " + repr(e)


print(run(error_in_body()))


async def error_in_anext():
    class Broken:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise ValueError("anext failed")

    try:
        async for v in Broken():
            pass
    except ValueError as e:
        return str(e)


print(run(error_in_anext()))


async def bad_iterables():
    results = []

    class NoANext:
        def __aiter__(self):
            return 42

    class BadANext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    for obj in (5, [1, 2], NoANext(), BadANext()):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            results.append(f"{e} / cause: {e.__cause__!r}")
    return results


for line in run(bad_iterables()):
    print(line)
