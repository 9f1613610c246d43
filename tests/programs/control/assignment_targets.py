# Every kind of assignment target
class Obj:
    pass
o = Obj()
d = {}
l = [0, 0, 0, 0, 0]
x = 1
o.attr = 2
d["key"] = 3
l[0] = 4
l[1:3] = [5, 6]
print(x, o.attr, d, l)
a, b = 1, 2
(c, d2) = [3, 4]
[e, f] = "ef"
g, = [7]
[h] = (8,)
print(a, b, c, d2, e, f, g, h)
first, *middle, last = range(6)
[p, *q] = "pqr"
*r, = (1, 2)
print(first, middle, last, p, q, r)
(i, [j, *k]), m = [(1, [2, 3, 4]), 5]
print(i, j, k, m)
o.x, d["y"], l[4] = "ox", "dy", "l4"
print(o.x, d["y"], l)
s = t = u = []
s.append(1)
print(s, t, u, s is t is u)
o.items = [0, 0]
o.items[0], o.items[1] = "a", "b"
print(o.items)
arr = [1, 2, 3]
arr[0], arr[2] = arr[2], arr[0]
print(arr)
order = []
def key(name):
    order.append(name)
    return name
store = {}
store[key("left")] = key("right")
print(order)
i2 = 0
vals = [10, 20, 30]
i2, vals[i2] = 2, 99
print(i2, vals)
for o.loop_attr in range(2):
    pass
print(o.loop_attr)
for d["loop_key"], l[0] in [(1, 2), (3, 4)]:
    pass
print(d["loop_key"], l[0])
x = y = z = 0
x += 1
print(x, y, z)
