# The builtins aiter() and anext(), with and without a default.
class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    await Tick()
    yield 2
async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    a = anext(agen(), 5)
    print(type(a).__name__, type(anext(agen())).__name__)
    for bad in (1, [1]):
        try: aiter(bad)
        except TypeError as e: print(e)
        try: anext(bad)
        except TypeError as e: print(e)
    class BadAiter:
        def __aiter__(self): return 5
    try: aiter(BadAiter())
    except TypeError as e: print(e)
    class It:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2: raise StopAsyncIteration
            return self.n
    it = It()
    print(await anext(it), await anext(it, "d"), await anext(it, "d"))
    try: anext()
    except TypeError as e: print(e)
    aw = anext(agen(), 0)
    try:
        aw.send(None)
    except StopIteration as e:
        print("first step finished with", e.value)
    print(aw.__await__() is aw, hasattr(aw, '__next__'))
    aw.close()
print(run(main()))
