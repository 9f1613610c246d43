# Conversions between big ints and strings in various bases
n = 2 ** 200 + 12345
print(str(n), repr(-n))
print(format(n, "x"), format(n, "o"), format(n, "b")[:30])
print(format(n, ","), format(n, "_"), format(-n, "+,"))
print(format(n, "_x"), format(2**40, "#_b"))
print(int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n), 8) == n)
print(int("zzzzzzzzzzzzzzzzzzzzzzzz", 36))
print(int("-" + "1" * 40, 2), int("+777777777777777777777777", 8))
print(f"{n:>80}")
print(f"{n:e}", f"{2**100:.3e}")
print(float(2**100), float(-(3**80)))
try:
    int("12a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("", 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
