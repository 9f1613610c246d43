# Exponentiation semantics
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(2 ** 100, 3 ** 50, (-3) ** 51)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
print((-8) ** (1 / 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(2, -1, 9))
print(0.0 ** 0, 1 ** float("inf"), float("inf") ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e.args[0] if len(e.args) == 1 else e.args[1])
print(len(str(7 ** 1000)))
print(1 ** -1, (-1) ** -1, (-1) ** 10**10)
