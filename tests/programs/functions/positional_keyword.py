# Positional and keyword arguments, defaults
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, d=6), f(b=1, a=2), f(1, c=9, b=8))
print(f(*[1, 2, 3]), f(**{"a": 1, "b": 2, "d": 0}), f(1, *(2,), **{"c": 7}))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
def h(n=len("abc")):
    return n
print(h(), h.__defaults__, f.__defaults__)
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, a=1),
             lambda: f(1, 2, e=5), lambda: f(1, b=2, **{"b": 3})):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
