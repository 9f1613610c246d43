import functools
import random
from functools import partialmethod, singledispatchmethod, partial, lru_cache
from collections import deque, Counter, namedtuple, ChainMap
from checkutil import show

random.seed()
r = random.random(); print(0.0 <= r < 1.0, type(random.Random().random()).__name__)
r1 = random.Random(); r2 = random.Random()
print(len({r1.random(), r2.random()}))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)


class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


print(Neg().neg(5), Neg().neg(True))
show('sdm fallback', Neg().neg, 'x')


@lru_cache(maxsize=3)
def kw(a, b=1, *, c=2):
    return a + b + c


print(kw(1), kw(1, 1), kw(1, b=1), kw(a=1), kw(1, c=2), kw.cache_info())
kw.cache_clear()
for i in range(10):
    kw(i % 5)
print(kw.cache_info())


@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__


print(t(1), t(1.0), t(True), t.cache_info())
p = partial(int, base=2)
print(p('101'), p('11', base=10), repr(p), p.keywords)
print(functools.reduce(lambda acc, x: acc * 10 + x, range(1, 6)))

d = deque(range(10))
d.rotate(3); print(d)
del d[0]; d[0] = 'x'; print(d, d.index(5), d.count(5), d[-2])
d2 = deque(d); print(d2 == d, d2 is d, d2 >= d, d2 > d)
for i in range(3):
    d2.popleft()
print(d2, list(reversed(d2)))
print(Counter('the quick brown fox jumps over the lazy dog').most_common(4))
print(Counter({'a': -1, 'b': 0, 'c': 2}) + Counter(), -Counter({'a': -1}), Counter(a=2) & Counter(a=5, b=1))
print(sorted(Counter(a=3, b=2).elements()), Counter('aab') == Counter('aba'), Counter(a=0) == Counter())
N = namedtuple('N', ['a', 'b'], module='mymod'); print(N.__module__, N(1, 2)._asdict(), N(b=2, a=1))
cm = ChainMap({'a': 1}, {'b': 2})
print(len(cm), cm.get('b'), cm.new_child({'b': 9})['b'], cm | {'z': 0}, {'q': 1} | cm)
