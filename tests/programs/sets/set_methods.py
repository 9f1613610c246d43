# mutating set methods
def show(s):
    print(type(s).__name__, sorted(s))
s = {1, 2}
s.add(3); s.add(1); show(s)
s.update([4, 5], (6,)); show(s)
s.discard(10); s.discard(1); show(s)
s.remove(2); show(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop(); print(p in {3, 4, 5, 6}, len(s))
s = {1, 2, 3, 4, 5}
s -= {1}; show(s)
s &= {2, 3, 4, 9}; show(s)
s |= {10}; show(s)
s ^= {2, 11}; show(s)
s.intersection_update([3, 4, 10, 11]); show(s)
s.difference_update([3]); show(s)
s.symmetric_difference_update({4, 5}); show(s)
c = s.copy(); c.clear(); show(s); print(c)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([1])
print(hasattr(fs, "add"), hasattr(s, "add"))
try:
    fs.add(2)
except AttributeError as e:
    print(type(e).__name__, e)
ss = {1, 2, 3}
try:
    for x in ss:
        ss.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set(), repr(set()), frozenset(), {0, 1, 2, 3})
