# Miscellaneous big int behaviour
n = 1
for i in range(1, 60):
    n = n * 37 + i
print(n)
print(n % 97, n // 97 % 97, len(str(n)))
digits = [int(c) for c in str(2 ** 500)]
print(sum(digits), len(digits))
print(divmod(-(2 ** 100), 3), divmod(2 ** 100, -3))
print(abs(-(2**90)), round(2**90 + 7, -5), round(123456789012345678901234567890, -20))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(int(1e30), int(-1.5e20), int(2.0 ** 80))
print((10 ** 25).bit_length(), (-(10 ** 25)).bit_length())
print(2 ** 100 * 0, 0 * -2 ** 100, (2 ** 100) ** 0)
print(str(-10 ** 50)[:5], repr(10 ** 25 - 1))
print(10 ** 20 * 1.5, 10 ** 20 // 1.5)
