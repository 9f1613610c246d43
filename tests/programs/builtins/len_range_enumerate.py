# len, range, enumerate
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1: 2, 3: 4}), len(set("aab")))
r = range(2, 20, 3)
print(r, list(r), r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(-3)), list(range(1, 10, 4)))
print(range(10).index(3), range(0, 10, 2).count(4), range(3) == range(0, 3), range(0) == range(5, 5))
print(len(range(10 ** 6)), range(10 ** 20)[-1], reversed(range(3)).__class__.__name__, list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10).index(11)
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(hash(range(3)) == hash(range(0, 3)), range(1, 7, 2)[::-1], bool(range(0)))
