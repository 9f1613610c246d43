# Coroutines as methods, decorated, in closures; exc_info across awaits; close and throw.
import sys, functools

class Tick:
    def __await__(self):
        return (yield "tick")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, len(args), kwargs)
        r = await fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper

class Base:
    async def get(self, x):
        await Tick()
        return x + 1

class Child(Base):
    @logged
    async def get(self, x, *, scale=2):
        return (await super().get(x)) * scale

    @staticmethod
    async def static():
        return "static"

    @classmethod
    async def cls(cls):
        return cls.__name__

print(run(Child().get(3, scale=10)))
print(run(Child.static()), run(Child.cls()))
print(Child.get.__name__, Child.get.__qualname__)

def make_counter():
    count = 0
    async def inc(n=1):
        nonlocal count
        await Tick()
        count += n
        return count
    return inc

inc = make_counter()
print(run(inc()), run(inc(5)))

async def exc_info_across():
    try:
        raise KeyError("k")
    except KeyError:
        await Tick()
        print("after await in handler:", repr(sys.exc_info()[1]))
        try:
            raise ValueError("v")
        except ValueError:
            await Tick()
            print("inner:", repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))
        print("back:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())

run(exc_info_across())

async def finally_on_close():
    try:
        await Tick()
    finally:
        print("finally runs on close")

c = finally_on_close()
c.send(None)
c.close()

async def gen_exit_seen():
    try:
        await Tick()
    except GeneratorExit:
        print("GeneratorExit inside coroutine")
        raise

c = gen_exit_seen()
c.send(None)
c.close()

async def throw_to_generator_await():
    class G:
        def __await__(self):
            try:
                yield 1
            except ValueError as e:
                print("generator __await__ caught", e)
                return "recovered"
    return await G()

c = throw_to_generator_await()
c.send(None)
try:
    c.throw(ValueError("into"))
except StopIteration as e:
    print("result", e.value)

async def lines():
    await Tick()
c = lines()
c.send(None)
print(c.cr_frame.f_lineno, c.cr_code.co_flags & 0x80, lines.__code__.co_flags & 0x80)
c.close()
async def ag(): yield
print(ag.__code__.co_flags & 0x200, type(ag).__name__)
x = lines(); print(type(x).__name__); x.close()
x = lines(); x.close()

async def await_lambda_result():
    f = lambda: Tick()
    return await f()
c = await_lambda_result(); print(c.send(None)); c.close()

async def with_default(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(run(with_default(1, 5, 6, c=7, d=8)))
try:
    with_default()
except TypeError as e:
    print(e)


# A generator delegated to with `yield from` that returns when an exception is thrown in.
def sub():
    try:
        yield 1
    except KeyError:
        return "sub returned"


def outer():
    r = yield from sub()
    print("outer got", r)
    return "outer done"


g = outer()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print(e.value)
