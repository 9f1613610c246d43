# collections: namedtuple, ChainMap, Counter arithmetic, UserDict
from collections import namedtuple, ChainMap, Counter, UserDict, OrderedDict
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 100), Emp("bob", "ops", 80), Emp("cid", "eng", 120)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(staff[0]._asdict(), Emp._fields)
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0])
c = Counter("the quick brown fox jumps over the lazy dog".replace(" ", ""))
print(c.most_common(3), c["o"], sum(c.values()), len(c))
print(Counter({"a": 3, "b": -1}) + Counter(), +Counter({"a": 0, "b": 2}), -Counter({"a": -2}))
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld["KEY"] = 1
ld.update({"Other": 2})
print(ld, ld.data, "key" in ld)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od.keys()), od == OrderedDict.fromkeys("bca"))
