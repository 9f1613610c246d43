# __iter__ / __next__ protocols
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r), [x * 2 for x in r], tuple(r), set(r))
class OneShot:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
o = OneShot(3)
print(list(o), list(o))
it = iter(OneShot(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = OneShot(3)
print(a, b, c)
print(dict(zip(OneShot(3), "abc")), list(enumerate(OneShot(2))))
