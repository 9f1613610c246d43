# Slice reads and writes on exact lists (taken without a __getitem__/__setitem__ lookup) and
# on list subclasses that override them (which must still be called).
l = list(range(8))
l[2:5] = [20, 30, 40]          # same length: overwritten in place
print(l)
l[2:5] = (7,)                  # shorter, from a tuple
print(l)
l[1:2] = l                     # the list itself on the right
print(l)
m = [1, 2, 3, 4, 5, 6]
m[::2] = [0, 0, 0]
print(m, m[::-1], m[4::-1], m[-2:], m[:0])
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    m[::2] = 5
except TypeError as e:
    print("TypeError:", e)
m[1:3] = (x * 10 for x in range(4))
print(m)
m[:] = []
print(m)

class Loud(list):
    def __getitem__(self, key):
        print("get", key)
        return list.__getitem__(self, key)
    def __setitem__(self, key, value):
        print("set", key, value)
        list.__setitem__(self, key, value)

q = Loud([5, 6, 7, 8])
print(q[1:3], q[0])
q[0:2] = [1, 1]
q[3] = 9
print(list(q))
index = 1.5
try:
    [1, 2][index]
except TypeError as e:
    print("TypeError:", e)
start = "a"
try:
    [1, 2][start:]
except TypeError as e:
    print("TypeError:", e)
