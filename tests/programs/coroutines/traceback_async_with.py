# An exception leaving an async generator inside async for inside async with, uncaught.
class Tick:
    def __await__(self):
        yield
class M:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        await Tick()
        return False
async def agen():
    yield 1
    raise KeyError("in agen")
async def f():
    async with M():
        async for x in agen():
            await Tick()
def run(c):
    while True: c.send(None)
run(f())
