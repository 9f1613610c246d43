# frozenset usage and set comparison operators
a = frozenset({1, 2, 3})
b = frozenset({2, 3})
print(b < a, b <= a, a > b, a >= a, a == {1, 2, 3}, a != b, b.issubset(a), a.issuperset(b))
print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1} < {2}, {1} > {2}, {1}.isdisjoint({2}))
groups = {frozenset({"x", "y"}): "xy", frozenset({"z"}): "z"}
print(groups[frozenset({"y", "x"})], len(groups))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({3}) in nested)
print(sorted(map(sorted, nested)))
print(a.union([4]), a.intersection([1, 9]), a.difference({1}), a.symmetric_difference({3, 4}), a.copy() is a)
fs = frozenset()
print(fs, len(fs), hash(fs) == hash(frozenset([])), frozenset(range(3)) | frozenset([7]))
class MyFS(frozenset):
    pass
m = MyFS([1, 2])
print(type(m).__name__, type(m | {3}).__name__, m == {1, 2})
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
