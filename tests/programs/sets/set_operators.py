# set and frozenset operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, {1}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}))
print(len(a), 3 in a, 9 not in a, sorted(a, reverse=True))
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "frozen key"}[frozenset({1, 2, 3})])
print({1, 2} == frozenset({1, 2}), set() == frozenset(), {frozenset({1}), frozenset({1})})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set("hello") == {"h", "e", "l", "o"}, len(set("mississippi")))
print(sorted(set("mississippi")), set(range(5)), set([1, 1.0, True]))
