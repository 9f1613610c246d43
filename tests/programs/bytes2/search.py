# find/rfind/index/rindex/count/startswith/endswith with ints, ranges and errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"abracadabra"
for sub in (b"a", b"bra", b"", b"z", 97, 122, bytearray(b"cad"), memoryview(b"ab")):
    print(repr(sub) if not isinstance(sub, memoryview) else "mv", b.find(sub), b.rfind(sub), b.count(sub))
print(b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -4), b.find(b"a", -4, -2), b.find(b"", 20), b.find(b"", 11))
print(b.rfind(b"a", 0, 5), b.rfind(b"bra", None, None), b.count(b"a", 2, None), b.count(b"", 3, 5), b.count(b"", 8, 2))
print(b.index(b"c"), b.rindex(b"a"), b.index(98, 2), bytearray(b).rindex(b"ab"))
print(b.find(b"a", 10**30), b.find(b"a", -10**30), b.count(b"a", None, -10**30))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith(b"bra", 1, 3), b.startswith((b"x", b"ab")), b.startswith(()))
print(b.endswith(b"bra"), b.endswith(b"bra", 0, 4), b.endswith((b"cad", b"ra")), b.endswith(b"", 11), b.endswith(b"", 12))
print(b.startswith(bytearray(b"a")), b.endswith(memoryview(b"a")), bytearray(b"xyz").startswith(b"xy", -3))
show(lambda: b.index(b"z"))
show(lambda: b.rindex(b"z"))
show(lambda: b.index(120))
show(lambda: b.find("a"))
show(lambda: b.find(256))
show(lambda: b.find(-1))
show(lambda: b.count(1.5))
show(lambda: b.count(None))
show(lambda: b.find(b"a", "x"))
show(lambda: b.find(b"a", 1.5))
show(lambda: b.find())
show(lambda: b.find(b"a", 1, 2, 3))
show(lambda: b.find(b"a", start=1))
show(lambda: b.startswith("a"))
show(lambda: b.startswith(("a",)))
show(lambda: b.startswith([b"a"]))
show(lambda: b.endswith(1))
show(lambda: b.endswith())
show(lambda: bytearray(b"abc").index(b"z"))
class Idx:
    def __index__(self):
        return 98
print(b.find(Idx()), b.count(Idx()), 98 in b, Idx() in b)
print(b"a" in b, b"" in b, b"cad" in b, bytearray(b"dab") in b, memoryview(b"rac") in b, b"zz" in b, 0 in b)
show(lambda: "a" in b)
show(lambda: 256 in b)
show(lambda: -1 in b)
show(lambda: 1.5 in b)
show(lambda: None in b)
