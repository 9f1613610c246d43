# NotImplemented drives reflected operations; TypeError when all fail
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled it"
print(A() + B())
class C:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    C() + C()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + C()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C() < C()
except TypeError as e:
    print(type(e).__name__, e)
print(C() == C(), C() != C())
print(int.__add__(1, 1.5), float.__radd__(1.5, 1), (1).__lt__("a"))
print(bool(NotImplemented) if False else type(NotImplemented).__name__, repr(NotImplemented))
class Num:
    def __init__(self, v): self.v = v
    def __mul__(self, o):
        if isinstance(o, (int, Num)):
            return Num(self.v * (o.v if isinstance(o, Num) else o))
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self): return f"Num({self.v})"
print(Num(3) * 4, 4 * Num(3), Num(2) * Num(5))
try:
    Num(1) * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * Num(2)
except TypeError as e:
    print(type(e).__name__, e)
