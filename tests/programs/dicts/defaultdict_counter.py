# collections.defaultdict, Counter, OrderedDict
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
di = defaultdict(int)
for ch in "banana":
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
dn = defaultdict(lambda: "N/A")
print(dn["x"], dict(dn))
nd = defaultdict()
try:
    nd["k"]
except KeyError as e:
    print(type(e).__name__, e)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items()), sorted((c | c2).items()))
c.update("aaz"); c.subtract({"b": 10})
print(sorted(c.items()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("ab"))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(od, list(od))
od.move_to_end("z", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
