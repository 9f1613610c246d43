# An uncaught exception raised deep in awaited coroutines: the traceback passes every await.


class Step:
    def __await__(self):
        yield


async def innermost(x):
    await Step()
    return 10 // x


async def middle(x):
    value = await innermost(x)
    return value


async def outer():
    print("outer", await middle(5))
    async for v in agen():
        print("agen", v)
    await middle(0)


async def agen():
    yield 1


def run(coro):
    while True:
        coro.send(None)


run(outer())
