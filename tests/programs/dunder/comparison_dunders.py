# Rich comparisons, reflection, NotImplemented and functools.total_ordering
class C:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"C({self.v})"
    def __eq__(self, o):
        print(f"  {self!r}.__eq__({o!r})")
        return self.v == o.v if isinstance(o, C) else NotImplemented
    def __lt__(self, o):
        print(f"  {self!r}.__lt__({o!r})")
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __gt__(self, o):
        print(f"  {self!r}.__gt__({o!r})")
        return self.v > o.v if isinstance(o, C) else NotImplemented
    __hash__ = None
a, b = C(1), C(2)
print(a < b)
print(a > b)
print(b < a)
print(a == C(1))
print(a != C(1))
print(a == 1)
print(1 == a)
try:
    print(a < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(C):
    def __lt__(self, o):
        print(f"  Sub {self!r}.__lt__")
        return True
    def __gt__(self, o):
        print(f"  Sub {self!r}.__gt__")
        return False
print(C(5) < Sub(1))
print(C(5) > Sub(1))
from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
print(Ver(1, 2) <= Ver(1, 3), Ver(2) >= Ver(1, 9), Ver(1) > Ver(1), Ver(3) != Ver(3))
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], AlwaysEq() in [1, 2])
class NoEq: pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
