# type() with one argument and id() comparisons
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(type))
print(type(1) is int, type(True) is bool, type(True) is int, type(len).__name__, type(print).__name__)
class C: pass
c = C()
print(type(c) is C, type(c).__name__, type(C).__name__, type(c.__init__).__name__ in ("method-wrapper", "method"))
a = [1]
b = a
d = [1]
print(id(a) == id(b), id(a) == id(d), a is b, a is not d, id(a) == id(a[:]))
print(type(id(a)).__name__, id(None) == id(None))
x = 256
y = 256
print(x is y if False else "skip small-int cache check")
s = "text"
print(id(s) == id(s), isinstance(id(s), int))
print(type(range(1)).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type({}.keys()).__name__, type(zip()).__name__, type(slice(1)).__name__)
print(type(...).__name__, type(NotImplemented).__name__, type(lambda: 0).__name__, type(C.__dict__).__name__)
