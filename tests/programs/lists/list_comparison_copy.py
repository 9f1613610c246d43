# copying lists shallowly and deeply
import copy
orig = [1, [2, 3], {"k": [4]}]
shallow = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = copy.deepcopy(orig)
orig[1].append(99)
orig[2]["k"].append(100)
orig[0] = "changed"
print(orig)
print(shallow, shallow2, shallow3)
print(deep)
print(shallow[1] is orig[1], deep[1] is orig[1])
print(copy.copy(orig) == orig, copy.copy(orig) is orig)
