# builtins over lists
l = [4, 8, 15, 16, 23, 42]
print(len(l), sum(l), min(l), max(l), sum(l, 100), sum(l) / len(l))
print(any(x > 40 for x in l), all(x > 0 for x in l), any([]), all([]))
print(list(enumerate(l, start=1))[:2], list(zip(l, l[1:]))[:3])
print(list(map(lambda x: x * 2, l)), list(filter(lambda x: x % 2, l)), list(filter(None, [0, 1, "", "a"])))
print(list(reversed(l)), l[::-1] == list(reversed(l)))
print([l[i] for i in range(0, len(l), 2)])
print(max(l, key=lambda x: x % 10), min([], default="empty"), max([[1, 2], [3]], key=len))
print(sorted(l, key=lambda x: -x)[:3], list(range(10))[3:7])
print(l.__len__(), l.__getitem__(2), l.__contains__(23), [1].__add__([2]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
