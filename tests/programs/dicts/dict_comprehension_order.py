# dict comprehensions, ordering, and merging behaviour
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["one", "two", "three", "four"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
print(list(d.items()))
d["z"] = 10
print(list(d))
del d["z"]; d["z"] = 1
print(list(d))
print({**{"a": 1, "b": 2}, "a": 3}, dict({"b": 1}, **{"a": 2}))
print({(i, j): i * j for i in range(2) for j in range(2)})
