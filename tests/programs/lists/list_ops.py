# list operators, nesting, aliasing
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
print(a + [5], a * 2, [0] * 3, [[0] * 2] * 2, 3 in a, 9 not in a)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
alias = [[0] * 3] * 3
alias[0][0] = 1
print(grid, alias)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2])
print(len([]), len([[]]), list(), list(range(3)), list("ab"), list({1: 2}), list((1,)))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested[-1][-1])
a[1:3] = []
print(a)
del a[0]
print(a)
x = [1, 2, 3]
x[len(x):] = [4, 5]
print(x)
print(sum([[1], [2, 3]], []), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print(repr([None, True, "s", 1.0, (1,)]), str(["a"]))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print(type(e).__name__, e)
