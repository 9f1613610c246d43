# Reflected (__r*__) operators
class R:
    def __repr__(self): return "R"
    def __radd__(self, o): return f"radd({o!r})"
    def __rsub__(self, o): return f"rsub({o!r})"
    def __rmul__(self, o): return f"rmul({o!r})"
    def __rmatmul__(self, o): return f"rmatmul({o!r})"
    def __rtruediv__(self, o): return f"rtruediv({o!r})"
    def __rfloordiv__(self, o): return f"rfloordiv({o!r})"
    def __rmod__(self, o): return f"rmod({o!r})"
    def __rdivmod__(self, o): return f"rdivmod({o!r})"
    def __rpow__(self, o): return f"rpow({o!r})"
    def __rlshift__(self, o): return f"rlshift({o!r})"
    def __rrshift__(self, o): return f"rrshift({o!r})"
    def __rand__(self, o): return f"rand({o!r})"
    def __ror__(self, o): return f"ror({o!r})"
    def __rxor__(self, o): return f"rxor({o!r})"
r = R()
print(1 + r, "s" - r, [1] * r, 2 @ r, 3 / r, 4 // r, 5 % r, divmod(6, r), 7 ** r)
print(8 << r, 9 >> r, 10 & r, 11 | r, 12 ^ r, 1.5 + r, None + r if False else "skip")
class Sub(int):
    def __radd__(self, o): return "Sub.__radd__ wins"
    def __add__(self, o): return "Sub.__add__"
print(1 + Sub(2), Sub(2) + 1)
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base())
class OnlyR:
    def __rpow__(self, base): return f"{base} ** OnlyR"
print(2 ** OnlyR(), pow(3, OnlyR()))
