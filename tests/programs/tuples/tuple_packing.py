# Tuple packing/unpacking in returns, loops and swaps
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 2, 9])
print(lo, hi, minmax([1]))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
t = 1, 2, 3
print(t, type(t).__name__)
def f():
    return 1,
print(f(), type(f()).__name__)
print(tuple(zip(*[(1, 2), (3, 4), (5, 6)])))
