# Generator expressions as sole call arguments and in builtins
print(sum(i for i in range(5)), min(i for i in [3, 1, 2]), max(len(s) for s in ["a", "abc"]))
print(sorted(c for c in "banana"), list(reversed([x for x in range(3)])))
print(tuple(i * 2 for i in range(3)), set(i % 2 for i in range(5)), frozenset(i for i in "aa"))
print(dict((i, chr(65 + i)) for i in range(3)), "-".join(str(i) for i in range(4)))
print(any(x > 2 for x in range(5)), all(x < 10 for x in range(5)), sum((1 for _ in "abc"), 10))
print(list(enumerate(x for x in "xy")), list(zip((1, 2), (c for c in "ab"))))
print(next(x for x in range(10) if x > 6), next((x for x in [] if x), "default"))
print(list(map(lambda p: p[0] * p[1], ((a, b) for a in range(3) for b in range(2)))))
