# Bound and unbound methods, method identity and equality
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def add(self, k):
        return self.n + k
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(c.get == c.get, c.get is c.get, c.get == C(5).get)
f = C.add
print(f(c, 1), type(m).__name__, type(f).__name__)
methods = [c.get, C(7).get]
print([mm() for mm in methods])
print(list(map(C.get, [C(1), C(2)])), list(map(c.add, [10, 20])))
c.get = lambda: "instance attr overrides"
print(c.get(), C.get(c))
class WithCall:
    def __call__(self, x):
        return x * 2
w = WithCall()
print(w(21), callable(w), callable(WithCall))
print(getattr(c, "add")(100), getattr(C, "add")(c, 1))
print("hello".upper.__self__, [].append.__name__)
