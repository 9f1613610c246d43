# operators on bytes/bytearray: + * comparisons in hash iteration indexing slicing repr
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello world"
ba = bytearray(b)
print(b[0], b[-1], b[4], ba[0], ba[-11], type(b[0]).__name__)
print(b[1:4], b[::2], b[::-1], b[-3:], b[:100], b[100:], b[3:1], b[1:-1:3], b[::-4], b[slice(2, None, 2)])
print(ba[1:4], ba[::-1], ba[::3], type(ba[:1]).__name__)
show(lambda: b[11])
show(lambda: b[-12])
show(lambda: ba[11])
show(lambda: b[1.5])
show(lambda: b["a"])
show(lambda: ba[None])
show(lambda: b[::0])
show(lambda: b[2**100])
class Idx:
    def __index__(self):
        return 1
print(b[Idx()], ba[Idx()], b[Idx():3])
print(b + b"!", b + bytearray(b"!"), ba + b"!", b + memoryview(b"?"), type(b + ba).__name__, type(ba + b).__name__)
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, bytearray(b"ab") * 2, 2 * bytearray(b"x"), b"x" * Idx())
show(lambda: b + "a")
show(lambda: b + 1)
show(lambda: ba + "a")
show(lambda: b * "a")
show(lambda: b * 1.5)
show(lambda: ba * None)
show(lambda: "a" + b)
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" != b"abd", b"abc" == "abc", b"" == bytearray())
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= b"abc", bytearray(b"a") < b"b", b"a" >= bytearray(b"a"), b"\xff" > b"\x00")
print(b"abc" == 1, b"abc" != None, b"1" == 1, sorted([b"b", b"a", bytearray(b"c"), b"ab"]), max(b"a", b"ab"), min([bytearray(b"z"), b"y"]))
show(lambda: b"abc" < "abc")
show(lambda: b"abc" < 1)
show(lambda: bytearray(b"a") > 1)
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(B"abc"), hash(b"") == hash(b""), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
show(lambda: hash(bytearray(b"x")))
show(lambda: {bytearray(b"x"): 1})
print(list(b"abc"), list(bytearray(b"\x00\xff")), [c for c in b"hi"], tuple(b""), list(reversed(b"abc")), list(reversed(bytearray(b"ab"))))
it = iter(b"xy")
print(next(it), next(it), next(it, "done"), type(it).__name__)
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")), list(enumerate(b"ab")))
print(len(b), len(b""), len(ba), bool(b""), bool(b"\x00"), bool(bytearray()))
for v in (b"", b"'", b'"', b"'\"", b"\\\t\n\r\x00\x7f\x80\xff", bytes(range(32, 40))):
    print(repr(v), repr(bytearray(v)), str(v) == repr(v))
class BA(bytearray):
    pass
print(repr(BA(b"x'y")), str(bytearray(b"s")))
print(b"abc".__len__(), b"abc".__getitem__(0), b"abc".__contains__(97), b"abc".__add__(b"d"), b"abc".__mul__(2), b"abc".__rmul__(2))
print(b"abc".__eq__(1), b"abc".__lt__("x"), bytearray(b"a").__eq__(memoryview(b"a")), b"a".__eq__(memoryview(b"a")))
show(lambda: b"abc".__add__())
show(lambda: b"abc".__getitem__(1, 2))
show(lambda: bytes.upper("abc"))
show(lambda: bytearray.upper(b"abc"))
show(lambda: bytes.__len__(bytearray()))
# operands that define the reflected operation get their turn
class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rmul__(self, o):
        return ("rmul", o)
print(b"a" + R(), bytearray(b"a") + R(), b"a" * R(), bytearray(b"b") * R())
ba = bytearray(b"q")
ba += R()
print(ba)
ba = bytearray(b"q")
ba *= R()
print(ba)
show(lambda: "x" * b"a")
show(lambda: memoryview(b"a") + b"b")
show(lambda: b"a" < memoryview(b"b"))
print(bytearray(b"a") < memoryview(b"b"), b"b" + memoryview(b"a"))
