# True division always gives float for ints
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3))
print(1 / 3, 2 / 3, 10 / 4)
print(10**20 / 10**10, 2**1000 / 2**999)
print(1 / 7.0, 0.1 / 0.3)
print((10**400) // (10**399), 10**400 / 10**399)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-1 / float("inf"), float("inf") / 2)
print(123456789123456789 / 1000)
print((2**53 + 1) / 1)
