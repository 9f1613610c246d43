# str.format and format() with many specs
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} {age}".format(name="Ann", age=5), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
    def __init__(self): self.y = 4
print("{0.x} {0.y}".format(P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08}".format("r", "l", "c", "mid", 42))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:,d} {:_d}".format(1, 2, 3, 4, 5, 1234567, 1234567))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(10, 10, 255, 255, 10, 10, 255, 97))
print("{:.3} {:.3s} {:10.2s}|".format("abcdef", "abcdef", "abcdef"))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{{}} {{{}}}".format("in"))
print("{:=10d} {:=+10d} {:0=10d}".format(-42, 42, -42))
print(format(42), format(42, "x"), format("s", "^5"), format(3.5, "08.2f"), format(True), format(None))
print("{:%}".format(0.256), "{:.1%}".format(1 / 3), "{:e}".format(0))
for bad in ("{", "}", "{0} {}", "{:d}", "{2}", "{x}", "{:<<<}"):
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print("{0!r:>10}".format("x"), "{:>{}}".format("y", 4))
print("{}".format(1.0), "{:g}".format(1e-5), "{:n}".format(1000000))
