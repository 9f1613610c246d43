# Asynchronous generators in loops: finally blocks, awaits between yields, nesting, closing.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def numbers(n, log):
    try:
        for i in range(n):
            log.append(f"yield {i}")
            yield i
            await Tick()
    finally:
        log.append("numbers finally")
        await Tick()
        log.append("numbers finally done")


async def doubled(source):
    async for v in source:
        yield v * 2


async def main():
    log = []
    print([v async for v in doubled(numbers(3, log))])
    print(log)
    log.clear()
    g = numbers(10, log)
    async for v in g:
        if v == 1:
            break
    await g.aclose()
    print(log)
    log.clear()

    async def with_return(flag):
        yield "first"
        if flag:
            return
        yield "second"

    print([v async for v in with_return(True)], [v async for v in with_return(False)])

    async def sends():
        total = 0
        while True:
            got = yield total
            if got is None:
                break
            total += got

    s = sends()
    print(await s.__anext__(), await s.asend(5), await s.asend(7))
    try:
        await s.asend(None)
    except StopAsyncIteration:
        print("sends finished")

    async def yields_in_try():
        try:
            yield 1
            yield 2
        except KeyError as e:
            yield f"handled {e!r}"
        yield 3

    y = yields_in_try()
    print(await y.__anext__(), await y.athrow(KeyError("k")), await y.__anext__())
    try:
        await y.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        await y.__anext__()
    except StopAsyncIteration:
        print("still exhausted")
    return "done"


print(run(main()))


async def anext_builtin_free():
    # Using __anext__ directly, as anext() would.
    g = numbers(2, [])
    a = await g.__anext__()
    b = await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return a, b


print(run(anext_builtin_free()))
