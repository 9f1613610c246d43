# contextlib's asynchronous pieces: asynccontextmanager, aclosing, nullcontext, decorators.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw {e!r}")
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


async def main():
    log = []
    async with resource("a", log) as r:
        log.append(f"using {r}")
    async with resource("b", log):
        raise KeyError("suppressed by the generator")
    try:
        async with resource("c", log):
            raise ValueError("passes through")
    except ValueError as e:
        log.append(f"caught {e}")
    print("\n".join(log))

    @resource("deco", log)
    async def decorated(x):
        return x * 2

    log.clear()
    print(await decorated(21), log)

    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print(e)

    @contextlib.asynccontextmanager
    async def two_yields():
        yield 1
        yield 2

    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print(e)

    async def ticker():
        try:
            for i in range(10):
                yield i
        finally:
            print("ticker closed")

    async with contextlib.aclosing(ticker()) as t:
        async for v in t:
            if v == 2:
                break
    async with contextlib.nullcontext(5) as n:
        print("nullcontext gave", n)
    print(isinstance(resource("x", []), contextlib.AbstractAsyncContextManager))


asyncio.run(main())
