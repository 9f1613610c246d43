# Byte-exact dumps of ints. Ints are written the same way at every version:
#   'i' + 4-byte little-endian two's complement when -2**31 <= n < 2**31,
#   'l' + signed 32-bit count of 15-bit digits (negative for n < 0) + the digits
#       (unsigned 16-bit little-endian each, least significant first) otherwise.
# Versions 0..2 never write FLAG_REF, so these bytes do not depend on reference
# counts. At versions 3 and 4 CPython sets FLAG_REF (0x80) on an int object whose
# reference count is > 1; the small ints -5..256 are shared cached objects and so are
# always flagged ('\xe9...'), while an int freshly computed inside the call (refcount
# 1) is not: the last section relies on exactly that.
import marshal

values = [0, 1, -1, 2, -2, 5, -5, -6, 100, 255, 256, 257, 1000, -1000, 65535, 65536]
for e in range(0, 71):
    for base in (2**e, 2**e - 1, 2**e + 1):
        values.append(base)
        values.append(-base)
for special in (2**15, 2**30, 2**31, 2**62, 2**63, 2**64, 10**100, 3**200, 7**77):
    values.append(special)
    values.append(-special)
    values.append(special - 1)
    values.append(-special + 1)
for k in range(0, 41):
    values.append(10**k)
    values.append(-(10**k))
values.append(2**31 - 1)
values.append(-(2**31))
values.append(-(2**31) - 1)
values.append(2**32 - 1)
values.append(int("123456789" * 12))

seen = set()
unique = []
for v in values:
    if v not in seen:
        seen.add(v)
        unique.append(v)

print(len(unique), "distinct ints")
for v in unique:
    b2 = marshal.dumps(v, 2)
    same = marshal.dumps(v, 0) == b2 and marshal.dumps(v, 1) == b2
    back = marshal.loads(b2)
    print(v, b2.hex(), same, back == v, type(back).__name__)

# version 4, value created in the call itself: only small ints carry FLAG_REF
for text in ("0", "7", "-5", "-6", "256", "257", "1000", "-1000", "2147483647",
             "2147483648", "-2147483648", "-2147483649", "18446744073709551616",
             "-" + "9" * 50):
    print("v4", text, marshal.dumps(int(text)).hex(), marshal.dumps(int(text), 3).hex())

# containers of freshly parsed ints (list elements have refcount 1)
print(marshal.dumps([int(t) for t in ("1", "300", "-7", "70000", "2" * 30)]).hex())
print(marshal.dumps([int(t) for t in ("1", "2", "1", "3", "2", "1")]).hex())
