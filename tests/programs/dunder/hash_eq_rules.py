# __hash__ / __eq__ rules
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(hash(Both(5)) == hash(Both(5)), len({Both(1), Both(1), Both(2)}))
class Inherits(Both):
    pass
print(Inherits.__hash__ is Both.__hash__, hash(Inherits(3)) == hash(3))
class OverridesEq(Both):
    def __eq__(self, o): return False
print(OverridesEq.__hash__)
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, Plain() == Plain())
class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone()}
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1) == -2)
