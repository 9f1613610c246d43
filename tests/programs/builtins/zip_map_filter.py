# zip, map, filter
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4]])))
print(list(zip(range(3), range(10, 13), "xyz")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, range(3))))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", None, 1, "a", [], [0]])))
m = map(int, "123")
print(next(m), list(m), list(m), type(m).__name__)
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
f = filter(str.isupper, "aBcD")
print(type(f).__name__, "".join(f))
print(dict(zip("abc", map(ord, "abc"))))
