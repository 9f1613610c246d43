# Multiple inheritance: attribute lookup order, mixins
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p == Point(2, 1), Point.__hash__)
class A:
    x = "A"
    def f(self): return "A.f"
class B:
    x = "B"
    y = "B.y"
    def f(self): return "B.f"
    def g(self): return "B.g"
class C(A, B): pass
class D(B, A): pass
print(C.x, C().f(), C().g(), C.y, D.x, D().f())
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
class Base1:
    def __init__(self): self.from1 = True
class Base2:
    def __init__(self): self.from2 = True
class Child(Base1, Base2):
    def __init__(self):
        Base1.__init__(self)
        Base2.__init__(self)
print(sorted(vars(Child())))
