# async with: __aenter__/__aexit__ awaited, exceptions in the body, suppression, early exits.


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, repr(exc), tb is not None)
        return self.suppress


async def basic():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b"), Manager("c") as c:
        print("body two", c)
    return "basic done"


print(run(basic()))


async def raising(suppress):
    try:
        async with Manager("r", suppress) as v:
            print("about to raise in", v)
            raise ValueError("boom")
        print("after with (suppressed)")
    except ValueError as e:
        print("propagated", e)
    return "raising done"


print(run(raising(False)))
print(run(raising(True)))


async def early_exits():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned from inside"


print(run(early_exits()))


async def nested_exceptions():
    try:
        async with Manager("outer"):
            try:
                async with Manager("inner", suppress=True):
                    raise KeyError("inner")
                raise IndexError("after inner")
            finally:
                print("finally")
    except IndexError as e:
        print("caught", repr(e))


run(nested_exceptions())


class PlainAwaitables:
    """__aenter__/__aexit__ that return awaitables without being coroutines."""

    def __aenter__(self):
        return Tick()

    def __aexit__(self, *exc):
        print("plain exit", exc[0])
        return Tick()


async def plain():
    async with PlainAwaitables() as v:
        print("entered with", v)


run(plain())


class NotAsync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class BadExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def errors():
    for mgr in (NotAsync(), OnlyEnter(), BadEnter(), BadExit(), 3):
        try:
            async with mgr:
                pass
        except TypeError as e:
            print(e)


run(errors())


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        raise RuntimeError("from exit") from exc


async def exit_raises():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__))


run(exit_raises())
