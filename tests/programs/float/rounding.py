# round() uses banker's rounding and exact decimal values
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, 1), round(123.456, -1), round(123.456, -2), round(-123.456, 0))
print(round(1e20, 2), round(1.5, 0), round(-0.4), round(0.4), type(round(1.5, None)))
print(round(12345, -1), round(12355, -1), round(-15, -1), round(25, -1), round(5, -1))
print(round(3, 2), round(0.1 + 0.2, 10))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(type(math.floor(2.5)), math.floor(10**20 + 0.5) == 10**20)
print(int(2.9999999999999996), int(2.99999999999999999))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.0005:.3f}")
print("%.2f %.0f %.3e" % (2.675, 0.5, 123456))
