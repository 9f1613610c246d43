# float.fromhex and float.hex
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["0x1p0", "0x1.8p1", " -0x1.8p1 ", "0X1P10", "1", "ff", "1e10", "0x.8", "1.", ".1", "0x1.999999999999ap-4",
          "-0x1p-1074", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffffp1023",
          "0x1p-1022", "0x0.fffffffffffffp-1022", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
          "inf", "-Infinity", "nan", "+NAN", "0x0p0", "-0x0p0", "0x1p-99999999999999999999", "\t0x1\n", "0x1p+2", "0x1P-2",
          "0x0000000000000000000000001p0", "0x10000000000000000000000000p-100"]:
    show(lambda: float.fromhex(s))
for s in ["", " ", "0x", "0x.p1", "1p", "1p+", "0x1_0", "0x1 p1", "+-1", "\u00a00x1", "0xg", "1.2.3", "infx", "0x1p1.5"]:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex("0x1p1024"))
show(lambda: float.fromhex("0x1.fffffffffffff8p1023"))
show(lambda: float.fromhex("-0x1p99999999999999999999"))
show(lambda: float.fromhex(1))
show(lambda: float.fromhex(b"0x1"))
show(lambda: float.fromhex())
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 3.75, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]:
    print(x.hex(), float.fromhex(x.hex()) == x)
print(float.hex(float("inf")), (-float("inf")).hex(), float("nan").hex())
class F(float):
    pass
f = F.fromhex("0x1.8p0")
print(type(f).__name__, f, (1.5).fromhex("0x2p0"))
