# Recursive structures: trees, nested lists, self-referential containers
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def height(self):
        return 1 + max((k.height() for k in self.kids), default=0)
    def __repr__(self):
        if not self.kids:
            return f"T({self.v})"
        return f"T({self.v}, {', '.join(map(repr, self.kids))})"
t = Tree(1, Tree(2, Tree(4), Tree(5, Tree(8))), Tree(3))
print(t, t.height())
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
print(nested_sum([1, [2, [3, [4, [5, [6]]]]], 7]))
l = [1, 2]
l.append(l)
print(l, l[2][2][0])
d = {"a": 1}
d["self"] = d
print(d)
def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([[[[]]], [[]]]))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
