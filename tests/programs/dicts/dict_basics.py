# dict construction, access, insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), d["a"], "a" in d, "z" not in d)
print(dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}, dict())
del d["b"]
print(d)
d["b"] = 99
print(d)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "t", None: "n", frozenset([1]): "fs"}[(1, 2)])
print(d == {"b": 99, "a": 2, "c": 3}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
r = {}
r["self"] = r
print(r)
