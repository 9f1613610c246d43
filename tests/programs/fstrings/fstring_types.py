# f-strings with various object types and __format__
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234.5)
print(f"{m:usd} {m:.1f} {m}")
print(f"{b'bytes'} {bytearray(b'x')} {(1, 2)} {range(3)} {None} {...}")
print(f"{1 < 2} {type(1).__name__} {int}")
class NoFormat:
    def __repr__(self): return "NF"
print(f"{NoFormat()} {NoFormat()!r}")
try:
    print(f"{NoFormat():>5}")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f"{1:abc}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
print(format(m, "usd"), "{:usd}".format(m))
