# Chained comparisons evaluate each operand once
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) == v(5) != v(6) > v(0), calls)
print(1 < 2 < 3 < 4 < 5 < 4)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
print(None is None is None, [] == [] is not [])
print("a" < "b" < "c", [1] < [1, 0] < [2])
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), (1, "a") < (2,))
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0, None != False)
