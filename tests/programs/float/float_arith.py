# Float arithmetic edge cases
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e100, 5e-324 / 2)
print(2.0 ** 1023 * 2 == float("inf"))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(7.0 // 0.1, 7.0 % 0.1, 1.0 % 0.1)
print(-7.0 // 2.0, -7.0 % 2.0, 7.0 % -2.0, -0.5 // 1)
print(1.0 / 3 * 3, 2 / 3 + 1 / 3)
print(sum([0.1] * 10), 0.1 * 10)
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(3.0 * 1.1, 100 * 1.1, 1.15 * 100)
print(-(0.0), abs(-0.0), 0.0 == -0.0)
print(float("1e-320"), float("1e-330"))
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**63) == 2**63, float(2**63 - 1) == 2**63)
