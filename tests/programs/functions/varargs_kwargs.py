# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, **{"c": 3}))
def g(a, *rest, k="d", **opts):
    return a, rest, k, opts
print(g(1), g(1, 2, 3), g(1, k="x", z=0), g(*"abc", **{"k": 1, "j": 2}))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def pass_through(*args, **kwargs):
    return f(*args, **kwargs)
print(pass_through(1, x=2))
kw = {"sep": "-", "end": "!\n"}
print("a", "b", **kw)
print(*[1, 2, 3], sep=", ")
def merge(**kw):
    return sorted(kw.items())
print(merge(**{"b": 1}, **{"a": 2}))
try:
    merge(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    merge(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
