# functools: reduce, partial, wraps, lru_cache, cmp_to_key, total_ordering, cached_property
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square.func is power, square.args, square.keywords)
print(functools.partial(square, mod=5)(7))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Docstring here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
@functools.lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * n
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(cmp_len_then_alpha)))
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return f"Card({self.r})"
print(sorted([Card("K"), Card("2"), Card("A"), Card("T")]), Card("Q") >= Card("J"), Card("2") > Card("3"))
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([1]), describe("s"), describe(True))
