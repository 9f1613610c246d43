# Mixing ints and floats
print(1 + 1.0, 2 * 1.5, 3 - 0.5, type(1 + 1.0).__name__)
print(10**20 + 1.0, 2**53 + 1 == 2**53 + 1.0)
print(1 == 1.0, 1 < 1.5, 2**64 == float(2**64), 2**64 + 1 == float(2**64))
print(10**400 > 1e308, 10**400 < float("inf"), -10**400 < -1e308)
print(0.5 + 0.25, 3 * 0.1, 0.1 * 3)
print(int(3.9), int(-3.9), round(3.5), round(4.5), round(-0.5))
print(float(10**20), float(2**63))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(True + 1.5, False - 1)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(sum([1, 2.5, 3]), sum([0.1] * 10))
print(7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(1 + 2j + 3.0, 2 * (1 + 1j))
