# bytes() and bytearray() constructors, __bytes__, subclasses, and their errors
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes())
show(lambda: bytes(0))
show(lambda: bytes(4))
show(lambda: bytes([0, 65, 255]))
show(lambda: bytes((1, 2)))
show(lambda: bytes(range(97, 100)))
show(lambda: bytes(x for x in (104, 105)))
show(lambda: bytes({7}))
show(lambda: bytes(b"copy"))
show(lambda: bytes(bytearray(b"from ba")))
show(lambda: bytes(memoryview(b"from mv")))
show(lambda: bytes("caf\u00e9", "utf-8"))
show(lambda: bytes("caf\u00e9", "latin-1"))
show(lambda: bytes("caf\u00e9", encoding="ascii", errors="replace"))
show(lambda: bytes(source=b"kw"))
show(lambda: bytearray())
show(lambda: bytearray(3))
show(lambda: bytearray([1, 2, 3]))
show(lambda: bytearray(b"xyz"))
show(lambda: bytearray("\u00fc", "utf-8"))
show(lambda: bytearray(range(3)))
show(lambda: bytearray(memoryview(b"mv")))
# errors
show(lambda: bytes("abc"))
show(lambda: bytes("abc", 5))
show(lambda: bytes("abc", "ascii", 5))
show(lambda: bytes(b"abc", "utf-8"))
show(lambda: bytes(3, "utf-8"))
show(lambda: bytes(errors="strict"))
show(lambda: bytes(encoding="utf-8"))
show(lambda: bytes(1.5))
show(lambda: bytes(-1))
show(lambda: bytes([1.5]))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(None))
show(lambda: bytes(object()))
show(lambda: bytes("a", "ascii", "strict", 1))
show(lambda: bytes(x=1))
show(lambda: bytes("\u20ac", "ascii"))
show(lambda: bytes("x", "no-such-codec"))
show(lambda: bytearray("abc"))
show(lambda: bytearray(1.5))
show(lambda: bytearray(-1))
show(lambda: bytearray([256]))
show(lambda: bytearray(["a"]))
show(lambda: bytearray(None))
show(lambda: bytearray(errors="strict"))
show(lambda: bytearray(b"a", "utf-8"))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return "not bytes"

class Idx:
    def __index__(self):
        return 3

show(lambda: bytes(WithBytes()))
show(lambda: bytes(BadBytes()))
show(lambda: bytearray(WithBytes()))
show(lambda: bytes(Idx()))
show(lambda: bytes([Idx()]))
show(lambda: bytearray(Idx()))

class B(bytes):
    pass

class BA(bytearray):
    pass

b = B(b"sub")
print(repr(b), type(b).__name__, b == b"sub", hash(b) == hash(b"sub"), isinstance(b, bytes))
print(type(b + b"x").__name__, type(b[:1]).__name__, type(b.upper()).__name__, type(b * 2).__name__)
print(type(B.fromhex("4142")).__name__, B.fromhex("4142"))
b.attr = 5
print(b.attr)
ba = BA(b"sub")
print(repr(ba), type(ba).__name__, ba == b"sub", type(ba + b"x").__name__, type(ba.copy()).__name__)
print(type(BA.fromhex("41")).__name__, BA.fromhex("41"))
print(bytes(B(b"q")), type(bytes(B(b"q"))).__name__)
x = b"same"
print(bytes(x) is x, b"".__bytes__(), b"abc".__getnewargs__())
ba = bytearray(b"old")
ba.__init__(b"new")
print(ba)
ba.__init__()
print(ba)
ba.__init__(2)
print(ba)
