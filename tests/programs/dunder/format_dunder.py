# __format__, __str__, __repr__ and format() protocol
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or "") + "°C"
        return str(self.c)
    def __str__(self): return f"Temp({self.c})"
t = Temp(100.0)
print(format(t, "F"), format(t, ".1C"), format(t), f"{t:.2F}", "{:C}".format(t), str(t), f"{t!s}")
class Default: pass
print(format(Default(), "").startswith("<__main__.Default object"))
try:
    format(Default(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class SubInt(int):
    def __format__(self, spec): return "SubInt:" + super().__format__(spec)
print(f"{SubInt(255):x}", format(SubInt(3), "03"))
