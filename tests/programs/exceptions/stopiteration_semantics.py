# StopIteration behaviour and PEP 479
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1])
print(next(it), next(it, None))
class Manual:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(99)
print(list(Manual()))
def delegator():
    r = yield from gen()
    print("delegated result:", r)
print(list(delegator()))
