# Keyword-only and positional-only parameters
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=0))
def kw_only(*, x, y=2):
    return x, y
print(kw_only(x=1), kw_only(y=0, x=9))
def pos_only(x, y=10, /):
    return x, y
print(pos_only(1), pos_only(1, 2))
def mixed(x, /, **kwargs):
    return x, kwargs
print(mixed(1, x=2))
tests = [
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: pos_only(x=1),
    lambda: pos_only(),
    lambda: f(1, 2, 3, d=4, e=5, g=6),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__kwdefaults__, kw_only.__kwdefaults__, pos_only.__defaults__)
