# Containers survive loads(dumps(v, version)) for versions 0..4 with the exact
# structure: same types at every level (tuple stays tuple, frozenset stays frozenset,
# bytearray becomes bytes), dict order kept, set contents equal. Sharing between
# parts of a structure is restored from version 3 on (refs) and lost before.
import marshal
import math


def same(a, b):
    if type(a) is bytearray:
        return type(b) is bytes and bytes(a) == b
    if type(a) is not type(b):
        return False
    if type(a) is float:
        if math.isnan(a):
            return math.isnan(b)
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if type(a) is dict:
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


big_list = list(range(-500, 500)) + [str(i) for i in range(300)]
big_dict = {i: str(i) for i in range(1000)}
big_dict_str = {"k%d" % i: [i, float(i)] for i in range(300)}
values = [
    (), [], {}, set(), frozenset(),
    (1,), [1], {1: 2}, {1}, frozenset([1]),
    (1, "two", 3.0, 4j, b"five", None, True, ...),
    [[], [[]], [[[]]], [(), ((),)]],
    {"a": {"b": {"c": {"d": [1, (2, {3: 4})]}}}},
    {(1, 2): "tuple key", frozenset([1, 2]): "frozenset key", None: "none key",
     2.5: "float key", b"k": "bytes key", True: "bool key", -0.0: "zero key", 3j: "complex key"},
    {5, 1000, -1, 2**70, "s", b"b", (1, 2), frozenset(["x"]), 2.5, None},
    frozenset([frozenset([1, 2]), frozenset(), (1, frozenset([3]))]),
    [float("nan"), -0.0, float("-inf"), [float("nan")]],
    [bytearray(b"ba"), (bytearray(b""),), {"k": bytearray(b"v")}],
    tuple(range(1000)), big_list, big_dict, big_dict_str,
    [1, 1, 1, 2**40, 2**40, "rep", "rep", "rep", (1,), (1,)],
    list(range(255)), tuple(range(255)), tuple(range(256)), tuple(range(257)),
    ["x" * n for n in (0, 1, 254, 255, 256, 257, 1000)],
    {"\xe9": "\u20ac", "\U0001f600": ["\u4e2d\u6587"]},
]

for version in range(5):
    results = []
    for v in values:
        back = marshal.loads(marshal.dumps(v, version))
        results.append("ok" if same(v, back) else "BAD")
    print(version, " ".join(results))

for version in range(5):
    print(version, marshal.loads(marshal.dumps(values[13], version)))
    print(version, sorted(map(repr, marshal.loads(marshal.dumps(values[14], version)))))
    print(version, marshal.loads(marshal.dumps(values[16], version)))

# dict order after deletions and re-insertions is the iteration order
d = {"c": 3, "a": 1, "b": 2}
del d["a"]
d["a"] = 4
d[0] = "zero"
for version in range(5):
    print(version, marshal.loads(marshal.dumps(d, version)))

# sharing
shared = [int("100000")]
outer = [shared, shared, (shared,)]
for version in range(5):
    back = marshal.loads(marshal.dumps(outer, version))
    print(version, back, back[0] is back[1], back[0] is back[2][0])
    back[0].append("mutated")
    print(version, back)

# deep but legal nesting (well under the limit of 2000 levels)
deep = []
cur = deep
for i in range(500):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
for version in range(5):
    back = marshal.loads(marshal.dumps(deep, version))
    depth = 0
    cur = back
    while len(cur) > 0 and type(cur[-1]) is list:
        cur = cur[-1]
        depth += 1
    print(version, "depth", depth, back == deep)
