# sorted, reversed, min, max
print(sorted([3, 1, 2]), sorted("cab"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-2, 1], key=abs))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default=None), max([], default=0), min([3, -5], key=abs), max(["aa", "b"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x), min(["b", "a", "a"], key=lambda s: 0))
for bad in ([], ):
    try:
        min(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
