# type() with three arguments and __build_class__
def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.k, type(d) is Dyn, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"k": 2})
print(Sub(1).k, Sub.__mro__)
print(type(1), type("s"), type(type), type(object))
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
import builtins
C = builtins.__build_class__(lambda: None, "C")
print(C.__name__, type(C).__name__)
C.added = "attribute added later"
print(C.added, C().added, C.__bases__)
E = builtins.__build_class__(lambda: None, "E", C)
print(E.__name__, E.__bases__, E.added)
