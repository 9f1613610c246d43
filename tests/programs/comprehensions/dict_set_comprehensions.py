# Dict and set comprehensions
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(20)})
print(sorted({c for c in "mississippi"}))
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({i: [j for j in range(i)] for i in range(4)})
print({w: {c: w.count(c) for c in sorted(set(w))} for w in ["aab", "xyz"]})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
d = {k: None for k in "dcba"}
print(list(d))
print({x: x for x in [1, 1.0, True]})
