# Byte-exact dumps of floats and complex numbers.
#   version 0/1: float 'f' + 1-byte length + repr with 17 significant digits
#                (format(x, '.17g'): '0.10000000000000001', 'inf', '-inf', 'nan', '-0');
#                complex 'x' + the same text for real part, then imaginary part.
#   version >= 2: float 'g' + 8-byte IEEE little-endian; complex 'y' + two of them.
# Floats are never cached in CPython, so a float computed inside the call has
# refcount 1 and is not flagged at versions 3/4 either (last section).
import marshal
import math

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.5, 2.5, 1 / 3, 2 / 3, 100.0,
          1e16, 1e17, 1e22, 1e23, 123456789.125, 1e100, 1e300, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 1e-5, 1e-7, 3.141592653589793, 2.718281828459045,
          float("inf"), float("-inf"), float("nan"), -float("nan"), 2.0**53, 2.0**53 + 2,
          -2.0**63, 0.1 + 0.2, 1e-300 * 1e-300, 4.35, 9007199254740993.0, 1234.5678e10]
for k in range(-20, 21, 3):
    floats.append(1.1 * 10.0**k)
    floats.append(-7.0 / 3.0 * 10.0**k)

for x in floats:
    b0 = marshal.dumps(x, 0)
    b1 = marshal.dumps(x, 1)
    b2 = marshal.dumps(x, 2)
    print(repr(x), b0, b0 == b1, b2.hex())

complexes = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0),
             complex(float("inf"), float("-inf")), complex(float("nan"), 1.0),
             complex(1e300, 1e-300), complex(0.1, 0.2), 3.25j]
for z in complexes:
    b0 = marshal.dumps(z, 0)
    b1 = marshal.dumps(z, 1)
    b2 = marshal.dumps(z, 2)
    print(repr(z), b0, b0 == b1, b2.hex())

# nan keeps its sign bit and payload through the binary format
n = marshal.loads(bytes.fromhex("67") + bytes.fromhex("010000000000f87f"))
print(math.isnan(n), marshal.dumps(n, 2).hex())
n = marshal.loads(bytes.fromhex("67") + bytes.fromhex("000000000000f8ff"))
print(math.isnan(n), math.copysign(1.0, n), marshal.dumps(n, 2).hex())

# versions 3 and 4: values computed in the call have refcount 1 -> 'g'/'y' without 0x80
for text in ("2.5", "-0.0", "1e300", "nan", "inf"):
    print("v4", text, marshal.dumps(float(text)).hex(), marshal.dumps(float(text), 3).hex(),
          marshal.dumps(complex(text)).hex())
print(marshal.dumps([float(t) for t in ("1", "2", "1")]).hex())
