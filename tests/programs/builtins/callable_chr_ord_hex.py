# callable, chr, ord, hex, oct, bin
class C:
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable("s"), callable(None))
print(chr(97), chr(0x263A), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord("a"), ord("\n"), ord("😀"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 64))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), chr(Idx()))
