# __repr__ vs __str__ in printing and containers
class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(f"{b} {b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(StrOnly(), str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"Recursive({len(self.items)})"
print(Recursive())
print(repr(Both), str(int), repr(type))
