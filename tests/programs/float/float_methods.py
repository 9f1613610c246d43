# float methods and conversions
x = 3.75
print(x.as_integer_ratio(), x.is_integer(), x.hex(), float.fromhex(x.hex()))
print((0.1).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1074"))
print(float.fromhex("inf"), float.fromhex("0x.8"), (1.0).hex(), (-0.0).hex())
print(x.real, x.imag, x.conjugate(), (-x).__abs__(), x.__trunc__())
print(float(5), float("  3.5\n"), float("1e-3"), float(".5"), float("5."), float("-0"))
for bad in ("abc", "", "1.2.3", "1e", "0x10", "in f"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(float.__name__, isinstance(1.0, float), float.mro())
