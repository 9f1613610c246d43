# Tuple basics
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), 1, 2)
x = 1,
print(x, type(x).__name__, (1) == 1, (1,) == 1)
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
a, b = b, a = 1, 2
print(a, b)
print(tuple(sorted((3, 1, 2))), max((1, 9, 3)), sum((1, 2, 3)))
print(repr(("a",)), str((None, True)), ((1, 2), (3,)))
