# Floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(10**20 // 7, -(10**20) // 7, 10**20 % -7)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
