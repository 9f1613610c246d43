# bytes % args and bytearray % args
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"WB"

class Num:
    def __index__(self):
        return 42

print(b"%s and %b" % (b"bytes", bytearray(b"ba")), b"%s" % memoryview(b"mv"), b"%b" % WithBytes(), b"%s" % (WithBytes(),))
print(b"%d %i %u|%5d|%-5d|%05d|%+d|% d" % (1, -2, 3, 4, 5, 6, 7, 8))
print(b"%x %X %#x %#X %o %#o %08.3x" % (255, 255, 255, 255, 8, 8, 31))
print(b"%f %.2f %e %E %g %G %10.3f|%-10.2e|" % (1.5, 2.345, 12345.678, 0.000123, 1e20, 1e-10, 3.14159, 2.5))
print(b"%c%c%c" % (104, b"i", bytearray(b"!")), b"%5c|%-3c|" % (65, 66))
print(b"%r %a" % ("caf\u00e9", b"\xff"), b"%r" % 1.5, b"%a" % [1, "\u20ac"])
print(b"%.2s|%5s|%-5s|%5.1s|" % (b"abc", b"ab", b"cd", b"xyz"))
print(b"%%|%s%%" % b"x", b"100%%" % (), b"no args" % (), b"plain" % {})
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 30}, b"%(x)s %(x)s" % {b"x": b"twice"})
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"%d %x %o" % (Num(), Num(), Num()), b"%d" % True, b"%d" % 3.99, b"%s" % b"")
print(bytearray(b"%s-%d") % (b"a", 1), type(bytearray(b"%s") % b"x").__name__, b"\xe9%s\xff" % b"\x80")
print(b"%s" % (b"tuple",), b"%s %s" % (b"a", b"b"))
show(lambda: b"%s" % "str")
show(lambda: b"%b" % 5)
show(lambda: b"%s" % None)
show(lambda: b"%d" % "x")
show(lambda: b"%x" % 1.5)
show(lambda: b"%f" % "x")
show(lambda: b"%f" % b"1")
show(lambda: b"%c" % 256)
show(lambda: b"%c" % -1)
show(lambda: b"%c" % "a")
show(lambda: b"%c" % b"ab")
show(lambda: b"%c" % 3.0)
show(lambda: b"%d %d" % (1, 2, 3))
show(lambda: b"%d %d" % (1,))
show(lambda: b"abc" % 5)
show(lambda: b"abc" % (1,))
show(lambda: b"%y" % 1)
show(lambda: b"%(a)s" % (1,))
show(lambda: b"%(a)s" % {"a": b"str key"})
show(lambda: b"%(a" % {b"a": 1})
show(lambda: b"%" % ())
show(lambda: b"%5" % 1)
show(lambda: b"%*d" % ("x", 1))
show(lambda: b"%s" % ())
