# Control flow around try/except*: continue/break/return in bodies and finally, nesting; aclose inside async with.
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            out.append(repr(e))
        finally:
            out.append(f"finally {i}")
    return out
print(f())
def g():
    try:
        return "from body"
    except* ValueError:
        pass
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            pass
        finally:
            if i == 1:
                break
    return i
print(h())
def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(3)])
        except* KeyError as k:
            print("inner handled", repr(k))
    except* TypeError as t:
        print("T", repr(t))
nested()
class Tick:
    def __await__(self):
        yield
async def ag():
    class M:
        async def __aenter__(self): print("enter"); return self
        async def __aexit__(self, *a):
            print("aexit", a[0])
            await Tick()
    async with M():
        yield 1
        yield 2
a = ag()
def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return (type(e).__name__,)
print(step(a.__anext__()))
print(step(a.aclose()))
print(step(a.__anext__()))
