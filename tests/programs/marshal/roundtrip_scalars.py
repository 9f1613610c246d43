# loads(dumps(v, version)) gives back an equal value of the same type, for every
# version 0..4 and every kind of scalar. nan is compared with math.isnan, the sign of
# zeros with math.copysign; bytearray comes back as bytes.
import marshal
import math


def same(a, b):
    if type(a) is not type(b):
        return False
    if type(a) is float:
        if math.isnan(a):
            return math.isnan(b)
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    if type(a) is complex:
        return same(a.real, b.real) and same(a.imag, b.imag)
    return a == b


values = [None, True, False, ..., StopIteration]
for e in (0, 1, 7, 8, 14, 15, 16, 29, 30, 31, 32, 33, 45, 60, 61, 62, 63, 64, 65, 100, 127, 128, 1000):
    for v in (2**e - 1, 2**e, 2**e + 1):
        values.append(v)
        values.append(-v)
values += [10**100, -(10**100), 3**1000, -(7**500)]
values += [0.0, -0.0, 1.5, -2.25, 0.1, 1 / 3, 1e308, -1e308, 5e-324, -5e-324, 1e-310,
           float("inf"), float("-inf"), float("nan"), -float("nan"), 2.0**1023, 123456.789e-3]
values += [0j, -0j, complex(-0.0, -0.0), 1 + 2j, complex(float("nan"), -0.0),
           complex(float("inf"), float("nan")), complex(1e-320, -1e300)]
values += ["", "a", "abc", "a b", "x" * 255, "x" * 256, "y" * 70000, "\x00", "\xe9t\xe9",
           "\u20ac", "\U0001f600", "mixed \xe9 \u4e2d \U0001f600 text", "if", "None", "_"]
values += [b"", b"a", b"\x00\xff", bytes(range(256)) * 3]

count = 0
bad = 0
for version in range(5):
    for v in values:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        count += 1
        if not same(v, back):
            bad += 1
            print("MISMATCH", version, repr(v)[:60], repr(back)[:60])
print(count, "round trips,", bad, "mismatches")

for version in range(5):
    print(version, [marshal.loads(marshal.dumps(x, version)) is x for x in (None, True, False, ..., StopIteration)])
    n = marshal.loads(marshal.dumps(float("nan"), version))
    z = marshal.loads(marshal.dumps(-0.0, version))
    c = marshal.loads(marshal.dumps(complex(-0.0, float("-inf")), version))
    print(version, type(n).__name__, math.isnan(n), z, math.copysign(1.0, z), c,
          math.copysign(1.0, c.real))
    for b in (bytearray(b"xyz"), bytearray()):
        r = marshal.loads(marshal.dumps(b, version))
        print(version, type(b).__name__, "->", type(r).__name__, r)
    big = marshal.loads(marshal.dumps(2**200 + 12345, version))
    print(version, big - 2**200, type(big).__name__)
    s = marshal.loads(marshal.dumps("\u00e9\u20ac\U0001f600", version))
    print(version, ascii(s), len(s))
