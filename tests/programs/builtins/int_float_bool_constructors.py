# int(), float(), bool(), complex() constructors
print(int(), int(7), int(-7.9), int("  42 "), int("-0"), int("101", 2), int("ff", 16), int("FF", 16))
print(int("0o17", 8), int("0x1F", 0), int("0b11", 0), int("017", 8), int("z", 36), int("1_000"), int(True))
print(int("0", 0), int("00", 0), int(b"12"), int(bytearray(b"34")))
for bad in ("", " ", "1 2", "1.0", "0x", "012", "_1", "1__0"):
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
class WithInt:
    def __int__(self): return 99
class WithIndex:
    def __index__(self): return 11
print(int(WithInt()), int(WithIndex()))
print(float(), float(3), float("  2.5 "), float("-inf"), float(" nan "), float(True), float("1e-2"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex("-3j"), complex(1.5, -0.5), complex(1j, 1j))
