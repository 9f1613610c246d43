# Operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, 6 & 3 | 8, 1 << 2 + 1)
print(not 1 == 2, not (1 == 2) and 3, 1 < 2 == True)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 17 % 5 * 2, 17 // 3 % 2)
print(-7 // 2, -(7 // 2), ~3 + 1, ~(3 + 1))
print(1 if 0 else 2 + 10, (1 if 0 else 2) + 10)
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True)
print(not 0 in [0], 1 + 1 == 2 and 3 > 2 or 0)
x = 5
print(x > 3 and x < 10 or x == 100, -x ** 2, (-x) ** 2)
print((lambda: 0 if 0 else 1)() is not None)
