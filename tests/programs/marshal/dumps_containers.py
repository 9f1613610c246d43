# Byte-exact dumps of containers at versions 0, 1 and 2 (no FLAG_REF, no refs).
#   tuple '(' + 4-byte count (the 1-byte-count ')' form exists only at version 4)
#   list  '[' + 4-byte count, dict '{' + key, value, ... + '0' (insertion order)
#   set   '<' / frozenset '>' + 4-byte count + elements.
# Set elements are written sorted by their own marshal.dumps(element, version) bytes
# (CPython 3.11 does this so that dumps do not depend on hash order), so the order is
# deterministic: ints compare by their little-endian bytes, strs by their 4-byte
# little-endian length first, and different types by type code.
import marshal


def show(label, value):
    b0 = marshal.dumps(value, 0)
    b1 = marshal.dumps(value, 1)
    b2 = marshal.dumps(value, 2)
    if b0 == b2:
        print(label, b2.hex(), "v0=v1=v2" if b1 == b2 else "v1 differs")
    else:
        print(label, b2.hex(), "v0:", b0.hex(), "v1=v0" if b1 == b0 else "v1 differs")


show("empty tuple", ())
show("empty list", [])
show("empty dict", {})
show("empty set", set())
show("empty frozenset", frozenset())
show("tuple 1", (1,))
show("tuple 3", (1, "a", None))
show("list nested", [1, [2, [3, [4, []]]], (), ((),)])
show("tuple nested", ((1, 2), (3, (4, (5,))), [6]))
show("mixed", [None, True, False, ..., StopIteration, 0, -1, 2**40, "s", b"b", (), []])
show("floats in list", [0.5, -0.0, 1e100, float("inf")])
show("complex in tuple", (1j, 2 + 3j))
show("bytearray in list", [bytearray(b"ab"), (bytearray(b"cd"),)])
for n in (2, 10, 254, 255, 256, 257, 300):
    t = tuple(range(n))
    b = marshal.dumps(t, 2)
    print("tuple", n, len(b), b[:10].hex(), b[-5:].hex(), marshal.loads(b) == t)
    lst = [str(i) for i in range(n)]
    b = marshal.dumps(lst, 2)
    print("list", n, len(b), b[:14].hex(), b[-8:].hex(), marshal.loads(b) == lst)

show("dict ints", {1: 2, 3: 4, -5: 6})
show("dict strs", {"a": 1, "b c": [2], "": ()})
show("dict order", {"z": 1, "a": 2, "m": 3})
d = {}
d["second"] = 2
d["first"] = 1
d["third"] = 3
del d["first"]
d["first"] = 11
show("dict reinserted", d)
show("dict mixed keys", {None: 0, True: 1, 2.5: 2, (1, 2): 3, frozenset([4]): 4, b"k": 5, 3j: 6})
show("dict nested", {"outer": {"inner": {"x": [1, 2]}}})

show("set ints", {1, 2, 3})
show("set ints 2", {256, 1, 255, 65536, 0, -1})
show("set ints 3", {1000, 5, -1, 2**40, 300})
show("set ints 4", set(range(20)))
show("set big", {2**100, -(2**100), 2**31, -(2**31) - 1, 10**20})
show("set strs", {"b", "a", "c"})
show("set strs len", {"aaaa", "b", "cc", "ddd", ""})
show("set strs 256", {"x" * 256, "y", "x" * 255})
show("set words", set("the quick brown fox jumps over the lazy dog".split()))
show("set unicode", {"\xe9", "e", "\u20ac", "\U0001f600"})
show("set mixed", {None, True, 2, 2.5, "s", b"b", (1,), frozenset(), 1j})
show("set floats", {0.5, 2.0, -1.5, 1e10, float("inf")})
show("set tuples", {(1, 2), (1,), (), (2, 1), ("a", "b")})
show("set bytes", {b"b", b"a", b"", b"ab"})
show("frozenset ints", frozenset([3, 1, 2]))
show("frozenset strs", frozenset(["spam", "eggs", "ham"]))
show("frozenset nested", frozenset([frozenset([1, 2]), frozenset(), frozenset(["a"])]))
show("set of frozensets", {frozenset([2, 1]), frozenset([1]), frozenset(["b", "a"])})
show("tuple of sets", ({3, 2, 1}, frozenset({"z", "y"})))
show("big set", set(range(0, 1000, 7)))
