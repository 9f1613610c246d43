import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        ExitStack, redirect_stdout, redirect_stderr,
                        AbstractContextManager, ContextDecorator)
from checkutil import show

log = []


@contextmanager
def tag(name):
    "tag doc"
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)


with tag('a') as t:
    log.append(t)
print(log, tag.__name__, tag.__doc__)


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        log.append('swallowed %s' % e)


with swallow():
    raise ValueError('boom')
print(log[-1])


def propagate():
    with swallow():
        raise KeyError('k')


show('propagate', propagate)


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twoyield():
    yield 1
    yield 2


def use(cm):
    with cm:
        pass


show('noyield', use, noyield())
show('twoyield', use, twoyield())


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')


def conv():
    with reraise_other():
        raise ValueError('x')


show('convert', conv)
try:
    conv()
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)


@contextmanager
def stopper():
    yield


def stop_in_body():
    with stopper():
        raise StopIteration('si')


show('stopiteration', stop_in_body)


@tag('deco')
def decorated(x):
    log.append('body %s' % x)
    return x * 2


log.clear()
print(decorated(3), decorated(4), log)

with suppress(KeyError, IndexError):
    {}['x']
print('after suppress')
show('suppress other', lambda: use_suppress())


def use_suppress():
    with suppress(KeyError):
        raise ValueError('v')


show('suppress other', use_suppress)


class Thing:
    def close(self):
        log.append('closed')


with closing(Thing()) as th:
    print(type(th).__name__)
print(log[-1])
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


w = Writer()
with redirect_stdout(w) as target:
    print('hidden', 1)
print(target is w, w.parts)
w2 = Writer()
with redirect_stderr(w2):
    sys.stderr.write('err')
print(w2.parts)

log.clear()
with ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(tag(n))
    stack.callback(log.append, 'callback')
    stack.push(lambda *a: log.append('push %s' % (a[0],)))
print(log)


def stack_suppress():
    with ExitStack() as stack:
        stack.push(lambda t, v, tb: True)
        raise ValueError('gone')
    return 'suppressed'


print(stack_suppress())


def stack_chain():
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('orig')


try:
    stack_chain()
except ZeroDivisionError as e:
    print('chain', type(e.__context__).__name__, e.__context__)

s1 = ExitStack(); s1.callback(log.append, 'popped'); s2 = s1.pop_all(); s1.close(); print(log[-1]); s2.close(); print(log[-1])
show('enter_context bad', ExitStack().enter_context, 5)


class CM(ContextDecorator):
    def __enter__(self):
        log.append('enter')
        return self

    def __exit__(self, *exc):
        log.append('exit')
        return False


@CM()
def fn():
    log.append('fn')


log.clear(); fn(); print(log)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))
show('ACM abstract', AbstractContextManager)


# ----- asynchronous context managers (driven by hand, no event loop) -----
import contextlib as _cl


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@_cl.asynccontextmanager
async def acm(tag):
    log.append(f'enter {tag}')
    try:
        yield tag * 2
    except KeyError:
        log.append(f'{tag} swallowed KeyError')
    finally:
        log.append(f'exit {tag}')


async def use_acm():
    async with acm('a') as v:
        log.append(v)
    async with acm('b'):
        raise KeyError('x')
    try:
        async with acm('c'):
            raise ValueError('y')
    except ValueError as e:
        log.append(f'passed {e}')

    @acm('d')
    async def decorated():
        log.append('in decorated')
        return 7

    log.append(await decorated())

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append('agen closed')

    async with _cl.aclosing(agen()) as g:
        async for v in g:
            log.append(v)
            break
    async with _cl.nullcontext('n') as n:
        log.append(n)


log.clear(); drive(use_acm()); print(log)
print(issubclass(type(acm('z')), _cl.AbstractAsyncContextManager), issubclass(int, _cl.AbstractAsyncContextManager))
