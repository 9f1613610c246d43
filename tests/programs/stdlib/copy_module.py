# copy.copy and copy.deepcopy, including custom hooks and cycles
import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 20
tree.val = 100
print(tree, shallow, deep, sep="\n")
print(shallow.children is tree.children, deep.children is tree.children)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, dc)
shared = [0]
obj = [shared, shared]
dobj = copy.deepcopy(obj)
print(dobj[0] is dobj[1], dobj[0] is shared)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1, 2])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(c1.v is c.v, c2.v is c.v, c2.v == c.v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1: [2]}), copy.copy({1, 2}))
d = {"k": [1]}
dd = copy.deepcopy(d)
dd["k"].append(2)
print(d, dd)
