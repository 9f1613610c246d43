# Arithmetic on large integers with signs
a = 123456789012345678901234567890123456789
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, a // -b, a % -b, divmod(-a, -b))
print(a * a * a)
print(a ** 3 == a * a * a, (a * b) // b == a)
print(abs(-a), -(-a) == a, +a == a)
print(a > b, -a < -b, a == a + 0, a != a + 1)
print(a / b)
print(2 ** 256 - 1)
print((2 ** 256 - 1) % (2 ** 64), (2 ** 256) // (2 ** 200))
print(int("9" * 60) + 1)
print(-(10 ** 40) // 3, -(10 ** 40) % 3)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) * 10 ** 30)
print(max(2 ** 100, 3 ** 60), min(-2 ** 100, -3 ** 60))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 70) == hash(-2 ** 70))
