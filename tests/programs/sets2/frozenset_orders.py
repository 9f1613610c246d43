# frozensets: same table as sets, CPython's frozenset hash, copies and identity.

print(frozenset(range(20, 0, -3)))
print(frozenset([64, 32, 16, 8, 4, 2, 1]))
f = frozenset(range(0, 100, 9))
print(f | set([1000]), f & set(range(0, 50)), f - set(range(30)), f ^ set([0, 1, 2]))
print(set([1000]) | f, set(range(0, 50)) & f, type(set([1]) | f).__name__, type(f | set([1])).__name__)
print(f.union([7, 71]), f.intersection(range(40)), f.difference([9, 18]), f.symmetric_difference(range(5)))

# hashes are CPython's (ints hash deterministically)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))))
print(hash(frozenset([(1, 2), 3.5, -7])), hash(frozenset([frozenset([1]), frozenset()])))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset([-1])) == hash(frozenset([-2])))

# sets of frozensets are ordered by those hashes
print(set([frozenset([1]), frozenset([2]), frozenset([1, 2]), frozenset()]))
print(set(frozenset(range(i)) for i in range(6)))
print({frozenset([i, i + 1]) for i in range(0, 12, 3)})
g = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(g[frozenset([2, 1])], set([1, 2]) in set([frozenset([1, 2])]), set() in set([frozenset()]))
s = set([frozenset([1]), frozenset([4])])
s.remove(set([1]))
s.discard(set([4]))
print(s)

# copies and identity
fz = frozenset([1, 2])
print(fz.copy() is fz, frozenset(fz) is fz, frozenset(fz) == fz)
class MyFS(frozenset):
    pass
m = MyFS([5, 4, 12])
print(m, m | set([1]), m.copy(), type(m.copy()).__name__, MyFS(m) is m, frozenset(m) is m)
class MySet(set):
    pass
ms = MySet([3, 1, 2, 17])
print(ms, type(ms | set([9])).__name__, ms | set([9]), set([9]) | ms, type(set([9]) | ms).__name__)
print(ms.copy(), type(ms.copy()).__name__, ms - set([1]), type(ms & ms).__name__)
print(repr(set()), repr(frozenset()), str(set([1])), MySet(), MyFS())

# a frozenset rebuilt from a frozenset's own order can change order
t = frozenset([(1, 2), (3, 4), (5, 6), (7, 8)])
print(t, frozenset(list(t)), set(t), t.copy())
