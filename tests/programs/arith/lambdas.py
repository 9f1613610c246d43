# Lambda expressions
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "noargs")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(4)]
print([f() for f in fs2])
print(add.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), repr(compose(str, abs)(-5)))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(list(map(lambda x: x ** 2, range(5))))
