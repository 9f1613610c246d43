# sum, abs, round, divmod, pow
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([]))
print(sum([1.5, 2.5], start=1), sum((x for x in range(4))), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-10 ** 30))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(15, -1), round(25, -1))
print(round(0.5), round(1.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), type(round(1.5)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 8), pow(2, -1), pow(2, 8, 10), pow(-2, 3), pow(2.5, 2), pow(9, 0.5), pow(0, 0))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
