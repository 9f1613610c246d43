import functools
from functools import (reduce, partial, wraps, update_wrapper, lru_cache,
                       cache, cmp_to_key, total_ordering, cached_property,
                       singledispatch, WRAPPER_ASSIGNMENTS)
from checkutil import show

print(WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 7))
print(reduce(lambda a, b: a + b, ['x'], 'y'))
show('reduce empty', reduce, lambda a, b: a, [])
show('reduce noniter', reduce, lambda a, b: a, 5)


def f(a, b, c=3, *, d=4):
    "doc of f"
    return (a, b, c, d)


p = partial(f, 1, d=9)
print(repr(p).replace(repr(f), 'F'), p(2), p(2, 5, d=0))
print(p.func is f, p.args, p.keywords)
p2 = partial(p, 2)
print(p2.func is f, p2.args, p2.keywords, p2())
print(repr(partial(max, 'a', key=len)))
show('partial()', partial)
show('partial(1)', partial, 1)


class MyPartial(partial):
    pass


print(repr(MyPartial(max, 1)))


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


g = deco(f)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g.__qualname__, g(1, 2))


def h():
    pass


h.extra = 1
w = update_wrapper(lambda: None, h)
print(w.__name__, w.extra, w.__wrapped__ is h)

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 1, 2, 2]:
    sq(v)
print(calls, sq.cache_info())
print(repr(sq.cache_info()), sq.cache_info().hits, sq.cache_info()._fields)
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('ident', x))
    return x


ident(1); ident(1.0); ident(1); ident(x=1)
print(calls[-3:], ident.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info())
show('lru bad', lru_cache, 'x')


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1); nocache(1)
print(nocache.cache_info())


class Meth:
    @lru_cache()
    def m(self, x):
        return x + 1


print(Meth().m(1), Meth.m.cache_info())


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(1) == K(1), K(3) >= K(2))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(3) <= V(1))
print(V.__gt__.__name__)


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(W(1) < W(2), W(3) > W(2), W(2) <= W(2))


def bad():
    @total_ordering
    class X:
        pass


show('total_ordering none', bad)


class CP:
    def __init__(self):
        self.n = 0

    @cached_property
    def val(self):
        "cached doc"
        self.n += 1
        return self.n * 10


c = CP()
print(c.val, c.val, c.n, CP.val.__doc__, 'val' in c.__dict__)
del c.val
print(c.val)


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def x(self):
        return 1


show('cached_property slots', lambda: Slotted().x)


def two_names():
    class T:
        def f(self):
            return 1
        a = cached_property(f)
        b = a


show('cached_property two names', two_names)


@singledispatch
def fun(arg, verbose=False):
    return 'default %r' % (arg,)


@fun.register
def _(arg: int, verbose=False):
    return 'int %r' % arg


@fun.register(list)
def _(arg, verbose=False):
    return 'list %r' % (arg,)


def nothing(arg):
    return 'none'


fun.register(type(None), nothing)


class MyInt(int):
    pass


print(fun('s'), fun(1), fun([1]), fun(None), fun(MyInt(5)), fun(True))
print(fun.dispatch(int).__name__, fun.dispatch(str) is fun.__wrapped__,
      sorted(k.__name__ for k in fun.registry))
show('singledispatch no args', fun)
print(fun.__name__)
