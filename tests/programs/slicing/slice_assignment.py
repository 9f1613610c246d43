# Slice assignment and deletion
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [100]
print(l)
l[::2] = "X" * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l)
del l[-2:]
print(l)
l[1:1] = (7, 8, 9)
print(l)
l[:] = []
print(l)
m = [1, 2, 3]
m[1:2] = m
print(m)
m[::-1] = range(len(m))
print(m)
m[5:1] = ["x"]
print(m)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
del ba[::2]
print(ba)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2 = [1, 2, 3]
    l2[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
