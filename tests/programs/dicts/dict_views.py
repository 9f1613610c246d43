# keys/values/items views are live and support set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print("a" in k, 4 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
del d["a"]
print(list(k))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed({"x": 1, "y": 2}.keys())))
print(dict(zip(k, v)) if False else {1: 2}.values() == {1: 2}.values())
