# In-place operator dunders and fallbacks
class Acc:
    def __init__(self): self.log = []
    def __repr__(self): return f"Acc{self.log}"
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __isub__(self, o): self.log.append(("isub", o)); return self
    def __imul__(self, o): self.log.append(("imul", o)); return self
    def __imatmul__(self, o): self.log.append(("imatmul", o)); return self
    def __itruediv__(self, o): self.log.append(("itruediv", o)); return self
    def __ifloordiv__(self, o): self.log.append(("ifloordiv", o)); return self
    def __imod__(self, o): self.log.append(("imod", o)); return self
    def __ipow__(self, o): self.log.append(("ipow", o)); return self
    def __ilshift__(self, o): self.log.append(("ilshift", o)); return self
    def __irshift__(self, o): self.log.append(("irshift", o)); return self
    def __iand__(self, o): self.log.append(("iand", o)); return self
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __ixor__(self, o): self.log.append(("ixor", o)); return self
a = Acc()
a += 1; a -= 2; a *= 3; a @= 4; a /= 5; a //= 6; a %= 7; a **= 8
a <<= 9; a >>= 10; a &= 11; a |= 12; a ^= 13
for entry in a.log:
    print(entry)
class NoInplace:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoInplace(self.v + o)
n = NoInplace(1)
orig = n
n += 5
print(n.v, n is orig, orig.v)
class ReturnsOther:
    def __iadd__(self, o): return "replaced"
x = ReturnsOther()
x += 1
print(x)
class NotImplIadd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
y = NotImplIadd()
y += 1
print(y)
class Nothing: pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
